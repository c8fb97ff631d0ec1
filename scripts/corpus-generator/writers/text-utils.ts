// Small text helpers shared by the writers.
import type { Rng } from '../prng';

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[], conjunction = 'and'): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${conjunction} ${names[names.length - 1]}`;
}

/** Web pages and DiploAI write typographic apostrophes. */
export function curly(text: string): string {
  return text.replaceAll("'", '’');
}

/** What a PDF-to-text conversion leaves behind: a paragraph broken mid-sentence, a page
 *  number on its own line. Applied to some statements only. */
export function pdfArtifacts(rng: Rng, paragraphs: string[], keepWhole: readonly string[] = []): string[] {
  const out = paragraphs.slice();
  if (out.length > 2 && rng.chance(0.3)) {
    const i = 1 + rng.int(out.length - 2);
    const words = (out[i] as string).split(' ');
    // Never inside a sentence the ground truth quotes: quotes stay findable verbatim.
    if (words.length > 12 && !keepWhole.some((q) => (out[i] as string).includes(q))) {
      const cut = 4 + rng.int(words.length - 8);
      out.splice(i, 1, words.slice(0, cut).join(' '), words.slice(cut).join(' '));
    }
  }
  if (out.length > 3 && rng.chance(0.15)) out.splice(2 + rng.int(out.length - 3), 0, String(2 + rng.int(3)));
  return out;
}

/** The words of a text (for speech statistics). */
export function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
