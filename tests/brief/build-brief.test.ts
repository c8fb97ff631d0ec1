// buildBrief on small scripted records: each rule of the brief, one test each.
import { describe, expect, test } from 'vitest';
import { issueConvergence } from '../../src/analysis/convergence';
import { issuePolarisation, majorityPosition } from '../../src/analysis/issue-polarisation';
import { observationsFromDataset } from '../../src/analysis/observations';
import { sessionWindow } from '../../src/analysis/session-window';
import { positionsInWindow } from '../../src/analysis/window-positions';
import { buildBrief } from '../../src/brief/build-brief';
import { GENERATED_LABEL, GENERATED_PREFIX, type IssueSection } from '../../src/brief/brief-types';
import { A, briefDataset, convergingRoom, GROUP_COUNT, MECHANISM, PARTICIPATION, VETO, type Line } from './brief-fixture';

const ALL = [PARTICIPATION.id, VETO.id, MECHANISM.id, GROUP_COUNT.id];
const section = (issues: readonly IssueSection[], id: string) => issues.find((s) => s.id === id)!;

describe('buildBrief: choices', () => {
  test('throws naming an unknown issue and the known ones', () => {
    expect(() => buildBrief(convergingRoom(), { issues: ['no-such-issue' as never], window: sessionWindow(1, 4) })).toThrow(
      /unknown issue "no-such-issue" \(known: stakeholder-participation, /,
    );
  });

  test('throws naming a session that is not in the calendar', () => {
    expect(() => buildBrief(convergingRoom(), { issues: [VETO.id], window: sessionWindow(1, 9) })).toThrow(/unknown session 9: not in the calendar \(sessions 1, 2, 3, 4\)/);
  });

  test('throws when no issue is chosen', () => {
    expect(() => buildBrief(convergingRoom(), { issues: [], window: sessionWindow(1, 4) })).toThrow(/at least one issue/);
  });

  test('presents the issues in the order asked, once each', () => {
    const brief = buildBrief(convergingRoom(), { issues: [VETO.id, PARTICIPATION.id, VETO.id], window: sessionWindow(1, 4) });
    expect(brief.issues.map((s) => s.id)).toEqual([VETO.id, PARTICIPATION.id]);
    expect(brief.title).toBe("Chair's brief: Veto on stakeholders and Stakeholder participation");
  });

  test('the same dataset and options give the same brief', () => {
    const ds = convergingRoom();
    const options = { issues: ALL, window: sessionWindow(1, 4) };
    expect(buildBrief(ds, options)).toEqual(buildBrief(ds, options));
  });
});

describe('buildBrief: level of convergence and positions', () => {
  test('the majority position comes first with all its holders, and the counts match the analysis', () => {
    const ds = convergingRoom();
    const window = sessionWindow(1, 4);
    const s = section(buildBrief(ds, { issues: ALL, window }).issues, PARTICIPATION.id);
    const positions = positionsInWindow(observationsFromDataset(ds), window);
    const majority = majorityPosition(positions, PARTICIPATION)!;
    expect(s.n).toBe(majority.n);
    expect(s.n).toBe(6);
    expect(s.polarisation).toBe(issuePolarisation(positions, PARTICIPATION).polarisation);
    expect(s.majority).toMatchObject({ key: 'expand', label: 'Broader participation', count: 5, share: majority.share, absolute: true, tied: false });
    expect(s.positions.map((p) => [p.key, p.count, p.majority])).toEqual([
      ['expand', 5, true],
      ['limit', 1, false],
    ]);
    const holders = positions.positions.filter((p) => p.issue === PARTICIPATION.id && p.key === 'expand').map((p) => p.actor as string);
    expect(s.positions[0]!.holders.map((h) => h.code as string).sort()).toEqual(holders.sort());
    expect(s.positions[0]!.holders.map((h) => h.name)).toEqual(['Brazil', 'Cuba', 'France', 'Germany', 'South Africa']);
  });

  test('each holder carries the date of its last evidence and how many statements it rests on', () => {
    const s = section(buildBrief(convergingRoom(), { issues: ALL, window: sessionWindow(1, 4) }).issues, PARTICIPATION.id);
    const france = s.positions[0]!.holders.find((h) => h.code === 'FRA')!;
    expect(france).toMatchObject({ date: '2024-12-06', session: 4, statements: 2, carried: false });
  });

  test('a window ending before a change of mind shows the position held then', () => {
    const s = section(buildBrief(convergingRoom(), { issues: ALL, window: sessionWindow(1, 2) }).issues, PARTICIPATION.id);
    const limit = s.positions.find((p) => p.key === 'limit')!;
    expect(limit.holders.map((h) => h.code)).toEqual(['BRA', 'CHN', 'CUB']);
  });

  test('half the room is no majority, and a tie is said', () => {
    const ds = briefDataset([
      { by: 'FRA', session: 2, issue: PARTICIPATION, position: 'expand', sentence: 'France supports participation.' },
      { by: 'CUB', session: 2, issue: PARTICIPATION, position: 'limit', sentence: 'Cuba wants it intergovernmental.' },
    ]);
    const s = buildBrief(ds, { issues: [PARTICIPATION.id], window: sessionWindow(1, 4) }).issues[0]!;
    expect(s.majority).toMatchObject({ key: 'expand', share: 0.5, absolute: false, tied: true });
    expect(s.open.map((p) => p.kind)).toEqual(expect.arrayContaining(['no-majority', 'tie']));
    expect(s.open.find((p) => p.kind === 'tie')!.text).toBe('Broader participation and Strictly intergovernmental are tied at 1 delegation each.');
  });

  test('numeric positions print their value or range', () => {
    const ds = briefDataset([
      { by: 'FRA', session: 2, issue: GROUP_COUNT, position: 'value', value: 3, sentence: 'France wants three groups.' },
      { by: 'BRA', session: 2, issue: GROUP_COUNT, position: 'value', value: [2, 3], sentence: 'Brazil wants two or three groups.' },
    ]);
    const s = buildBrief(ds, { issues: [GROUP_COUNT.id], window: sessionWindow(1, 4) }).issues[0]!;
    expect(s.positions.map((p) => p.label).sort()).toEqual(['A number: 2–3', 'A number: 3']);
  });

  test('only the chosen delegations count, everywhere', () => {
    const brief = buildBrief(convergingRoom(), {
      issues: ALL,
      window: sessionWindow(1, 4),
      groups: [A('FRA'), A('DEU'), A('CHN')],
      groupsLabel: 'three delegations',
    });
    expect(section(brief.issues, PARTICIPATION.id).n).toBe(3);
    expect(brief.annex.rows.map((r) => r.code)).toEqual(['CHN', 'FRA', 'DEU']); // China, France, Germany
    expect(brief.delegations).toEqual({ label: 'three delegations', filtered: true, chosen: 3, positioned: 3 });
    const quoted = brief.issues.flatMap((s) => s.positions.flatMap((p) => p.quotes.flatMap((q) => q.delegations)));
    expect(new Set(quoted)).toEqual(new Set(['FRA', 'DEU', 'CHN']));
  });
});

describe('buildBrief: trend', () => {
  test('runs from the first to the last session with evidence, on the balanced panel', () => {
    const ds = convergingRoom();
    const s = section(buildBrief(ds, { issues: ALL, window: sessionWindow(1, 4) }).issues, PARTICIPATION.id);
    const obs = observationsFromDataset(ds);
    const c = issueConvergence(positionsInWindow(obs, sessionWindow(2, 2)), positionsInWindow(obs, sessionWindow(4, 4)), PARTICIPATION);
    expect(s.trend.kind).toBe('measured');
    if (s.trend.kind !== 'measured') return;
    expect([s.trend.first.number, s.trend.last.number]).toEqual([2, 4]);
    expect(s.trend.panel).toBe(c.panel);
    expect(s.trend.panel).toBe(6);
    expect(s.trend.change).toBe(c.change);
    expect(s.trend.change!).toBeLessThan(0);
    expect(s.trend.interval).toEqual(c.interval);
  });

  test('evidence from a single session gives no trend, and says which session', () => {
    const s = section(buildBrief(convergingRoom(), { issues: ALL, window: sessionWindow(1, 4) }).issues, VETO.id);
    expect(s.trend).toEqual({ kind: 'none', reason: 'All evidence in the period comes from one session (the 3rd substantive session), so no trend.' });
  });

  test('a room that moves together is reported as converging', () => {
    const lines: Line[] = [];
    const codes = ['FRA', 'DEU', 'USA', 'BRA', 'CUB', 'CHN', 'IRN', 'RUS', 'ZAF'];
    codes.forEach((c, i) => lines.push({ by: c, session: 2, issue: PARTICIPATION, position: i % 2 ? 'limit' : 'expand', sentence: `${c} early view.` }));
    codes.forEach((c) => lines.push({ by: c, session: 4, issue: PARTICIPATION, position: 'expand', sentence: `${c} later view.` }));
    const s = buildBrief(briefDataset(lines), { issues: [PARTICIPATION.id], window: sessionWindow(1, 4) }).issues[0]!;
    expect(s.trend).toMatchObject({ kind: 'measured', panel: 9, after: 0, direction: 'converging' });
    expect(s.summary.some((line) => line.includes('the room converged'))).toBe(true);
  });
});

describe('buildBrief: key quotes', () => {
  test('most confident first, then most recent, then by stance id; at most three', () => {
    const ds = briefDataset([
      { by: 'FRA', session: 2, issue: VETO, position: 'oppose', sentence: 'France: no veto (2022).', confidence: 0.9 },
      { by: 'DEU', session: 4, issue: VETO, position: 'oppose', sentence: 'Germany: no veto (2024).', confidence: 0.9 },
      { by: 'USA', session: 3, issue: VETO, position: 'oppose', sentence: 'United States: no veto.', confidence: 0.5 },
      { by: 'BRA', session: 1, issue: VETO, position: 'oppose', sentence: 'Brazil: no veto.', confidence: 0.95 },
    ]);
    const p = buildBrief(ds, { issues: [VETO.id], window: sessionWindow(1, 4) }).issues[0]!.positions[0]!;
    expect(p.quotes.map((q) => q.text)).toEqual(['Brazil: no veto.', 'Germany: no veto (2024).', 'France: no veto (2022).']);
  });

  test('come from distinct delegations', () => {
    const ds = briefDataset([
      { by: 'FRA', session: 2, issue: VETO, position: 'oppose', sentence: 'France, first.', confidence: 0.9 },
      { by: 'FRA', session: 3, issue: VETO, position: 'oppose', sentence: 'France, again.', confidence: 0.9 },
      { by: 'DEU', session: 3, issue: VETO, position: 'oppose', sentence: 'Germany agrees.', confidence: 0.6 },
    ]);
    const p = buildBrief(ds, { issues: [VETO.id], window: sessionWindow(1, 4) }).issues[0]!.positions[0]!;
    expect(p.quotes.map((q) => q.text)).toEqual(['France, again.', 'Germany agrees.']);
  });

  test('a joint statement is quoted once and credits its signatories', () => {
    const s = section(buildBrief(convergingRoom(), { issues: ALL, window: sessionWindow(1, 4) }).issues, VETO.id);
    const [q] = s.positions[0]!.quotes;
    expect(s.positions[0]!.quotes).toHaveLength(1);
    expect(q).toMatchObject({ delegations: ['FRA', 'DEU', 'USA'], delegationNames: 'France, Germany and United States', documentTitle: 'Joint statement on stakeholders' });
  });

  test('only evidence of the position held is quoted, not a view since abandoned', () => {
    const brief = buildBrief(convergingRoom(), { issues: ALL, window: sessionWindow(1, 4) });
    const texts = brief.issues.flatMap((s) => s.positions.flatMap((p) => p.quotes.map((q) => q.text)));
    expect(texts).not.toContain('Brazil wants a strictly intergovernmental process.');
    expect(section(brief.issues, PARTICIPATION.id).positions[1]!.quotes.map((q) => q.delegations)).toEqual([['CHN']]);
  });

  test('each quote is its stance quote, found in its document, with a full citation', () => {
    const ds = convergingRoom();
    const brief = buildBrief(ds, { issues: ALL, window: sessionWindow(1, 4) });
    const quotes = brief.issues.flatMap((s) => s.positions.flatMap((p) => p.quotes));
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) {
      const stance = ds.stances.find((s) => s.id === q.stance)!;
      expect(q.text).toBe(stance.quote);
      expect(ds.documents.find((d) => d.id === q.document)!.text).toContain(q.text);
      expect(q.documentTitle).toBeTruthy();
      expect(q.session).toMatch(/substantive session \(OEWG 2021-2025\)/);
      expect(q.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe('buildBrief: bridging positions', () => {
  test('across the regional groups when no blocs form, naming the groups', () => {
    const brief = buildBrief(convergingRoom(), { issues: ALL, window: sessionWindow(1, 4) });
    expect(brief.bridging.kind).toBe('regions');
    const s = section(brief.issues, PARTICIPATION.id);
    expect(s.bridging[0]).toMatchObject({ key: 'expand', majority: true });
    expect(s.bridging[0]!.support.map((x) => x.group)).toEqual(['African', 'Asia-Pacific', 'GRULAC', 'WEOG']);
    expect(s.bridgingNote).toBe('Across 4 of the 5 regional groups with a member positioned on this issue (African, Asia-Pacific, GRULAC, WEOG).');
  });

  test('across blocs when clustering finds them', () => {
    const west = ['FRA', 'DEU', 'USA'];
    const east = ['CHN', 'IRN', 'RUS'];
    const lines: Line[] = [];
    const issues: Array<[typeof PARTICIPATION, string, string]> = [
      [PARTICIPATION, 'expand', 'limit'],
      [VETO, 'oppose', 'support'],
      [MECHANISM, 'poa', 'oewg'],
    ];
    for (const [issue, w, e] of issues) {
      for (const c of west) lines.push({ by: c, session: 2, issue, position: w, sentence: `${c} on ${issue.id}.` });
      for (const c of east) lines.push({ by: c, session: 2, issue, position: e, sentence: `${c} on ${issue.id}.` });
    }
    lines.push({ by: 'ZAF', session: 2, issue: PARTICIPATION, position: 'expand', sentence: 'South Africa on participation.' });
    const brief = buildBrief(briefDataset(lines), { issues: [PARTICIPATION.id], window: sessionWindow(1, 4) });
    expect(brief.bridging.kind).toBe('blocs');
    expect(brief.bridging.groups.map((g) => [...g.members].sort())).toEqual(expect.arrayContaining([[...west].sort(), [...east].sort()]));
    expect(brief.bridging.note).toMatch(/ 1 delegation with too few positions or in a bloc of one is in no bloc\.$/);
    // Each bloc holds one position: both bridge equally, and the brief says so.
    expect(brief.issues[0]!.summary[1]).toBe(
      'Generated summary: across the 2 blocs with a position, Broader participation and Strictly intergovernmental have equally broad support (bridging score 0.40): no position bridges better than another.',
    );
  });

  test('no bridging with delegations from a single group', () => {
    const brief = buildBrief(convergingRoom(), { issues: ALL, window: sessionWindow(1, 4), groups: [A('FRA'), A('DEU'), A('USA')] });
    expect(brief.bridging.kind).toBe('none');
    expect(brief.issues.every((s) => s.bridging.length === 0)).toBe(true);
  });
});

describe('buildBrief: points still open', () => {
  test('an issue nobody spoke on says only that', () => {
    const s = section(buildBrief(convergingRoom(), { issues: ALL, window: sessionWindow(1, 4) }).issues, GROUP_COUNT.id);
    expect(s.n).toBe(0);
    expect(s.positions).toEqual([]);
    expect(s.open).toEqual([{ kind: 'no-evidence', text: 'No delegation has a position on this issue in the period.', actors: [] }]);
  });

  test('few delegations, thin and joint-only evidence are each named', () => {
    const s = section(buildBrief(convergingRoom(), { issues: ALL, window: sessionWindow(1, 4) }).issues, VETO.id);
    const byKind = new Map(s.open.map((p) => [p.kind, p]));
    expect(byKind.get('few-delegations')!.text).toBe('Only 4 delegations have a position on this issue: France, Germany, Russian Federation and United States.');
    expect(byKind.get('thin-evidence')!.actors).toHaveLength(4);
    expect(byKind.get('joint-only')!.text).toBe('3 of 4 positions rest only on joint statements: France, Germany and United States.');
  });

  test('positions carried from before the period are named', () => {
    const s = section(buildBrief(convergingRoom(), { issues: ALL, window: sessionWindow(3, 4) }).issues, PARTICIPATION.id);
    expect(s.open.find((p) => p.kind === 'carried')!.actors).toEqual(['CHN', 'DEU', 'ZAF']);
  });
});

describe('buildBrief: generated wording', () => {
  test('the brief carries the label and every generated sentence starts with the prefix', () => {
    const brief = buildBrief(convergingRoom(), { issues: ALL, window: sessionWindow(1, 4) });
    expect(brief.label).toBe(GENERATED_LABEL);
    for (const s of brief.issues) {
      expect(s.summary.length).toBeGreaterThan(0);
      for (const line of s.summary) expect(line.startsWith(`${GENERATED_PREFIX} `)).toBe(true);
    }
  });

  test('no generated sentence contains a quote mark', () => {
    const brief = buildBrief(convergingRoom(), { issues: ALL, window: sessionWindow(1, 4) });
    const generated = [brief.title, ...brief.method, brief.bridging.note, ...brief.issues.flatMap((s) => [...s.summary, ...s.open.map((p) => p.text), s.bridgingNote])];
    for (const text of generated) expect(text).not.toMatch(/[“”"]/);
  });
});

describe('buildBrief: annex', () => {
  test('every delegation with a position, by name, each chosen issue with the date of its evidence; silence is empty', () => {
    const brief = buildBrief(convergingRoom(), { issues: [PARTICIPATION.id, VETO.id], window: sessionWindow(1, 4) });
    expect(brief.annex.issues.map((i) => i.id)).toEqual([PARTICIPATION.id, VETO.id]);
    expect(brief.annex.rows.map((r) => r.name)).toEqual(['Brazil', 'China', 'Cuba', 'France', 'Germany', 'Russian Federation', 'South Africa', 'United States']);
    const usa = brief.annex.rows.find((r) => r.code === 'USA')!;
    expect(usa.cells).toEqual([null, { label: 'No single-state veto', date: '2023-07-28', sessionLabel: '3rd substantive session', carried: false, statements: 1 }]);
  });
});

describe('buildBrief: undated evidence', () => {
  test('a holder and an annex cell without a date name the session of the evidence instead', async () => {
    const { toMarkdown } = await import('../../src/brief/to-markdown');
    const ds = briefDataset([{ by: ['CUB', 'CHN'], session: 3, date: null, issue: VETO, position: 'support', sentence: 'We keep the right to object.' }]);
    const brief = buildBrief(ds, { issues: [VETO.id], window: sessionWindow(1, 4) });
    expect(brief.issues[0]!.positions[0]!.holders[0]).toMatchObject({ name: 'China', date: null, sessionLabel: '3rd substantive session' });
    const md = toMarkdown(brief);
    expect(md).toContain('Holders (2): China (3rd substantive session, date unknown, 1 statement, joint statements only); Cuba (3rd substantive session, date unknown, 1 statement, joint statements only).');
    expect(md).toContain('| China (CHN) | Keep the no-objection basis, 3rd substantive session, date unknown |');
  });
});
