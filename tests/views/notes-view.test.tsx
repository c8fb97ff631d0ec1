// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { renderRoute } from '../fixtures/render-route';
import { makeDataset } from '../fixtures/make-dataset';
import { NOTES_FILE_FORMAT } from '../../src/shared/notes-schema';

const note = { id: 'note-1', target: { kind: 'actor' as const, id: 'FRA' }, text: 'Ask about the PoA timeline', createdAt: '2024-12-06T10:00:00Z', updatedAt: '2024-12-06T10:00:00Z' };
const correction = {
  id: 'correction-1', statement: 'doc-a.txt#1', actor: 'FRA', issue: 'mechanism-format', action: 'change' as const, position: 'oewg',
  value: null, stance: 'doc-a.txt#1/mechanism-format/FRA', reason: 'Misread the sentence', createdAt: '2024-12-06T10:00:00Z',
};

describe('NotesView', () => {
  test('lists the notes with a link to what they are about, and the corrections with their reason', async () => {
    const r = await renderRoute('/notes', makeDataset());
    await r.notes.putNote(note);
    await r.notes.putCorrection(correction);
    await r.client.invalidateQueries();
    const list = await screen.findByTestId('all-notes');
    await within(list).findByText('Ask about the PoA timeline');
    expect(within(list).getByRole('link', { name: 'France' }).getAttribute('href')).toBe('/delegation/FRA');
    const corrections = screen.getByTestId('all-corrections');
    expect(corrections.textContent).toMatch(/change mechanism-format → oewg for France/);
    expect(corrections.textContent).toContain('Misread the sentence');
  });

  test('imports a notes file and says how much it imported', async () => {
    const r = await renderRoute('/notes', makeDataset());
    const file = new File([JSON.stringify({ format: NOTES_FILE_FORMAT, version: 1, exportedAt: 'x', notes: [note], corrections: [correction] })], 'mine.json', { type: 'application/json' });
    fireEvent.change(await screen.findByLabelText(/Import notes/), { target: { files: [file] } });
    expect(await screen.findByTestId('notes-message')).toHaveTextContent('Imported 1 notes and 1 corrections from mine.json.');
    expect(await r.notes.notes()).toEqual([note]);
    expect(await r.notes.corrections()).toEqual([correction]);
  });

  test('refuses a file that is not a notes file, naming it and the problem', async () => {
    const r = await renderRoute('/notes', makeDataset());
    const file = new File(['{"format":"something-else"}'], 'other.json', { type: 'application/json' });
    fireEvent.change(await screen.findByLabelText(/Import notes/), { target: { files: [file] } });
    expect(await screen.findByTestId('notes-message')).toHaveTextContent(/^other\.json: not a Common Ground notes file: format/);
    expect(await r.notes.notes()).toEqual([]);
  });
});
