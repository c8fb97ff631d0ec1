// The words a pattern cannot match without (pattern-language.ts computes them), used as a
// cheap test before the regex: most sentences touch a handful of the codebook's patterns.

/** One list of a pattern's needs: any of these whole words, or any of these stems as a substring. */
export interface Need {
  words: string[];
  stems: string[];
}

export function needOf(needs: string[][]): Need[] {
  return needs.map((any) => ({ words: any.filter((w) => !w.endsWith('*')), stems: any.filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1)) }));
}

/** Whether `text` (with `words`, its set of words) has one word or stem of every list: a
 *  necessary condition for the pattern to match. */
export function containsAll(text: string, words: ReadonlySet<string>, need: Need[]): boolean {
  outer: for (const n of need) {
    for (const w of n.words) if (words.has(w)) continue outer;
    for (const s of n.stems) if (text.includes(s)) continue outer;
    return false;
  }
  return true;
}

/** Patterns (by their place in a list) under one whole word every match of theirs contains. */
export interface NeedIndex {
  size: number;
  byWord: Map<string, number[]>;
  /** By place, 1 for the patterns that need no whole word (stems only, or nothing): always
   *  candidates, so every candidates() answer starts as a copy of it. */
  always: Uint8Array;
}

export function needIndexOf(items: Need[][]): NeedIndex {
  const byWord = new Map<string, number[]>();
  const always = new Uint8Array(items.length);
  items.forEach((need, i) => {
    // The shortest list of whole words one of which every match contains.
    const key = need.filter((n) => n.stems.length === 0).sort((a, b) => a.words.length - b.words.length)[0];
    if (!key) always[i] = 1;
    else for (const w of key.words) (byWord.get(w) ?? byWord.set(w, []).get(w)!).push(i);
  });
  return { size: items.length, byWord, always };
}

/** Flags, by place, of the patterns a text with these words may match (then ask containsAll). */
export function candidates(index: NeedIndex, words: Iterable<string>): Uint8Array {
  const out = index.always.slice();
  for (const w of words) {
    const found = index.byWord.get(w);
    if (found) for (const i of found) out[i] = 1;
  }
  return out;
}
