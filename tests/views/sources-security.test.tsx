// @vitest-environment jsdom
// Third-party text is only ever rendered as text: markup in a statement stays inert in the
// reader and in the search results.
import { screen, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { renderRoute } from '../fixtures/render-route';
import { makeDataset, makeStance, makeStatement } from '../fixtures/make-dataset';
import { actorCode, documentId, statementId } from '../../src/shared/ids';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';
const TEXT = `Mr. Chair, we support a Programme of Action ${SCRIPT}. Our second point ${IMG} is about capacity.`;

function hostileDataset() {
  const doc = documentId('hostile.txt');
  const quote = `we support a Programme of Action ${SCRIPT}.`;
  const at = TEXT.indexOf(quote);
  return makeDataset({
    documents: [
      { id: doc, file: 'hostile.txt', title: `Title ${IMG}`, kind: 'statement', format: 'txt', date: '2024-12-06', session: null, meeting: null, agenda: `${SCRIPT}`, url: null, sha256: 'd'.repeat(64), text: TEXT },
    ],
    statements: [makeStatement({ id: statementId(doc, 1), document: doc, speaker: `France ${IMG}`, actor: actorCode('FRA'), span: [0, TEXT.length], sentences: [[0, TEXT.length]] })],
    stances: [makeStance({ id: 'hostile.txt#1/mechanism-format/FRA', statement: statementId(doc, 1), document: doc, evidence: [{ span: [at, at + quote.length], rule: 'r' }], quote })],
  });
}

/** The element's text without the tooltips (hidden until hover or focus). */
function readableText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  for (const tip of copy.querySelectorAll('[role=tooltip]')) tip.remove();
  return copy.textContent ?? '';
}

function expectInert(container: HTMLElement) {
  expect(container.querySelector('script')).toBeNull();
  expect(container.querySelector('img')).toBeNull();
  expect(container.querySelector('[onerror]')).toBeNull();
}

describe('third-party text in the Sources view', () => {
  test('a statement with <script> and <img onerror> renders as visible, inert text in the reader', async () => {
    const alert = vi.fn();
    globalThis.alert = alert;
    const { container } = await renderRoute('/sources/hostile.txt', hostileDataset());
    const reader = await screen.findByTestId('reader');
    await within(reader).findByTestId('reader-statement'); // once the text is read from the store
    expectInert(container);
    const text = within(reader).getByTestId('reader-statement').querySelector('.statement-text')!;
    expect(readableText(text)).toBe(TEXT);
    expect(within(reader).getByTestId('tagged-sentence').textContent).toBe(`we support a Programme of Action ${SCRIPT}.`);
    expect(within(reader).getByRole('heading', { level: 1 }).textContent).toBe(`Title ${IMG}`);
    expect(within(reader).getByRole('heading', { level: 2 }).textContent).toBe(`France ${IMG}`);
    expect(alert).not.toHaveBeenCalled();
  });

  test('a statement with <script> and <img onerror> renders as visible, inert text in the search results', async () => {
    const alert = vi.fn();
    globalThis.alert = alert;
    const { container } = await renderRoute('/sources?q=onerror', hostileDataset());
    const hit = await screen.findByTestId('search-hit');
    expectInert(container);
    expect(hit.querySelector('.hit-text')!.textContent).toBe(TEXT);
    expect([...hit.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['onerror', 'onerror']);
    expect(within(hit).getByRole('link').textContent).toBe(`France ${IMG} — Title ${IMG}`);
    expect(alert).not.toHaveBeenCalled();
  });

  test('the documents table shows a hostile title as text', async () => {
    const { container } = await renderRoute('/sources', hostileDataset());
    const table = await screen.findByTestId('source-documents');
    expect(within(table).getByRole('link', { name: `Title ${IMG}` })).toBeInTheDocument();
    expectInert(container);
  });
});
