// @vitest-environment jsdom
// The Word brief opened with mammoth, as a reader's Word would: the headings, the quotes
// (in the Quote style) with their citations, and the annex as a table.
import { describe, expect, test } from 'vitest';
import { sessionWindow } from '../../src/analysis/session-window';
import { buildBrief } from '../../src/brief/build-brief';
import { convergingRoom, GROUP_COUNT, MECHANISM, PARTICIPATION, VETO } from './brief-fixture';
import { openDocx, texts } from './open-docx';

describe('toDocx(brief)', { timeout: 60_000 }, () => {
  test('has the headings of the brief, in order', async () => {
    const brief = buildBrief(convergingRoom(), { issues: [PARTICIPATION.id, VETO.id, MECHANISM.id, GROUP_COUNT.id], window: sessionWindow(1, 4) });
    const { doc } = await openDocx(brief);
    expect(texts(doc, 'h1')).toEqual([brief.title]);
    expect(texts(doc, 'h2')).toEqual([
      'How to read this brief',
      '1. Stakeholder participation',
      '2. Veto on stakeholders',
      '3. Mechanism format',
      '4. Number of thematic groups',
      "Annex: every delegation's position",
    ]);
    const h3 = texts(doc, 'h3');
    expect(h3).toContain('Majority position: Broader participation (5 of 6)');
    expect(h3.filter((h) => h === 'Level of convergence')).toHaveLength(4);
    expect(h3.filter((h) => h === 'Points still open')).toHaveLength(4);
    expect(texts(doc, 'h4')).toContain('Strictly intergovernmental (1 of 6)');
  });

  test('has every quote, in quote marks, exactly, each followed by its citation', async () => {
    const ds = convergingRoom();
    const brief = buildBrief(ds, { issues: [PARTICIPATION.id, VETO.id], window: sessionWindow(1, 4) });
    const { doc } = await openDocx(brief);
    const quotes = brief.issues.flatMap((s) => s.positions.flatMap((p) => p.quotes));
    expect(texts(doc, 'blockquote')).toEqual(quotes.map((q) => `“${q.text}”`));
    for (const block of doc.querySelectorAll('blockquote')) expect(block.nextElementSibling?.className).toBe('citation');
    expect(texts(doc, 'p.citation')).toContain(
      '— France, Germany and United States (joint statement), Joint statement on stakeholders, 3rd substantive session (OEWG 2021-2025), 28 Jul 2023',
    );
  });

  test('has the annex as a table: a header row of issues, a row per delegation with dates', async () => {
    const brief = buildBrief(convergingRoom(), { issues: [PARTICIPATION.id, VETO.id], window: sessionWindow(1, 4) });
    const { doc } = await openDocx(brief);
    const tables = doc.querySelectorAll('table');
    expect(tables).toHaveLength(1);
    const rows = [...tables[0]!.querySelectorAll('tr')].map((tr) => [...tr.querySelectorAll('td, th')].map((c) => c.textContent));
    expect(rows[0]).toEqual(['Delegation', 'Stakeholder participation', 'Veto on stakeholders']);
    expect(rows).toHaveLength(1 + brief.annex.rows.length);
    expect(rows).toContainEqual(['United States (USA)', '', 'No single-state veto, 28 Jul 2023']);
  });

  test('marks generated text: the label and the summaries', async () => {
    const brief = buildBrief(convergingRoom(), { issues: [PARTICIPATION.id], window: sessionWindow(1, 4) });
    const { text } = await openDocx(brief);
    expect(text).toContain('Drafted by Common Ground from the tagged record; check before use.');
    for (const line of brief.issues[0]!.summary) expect(text).toContain(line);
  });
});
