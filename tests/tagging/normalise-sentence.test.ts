// The text the cue patterns run on (normalise-sentence.ts): one space between words whatever
// the document had, names replaced by placeholders, contractions and dashes rewritten.
import { describe, expect, test } from 'vitest';
import { normaliseSentence } from '../../scripts/tagging/normalise-sentence';

const plain = (s: string) => normaliseSentence(s, [], new Set());

describe('normaliseSentence', () => {
  test('every run of white space becomes one plain space, and none is left at the ends', () => {
    expect(plain('We  support\tthe\u00a0PoA,\r\n\n  as  before. ')).toBe('we support the poa, as before.');
    expect(plain(' \t \u2003Yes\u2009\u2009 no\n')).toBe('yes no');
    expect(plain('one two')).toBe('one two');
  });

  test('white space a rewrite leaves behind is collapsed too', () => {
    expect(plain("We can't accept a legally - binding treaty")).toBe('we can not accept a legally binding treaty');
    expect(plain('Brazil’s  view')).toBe("brazil 's view");
  });

  test('names become placeholders, the speaker\'s own as @self, without doubled spaces', () => {
    const sentence = 'Like Brazil, Chile supports it.';
    const mentions = [
      { start: 5, end: 11, code: 'BRA' },
      { start: 13, end: 18, code: 'CHL' },
    ];
    expect(normaliseSentence(sentence, mentions, new Set(['CHL']))).toBe('like @bra , @self supports it.');
  });
});
