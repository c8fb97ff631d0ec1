// The one schema of the dataset: the build validates what it writes, the app what it loads.
// A breaking change bumps DATASET_SCHEMA_VERSION (and the app refuses other versions).
import './zod-config';
import { z } from 'zod';
import {
  actorCode,
  documentId,
  issueId,
  positionId,
  sessionId,
  type ActorCode,
  type DocumentId,
  type IssueId,
  type PositionId,
  type SessionId,
  type StatementId,
} from './ids';
import { fastStance, fastStatement } from './dataset-fast-check';

export const DATASET_SCHEMA_VERSION = 1;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const actor = z.string().transform((v, ctx): ActorCode => {
  try {
    return actorCode(v);
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: (e as Error).message });
    return z.NEVER;
  }
});
function branded<T>(make: (v: string) => T) {
  return z.string().transform((v, ctx): T => {
    try {
      return make(v);
    } catch (e) {
      ctx.addIssue({ code: 'custom', message: (e as Error).message });
      return z.NEVER;
    }
  });
}
const issue = branded<IssueId>(issueId);
const position = branded<PositionId>(positionId);
const doc = branded<DocumentId>(documentId);
const session = branded<SessionId>(sessionId);
const statement = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]*#\d+$/)
  .transform((v) => v as StatementId);

/** Half-open character range [start, end) into the owning document's `text`. */
export const spanSchema = z
  .tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])
  .refine(([s, e]) => e >= s, 'span end before start');
export type Span = z.infer<typeof spanSchema>;

export const sessionSchema = z.object({
  id: session,
  process: z.string(), // "OEWG 2021-2025"
  number: z.number().int().nonnegative(), // 0 = organisational session
  label: z.string(), // "2nd substantive session"
  start: isoDate,
  end: isoDate,
  venue: z.string().nullable(),
});
export type Session = z.infer<typeof sessionSchema>;

export const actorKindSchema = z.enum([
  'state',
  'eu',
  'group',
  'organisation',
  'chair',
  'secretariat',
  'briefer',
  'stakeholder',
]);
export type ActorKind = z.infer<typeof actorKindSchema>;

export const regionSchema = z.enum(['African', 'Asia-Pacific', 'Eastern European', 'GRULAC', 'WEOG']);
export type Region = z.infer<typeof regionSchema>;

export const actorSchema = z.object({
  code: actor,
  name: z.string(),
  kind: actorKindSchema,
  region: regionSchema.nullable(), // UN regional group, states only
  eu: z.boolean(), // EU member state
  members: z.array(actor), // for groups: member codes where known
});
export type Actor = z.infer<typeof actorSchema>;

/** Actors that may carry stances (delegations, the EU, groups, organisations). */
export function carriesStances(kind: ActorKind): boolean {
  return kind === 'state' || kind === 'eu' || kind === 'group' || kind === 'organisation';
}

export const positionSchema = z.object({
  id: position,
  label: z.string(),
  description: z.string(),
  // Place on the issue's ordered scale; null for positions off the scale
  // (e.g. the numeric issue's "limited" or "flexible").
  score: z.number().nullable(),
});
export type Position = z.infer<typeof positionSchema>;

export const issueSchema = z.object({
  id: issue,
  label: z.string(),
  question: z.string(),
  // ordinal: positions ordered by score; numeric: the 'value' position carries a number or range
  scale: z.enum(['ordinal', 'numeric']),
  positions: z.array(positionSchema).min(1),
  // numeric issues: the plausible range used to normalise distances, inclusive
  range: z.tuple([z.number(), z.number()]).nullable(),
});
export type Issue = z.infer<typeof issueSchema>;

export const documentKindSchema = z.enum(['statement', 'joint-statement', 'session-report', 'transcript', 'report']);
export type DocumentKind = z.infer<typeof documentKindSchema>;

export const documentSchema = z.object({
  id: doc,
  file: z.string(), // path relative to the input folder
  title: z.string(),
  kind: documentKindSchema,
  format: z.enum(['txt', 'md', 'pdf', 'docx']),
  date: isoDate.nullable(),
  session: session.nullable(),
  meeting: z.string().nullable(),
  agenda: z.string().nullable(),
  url: z.string().nullable(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  text: z.string(), // the document as text: every span points into this
});
export type DatasetDocument = z.infer<typeof documentSchema>;

export const statementSchema = z.object({
  id: statement,
  document: doc,
  order: z.number().int().positive(), // 1-based turn number in the document
  speaker: z.string(), // as written (or as inferred, see speakerSource)
  speakerSource: z.enum(['label', 'floor', 'self', 'header', 'signatories', 'narrative', 'unknown']),
  actor: actor.nullable(), // the speaker's code; null when unresolved
  authors: z.array(actor), // who the statement speaks for (joint: all signatories)
  onBehalfOf: z.array(actor), // groups spoken for ("on behalf of the EU")
  alignedWith: z.array(actor), // groups whose statement the speaker aligns with
  aligned: z.array(actor), // states that align with this statement (not authors)
  date: isoDate.nullable(),
  session: session.nullable(),
  meeting: z.string().nullable(),
  span: spanSchema,
  sentences: z.array(spanSchema),
  words: z.number().int().nonnegative(),
});
export type Statement = z.infer<typeof statementSchema>;

export const valueSchema = z.union([z.number(), z.tuple([z.number(), z.number()])]);
export type StanceValue = z.infer<typeof valueSchema>;

export const evidenceSchema = z.object({
  span: spanSchema, // the sentence carrying the cue
  rule: z.string(), // cue rule id, or "override"
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const stanceSchema = z.object({
  id: z.string(),
  statement,
  document: doc,
  actors: z.array(actor).min(1), // whose stance it is
  issue,
  position,
  value: valueSchema.nullable(),
  confidence: z.number().min(0).max(1),
  source: z.enum(['tagger', 'override']),
  evidence: z.array(evidenceSchema).min(1),
  quote: z.string().min(1), // exact text of the first evidence span
  override: z.object({ reason: z.string(), by: z.string() }).nullable(),
});
export type Stance = z.infer<typeof stanceSchema>;

export const buildWarningSchema = z.object({
  file: z.string(),
  line: z.number().int().nonnegative(), // 0 when the problem is the whole file
  message: z.string(),
});
export type BuildWarning = z.infer<typeof buildWarningSchema>;

export const datasetSchema = z.object({
  schemaVersion: z.literal(DATASET_SCHEMA_VERSION),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  codebookVersion: z.string(),
  latestEvidence: isoDate.nullable(),
  sessions: z.array(sessionSchema),
  actors: z.array(actorSchema),
  issues: z.array(issueSchema),
  documents: z.array(documentSchema),
  statements: z.array(statementSchema),
  stances: z.array(stanceSchema),
  warnings: z.array(buildWarningSchema),
});
export type Dataset = z.infer<typeof datasetSchema>;
/** The dataset before its content hash is computed. */
export type DatasetBody = Omit<Dataset, 'contentHash'>;

/** The small file the app polls to learn whether a new dataset exists. */
export const manifestSchema = z.object({
  schemaVersion: z.literal(DATASET_SCHEMA_VERSION),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  latestEvidence: isoDate.nullable(),
  documents: z.number().int().nonnegative(),
  statements: z.number().int().nonnegative(),
  stances: z.number().int().nonnegative(),
});
export type Manifest = z.infer<typeof manifestSchema>;

/**
 * Validates a dataset and returns it typed (ids branded, unknown keys stripped). Statements
 * and stances, the long arrays, go through a hand-written check first (dataset-fast-check.ts)
 * and through zod only where that check declines a record; the first problem reported is the
 * one zod would report first, with its path and message.
 */
export function parseDataset(input: unknown): Dataset {
  const fail = (issue: z.core.$ZodIssue | undefined, prefix: (string | number)[] = []): never => {
    const where = issue ? [...prefix, ...issue.path].join('.') : '';
    throw new Error(`dataset is invalid at ${where || 'top level'}: ${issue?.message ?? 'unknown problem'}`);
  };
  const record = input as Record<string, unknown> | null;
  if (typeof record !== 'object' || record === null || !Array.isArray(record.statements) || !Array.isArray(record.stances)) {
    const result = datasetSchema.safeParse(input);
    if (!result.success) fail(result.error.issues[0]);
    return (result as { data: Dataset }).data;
  }
  const rest = datasetRestSchema.safeParse({ ...record, statements: undefined, stances: undefined });
  // zod reports in the order of the schema's keys: what comes before statements first.
  const restIssues = rest.success ? [] : rest.error.issues;
  const before = restIssues.find((i) => i.path[0] !== 'warnings');
  if (before) fail(before);
  const statements = checkArray(record.statements, fastStatement, statementSchema, 'statements', fail);
  const stances = checkArray(record.stances, fastStance, stanceSchema, 'stances', fail);
  if (!rest.success) fail(restIssues[0]);
  const head = (rest as { data: Omit<Dataset, 'statements' | 'stances'> }).data;
  return {
    schemaVersion: head.schemaVersion,
    contentHash: head.contentHash,
    codebookVersion: head.codebookVersion,
    latestEvidence: head.latestEvidence,
    sessions: head.sessions,
    actors: head.actors,
    issues: head.issues,
    documents: head.documents,
    statements,
    stances,
    warnings: head.warnings,
  };
}

/** The dataset without its two long arrays, which parseDataset checks record by record. */
const datasetRestSchema = datasetSchema.omit({ statements: true, stances: true });

function checkArray<T>(
  items: unknown[],
  fast: (x: unknown) => boolean,
  schema: z.ZodType<T>,
  key: string,
  fail: (issue: z.core.$ZodIssue | undefined, prefix: (string | number)[]) => never,
): T[] {
  let out: T[] | null = null; // a copy, made only when zod had to change a record
  for (let i = 0; i < items.length; i++) {
    if (fast(items[i])) {
      if (out) out.push(items[i] as T);
      continue;
    }
    const result = schema.safeParse(items[i]);
    if (!result.success) fail(result.error.issues[0], [key, i]);
    if (!out) out = items.slice(0, i) as T[];
    out.push((result as { data: T }).data);
  }
  return out ?? (items as T[]);
}
