// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { renderRoute } from '../fixtures/render-route';
import { makeDataset, makeStance, makeStatement } from '../fixtures/make-dataset';
import { actorCode, documentId, statementId } from '../../src/shared/ids';

function twoDelegations() {
  const doc = documentId('doc-a.txt');
  return makeDataset({
    actors: [
      { code: actorCode('FRA'), name: 'France', kind: 'state', region: 'WEOG', eu: true, members: [] },
      { code: actorCode('CUB'), name: 'Cuba', kind: 'state', region: 'GRULAC', eu: false, members: [] },
      { code: actorCode('CHAIR'), name: 'Chair', kind: 'chair', region: null, eu: false, members: [] },
    ],
    statements: [
      makeStatement(),
      makeStatement({ id: statementId(doc, 2), order: 2, speaker: 'Cuba', actor: actorCode('CUB'), authors: [actorCode('CUB')], span: [45, 68], sentences: [[45, 68]] }),
      makeStatement({ id: statementId(doc, 3), order: 3, speaker: 'Chair', actor: actorCode('CHAIR'), authors: [], span: [0, 10], sentences: [[0, 10]] }),
    ],
    stances: [
      makeStance(),
      makeStance({ id: 'doc-a.txt#2/mechanism-format/CUB', statement: statementId(doc, 2), actors: [actorCode('CUB')], position: 'oewg' as never, evidence: [{ span: [45, 68], rule: 'x' }], quote: 'We oppose a new treaty.' }),
    ],
  });
}

describe('OverviewView', () => {
  test('shows each delegation that spoke, with its statement count, and not the Chair', async () => {
    await renderRoute('/', twoDelegations());
    const matrix = await screen.findByTestId('overview-matrix');
    const france = within(matrix).getByText('France').closest('tr')!;
    expect(france.querySelector('td.num')?.textContent).toBe('1');
    expect(within(matrix).queryByText('Chair')).toBeNull();
    expect(within(screen.getByTestId('document-list')).getByText('Doc A')).toBeInTheDocument();
  });

  test('colours each cell by position and says when it rests on one statement', async () => {
    await renderRoute('/', twoDelegations());
    const matrix = await screen.findByTestId('overview-matrix');
    const cell = within(matrix).getByText('France').closest('tr')!.querySelector('td[data-issue=mechanism-format]')!;
    expect(cell.getAttribute('data-position')).toBe('poa');
    expect(within(cell as HTMLElement).getByRole('button').getAttribute('aria-label')).toMatch(/PoA, 1 statement/);
  });

  test('a click on a cell shows the exact quote with its document and date', async () => {
    await renderRoute('/', twoDelegations());
    const matrix = await screen.findByTestId('overview-matrix');
    const cell = within(matrix).getByText('Cuba').closest('tr')!.querySelector('td[data-issue=mechanism-format] button')!;
    fireEvent.click(cell);
    const panel = await screen.findByTestId('evidence-panel');
    expect(within(panel).getByText('“We oppose a new treaty.”')).toBeInTheDocument();
    expect(within(panel).getByRole('link', { name: 'Doc A' }).getAttribute('href')).toBe('/sources/doc-a.txt#doc-a.txt%232');
    expect(panel.textContent).toMatch(/6 Dec 2024/);
  });

  test('the region filter keeps only that group\u2019s delegations', async () => {
    const { location } = await renderRoute('/?region=GRULAC', twoDelegations());
    const matrix = await screen.findByTestId('overview-matrix');
    expect(within(matrix).queryByText('France')).toBeNull();
    expect(within(matrix).getByText('Cuba')).toBeInTheDocument();
    expect(location.history.at(-1)).toBe('/?region=GRULAC');
  });

  test('the name search narrows the rows', async () => {
    await renderRoute('/?q=fra', twoDelegations());
    const matrix = await screen.findByTestId('overview-matrix');
    expect(within(matrix).getAllByRole('row')).toHaveLength(2);
  });
});
