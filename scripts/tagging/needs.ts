// The words a pattern cannot match without (pattern-language.ts computes them), used as a
// cheap test before the regex: most sentences touch a handful of the codebook's patterns.
//
// The whole words any pattern needs are numbered (a lexicon), and a sentence's words are found
// by walking a trie of them over its characters: no word strings, no set of them. Building that
// set was a tenth of the tagger's time; the trie is a single pass without allocation.

/** One list of a pattern's needs: any of these whole words (lexicon ids), or any of these stems as a substring. */
export interface Need {
  words: number[];
  stems: string[];
}

/** Word -> lexicon id, filled while the codebook is compiled, then sealed by lexiconOf. */
export type LexiconWords = Map<string, number>;

/** A trie over the lexicon's words, in typed arrays (copied cheaply to worker threads). */
export interface Lexicon {
  size: number;
  /** next[node * SYMBOLS + symbol]: the child node, 0 for none (the root is never a child). */
  next: Int32Array;
  /** The id of the word ending at a node, -1 for none. */
  wordAt: Int32Array;
}

/** A sentence's words as far as the lexicon knows them: their ids, and flags by id; and every
 *  occurrence of them, in order: its id and where it starts. */
export interface SentenceWords {
  ids: number[];
  has: Uint8Array;
  atIds: number[];
  atStarts: number[];
}

// A word is a maximal run of [a-z0-9@'_] (the normalised text is lower case ASCII where it
// matters; any other character separates words, as it does for the patterns).
const SYMBOLS = 39;
const SYMBOL = new Int8Array(128).fill(-1);
for (let c = 97; c <= 122; c++) SYMBOL[c] = c - 97;
for (let c = 48; c <= 57; c++) SYMBOL[c] = 26 + c - 48;
SYMBOL[64] = 36; // @
SYMBOL[39] = 37; // '
SYMBOL[95] = 38; // _

function symbolOf(code: number): number {
  return code < 128 ? SYMBOL[code]! : -1;
}

/** A pattern's lead (pattern-language.ts): the words its matches start with, as lexicon ids,
 *  and the stems. */
export interface Lead {
  words: ReadonlySet<number>;
  stems: string[];
}

/** The lead in the lexicon's ids; null for a pattern whose matches may start anywhere. */
export function leadOf(lead: string[] | null, lexicon: LexiconWords): Lead | null {
  if (!lead) return null;
  const need = needOf([lead], lexicon)[0]!;
  return { words: new Set(need.words), stems: need.stems };
}

export function needOf(needs: string[][], lexicon: LexiconWords): Need[] {
  const idOf = (w: string) => lexicon.get(w) ?? lexicon.set(w, lexicon.size).size - 1;
  return needs.map((any) => ({ words: any.filter((w) => !w.endsWith('*')).map(idOf), stems: any.filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1)) }));
}

/** The trie of the words numbered so far. A word with a character that separates words can
 *  never be one whole word of a text: it keeps its id and is never found. */
export function lexiconOf(words: LexiconWords): Lexicon {
  const spelled = [...words.keys()].filter((w) => w.length > 0 && [...w].every((ch) => symbolOf(ch.charCodeAt(0)) >= 0));
  let nodes = 1 + spelled.reduce((a, w) => a + w.length, 0);
  const next = new Int32Array(nodes * SYMBOLS);
  const wordAt = new Int32Array(nodes).fill(-1);
  nodes = 1;
  for (const w of spelled) {
    let node = 0;
    for (let i = 0; i < w.length; i++) {
      const at = node * SYMBOLS + symbolOf(w.charCodeAt(i));
      node = next[at] || (next[at] = nodes++);
    }
    wordAt[node] = words.get(w)!;
  }
  return { size: words.size, next: next.slice(0, nodes * SYMBOLS), wordAt: wordAt.slice(0, nodes) };
}

/** The lexicon's words that occur in `text` as whole words. */
export function wordsOf(lexicon: Lexicon, text: string): SentenceWords {
  const ids: number[] = [];
  const has = new Uint8Array(lexicon.size);
  const atIds: number[] = [];
  const atStarts: number[] = [];
  const { next, wordAt } = lexicon;
  let node = 0; // -1: the word being read is in no lexicon word
  let start = -1; // where the word being read starts; -1 between words
  for (let i = 0; i <= text.length; i++) {
    const symbol = i < text.length ? symbolOf(text.charCodeAt(i)) : -1;
    if (symbol >= 0) {
      if (start < 0) start = i;
      if (node >= 0) node = next[node * SYMBOLS + symbol] || -1;
      continue;
    }
    if (start >= 0 && node > 0) {
      const id = wordAt[node]!;
      if (id >= 0) {
        atIds.push(id);
        atStarts.push(start);
        if (has[id] === 0) {
          has[id] = 1;
          ids.push(id);
        }
      }
    }
    node = 0;
    start = -1;
  }
  return { ids, has, atIds, atStarts };
}

/** Where in `text` (with `words`, its lexicon words) a pattern with this lead may match: the
 *  starts of its lead's words, and of words that begin with its lead's stems, in order. The
 *  pattern language bounds a match's first word by a look back at a character other than
 *  [A-Za-z0-9_@'], and any such character ends a word here too: every match starts at one of
 *  these. */
export function leadStarts(text: string, words: SentenceWords, lead: Lead): number[] {
  const out: number[] = [];
  for (let k = 0; k < words.atIds.length; k++) if (lead.words.has(words.atIds[k]!)) out.push(words.atStarts[k]!);
  if (lead.stems.length === 0) return out;
  for (const stem of lead.stems) {
    for (let p = text.indexOf(stem); p >= 0; p = text.indexOf(stem, p + 1)) if (p === 0 || symbolOf(text.charCodeAt(p - 1)) < 0) out.push(p);
  }
  return [...new Set(out)].sort((a, b) => a - b);
}

/** Whether `text` (with `words`, its lexicon words) has one word or stem of every list: a
 *  necessary condition for the pattern to match. */
export function containsAll(text: string, words: SentenceWords, need: Need[]): boolean {
  outer: for (const n of need) {
    for (const w of n.words) if (words.has[w] === 1) continue outer;
    for (const s of n.stems) if (text.includes(s)) continue outer;
    return false;
  }
  return true;
}

/** Patterns (by their place in a list) under one whole word every match of theirs contains. */
export interface NeedIndex {
  size: number;
  /** By lexicon id: the patterns indexed under that word. */
  byWord: (number[] | null)[];
  /** By place, 1 for the patterns that need no whole word (stems only, or nothing): always
   *  candidates, so every candidates() answer starts as a copy of it. */
  always: Uint8Array;
}

export function needIndexOf(items: Need[][], lexiconSize: number): NeedIndex {
  const byWord: (number[] | null)[] = Array.from({ length: lexiconSize }, () => null);
  const always = new Uint8Array(items.length);
  items.forEach((need, i) => {
    // The shortest list of whole words one of which every match contains.
    const key = need.filter((n) => n.stems.length === 0).sort((a, b) => a.words.length - b.words.length)[0];
    if (!key) always[i] = 1;
    else for (const w of key.words) (byWord[w] ??= []).push(i);
  });
  return { size: items.length, byWord, always };
}

/** Flags, by place, of the patterns a text with these words may match (then ask containsAll). */
export function candidates(index: NeedIndex, words: SentenceWords): Uint8Array {
  const out = index.always.slice();
  for (const w of words.ids) {
    const found = index.byWord[w];
    if (found) for (const i of found) out[i] = 1;
  }
  return out;
}
