import { describe, expect, test } from 'vitest';
import { issuesParam, parseBriefParams } from '../../src/views/brief/brief-params';
import { convergingRoom } from '../brief/brief-fixture';

const ds = convergingRoom();
const parse = (qs: string) => parseBriefParams(new URLSearchParams(qs), ds);

describe('parseBriefParams(params, dataset)', () => {
  test('no parameters: every issue, every session, every delegation', () => {
    expect(parse('')).toEqual({
      issues: ['stakeholder-participation', 'stakeholder-veto', 'mechanism-format', 'thematic-group-count'],
      window: { from: 1, to: 4 },
      filter: { region: null, eu: false, group: null },
      ignored: [],
    });
  });

  test('issues come back in codebook order; "none" chooses none', () => {
    expect(parse('issues=stakeholder-veto,stakeholder-participation').issues).toEqual(['stakeholder-participation', 'stakeholder-veto']);
    expect(parse('issues=none').issues).toEqual([]);
  });

  test('a "to" before "from" is raised to it; unknown values are dropped and listed', () => {
    expect(parse('from=3&to=2').window).toEqual({ from: 3, to: 3 });
    const p = parse('issues=x-y&from=12&region=Atlantis&group=ZZZ&eu=1');
    expect(p.ignored).toEqual(['issue x-y', 'session 12 (from)', 'regional group Atlantis', 'group ZZZ']);
    expect(p.filter).toEqual({ region: null, eu: true, group: null });
  });
});

describe('issuesParam(chosen, all)', () => {
  test('all is no parameter, none is "none", otherwise ids in codebook order', () => {
    expect(issuesParam(['b', 'a'], ['a', 'b'])).toBeNull();
    expect(issuesParam([], ['a', 'b'])).toBe('none');
    expect(issuesParam(['c', 'a'], ['a', 'b', 'c'])).toBe('a,c');
  });
});
