// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { renderRoute } from '../fixtures/render-route';
import { sourcesDataset } from '../fixtures/sources-dataset';
import { documentCsvRows, documentRows, warningText } from '../../src/views/sources/documents-model';
import { indexDataset } from '../../src/shared/dataset-index';
import { makeDataset } from '../fixtures/make-dataset';

describe('SourcesView (/sources)', () => {
  test('is in the menu as "Sources"', async () => {
    await renderRoute('/sources', sourcesDataset());
    await screen.findByRole('heading', { level: 1, name: 'Sources' });
    expect(within(screen.getByRole('navigation', { name: 'Views' })).getByRole('link', { name: 'Sources' }).getAttribute('href')).toBe('/sources');
  });

  test('lists each document with kind, date, session, statements, stances and file, linking to its reader', async () => {
    await renderRoute('/sources', sourcesDataset());
    const table = await screen.findByTestId('source-documents');
    const row = table.querySelector('tr[data-document="report-9.txt"]') as HTMLElement;
    const cells = within(row).getAllByRole('cell').map((c) => c.textContent);
    expect(cells).toEqual(['Session 9 report', 'Session report', '6 Dec 2024', '9th substantive session (OEWG 2021-2025)', '3', '2', 'report-9.txt']);
    expect(within(row).getByRole('link', { name: 'Session 9 report' }).getAttribute('href')).toBe('/sources/report-9.txt');
    expect(screen.getByRole('heading', { name: 'Documents (2)' })).toBeInTheDocument();
  });

  test('states its coverage', async () => {
    await renderRoute('/sources', sourcesDataset());
    expect((await screen.findByTestId('coverage')).textContent).toMatch(/latest evidence 6 Dec 2024/);
  });

  test('offers the documents table as CSV', async () => {
    await renderRoute('/sources', sourcesDataset());
    expect(await screen.findByRole('button', { name: 'Export documents (CSV)' })).toBeInTheDocument();
  });

  test('shows the build warnings folded, as file:line: message', async () => {
    await renderRoute('/sources', sourcesDataset());
    const warnings = await screen.findByTestId('build-warnings');
    expect(warnings.tagName).toBe('DETAILS');
    expect(warnings.hasAttribute('open')).toBe(false);
    expect(within(warnings).getByText(/2 warnings/)).toBeInTheDocument();
    expect(within(warnings).getByText('report-9.txt:12: unknown speaker "Overall tone"')).toBeInTheDocument();
    expect(within(warnings).getByText('broken.pdf: no text layer')).toBeInTheDocument();
  });

  test('says so when the build had no warning', async () => {
    await renderRoute('/sources', sourcesDataset({ warnings: [] }));
    expect((await screen.findByTestId('build-warnings')).textContent).toMatch(/without a warning/);
  });

  test('says so when there are no documents', async () => {
    await renderRoute('/sources', makeDataset({ documents: [], statements: [], stances: [] }));
    expect(await screen.findByText('The dataset holds no documents yet.')).toBeInTheDocument();
  });
});

describe('documentCsvRows(index, rows)', () => {
  test('has a header and one row per document with its counts', () => {
    const index = indexDataset(sourcesDataset());
    const rows = documentCsvRows(index, documentRows(index));
    expect(rows[0]).toEqual(['id', 'title', 'kind', 'date', 'session', 'statements', 'stances', 'file', 'url']);
    expect(rows.slice(1)).toEqual([
      ['report-9.txt', 'Session 9 report', 'session-report', '2024-12-06', '9th substantive session (OEWG 2021-2025)', 3, 2, 'report-9.txt', 'https://example.org/report'],
      ['statement-b.txt', 'Statement by Brazil', 'statement', '2024-12-05', '9th substantive session (OEWG 2021-2025)', 1, 0, 'statement-b.txt', 'javascript:alert(1)'],
    ]);
  });
});

describe('warningText(warning)', () => {
  test('leaves out the line number when the warning is about the whole file', () => {
    expect(warningText({ file: 'a.txt', line: 3, message: 'm' })).toBe('a.txt:3: m');
    expect(warningText({ file: 'a.txt', line: 0, message: 'm' })).toBe('a.txt: m');
  });
});

describe('statement search on /sources', () => {
  test('typing a word puts it in the URL and lists matching statements with speaker, document, date and the word marked', async () => {
    const { location } = await renderRoute('/sources', sourcesDataset());
    fireEvent.change(await screen.findByLabelText(/Words to find in 4 statements/), { target: { value: 'thematic' } });
    const results = await screen.findByTestId('search-results');
    expect(location.history.at(-1)).toBe('/sources?q=thematic');
    const hits = within(results).getAllByTestId('search-hit');
    expect(hits).toHaveLength(1);
    const hit = hits[0]!;
    expect(within(hit).getByRole('link').textContent).toBe('Germany — Session 9 report');
    expect(hit.textContent).toMatch(/6 Dec 2024/);
    const marks = hit.querySelectorAll('mark');
    expect([...marks].map((m) => m.textContent)).toEqual(['thematic']);
    expect(hit.querySelector('.hit-text')!.textContent).toContain('three dedicated thematic groups are a good start');
    expect(screen.getByTestId('search-status').textContent).toBe('1 statement of 4 matches.');
  });

  test('a search in the URL shows its results on load', async () => {
    await renderRoute('/sources?q=veto', sourcesDataset());
    const results = await screen.findByTestId('search-results');
    expect(within(results).getAllByTestId('search-hit')).toHaveLength(2);
    expect(screen.getByLabelText(/Words to find/)).toHaveValue('veto');
  });

  test('a click on a result opens the statement in the reader, highlighted', async () => {
    const { location } = await renderRoute('/sources?q=thematic', sourcesDataset());
    const results = await screen.findByTestId('search-results');
    fireEvent.click(within(results).getByRole('link'));
    expect(location.history.at(-1)).toBe('/sources/report-9.txt#report-9.txt%232');
    const reader = await screen.findByTestId('reader');
    // The statement is focused once the document's text is on screen.
    await waitFor(() => expect(document.activeElement?.id).toBe('report-9.txt#2'));
    const target = reader.querySelector('[data-targeted=true]')!;
    expect(target.id).toBe('report-9.txt#2');
    expect(document.activeElement).toBe(target);
  });

  test('says when nothing matches', async () => {
    await renderRoute('/sources?q=zebra', sourcesDataset());
    await waitFor(() => expect(screen.getByTestId('search-status').textContent).toBe('No statement contains all of: zebra'));
    expect(screen.queryByTestId('search-results')).toBeNull();
  });

  test('shows the first 50 results and more on request', async () => {
    const base = sourcesDataset();
    const doc = base.documents[1]!;
    const text = Array.from({ length: 60 }, (_, i) => `Statement ${i} on veto.`).join('\n');
    const statements = Array.from({ length: 60 }, (_, i) => {
      const start = text.indexOf(`Statement ${i} on`);
      return { ...base.statements[3]!, id: `statement-b.txt#${i + 1}` as never, order: i + 1, span: [start, start + `Statement ${i} on veto.`.length] as [number, number], sentences: [] };
    });
    await renderRoute('/sources?q=veto', sourcesDataset({ documents: [{ ...doc, text }], statements, stances: [] }));
    const results = await screen.findByTestId('search-results');
    expect(within(results).getAllByTestId('search-hit')).toHaveLength(50);
    fireEvent.click(screen.getByRole('button', { name: 'Show 10 more' }));
    expect(within(results).getAllByTestId('search-hit')).toHaveLength(60);
  });
});
