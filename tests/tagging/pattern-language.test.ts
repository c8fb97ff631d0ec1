// The cue pattern language: what each construct matches on normalised text.
import { describe, expect, test } from 'vitest';
import { compilePattern, compileWithNeeds, PatternError, type MacroMemo } from '../../scripts/tagging/pattern-language';
import { normaliseText } from '../../scripts/tagging/normalise-sentence';

const matches = (pattern: string, text: string, macros: Record<string, string> = {}) => compilePattern(pattern, macros).test(' ' + normaliseText(text) + ' ');

describe('compilePattern', () => {
  test('a word matches only the whole word', () => {
    expect(matches('group', 'a dedicated group')).toBe(true);
    expect(matches('group', 'dedicated groups')).toBe(false);
    expect(matches('group', 'subgroup')).toBe(false);
  });

  test('a word is whole wherever it stands: first, after an optional word or a gap, in a macro', () => {
    const macros = { self: '(we|my delegation)', group: 'group*' };
    expect(matches('new? group', 'a new group')).toBe(true);
    expect(matches('new? group', 'renew subgroup')).toBe(false);
    expect(matches('new? group', 'renew group')).toBe(true); // "group" alone, "new" not taken
    expect(matches('.. support', 'we support')).toBe(true);
    expect(matches('.. support', 'nonsupport')).toBe(false);
    expect(matches('{self} .. {group}', 'we want groups', macros)).toBe(true);
    expect(matches('{self} .. {group}', 'owe subgroups', macros)).toBe(false);
    expect(matches('{self} .. {group}', 'the answer we gave on subgroups', macros)).toBe(false);
    expect(matches('(a|b) c', 'ba c')).toBe(false);
    expect(matches('(a|b) c', 'x b c')).toBe(true);
  });

  test('alternatives of words end at a word boundary, before another word or at the end', () => {
    expect(matches('(group|cluster)', 'thematic clusters')).toBe(false);
    expect(matches('(group|cluster) work', 'cluster works')).toBe(false);
    expect(matches('(group|cluster) work', 'groups work')).toBe(false);
    expect(matches('(group|cluster) work', 'the cluster, work')).toBe(true);
    expect(matches('new (group|cluster)?', 'a new clusters')).toBe(true); // "new" alone
    expect(matches('(we|i) .. support', 'we support')).toBe(true);
    expect(matches('(we|i) .. support', 'ii support')).toBe(false);
  });

  test('a stem* matches any word starting with it', () => {
    expect(matches('negotiat*', 'the negotiations on a treaty')).toBe(true);
    expect(matches('negotiat*', 'renegotiation')).toBe(false);
  });

  test('words in sequence tolerate punctuation and hyphens between them', () => {
    expect(matches('legally binding instrument', 'a legally-binding instrument')).toBe(true);
    expect(matches('voice not a vote', 'a voice, not a vote')).toBe(true);
  });

  test('(a|b c) gives alternatives, each a sequence', () => {
    expect(matches('(poa|programme of action)', 'the Programme of Action')).toBe(true);
    expect(matches('(poa|programme of action)', 'the programme for action')).toBe(false);
  });

  test('x? makes a word optional', () => {
    expect(matches('new? treaty', 'a treaty')).toBe(true);
    expect(matches('new? treaty', 'a new treaty')).toBe(true);
  });

  test('..N skips at most N words', () => {
    expect(matches('support ..2 poa', 'we support the new PoA')).toBe(true);
    expect(matches('support ..2 poa', 'we support the idea of a PoA')).toBe(false);
  });

  test('{macro} expands a named fragment, recursively', () => {
    const macros = { PoA: '(programme|program) of action|poa', pro: 'support* ..3 {PoA}' };
    expect(matches('{pro}', 'we support the Program of Action', macros)).toBe(true);
  });

  test('{count} captures a number or a range of groups', () => {
    const count = (text: string) => compilePattern('{count} groups', {}).exec(text)?.groups?.count;
    expect(count(' two or maybe three groups ')).toBe('two or maybe three');
    expect(count(' 4 groups ')).toBe('4');
    expect(count(' 14 groups ')).toBeUndefined();
  });

  test('@actor matches any placeholder but the speaker\'s', () => {
    expect(matches("@actor 's proposal", "@bra 's proposal")).toBe(true);
    expect(matches("@actor 's proposal", "@self 's proposal")).toBe(false);
  });

  test.each([
    ['(a|b', 'missing ")"'],
    ['a)', 'unbalanced ")"'],
    ['{nope}', 'unknown macro {nope}'],
    ['a? b?', 'a sequence needs at least one word'],
    ['{count} and {count}', '{count} may appear only once'],
    ['a % b', 'unexpected "% b"'],
  ])('rejects %j with a PatternError saying %s', (pattern, message) => {
    expect(() => compilePattern(pattern, {})).toThrow(PatternError);
    expect(() => compilePattern(pattern, {})).toThrow(message);
  });

  test('lists the words a match must contain, for a cheap test before the regex', () => {
    const macros = { PoA: '(programme|program) of action|poa' };
    expect(compileWithNeeds('we ..3 support* {PoA}', { macros }).needs).toEqual([['we'], ['support*'], ['programme', 'program', 'poa']]);
    expect(compileWithNeeds('new? treaty', { macros }).needs).toEqual([['treaty']]);
    expect(compileWithNeeds('(a b|c)', { macros }).needs).toEqual([['a', 'c']]);
  });

  test('lists the words a match starts with, or none when it may start anywhere', () => {
    const macros = { PoA: '(programme|program) of action|poa', self: '(we|my delegation)' };
    expect(compileWithNeeds('we ..3 support* {PoA}', { macros }).lead).toEqual(['we']);
    expect(compileWithNeeds('new? legally? treaty', { macros }).lead).toEqual(['new', 'legally', 'treaty']);
    expect(compileWithNeeds('({self}|support*) ..2 {PoA}', { macros }).lead).toEqual(['we', 'my', 'support*']);
    expect(compileWithNeeds('(a b|c)', { macros }).lead).toEqual(['a', 'c']);
    for (const anywhere of ['.. support', 'we? .. support', '@actor proposal', '(we|@actor) support', '{count} groups']) expect(compileWithNeeds(anywhere, { macros }).lead, anywhere).toBeNull();
  });

  test('a memo of expanded macros shared by many patterns changes nothing they compile to', () => {
    const macros = { self: '(we|my delegation)', verb: 'support*|favour*', n: '{count} groups', pro: '{self} ..3 {verb}' };
    const memo: MacroMemo = new Map();
    for (const pattern of ['{pro} ..4 {n}', '{self} {verb}', 'clearly {pro}', '{n} or {pro}', '{pro} ..4 {n}']) {
      expect(compileWithNeeds(pattern, { macros, memo })).toEqual(compileWithNeeds(pattern, { macros }));
    }
    expect(memo.size).toBeGreaterThan(0);
    // A macro holding {count} is expanded each time, so a second use is still refused.
    expect(() => compileWithNeeds('{n} and {n}', { macros, memo })).toThrow('{count} may appear only once');
  });

  test('rejects a macro that refers to itself', () => {
    expect(() => compilePattern('{a}', { a: 'x {b}', b: '{a}' })).toThrow('macro cycle: a -> b -> a');
  });
});

describe('normaliseText', () => {
  test('spells out contractions so negation is one word', () => {
    expect(normaliseText("We don't and can't and won't")).toBe('we do not and can not and will not');
  });
  test('keeps "non-binding" from reading as "binding"', () => {
    expect(normaliseText('a non-legally binding framework')).toBe('a nonbinding framework');
  });
  test('turns digit ranges into words', () => {
    expect(normaliseText('2-3 groups')).toBe('2 to 3 groups');
  });
});
