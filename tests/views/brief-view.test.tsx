// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { sessionWindow } from '../../src/analysis/session-window';
import { buildBrief } from '../../src/brief/build-brief';
import { toMarkdown } from '../../src/brief/to-markdown';
import { renderRoute } from '../fixtures/render-route';
import { A, convergingRoom, PARTICIPATION, VETO } from '../brief/brief-fixture';

/** Captures what the page downloads: file name and content. */
function captureDownloads() {
  const files: Array<{ name: string; blob: Blob }> = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${n++}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    files.push({ name: this.download, blob: blobs.get(this.href)! });
  });
  return files;
}

afterEach(() => vi.restoreAllMocks());

describe('BriefView', () => {
  test('drafts the brief of the issues in the URL: question, quotes with citations, holders, annex', async () => {
    await renderRoute('/brief?issues=stakeholder-veto', convergingRoom());
    const doc = await screen.findByTestId('brief-document');
    expect(within(doc).getByRole('heading', { level: 2 }).textContent).toBe("Chair's brief: Veto on stakeholders");
    expect(within(doc).getByTestId('brief-generated-label').textContent).toBe('Drafted by Common Ground from the tagged record; check before use.');
    expect(doc.textContent).toContain('Question: Should a single state be able to block a stakeholder?');
    expect(within(doc).getByText('“No single state should be able to veto a stakeholder.”')).toBeInTheDocument();
    expect(doc.textContent).toContain('Holders (3): France (28 Jul 2023, 1 statement, joint statements only)');
    const annex = within(doc).getByTestId('brief-annex');
    expect(within(annex).getAllByRole('row')).toHaveLength(1 + 4);
    const checked = screen.getAllByRole('checkbox', { checked: true }).filter((c) => (c as HTMLInputElement).name === 'issue');
    expect(checked.map((c) => (c as HTMLInputElement).value)).toEqual(['stakeholder-veto']);
  });

  test('without issues in the URL, every issue is chosen', async () => {
    await renderRoute('/brief', convergingRoom());
    const doc = await screen.findByTestId('brief-document');
    expect(within(doc).getAllByTestId('brief-issue')).toHaveLength(4);
    expect(within(doc).getByRole('heading', { level: 2 }).textContent).toBe("Chair's brief on 4 issues");
  });

  test('the overview filters in the URL set the period and the delegations', async () => {
    await renderRoute('/brief?issues=stakeholder-participation&from=2&to=3&region=GRULAC', convergingRoom());
    const doc = await screen.findByTestId('brief-document');
    expect((screen.getByTestId('brief-from') as HTMLSelectElement).value).toBe('2');
    expect((screen.getByTestId('brief-to') as HTMLSelectElement).value).toBe('3');
    expect((screen.getByTestId('brief-region') as HTMLSelectElement).value).toBe('GRULAC');
    expect(doc.textContent).toContain('Delegations: GRULAC group (2 chosen); 2 with a position on a chosen issue.');
    expect(doc.textContent).toContain('Holders (2): Brazil (1 Apr 2022, 1 statement); Cuba (1 Apr 2022, 1 statement).');
  });

  test('ticking an issue puts the choice in the URL', async () => {
    const { location } = await renderRoute('/brief?issues=stakeholder-veto', convergingRoom());
    await screen.findByTestId('brief-document');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Stakeholder participation' }));
    await waitFor(() => expect(location.history.at(-1)).toBe('/brief?issues=stakeholder-participation%2Cstakeholder-veto'));
    expect(await screen.findAllByTestId('brief-issue')).toHaveLength(2);
  });

  test('with no issue chosen it asks for one', async () => {
    await renderRoute('/brief?issues=none', convergingRoom());
    expect(await screen.findByTestId('brief-empty')).toHaveTextContent('Choose at least one issue to draft a brief.');
    expect(screen.queryByTestId('brief-document')).toBeNull();
  });

  test('what the dataset does not know is left out and said', async () => {
    await renderRoute('/brief?issues=stakeholder-veto,made-up&group=XYZ', convergingRoom());
    expect(await screen.findByTestId('brief-ignored')).toHaveTextContent('Not in this dataset, so left out: issue made-up, group XYZ.');
    expect(await screen.findAllByTestId('brief-issue')).toHaveLength(1);
  });

  test('the Markdown download is the brief on screen, named after what and when', async () => {
    const files = captureDownloads();
    const ds = convergingRoom();
    await renderRoute('/brief?issues=stakeholder-participation,stakeholder-veto&from=2&to=4&eu=1', ds);
    await screen.findByTestId('brief-document');
    fireEvent.click(screen.getByTestId('brief-download-md'));
    expect(files.map((f) => f.name)).toEqual(['brief-stakeholders-2022-2024.md']);
    const expected = toMarkdown(
      buildBrief(ds, {
        issues: [PARTICIPATION.id, VETO.id],
        window: sessionWindow(2, 4),
        groups: [A('DEU'), A('EU'), A('FRA')],
        groupsLabel: 'the EU and its member states',
      }),
    );
    expect(await files[0]!.blob.text()).toBe(expected);
  });

  test('the Word download loads the docx package on demand and saves a .docx', async () => {
    const files = captureDownloads();
    await renderRoute('/brief?issues=stakeholder-veto&from=2&to=4', convergingRoom());
    await screen.findByTestId('brief-document');
    fireEvent.click(screen.getByTestId('brief-download-docx'));
    await waitFor(() => expect(files).toHaveLength(1), { timeout: 15_000 });
    expect(files[0]!.name).toBe('brief-stakeholder-veto-2022-2024.docx');
    expect(files[0]!.blob.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(files[0]!.blob.size).toBeGreaterThan(1000);
  }, 30_000);
});
