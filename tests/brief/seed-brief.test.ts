// @vitest-environment jsdom
// The brief on the seed corpus (data/raw, built in-process like npm run build:data). The
// tagger is still landing, so these tests assert what must hold for whatever stances
// exist: structure, exact quotes, holders, counts equal to the analysis, a readable .docx.
import { beforeAll, describe, expect, test } from 'vitest';
import { sessionWindow, type SessionWindow } from '../../src/analysis/session-window';
import { buildBrief } from '../../src/brief/build-brief';
import type { BriefOptions } from '../../src/brief/brief-types';
import { toMarkdown } from '../../src/brief/to-markdown';
import type { Dataset } from '../../src/shared/dataset-schema';
import type { IssueId } from '../../src/shared/ids';
import { checkMarkdownBrief } from './markdown-checks';
import { openDocx, texts } from './open-docx';
import { seedDataset } from './seed-dataset';

let ds: Dataset;
let full: SessionWindow;
beforeAll(async () => {
  ds = await seedDataset();
  const numbers = ds.sessions.map((s) => s.number);
  full = sessionWindow(Math.min(...numbers), Math.max(...numbers));
}, 180_000);

describe('the brief on the seed corpus', { timeout: 60_000 }, () => {
  test('every issue over every session: structure, exact quotes, holders, counts of the analysis', () => {
    const options: BriefOptions = { issues: ds.issues.map((i) => i.id), window: full };
    const brief = buildBrief(ds, options);
    checkMarkdownBrief(toMarkdown(brief), brief, ds, options);
  });

  test('the stakeholder issues from the 2nd to the 9th session', () => {
    const options: BriefOptions = { issues: ['stakeholder-participation', 'stakeholder-veto'] as IssueId[], window: sessionWindow(2, 9) };
    const brief = buildBrief(ds, options);
    checkMarkdownBrief(toMarkdown(brief), brief, ds, options);
    expect(brief.period.from.start.slice(0, 4)).toBe('2022');
  });

  test('every issue of the codebook asks its question in the brief', () => {
    const md = toMarkdown(buildBrief(ds, { issues: ds.issues.map((i) => i.id), window: full }));
    for (const issue of ds.issues) expect(md).toContain(`**Question:** ${issue.question}`);
  });

  test('the Word brief has the headings, the quotes and the annex table', async () => {
    const brief = buildBrief(ds, { issues: ds.issues.map((i) => i.id), window: full });
    const { doc } = await openDocx(brief);
    expect(texts(doc, 'h1')).toEqual([brief.title]);
    expect(texts(doc, 'h2').slice(1, -1)).toEqual(ds.issues.map((i, k) => `${k + 1}. ${i.label}`));
    expect(texts(doc, 'blockquote')).toEqual(brief.issues.flatMap((s) => s.positions.flatMap((p) => p.quotes.map((q) => `“${q.text}”`))));
    const tables = doc.querySelectorAll('table');
    expect(tables.length).toBe(brief.annex.rows.length > 0 ? 1 : 0);
    if (tables[0]) expect(tables[0].querySelectorAll('tr').length).toBe(brief.annex.rows.length + 1);
  });
});
