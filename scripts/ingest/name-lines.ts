// Lines and labels that name a speaker: "Ambassador Gafoor" on a line of its own above a
// turn, or "Chair: ..." / "Kingdom of Netherlands: ..." at the start of a paragraph.
import type { Span } from '../../src/shared/dataset-schema';
import type { ActorRegistry } from './actor-registry';

const HONORIFIC = /^(?:H\.?\s?E\.?|Mr\.?|Mrs\.?|Ms\.?|Madam|Dr\.?|Ambassador|Amb\.|Minister|Professor|Prof\.|Sir|Dame|Judge|Justice|Representative|Delegate|Speaker|Moderator|Chair(?:person|man|woman)?|Vice[- ]Chair|President|Co-Chair|Facilitator|Rapporteur|Secretary)\b/;
const CONNECTOR = /^(?:of|the|and|for|de|d[’']\S+|du|la|le|van|von|der|al|bin|el|on|behalf)$/;

// "The representative of China", "The delegate of Fiji": the role before a name, in lower case
// in the UN's own records (the registry reads the whole label).
const ROLE_OF = /^(?:the\s+)?(?:(?:distinguished|honou?rable)\s+)?(?:permanent\s+)?(?:representative|delegate|delegation|observer|spokes(?:person|man|woman))\s+(?:of|from|for)\s+(?=\S)/i;

/** Looks like a name: a few capitalised words, no sentence punctuation. */
export function looksLikeName(s: string): boolean {
  const t = s.trim().replace(/\s+/g, ' ').replace(ROLE_OF, '');
  if (t.length < 2 || t.length > 70) return false;
  if (/[.?!,;:]$/.test(t) && !/(?:Mr|Ms|Dr|Jr|Sr)\.$/.test(t)) return false;
  if (/[;"“”?!]|\s[-–]\s/.test(t)) return false;
  const words = t.replace(/\(.*?\)/g, ' ').trim().split(' ').filter(Boolean);
  // Connectors do not count: "the United Kingdom of Great Britain and Northern Ireland" is six words.
  if (words.length === 0 || words.length > 12 || words.filter((w) => !CONNECTOR.test(w)).length > 8) return false;
  if (!/^[\p{Lu}\d]/u.test(words[0]!) && !/^the$/i.test(words[0]!)) return false;
  return words.every((w) => /^[\p{Lu}\d(]/u.test(w) || CONNECTOR.test(w) || /^[\p{Lu}][\p{L}.’'-]*$/u.test(w));
}

export type NameLineKind = 'known' | 'person' | null;

/** Whether a whole line names a speaker: a known actor, or a person with an honorific. */
export function nameLineKind(line: string, registry: ActorRegistry): NameLineKind {
  const t = line.trim().replace(/:$/, '').trim();
  if (!looksLikeName(t)) return null;
  if (registry.resolve(t)) return 'known';
  if (HONORIFIC.test(t)) return 'person';
  return null;
}

/** A paragraph whose first line names a speaker the registry knows, or one with an
 *  honorific, and whose text follows with no blank line between ("CHAIR\nGood afternoon,
 *  colleagues."): the name line and the text as two paragraphs. */
export function nameLineApart(text: string, p: Span, registry: ActorRegistry): Span[] {
  const newline = text.indexOf('\n', p[0]);
  if (newline < 0 || newline >= p[1] || !nameLineKind(text.slice(p[0], newline), registry)) return [p];
  const rest = newline + 1 + /^\s*/.exec(text.slice(newline + 1, p[1]))![0].length;
  return [[p[0], p[0] + text.slice(p[0], newline).trimEnd().length], [rest, p[1]]];
}

export interface Label {
  name: string;
  /** Where the turn's own text starts, after "Name: ". */
  bodyStart: number;
}

// "Name: text", after an optional time stamp ("[00:12:31] Chair: ..."); in Markdown the colon may sit
// inside the bold ("**Chair:** ...").
const LABEL = /^(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+)?([^\n:]{1,80}?)\s*:[*_]*\s+(?=\S)/;

/** A "Name: text" label at `span`'s start, if the name looks like one. */
export function labelAt(text: string, span: Span, strict: (name: string) => boolean): Label | null {
  const m = LABEL.exec(text.slice(span[0], Math.min(span[1], span[0] + 100)));
  if (!m) return null;
  const name = m[1]!.replace(/^[-–•*\s]+/, '').replace(/[*_]+/g, '').trim();
  if (!looksLikeName(name) || !strict(name)) return null;
  return { name, bodyStart: span[0] + m[0].length };
}
