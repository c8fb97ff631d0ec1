// A bullet of a delegation's own paper, written without a subject, read as the sentence it stands
// for: "- Two or three dedicated thematic groups; no more." is "We want two or three dedicated
// thematic groups; no more."; "- Global threat repository: not supported at this stage." is the
// cell "not supported at this stage" under the heading "Global threat repository"
// (table-readings.ts). Position papers, non-papers and elements lists set out what their
// author wants this way. Pure.
import type { Span } from '../../src/shared/dataset-schema';
import type { Mention } from './actor-mentions';
import type { CompiledCodebook } from './compile-codebook';
import { issuesTouched, matchSentence, type Hit } from './match-sentence';
import { cellReadings } from './table-readings';

// What opens a bullet at the start of its line: a dash, a bullet sign, or a letter or roman
// numeral in brackets ("(a)", "b)", "(iii)"). Numbered paragraphs ("1.2 The Republic of Korea
// ...") are prose and not among them.
const MARKER = String.raw`[ \t]*(?:[-–•*▪◦●]|\(?[a-z]\)|\(?[ivx]+\))[ \t]+`;
const MARKER_BEFORE = new RegExp(String.raw`(?:^|\n)${MARKER}$`);
const MARKER_OPENING = new RegExp(`^${MARKER}`);

// A clause with a subject or a verb of its own says who holds it, or that no one does: it is
// read as written.
const OWN_CLAUSE = /\b(?:we|i|our|my|us|is|are|was|were|has|have|had|will|would|should|must|shall|can|could|may|might|does|do|did)\b/i;

// A topic named before a colon ("Global threat repository: not supported").
const LABELLED = /^([^:;]{2,80}):\s+(\S[\s\S]*)$/;

/** The bullet the sentence at `span` opens, without its marker; null when it opens none. */
export function listItemAt(text: string, span: Span): string | null {
  const sentence = text.slice(span[0], span[1]);
  const lineStart = text.lastIndexOf('\n', span[0] - 1) + 1;
  const opening = MARKER_OPENING.exec(sentence);
  if (opening && lineStart === span[0]) return sentence.slice(opening[0].length);
  return MARKER_BEFORE.test(text.slice(Math.max(0, lineStart - 1), span[0])) ? sentence : null;
}

/** The sentences a bullet without a subject stands for, in the order they are tried; none for
 *  a bullet that has a subject or a verb of its own. */
export function listItemReadings(item: string): string[] {
  const text = item.trim();
  const labelled = LABELLED.exec(text);
  if (labelled) return cellReadings(labelled[1]!, labelled[2]!);
  if (OWN_CLAUSE.test(text.split(/[;:]/)[0]!)) return [];
  return [`We want ${text.replace(/[.;]+$/, '')}.`];
}

/** What a bullet without a subject holds: the first of its readings that says
 *  something on an issue the bullet itself touches. */
export function listItemHits(cb: CompiledCodebook, item: string, mentionsOf: (s: string) => Mention[], ctx: { self: ReadonlySet<string>; date: string | null; group: boolean }): Hit[] {
  const readings = listItemReadings(item);
  if (readings.length === 0) return [];
  const issues = issuesTouched(cb, item);
  for (const reading of readings) {
    const found = matchSentence(cb, reading, mentionsOf(reading), { ...ctx, narrative: false }).filter((h) => issues.has(h.issue));
    if (found.length > 0) return found;
  }
  return [];
}
