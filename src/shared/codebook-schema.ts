// The codebook as YAML declares it (data/codebook.yaml): issues, positions, cue rules.
// Owned by the tagging module; the dataset carries only the issue/position part (see issueSchema).
import { z } from 'zod';

export const cueRuleSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  pattern: z.string().min(1),
  example: z.string().min(1),
});
export type CueRule = z.infer<typeof cueRuleSchema>;

export const codebookPositionSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  label: z.string(),
  description: z.string().default(''),
  score: z.number().nullable(),
  cues: z.array(cueRuleSchema).default([]),
});

export const codebookIssueSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  label: z.string(),
  question: z.string(),
  scale: z.enum(['ordinal', 'numeric']).default('ordinal'),
  range: z.tuple([z.number(), z.number()]).nullable().default(null),
  positions: z.array(codebookPositionSchema).min(1),
});
export type CodebookIssue = z.infer<typeof codebookIssueSchema>;

export const codebookSchema = z.object({
  version: z.string(),
  issues: z.array(codebookIssueSchema).min(1),
});
export type Codebook = z.infer<typeof codebookSchema>;
