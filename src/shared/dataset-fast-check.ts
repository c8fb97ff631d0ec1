// A hand-written check of the dataset's two long arrays (statements and stances) that says
// "valid, and exactly what the zod schema would return" far faster than zod without its
// compiler (the browser's CSP forbids it): at 100x the seed corpus zod takes seconds over
// the statements' sentence spans alone, this check some tens of milliseconds.
//
// Contract: `fastStatement(x)` and `fastStance(x)` return true only when the zod schema
// accepts `x` AND would return an equal object (no unknown key to strip). They may return
// false for valid input (then the caller asks zod); they must never return true for invalid
// input. tests/shared/dataset-fast-check.test.ts holds them to it on mutated records.
const ACTOR_CODE = /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$/;
const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DOCUMENT_ID = /^[a-z0-9][a-z0-9._-]*$/;
const STATEMENT_ID = /^[a-z0-9][a-z0-9._-]*#\d+$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const SPEAKER_SOURCES = new Set(['label', 'floor', 'self', 'header', 'signatories', 'narrative', 'unknown']);
const STANCE_SOURCES = new Set(['tagger', 'override']);

/** Keys of statementSchema and stanceSchema (a test checks them against the schema). */
export const STATEMENT_KEYS = 16;
export const STANCE_KEYS = 12;

type Rec = Record<string, unknown>;

const isRecord = (x: unknown): x is Rec => typeof x === 'object' && x !== null && !Array.isArray(x);
const hasKeys = (o: Rec, n: number) => Object.keys(o).length === n;
const str = (x: unknown): x is string => typeof x === 'string';
const nullableStr = (x: unknown) => x === null || typeof x === 'string';
const nonNegInt = (x: unknown) => Number.isSafeInteger(x) && (x as number) >= 0;
const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const actor = (x: unknown) => str(x) && ACTOR_CODE.test(x);
const docId = (x: unknown) => str(x) && DOCUMENT_ID.test(x);
const statementId = (x: unknown) => str(x) && STATEMENT_ID.test(x);
const kebab = (x: unknown) => str(x) && KEBAB_ID.test(x);
const nullableDate = (x: unknown) => x === null || (str(x) && ISO_DATE.test(x));
const nullableSession = (x: unknown) => x === null || kebab(x);

function actors(x: unknown, min = 0): boolean {
  if (!Array.isArray(x) || x.length < min) return false;
  for (const a of x) if (!actor(a)) return false;
  return true;
}

function span(x: unknown): boolean {
  return Array.isArray(x) && x.length === 2 && nonNegInt(x[0]) && nonNegInt(x[1]) && (x[1] as number) >= (x[0] as number);
}

function spans(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (const s of x) if (!span(s)) return false;
  return true;
}

/** A statement record as statementSchema accepts it, with no key it would strip. */
export function fastStatement(x: unknown): boolean {
  if (!isRecord(x) || !hasKeys(x, STATEMENT_KEYS)) return false;
  return (
    statementId(x.id) &&
    docId(x.document) &&
    Number.isSafeInteger(x.order) &&
    (x.order as number) > 0 &&
    str(x.speaker) &&
    SPEAKER_SOURCES.has(x.speakerSource as string) &&
    (x.actor === null || actor(x.actor)) &&
    actors(x.authors) &&
    actors(x.onBehalfOf) &&
    actors(x.alignedWith) &&
    actors(x.aligned) &&
    nullableDate(x.date) &&
    nullableSession(x.session) &&
    nullableStr(x.meeting) &&
    span(x.span) &&
    spans(x.sentences) &&
    nonNegInt(x.words)
  );
}

function value(x: unknown): boolean {
  return x === null || finite(x) || (Array.isArray(x) && x.length === 2 && finite(x[0]) && finite(x[1]));
}

function evidence(x: unknown): boolean {
  if (!Array.isArray(x) || x.length < 1) return false;
  for (const e of x) if (!isRecord(e) || !hasKeys(e, 2) || !span(e.span) || !str(e.rule)) return false;
  return true;
}

function override(x: unknown): boolean {
  return x === null || (isRecord(x) && hasKeys(x, 2) && str(x.reason) && str(x.by));
}

/** A stance record as stanceSchema accepts it, with no key it would strip. */
export function fastStance(x: unknown): boolean {
  if (!isRecord(x) || !hasKeys(x, STANCE_KEYS)) return false;
  return (
    str(x.id) &&
    statementId(x.statement) &&
    docId(x.document) &&
    actors(x.actors, 1) &&
    kebab(x.issue) &&
    kebab(x.position) &&
    value(x.value) &&
    finite(x.confidence) &&
    x.confidence >= 0 &&
    x.confidence <= 1 &&
    STANCE_SOURCES.has(x.source as string) &&
    evidence(x.evidence) &&
    str(x.quote) &&
    x.quote.length >= 1 &&
    override(x.override)
  );
}
