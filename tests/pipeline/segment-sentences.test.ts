import { describe, expect, test } from 'vitest';
import { segmentSentences } from '../../scripts/pipeline/04-segment-sentences';

const split = (text: string) => segmentSentences(text, [0, text.length]).map(([a, b]) => text.slice(a, b));

describe('segmentSentences(text, span)', () => {
  test('splits at full stops before a capital', () => {
    expect(split('We support it. We oppose that! Do you? Yes.')).toEqual(['We support it.', 'We oppose that!', 'Do you?', 'Yes.']);
  });

  test('keeps abbreviations, initials and numbers inside the sentence', () => {
    expect(split('Mr. Chair, H.E. Mr. J. Smith spoke on para. 5 of resolution No. 75/240. The U.S. agreed.')).toEqual([
      'Mr. Chair, H.E. Mr. J. Smith spoke on para. 5 of resolution No. 75/240.',
      'The U.S. agreed.',
    ]);
  });

  test('a paragraph break always ends a sentence; single line breaks do not', () => {
    expect(split('Mr. Chair,\n\nWe support\nthe report')).toEqual(['Mr. Chair,', 'We support\nthe report']);
  });

  test('offsets point into the whole text and stay inside the span', () => {
    const text = 'IGNORED. First one. Second one. IGNORED.';
    const spans = segmentSentences(text, [9, 31]);
    expect(spans.map(([a, b]) => text.slice(a, b))).toEqual(['First one.', 'Second one.']);
  });
});
