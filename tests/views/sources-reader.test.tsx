// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, onTestFinished, test, vi } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { renderRoute } from '../fixtures/render-route';
import { DEU_SENTENCE, FRA_SENTENCE, REPORT_TEXT, sourcesDataset } from '../fixtures/sources-dataset';
import { Evidence } from '../../src/components/Evidence';
import { indexDataset } from '../../src/shared/dataset-index';
import { positionColour } from '../../src/charts/palette';
import { statementHref, statementIdFromHash } from '../../src/views/sources/statement-href';

afterEach(() => vi.restoreAllMocks());

async function openReader(path = '/sources/report-9.txt', dataset = sourcesDataset()) {
  const utils = await renderRoute(path, dataset);
  const reader = await screen.findByTestId('reader');
  // The document's text is read from the store after the page: wait until it is shown.
  await waitFor(() => expect(screen.getByTestId('reader-text').getAttribute('aria-busy')).toBe('false'));
  return { ...utils, reader };
}

function statementEl(reader: HTMLElement, id: string): HTMLElement {
  return [...reader.querySelectorAll<HTMLElement>('[data-testid=reader-statement]')].find((el) => el.id === id)!;
}

describe('ReaderView (/sources/:doc)', () => {
  test('shows the whole document: every character of the text, in order', async () => {
    const { reader } = await openReader();
    const text = screen.getByTestId('reader-text');
    // Labels and headings added by the reader aside, the document's words appear in order.
    const shown = text.textContent!.replace(/\s+/g, ' ');
    for (const part of ['Summary of the 9th substantive session', 'France:', FRA_SENTENCE, 'Germany:', DEU_SENTENCE, 'I now give the floor to Brazil', 'several delegations asked for more time.']) {
      expect(shown).toContain(part);
    }
    expect(shown.indexOf('France:')).toBeLessThan(shown.indexOf(FRA_SENTENCE));
    expect(within(reader).getByRole('heading', { level: 1 }).textContent).toBe('Session 9 report');
    expect(screen.getByTestId('reader-meta').textContent).toMatch(/Session report · 6 Dec 2024 · 9th substantive session \(OEWG 2021-2025\) · meeting 10/);
    expect(screen.getByTestId('coverage').textContent).toBe('3 statements and 2 stances in this document, dated 6 Dec 2024.');
  });

  test('marks each statement with its speaker and an anchor id equal to the statement id', async () => {
    const { reader } = await openReader();
    const statements = within(reader).getAllByTestId('reader-statement');
    expect(statements.map((s) => s.id)).toEqual(['report-9.txt#1', 'report-9.txt#2', 'report-9.txt#3']);
    expect(statements.map((s) => within(s).getByRole('heading', { level: 2 }).textContent)).toEqual(['France', 'Germany', 'Chair']);
  });

  test('says in whose name a statement speaks: authors, on behalf of, aligned', async () => {
    const { reader } = await openReader();
    const head = statementEl(reader, 'report-9.txt#2').querySelector('.statement-head')!;
    expect(head.textContent).toContain('for: Germany, European Union');
    expect(head.textContent).toContain('on behalf of: European Union');
    expect(head.textContent).toContain('aligned with this statement: Brazil');
    expect(statementEl(reader, 'report-9.txt#1').querySelector('.statement-head')!.textContent).not.toContain('for:');
  });

  test('says how an inferred speaker was found', async () => {
    const { reader } = await openReader('/sources/statement-b.txt');
    const s = within(reader).getByTestId('reader-statement');
    expect(within(s).getByRole('heading', { level: 2 }).textContent).toBe('Brazil');
    expect(s.textContent).toContain('(from the document header)');
  });

  test('shows the text outside statements muted and labelled as not part of the statements', async () => {
    await openReader();
    const outside = screen.getAllByTestId('outside-text');
    expect(outside.map((o) => o.textContent)).toEqual([
      expect.stringMatching(/^Not part of the record’s statements \(heading or report text\)Summary of the 9th substantive session, 10th meeting\s+France:$/),
      'Not part of the record’s statements: Germany:',
      'Not part of the record’s statements: Chair:',
      expect.stringMatching(/^Not part of the record’s statements \(heading or report text\)Analysis\s+The room remained divided/),
    ]);
    for (const o of outside) expect(o.closest('[data-testid=reader-statement]')).toBeNull();
  });

  test('highlights each tagged sentence, coloured by position, focusable, with the issue and position as its title and tooltip', async () => {
    const dataset = sourcesDataset();
    const { reader } = await openReader('/sources/report-9.txt', dataset);
    const marks = within(reader).getAllByTestId('tagged-sentence');
    expect(marks.map((m) => m.textContent)).toEqual([FRA_SENTENCE, DEU_SENTENCE]);
    const [fra, deu] = marks as [HTMLElement, HTMLElement];
    expect(fra.tagName).toBe('MARK');
    expect(fra.tabIndex).toBe(0);
    expect(fra.title).toBe('Mechanism format: PoA (France)');
    expect(deu.title).toBe('Number of thematic groups: A number 3 (Germany, European Union)');
    const tooltip = document.getElementById(fra.getAttribute('aria-describedby')!)!;
    expect(tooltip.getAttribute('role')).toBe('tooltip');
    expect(tooltip.textContent).toBe('Mechanism format: PoA (France)');
    const expected = document.createElement('span');
    expected.style.backgroundColor = positionColour(dataset.issues[0]!, 'poa');
    expect(fra.style.backgroundColor).toBe(expected.style.backgroundColor);
    expect(screen.getByTestId('reader-legend').textContent).toContain('PoA Mechanism format (1)');
  });

  test('renders an untagged statement as one text node, not one element per character or word', async () => {
    const { reader } = await openReader();
    const text = statementEl(reader, 'report-9.txt#3').querySelector('.statement-text')!;
    expect(text.children).toHaveLength(0);
    expect(text.childNodes).toHaveLength(1);
    const tagged = statementEl(reader, 'report-9.txt#1').querySelector('.statement-text')!;
    expect(tagged.querySelectorAll('*').length).toBeLessThan(6);
  });

  test('lists each stance of a statement with its evidence and a "correct this" form behind a toggle', async () => {
    const { reader } = await openReader();
    const fra = statementEl(reader, 'report-9.txt#1');
    expect(within(fra).getByTestId('evidence').textContent).toContain(`“${FRA_SENTENCE}”`);
    expect(within(fra).queryByTestId('correction-form')).toBeNull();
    const toggle = within(fra).getByRole('button', { name: 'Correct this' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const form = within(fra).getByTestId('correction-form');
    expect(within(form).getByText('Correct this stance')).toBeInTheDocument();
  });

  test('saves a proposed correction and says so', async () => {
    const { reader, notes } = await openReader();
    const fra = statementEl(reader, 'report-9.txt#1');
    fireEvent.click(within(fra).getByRole('button', { name: 'Correct this' }));
    fireEvent.change(within(fra).getByLabelText('Reason'), { target: { value: 'the PoA is only mentioned' } });
    fireEvent.click(within(fra).getByRole('button', { name: 'Save correction' }));
    expect(await within(fra).findByText(/Correction saved/)).toBeInTheDocument();
    const saved = await notes.corrections();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ statement: 'report-9.txt#1', action: 'remove', stance: 'report-9.txt#1/mechanism-format/FRA' });
  });

  test('offers "add a missing stance" on statements with a delegation, not on the Chair’s', async () => {
    const { reader } = await openReader();
    const deu = statementEl(reader, 'report-9.txt#2');
    fireEvent.click(within(deu).getByRole('button', { name: 'Add a missing stance' }));
    expect(within(within(deu).getByTestId('correction-form')).getByText('Add a missing stance', { selector: 'legend' })).toBeInTheDocument();
    const chair = statementEl(reader, 'report-9.txt#3');
    expect(within(chair).queryByRole('button', { name: 'Add a missing stance' })).toBeNull();
    expect(chair.textContent).toContain('The Chair, the secretariat and briefers take no positions');
  });

  test('keeps notes per statement behind a toggle that shows their number', async () => {
    const { reader } = await openReader();
    const chair = statementEl(reader, 'report-9.txt#3');
    fireEvent.click(within(chair).getByRole('button', { name: 'Your notes (0)' }));
    fireEvent.change(within(chair).getByLabelText(/Add a note on Chair, turn 3/), { target: { value: 'Brazil never took the floor' } });
    fireEvent.click(within(chair).getByRole('button', { name: 'Save note' }));
    expect(await within(chair).findByText('Brazil never took the floor')).toBeInTheDocument();
    expect(await within(chair).findByRole('button', { name: 'Your notes (1)' })).toBeInTheDocument();
    expect(within(statementEl(reader, 'report-9.txt#1')).getByRole('button', { name: 'Your notes (0)' }).getAttribute('aria-expanded')).toBe('false');
  });

  test('opens the notes of a statement that has some when the document is opened again', async () => {
    const { reader, location } = await openReader();
    const chair = statementEl(reader, 'report-9.txt#3');
    fireEvent.click(within(chair).getByRole('button', { name: 'Your notes (0)' }));
    fireEvent.change(within(chair).getByLabelText(/Add a note on Chair, turn 3/), { target: { value: 'Brazil never took the floor' } });
    fireEvent.click(within(chair).getByRole('button', { name: 'Save note' }));
    await within(chair).findByText('Brazil never took the floor');
    act(() => location.navigate('/sources'));
    await screen.findByTestId('source-documents');
    act(() => location.navigate('/sources/report-9.txt'));
    const again = statementEl(await screen.findByTestId('reader'), 'report-9.txt#3');
    expect(within(again).getByRole('button', { name: 'Your notes (1)' }).getAttribute('aria-expanded')).toBe('true');
    expect(within(again).getByText('Brazil never took the floor')).toBeInTheDocument();
  });

  test('/sources/<doc>#<statement id> scrolls to that statement, focuses and highlights it', async () => {
    const scroll = vi.fn();
    // jsdom does not lay out pages and has no scrollIntoView: provide one for this test.
    HTMLElement.prototype.scrollIntoView = scroll;
    onTestFinished(() => {
      delete (HTMLElement.prototype as Partial<HTMLElement>).scrollIntoView;
    });
    const { reader } = await openReader(statementHref('report-9.txt', 'report-9.txt#2'));
    const target = statementEl(reader, 'report-9.txt#2');
    expect(target.getAttribute('data-targeted')).toBe('true');
    expect(target.className).toContain('targeted');
    expect(document.activeElement).toBe(target);
    expect(scroll).toHaveBeenCalledTimes(1);
    expect(scroll.mock.contexts[0]).toBe(target);
    expect(reader.querySelectorAll('[data-targeted=true]')).toHaveLength(1);
  });

  test('a click on an Evidence link moves the highlight to its statement', async () => {
    const dataset = sourcesDataset();
    const { location } = await openReader('/sources/report-9.txt', dataset);
    const evidence = within(statementEl(screen.getByTestId('reader'), 'report-9.txt#2')).getByTestId('evidence');
    fireEvent.click(within(evidence).getByRole('link', { name: 'Session 9 report' }));
    expect(location.history.at(-1)).toBe('/sources/report-9.txt#report-9.txt%232');
    expect(statementEl(screen.getByTestId('reader'), 'report-9.txt#2').getAttribute('data-targeted')).toBe('true');
  });

  test('says so when the linked statement is not in the document', async () => {
    await openReader('/sources/report-9.txt#report-9.txt%239');
    expect(screen.getByTestId('missing-target').textContent).toMatch(/report-9.txt#9 is not in this document/);
  });

  test('says so for an unknown document', async () => {
    await renderRoute('/sources/nothing.txt', sourcesDataset());
    expect(await screen.findByRole('heading', { name: 'Unknown document' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'All sources' }).getAttribute('href')).toBe('/sources');
  });

  test('links to the published source of a document with an http(s) address', async () => {
    await openReader();
    const link = screen.getByRole('link', { name: 'published source' });
    expect(link.getAttribute('href')).toBe('https://example.org/report');
    expect(link.getAttribute('rel')).toBe('noreferrer noopener');
  });

  test('does not link a source address that is not http(s)', async () => {
    await openReader('/sources/statement-b.txt');
    expect(screen.queryByRole('link', { name: 'published source' })).toBeNull();
    expect(document.querySelector('a[href^="javascript:"]')).toBeNull();
  });

  test('says a stance cannot be added while the speaker is unknown', async () => {
    const base = sourcesDataset();
    const statements = base.statements.map((s) => (s.order === 1 && s.document === 'report-9.txt' ? { ...s, speaker: '', speakerSource: 'unknown' as const, actor: null, authors: [] } : s));
    const { reader } = await openReader('/sources/report-9.txt', sourcesDataset({ statements }));
    const unknown = statementEl(reader, 'report-9.txt#1');
    expect(within(unknown).getByRole('heading', { level: 2 }).textContent).toBe('Unknown speaker');
    expect(unknown.textContent).toContain('(speaker not identified)');
    expect(unknown.textContent).toContain('A stance can be added once the speaker is identified.');
  });

  test('reads the whole text for a document without statements', async () => {
    const dataset = sourcesDataset({ statements: [], stances: [] });
    await openReader('/sources/report-9.txt', dataset);
    expect(screen.getAllByTestId('outside-text')).toHaveLength(1);
    expect(screen.getByTestId('reader-text').textContent).toContain(REPORT_TEXT.trim().slice(0, 40));
    expect(screen.getByText('No sentence of this document is tagged with a stance yet.')).toBeInTheDocument();
  });
});

describe('statementHref(document, statement)', () => {
  test('is the link Evidence renders for the same stance', () => {
    const index = indexDataset(sourcesDataset());
    const stance = index.dataset.stances[0]!;
    const { container } = render(
      <Router hook={memoryLocation().hook}>
        <Evidence stance={stance} index={index} />
      </Router>,
    );
    expect(container.querySelector('a')!.getAttribute('href')).toBe(statementHref(stance.document, stance.statement));
    expect(statementHref('a.b.txt', 'a.b.txt#12')).toBe('/sources/a.b.txt#a.b.txt%2312');
  });
});

describe('statementIdFromHash(hash)', () => {
  test('decodes the fragment back to the statement id', () => {
    expect(statementIdFromHash('#a.b.txt%2312')).toBe('a.b.txt#12');
    expect(statementIdFromHash('#')).toBeNull();
    expect(statementIdFromHash('')).toBeNull();
    expect(statementIdFromHash('#bad%E0')).toBe('bad%E0');
  });
});
