// sources.yaml, sessions.yaml and actors.yaml -> validated records. A broken entry is
// reported with its file and line and left out; the other entries still count.
import { LineCounter, parseDocument, isSeq, type Node } from 'yaml';
import { z } from 'zod';
import {
  actorKindSchema,
  documentKindSchema,
  regionSchema,
  sessionSchema,
  type Actor,
  type Session,
} from '../../src/shared/dataset-schema';
import { actorCode, sessionId } from '../../src/shared/ids';
import type { Problem, SourceEntry } from '../pipeline/types';
import { isoDate } from './document-meta';
import { yamlProblems } from './yaml-problems';

const dateField = z.union([z.string(), z.date()]).transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v)).pipe(
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
      .refine((v) => isoDate(Number(v.slice(0, 4)), Number(v.slice(5, 7)), Number(v.slice(8, 10))) === v, 'not a calendar date'),
  );
const text = z.union([z.string(), z.number()]).transform(String);

const sourceEntry = z.object({
  file: z.string().min(1),
  title: text.optional(),
  kind: documentKindSchema.optional(),
  date: dateField.optional(),
  session: text.optional(),
  meeting: text.optional(),
  agenda: text.optional(),
  url: text.optional(),
  speaker: text.optional(),
});

// Everything about a source but its file: the reader can do without any of them.
const SOURCE_DETAILS: ReadonlySet<string> = new Set(Object.keys(sourceEntry.shape).filter((key) => key !== 'file'));

const sessionEntry = z.object({
  process: z.string(),
  number: z.number().int().nonnegative(),
  label: z.string(),
  start: dateField,
  end: dateField,
  venue: z.string().nullable().default(null),
});

const actorEntry = z.object({
  code: z.string(),
  name: z.string(),
  kind: actorKindSchema,
  region: regionSchema.nullable().default(null),
  eu: z.boolean().default(false),
  members: z.array(z.string()).default([]),
  names: z.array(z.string()).default([]),
  /** The ISO alpha-3 code when `code` differs from it (the country library's key). */
  iso: z.string().regex(/^[A-Z]{3}$/).optional(),
});
export type ActorEntry = { actor: Actor; names: string[]; iso?: string };

/** Parses a YAML list, validating each item on its own. A field named in `optional` that is
 *  not valid is left out with a note, and the rest of its entry kept: a source whose kind is
 *  misspelt keeps its date and session. */
function loadList<T>(yamlText: string, file: string, item: z.ZodType<T>, optional: ReadonlySet<string> = new Set()): { items: { value: T; line: number }[]; problems: Problem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: lines });
  const problems = yamlProblems(doc, lines, file);
  if (problems.length) return { items: [], problems };
  if (doc.contents === null) return { items: [], problems: [] };
  if (!isSeq(doc.contents)) return { items: [], problems: [{ file, line: 1, message: 'expected a YAML list of entries' }] };
  const items: { value: T; line: number }[] = [];
  for (const node of doc.contents.items as Node[]) {
    const line = node.range ? lines.linePos(node.range[0]).line : 0;
    let raw = (node as { toJSON(): unknown }).toJSON();
    let parsed = item.safeParse(raw);
    const bad = parsed.success ? [] : [...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? '')))];
    if (bad.length > 0 && bad.every((key) => optional.has(key)) && raw && typeof raw === 'object') {
      for (const issue of parsed.error!.issues) problems.push({ file, line, message: `${issue.path.join('.')} ignored (${issue.message}); the rest of the entry is kept` });
      raw = Object.fromEntries(Object.entries(raw).filter(([key]) => !bad.includes(key)));
      parsed = item.safeParse(raw);
    }
    if (parsed.success) items.push({ value: parsed.data, line });
    else {
      const issue = parsed.error.issues[0];
      problems.push({ file, line, message: `entry ignored: ${issue?.path.join('.') || 'entry'}: ${issue?.message ?? 'invalid'}` });
    }
  }
  return { items, problems };
}

export function loadSources(yamlText: string, file: string): { sources: SourceEntry[]; problems: Problem[] } {
  const { items, problems } = loadList(yamlText, file, sourceEntry, SOURCE_DETAILS);
  return { sources: items.map(({ value, line }) => ({ ...value, line, origin: file })), problems };
}

export function loadSessions(yamlText: string, file: string): { sessions: Session[]; problems: Problem[] } {
  const { items, problems } = loadList(yamlText, file, sessionEntry);
  const sessions = items.map(({ value }) =>
    sessionSchema.parse({
      ...value,
      id: sessionId(`${value.process}-s${value.number}`.toLowerCase().replace(/[^a-z0-9]+/g, '-')),
    }),
  );
  return { sessions: sessions.sort((a, b) => a.start.localeCompare(b.start) || a.number - b.number), problems };
}

export function loadActors(yamlText: string, file: string): { actors: ActorEntry[]; problems: Problem[] } {
  const { items, problems } = loadList(yamlText, file, actorEntry);
  const actors: ActorEntry[] = [];
  for (const { value, line } of items) {
    try {
      actors.push({
        actor: { code: actorCode(value.code), name: value.name, kind: value.kind, region: value.region, eu: value.eu, members: value.members.map(actorCode) },
        names: value.names,
        ...(value.iso ? { iso: value.iso } : {}),
      });
    } catch (e) {
      problems.push({ file, line, message: `entry ignored: ${(e as Error).message}` });
    }
  }
  return { actors, problems };
}
