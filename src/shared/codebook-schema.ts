// The codebook as YAML declares it (data/codebook.yaml): issues, positions, cue rules, and the
// small vocabulary the matcher reads (macros, frames, known proposals).
// Owned by the tagging module; the dataset carries only the issue/position part (see issueSchema).
// The pattern language is described at the top of data/codebook.yaml and compiled by
// scripts/tagging/pattern-language.ts.
import './zod-config';
import { z } from 'zod';

const kebab = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export const cueRuleSchema = z.object({
  id: kebab,
  pattern: z.string().min(1),
  example: z.string().min(1),
  // 'affirmed': the cue signals its position unless negated; 'negated': it signals its
  // position only when negated (a topic whose negation is the stance, e.g. a single-state veto).
  when: z.enum(['affirmed', 'negated']).default('affirmed'),
  // Position the cue signals when an affirmed cue is negated; null drops the cue.
  negated: kebab.nullable().default(null),
  // A cue that is itself a rejection ("we oppose X") is confirmed, not reversed, by a negative
  // judgement after it ("X, which would duplicate ..."): 'keep' ignores negation after the cue,
  // and a stance against the cue before it ("concerned about X"); a plain "not" still reverses it.
  after: z.enum(['flip', 'keep']).default('flip'),
  // 0..1: how explicit the cue is; the most explicit cue of an issue wins within a statement.
  confidence: z.number().min(0).max(1).default(0.8),
});
export type CueRule = z.infer<typeof cueRuleSchema>;

export const codebookPositionSchema = z.object({
  id: kebab,
  label: z.string(),
  description: z.string().default(''),
  score: z.number().nullable(),
  cues: z.array(cueRuleSchema).default([]),
});

export const codebookIssueSchema = z.object({
  id: kebab,
  label: z.string(),
  question: z.string(),
  scale: z.enum(['ordinal', 'numeric']).default('ordinal'),
  range: z.tuple([z.number(), z.number()]).nullable().default(null),
  // A sentence must match this pattern before the issue's cues are tried (speed and focus).
  topic: z.string().nullable().default(null),
  // A clause matching this pattern gives no cue of the issue (e.g. the cybercrime convention).
  exclude: z.string().nullable().default(null),
  // Hedged cues ("is open to", "could be considered") become this position; null keeps a
  // willing hedge's position at lower confidence and drops a weak hedge.
  hedged: kebab.nullable().default(null),
  positions: z.array(codebookPositionSchema).min(1),
});
export type CodebookIssue = z.infer<typeof codebookIssueSchema>;

/** A marker the matcher looks for around cues; linted like a cue (its example must match). */
export const frameRuleSchema = z.object({
  id: kebab,
  pattern: z.string().min(1),
  example: z.string().min(1),
  // A negationBefore that takes a stance against what follows (opposing it, fearing it,
  // preferring something else), not a logical "not": a bad word for the cue after it then
  // agrees with it ("concerned that X would divide the membership") instead of cancelling it
  // as a double negation does ("we do not think X would be premature").
  against: z.boolean().default(false),
  // A notNegation that may begin before a cue and end inside it ("we regret that [capacity
  // building] has not been given ..."): it also blanks its part before the cue.
  acrossCue: z.boolean().default(false),
});
export type FrameRule = z.infer<typeof frameRuleSchema>;

export const framesSchema = z.object({
  // Ends where a cue starts, in its clause; its own gaps give its scope: "(not|never) ..3",
  // "(concerns|reservations) about ..8", "rather than ..3".
  negationBefore: z.array(frameRuleSchema).default([]),
  // Starts where a cue ends, in its clause: "..15 is unacceptable", "..15 does not serve".
  negationAfter: z.array(frameRuleSchema).default([]),
  // Inside the words a cue's gaps skipped: "we do not support the PoA".
  negationInside: z.array(frameRuleSchema).default([]),
  // Not a negation although it contains one ("not only", "no later than").
  notNegation: z.array(frameRuleSchema).default([]),
  // Willingness, anywhere in the cue's clause: "is open to", "willing to consider".
  hedgeWilling: z.array(frameRuleSchema).default([]),
  // Tentative, anywhere in the cue's clause: "could also be considered", "merits consideration".
  hedgeWeak: z.array(frameRuleSchema).default([]),
  // Before a cue in its clause, with no endorsement in between: thanks, noting, studying.
  nonCommit: z.array(frameRuleSchema).default([]),
  // Inside a cue with gaps, over the words it spans: "we [have heard calls for] a new treaty".
  nonCommitInside: z.array(frameRuleSchema).default([]),
  // A sentence carries a stance only if it commits someone: a first-person verb, a modal, an evaluation.
  commit: z.array(frameRuleSchema).default([]),
  // In the cue's clause: a position reported of someone else ("Brazil's suggestion", "as France proposed").
  reported: z.array(frameRuleSchema).default([]),
  // At the start of the sentence, reaching every clause: "As France proposed, ...", "According to Brazil, ...".
  reportedLead: z.array(frameRuleSchema).default([]),
  // The speaker takes up what it reports ("we support the Mexican proposal", "like Thailand, we believe").
  endorse: z.array(frameRuleSchema).default([]),
  // The speaker takes up another delegation's view as its own ("we agree with Malaysia on
  // paragraph 33", "we share Thailand's view"): that delegation's stances in its last turn.
  echo: z.array(frameRuleSchema).default([]),
  // A report's delegations share the view reported just before ("Belarus voiced similar
  // objections", "a point echoed by El Salvador"): that clause's stances become theirs.
  sameView: z.array(frameRuleSchema).default([]),
});
export type Frames = z.infer<typeof framesSchema>;

/** A named proposal: a reference to it with no content in the sentence resolves to what it proposed. */
export const proposalSchema = z.object({
  id: kebab,
  label: z.string(),
  pattern: z.string().min(1),
  example: z.string().min(1),
  // Only statements dated in [after, before) resolve through this entry (ISO dates; null = open).
  after: z.string().nullable().default(null),
  before: z.string().nullable().default(null),
  yields: z
    .array(z.object({ issue: kebab, position: kebab, value: z.union([z.number(), z.tuple([z.number(), z.number()])]).nullable().default(null) }))
    .min(1),
});
export type Proposal = z.infer<typeof proposalSchema>;

/** A thing a later sentence may call "it", "such a tool" or "this proposal": when a sentence
 *  names it (`mention`), such a reference in the next sentence is read as `phrase`, for the
 *  cues of `issue` only ("Kenya proposed a threat repository. We support it."). */
export const referentSchema = z.object({
  id: kebab,
  issue: kebab,
  mention: z.string().min(1),
  // Plain words the issue's cues read as the thing itself.
  phrase: z.string().min(1),
  example: z.string().min(1),
});
export type Referent = z.infer<typeof referentSchema>;

export const codebookSchema = z.object({
  version: z.string(),
  // Named pattern fragments, used as {name} in any pattern.
  macros: z.record(z.string(), z.string()).default({}),
  frames: framesSchema.default({
    negationBefore: [],
    negationAfter: [],
    negationInside: [],
    notNegation: [],
    hedgeWilling: [],
    hedgeWeak: [],
    nonCommit: [],
    nonCommitInside: [],
    commit: [],
    reported: [],
    reportedLead: [],
    endorse: [],
    echo: [],
    sameView: [],
  }),
  proposals: z.array(proposalSchema).default([]),
  referents: z.array(referentSchema).default([]),
  issues: z.array(codebookIssueSchema).min(1),
});
export type Codebook = z.infer<typeof codebookSchema>;
