import { describe, expect, test } from 'vitest';
import { excerptWindow, markPieces, normaliseWord, termRanges, words } from '../../src/views/sources/text-marks';

describe('words(text)', () => {
  test('splits on spaces, punctuation and symbols, keeping letters and digits', () => {
    expect(words('Côte d’Ivoire: 3 groups <script>alert(1)</script>')).toEqual(['Côte', 'd', 'Ivoire', '3', 'groups', 'script', 'alert', '1', 'script']);
  });
  test('is empty for a text without letters or digits', () => {
    expect(words(' … ?! ')).toEqual([]);
  });
});

describe('normaliseWord(word)', () => {
  test('lower-cases and removes accents', () => {
    expect(normaliseWord('Côte')).toBe('cote');
    expect(normaliseWord('PoA')).toBe('poa');
  });
});

describe('termRanges(text, terms)', () => {
  test('finds every word whose normal form is a term, in text order', () => {
    const text = 'The PoA, a Programme of Action: the poa.';
    expect(termRanges(text, new Set(['poa']))).toEqual([
      [4, 7],
      [36, 39],
    ]);
  });
  test('matches whole words only', () => {
    expect(termRanges('support supported', new Set(['support']))).toEqual([[0, 7]]);
  });
  test('is empty without terms', () => {
    expect(termRanges('anything', new Set())).toEqual([]);
  });
});

describe('excerptWindow(text, ranges, radius)', () => {
  test('is the whole text when the text is short', () => {
    expect(excerptWindow('short text', [[0, 5]], 160)).toEqual([0, 10]);
  });
  test('centres a long text on the first match and starts on a word', () => {
    const text = `${'alpha '.repeat(100)}veto ${'omega '.repeat(100)}`;
    const at = text.indexOf('veto');
    const [start, end] = excerptWindow(text, [[at, at + 4]], 30);
    expect(start).toBeGreaterThan(0);
    expect(start).toBeLessThanOrEqual(at - 20);
    expect(text[start - 1]).toBe(' ');
    expect(end).toBeGreaterThan(at + 4);
    expect(end).toBeLessThan(text.length);
    expect(text.slice(start, end)).toContain('veto');
  });
});

describe('markPieces(text, ranges, window)', () => {
  test('cuts the text into plain and marked pieces that join back to it', () => {
    const text = 'we support the PoA and the poa';
    const ranges = termRanges(text, new Set(['poa']));
    const pieces = markPieces(text, ranges);
    expect(pieces).toEqual([
      { text: 'we support the ', mark: false },
      { text: 'PoA', mark: true },
      { text: ' and the ', mark: false },
      { text: 'poa', mark: true },
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });
  test('keeps to the window, cutting a range that crosses its edge', () => {
    expect(markPieces('abcdefgh', [[2, 6]], [4, 8])).toEqual([
      { text: 'ef', mark: true },
      { text: 'gh', mark: false },
    ]);
  });
});
