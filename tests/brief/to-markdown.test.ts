import { describe, expect, test } from 'vitest';
import { sessionWindow } from '../../src/analysis/session-window';
import { buildBrief } from '../../src/brief/build-brief';
import { esc, toMarkdown } from '../../src/brief/to-markdown';
import { A, briefDataset, convergingRoom, GROUP_COUNT, MECHANISM, PARTICIPATION, VETO } from './brief-fixture';
import { checkMarkdownBrief, markdownQuotes, sections } from './markdown-checks';

const ALL = [PARTICIPATION.id, VETO.id, MECHANISM.id, GROUP_COUNT.id];

describe('toMarkdown(brief)', () => {
  test('has the structure, exact quotes, holders and counts of the analysis', () => {
    const ds = convergingRoom();
    const options = { issues: ALL, window: sessionWindow(1, 4) };
    checkMarkdownBrief(toMarkdown(buildBrief(ds, options)), buildBrief(ds, options), ds, options);
  });

  test('holds for a filtered brief too', () => {
    const ds = convergingRoom();
    const options = { issues: [PARTICIPATION.id, VETO.id], window: sessionWindow(2, 4), groups: [A('FRA'), A('BRA'), A('CHN'), A('RUS')] };
    checkMarkdownBrief(toMarkdown(buildBrief(ds, options)), buildBrief(ds, options), ds, options);
  });

  test('writes the majority position with its holders and a cited quote', () => {
    const md = toMarkdown(buildBrief(convergingRoom(), { issues: [VETO.id], window: sessionWindow(1, 4) }));
    expect(md).toContain(
      [
        '### Majority position: No single-state veto (3 of 4)',
        '',
        'Holders (3): France (28 Jul 2023, 1 statement, joint statements only); Germany (28 Jul 2023, 1 statement, joint statements only); United States (28 Jul 2023, 1 statement, joint statements only).',
        '',
        '> “No single state should be able to veto a stakeholder.”',
        '>',
        '> — France, Germany and United States (joint statement), *Joint statement on stakeholders*, 3rd substantive session (OEWG 2021-2025), 28 Jul 2023',
      ].join('\n'),
    );
  });

  test('a position with no majority is headed as such', () => {
    const ds = briefDataset([
      { by: 'FRA', session: 2, issue: MECHANISM, position: 'poa', sentence: 'France supports a PoA.' },
      { by: 'CUB', session: 2, issue: MECHANISM, position: 'oewg', sentence: 'Cuba wants an OEWG.' },
      { by: 'CHN', session: 2, issue: MECHANISM, position: 'open', sentence: 'China is open.' },
    ]);
    const md = toMarkdown(buildBrief(ds, { issues: [MECHANISM.id], window: sessionWindow(1, 4) }));
    expect(md).toContain('### Most held position, no majority: Programme of Action (1 of 3)');
    expect(md).toContain('- No position is held by more than half of the 3 delegations with a position; the most held, Programme of Action, has 1 (33%).');
  });

  test('generated sentences are marked, the label heads the brief', () => {
    const md = toMarkdown(buildBrief(convergingRoom(), { issues: ALL, window: sessionWindow(1, 4) }));
    expect(md.split('\n')[2]).toBe('*Drafted by Common Ground from the tagged record; check before use.*');
    expect(md).toMatch(/^Generated summary: 6 delegations have a position on this issue; Broader participation is held by 5 of them \(83%\), a majority\.$/m);
    expect(md).toContain('Generated summary: the points below are drawn from the counts above.');
  });

  test('a quote spanning lines stays exact, inside one block quote', () => {
    const ds = briefDataset([{ by: 'FRA', session: 2, issue: VETO, position: 'oppose', sentence: 'No veto\nfor anyone.' }]);
    const md = toMarkdown(buildBrief(ds, { issues: [VETO.id], window: sessionWindow(1, 4) }));
    expect(md).toContain('> “No veto\n> for anyone.”');
    expect(markdownQuotes(md)).toEqual(['No veto\nfor anyone.']);
  });

  test('third-party names and titles have markup escaped; quotes stay verbatim', () => {
    const ds = briefDataset([{ by: 'FRA', session: 2, issue: VETO, position: 'oppose', sentence: 'No *veto* [ever].', title: 'Statement_on *veto*' }]);
    const md = toMarkdown(buildBrief(ds, { issues: [VETO.id], window: sessionWindow(1, 4) }));
    expect(md).toContain('> “No *veto* [ever].”');
    expect(md).toContain('*Statement\\_on \\*veto\\**');
    expect(esc('a|b <c>')).toBe('a|b \\<c\\>');
  });

  test('the annex is a table with a row per delegation and an empty cell for silence', () => {
    const md = toMarkdown(buildBrief(convergingRoom(), { issues: [PARTICIPATION.id, VETO.id], window: sessionWindow(1, 4) }));
    const annex = sections(md).at(-1)!.body;
    expect(annex).toContain('| Delegation | Stakeholder participation | Veto on stakeholders |');
    expect(annex).toContain('| United States (USA) |  | No single-state veto, 28 Jul 2023 |');
    expect(annex).toContain('| Germany (DEU) | Broader participation, 1 Apr 2022 | No single-state veto, 28 Jul 2023 |');
  });
});
