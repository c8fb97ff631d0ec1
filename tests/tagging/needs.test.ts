// The words a pattern needs are found in a sentence by a trie over the codebook's lexicon
// (needs.ts), in place of splitting the sentence into a set of words. It must find exactly
// the words that splitting on [^a-z0-9@'_] finds, and the prefilters built on it must keep
// every pattern that could match; a pattern tried only where its lead's words are must find
// what it finds trying everywhere.
import { describe, expect, test } from 'vitest';
import { matches, matchesAt, matchesAtAny } from '../../scripts/tagging/assess-cue';
import { candidates, containsAll, leadOf, leadStarts, lexiconOf, needIndexOf, needOf, wordsOf, type LexiconWords } from '../../scripts/tagging/needs';
import { patternText } from '../../scripts/tagging/match-sentence';
import { codebook, compiled } from './tagging-fixture';

/** The reference: the lexicon words among the text's split words. */
function splitWords(lexicon: LexiconWords, text: string): number[] {
  const words = new Set(text.split(/[^a-z0-9@'_]+/));
  return [...lexicon].filter(([w]) => words.has(w)).map(([, id]) => id).sort((a, b) => a - b);
}

function found(lexicon: LexiconWords, text: string): number[] {
  const words = wordsOf(lexiconOf(lexicon), text);
  expect(words.ids.every((id) => words.has[id] === 1)).toBe(true);
  expect(words.has.reduce((a, b) => a + b, 0)).toBe(words.ids.length);
  return [...words.ids].sort((a, b) => a - b);
}

/** A small deterministic generator (mulberry32), for texts no one wrote by hand. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('wordsOf', () => {
  const lexicon: LexiconWords = new Map();
  needOf([['we', 'support', 'supports'], ['@self', "'s", 'non_paper'], ['a', 'ab', 'abc'], ['café', 'two words', 'x-y'], ['poa', '5']], lexicon);

  test('finds whole words only: not a prefix, an extension or a part of a longer word', () => {
    const id = (w: string) => lexicon.get(w)!;
    expect(found(lexicon, ' we support it ')).toEqual([id('we'), id('support')].sort((a, b) => a - b));
    expect(found(lexicon, ' supporting wee weak swe ab_ abcd ')).toEqual([]);
    expect(found(lexicon, 'supports')).toEqual([id('supports')]);
    expect(found(lexicon, ' @self \'s non_paper ')).toEqual([id('@self'), id("'s"), id('non_paper')].sort((a, b) => a - b));
    expect(found(lexicon, 'a,ab;abc')).toEqual([id('a'), id('ab'), id('abc')]);
    expect(found(lexicon, '')).toEqual([]);
  });

  test('a lexicon word spelled with a separator is never found, as in a split text', () => {
    for (const text of [' café ', ' two words ', ' x-y ', ' caf ', 'two', 'x y']) expect(found(lexicon, text)).toEqual(splitWords(lexicon, text));
    expect(found(lexicon, ' caf\u00e9 two words x-y ')).toEqual([]);
  });

  test('answers as splitting does on random texts over words, stray letters and separators', () => {
    const next = random(7);
    const pieces = [...lexicon.keys(), 'w', 'e', 'suppor', 'é', '@', "'", '_', ' ', ' ', ',', '-', '.', '5', '55', 'P', '\u2019'];
    for (let n = 0; n < 2000; n++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 12) }, () => pieces[Math.floor(next() * pieces.length)]).join(next() < 0.5 ? '' : ' ');
      expect(found(lexicon, text), JSON.stringify(text)).toEqual(splitWords(lexicon, text));
    }
  });

  test("answers as splitting does on the codebook's examples with the codebook's lexicon", () => {
    const words: LexiconWords = new Map();
    for (const rule of compiled.issues.flatMap((i) => i.rules)) needOf(rule.needs, words);
    const examples = codebook.issues.flatMap((i) => i.positions.flatMap((p) => p.cues.map((c) => c.example)));
    expect(examples.length).toBeGreaterThan(100);
    for (const example of examples) {
      const text = patternText(example, [], new Set());
      expect(found(words, text), text).toEqual(splitWords(words, text));
    }
  });
});

describe('containsAll and candidates', () => {
  const lexicon: LexiconWords = new Map();
  const needs = [
    needOf([['support', 'back'], ['repository']], lexicon),
    needOf([['binding*']], lexicon), // a stem: no whole word, always a candidate
    needOf([['poa'], ['oppose*', 'reject']], lexicon),
  ];
  const index = needIndexOf(needs, lexicon.size);
  const words = (text: string) => wordsOf(lexiconOf(lexicon), text);

  test('one word or stem of every list', () => {
    expect(containsAll(' we back a repository ', words(' we back a repository '), needs[0]!)).toBe(true);
    expect(containsAll(' we back a registry ', words(' we back a registry '), needs[0]!)).toBe(false);
    expect(containsAll(' legally bindingness ', words(' legally bindingness '), needs[1]!)).toBe(true);
    expect(containsAll(' the poa we opposed ', words(' the poa we opposed '), needs[2]!)).toBe(true);
    expect(containsAll(' the poa we welcome ', words(' the poa we welcome '), needs[2]!)).toBe(false);
  });

  test('a pattern is a candidate when its shortest list of whole words has a word of the text', () => {
    expect([...candidates(index, words(' a repository '))]).toEqual([1, 1, 0]);
    expect([...candidates(index, words(' the poa '))]).toEqual([0, 1, 1]);
    expect([...candidates(index, words(' nothing here '))]).toEqual([0, 1, 0]);
  });
});

describe('leadStarts and matchesAt', () => {
  const lexicon: LexiconWords = new Map();
  const lead = leadOf(['we', 'our', 'support*'], lexicon)!;
  needOf([['delegation']], lexicon);
  const trie = lexiconOf(lexicon);

  test("the starts of the lead's words, and of words beginning with its stems, in order", () => {
    const text = ' we and our delegation supporting we, supports unsupported wee oursupport ';
    const starts = leadStarts(text, wordsOf(trie, text), lead);
    expect(starts.map((at) => text.slice(at, at + 7))).toEqual(['we and ', 'our del', 'support', 'we, sup', 'support']);
  });

  test('a match is tried at the starts only, leftmost first, never overlapping', () => {
    const sticky = /we \w+/y;
    const text = ' we go we came';
    expect(matchesAt(sticky, text, [1, 4, 7]).map((m) => [m.index, m[0]])).toEqual([
      [1, 'we go'],
      [7, 'we came'],
    ]);
    expect(matchesAt(sticky, text, [4])).toEqual([]);
  });

  // Each codebook example, and texts made from two of them with stray letters and separators
  // glued in (words that only look like a lead's, matches one after another).
  const examples = [...codebook.issues.flatMap((i) => i.positions.flatMap((p) => p.cues.map((c) => c.example))), ...codebook.proposals.map((p) => p.example)].map((e) =>
    patternText(e, [], new Set()),
  );
  const next = random(11);
  const glue = ['x', 'we', '@self', "'", '_', ' ', ', ', '-', 'un'];
  const mixed = Array.from({ length: 300 }, () => {
    const pick = () => examples[Math.floor(next() * examples.length)]!;
    const a = pick();
    const at = Math.floor(next() * a.length);
    return a.slice(0, at) + glue[Math.floor(next() * glue.length)] + a.slice(at) + pick();
  });
  const shown = (found: RegExpExecArray[]) => found.map((m) => [m.index, ...m]);

  test("every anchored rule and proposal finds, at its lead's starts, what its regex finds everywhere", () => {
    const anchored = [...compiled.issues.flatMap((i) => i.rules), ...compiled.proposals].filter((p) => p.anchored);
    // Most patterns start with a word: the exceptions start with a gap, an actor or a number.
    expect(anchored.length).toBeGreaterThan(0.8 * (compiled.issues.flatMap((i) => i.rules).length + compiled.proposals.length));
    let matched = 0;
    for (const text of [...examples, ...mixed]) {
      const words = wordsOf(compiled.lexicon, text);
      for (const p of anchored) {
        const everywhere = shown(matches(p.regex, text));
        matched += everywhere.length;
        expect(shown(matchesAt(p.anchored!.sticky, text, leadStarts(text, words, p.anchored!.lead))), `${p.id} on ${JSON.stringify(text)}`).toEqual(everywhere);
      }
    }
    expect(matched).toBeGreaterThan(examples.length);
  });

  test('the commit and endorse frames, tried where they may start, find a sentence committing anyone as the whole pattern does', () => {
    const { commits, commitsAnchored } = compiled;
    expect(commitsAnchored).not.toBeNull();
    let committing = 0;
    for (const text of [...examples, ...mixed]) {
      const starts = leadStarts(text, wordsOf(compiled.lexicon, text), commitsAnchored!.lead);
      const anywhere = commits!.test(text);
      committing += anywhere ? 1 : 0;
      expect(matchesAtAny(commitsAnchored!.sticky, text, starts), text).toBe(anywhere);
    }
    expect(committing).toBeGreaterThan(examples.length / 2);
  });
});
