// The Sources view in Chromium on the built app: search the seed corpus, open a result in
// the reader, and find the statement there, scrolled to and highlighted.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { launchBrowser } from './browser';
import { startStaticServer, type StaticServer } from './static-server';

const dataset = JSON.parse(readFileSync('dist/data/dataset.json', 'utf8')) as {
  documents: { id: string; text: string }[];
  statements: { id: string; document: string; span: [number, number] }[];
};

/** The text of a statement of the built dataset. */
function statementText(id: string): string {
  const s = dataset.statements.find((x) => x.id === id);
  const doc = s && dataset.documents.find((d) => d.id === s.document);
  if (!s || !doc) throw new Error(`no statement ${id} in dist/data/dataset.json`);
  return doc.text.slice(s.span[0], s.span[1]);
}

// A word of the seed corpus: the debate on a single state's veto over stakeholders.
const WORD = 'veto';

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  browser = await launchBrowser();
  server = await startStaticServer('dist');
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Sources in the browser', () => {
  test('search a word, open a result: the reader shows the statement highlighted, without console errors', async () => {
    expect(dataset.statements.some((s) => new RegExp(`\\b${WORD}`, 'i').test(statementText(s.id)))).toBe(true);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));

    await page.goto(server.url + '/');
    await page.waitForSelector('.gate[data-source=network]');
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Sources' }).click();
    await page.waitForSelector('[data-testid=source-documents] tbody tr');
    expect(await page.locator('[data-testid=source-documents] tbody tr').count()).toBe(dataset.documents.length);

    await page.getByLabel(/Words to find in/).fill(WORD);
    await page.waitForSelector('[data-testid=search-hit]');
    expect(new URL(page.url()).searchParams.get('q')).toBe(WORD);
    const hits = page.getByTestId('search-hit');
    expect(await hits.count()).toBeGreaterThan(0);
    const first = hits.first();
    const id = (await first.getAttribute('data-statement'))!;
    expect(statementText(id)).toMatch(new RegExp(`\\b${WORD}`, 'i'));
    expect((await first.locator('mark').first().textContent())!.toLowerCase()).toMatch(new RegExp(`^${WORD}`));

    await first.getByRole('link').click();
    const target = page.locator('[data-testid=reader-statement][data-targeted=true]');
    await target.waitFor();
    const url = new URL(page.url());
    const docId = id.split('#')[0]!;
    expect(url.pathname).toBe(`/sources/${encodeURIComponent(docId)}`);
    expect(decodeURIComponent(url.hash.slice(1))).toBe(id);
    expect(await target.getAttribute('id')).toBe(id);
    expect(await target.count()).toBe(1);
    // Scrolled to and focused: the statement's top is on screen.
    const box = (await target.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(-1);
    expect(box.y).toBeLessThan(800);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(id);
    expect(await target.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');

    // Back returns to the search, still in the URL.
    await page.goBack();
    await page.waitForSelector('[data-testid=search-hit]');
    expect(await page.getByLabel(/Words to find in/).inputValue()).toBe(WORD);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a tagged sentence shows its issue and position on keyboard focus', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(server.url + '/sources');
    await page.waitForSelector('[data-testid=source-documents] tbody tr');
    // The document with the most tagged sentences, opened from the table.
    const counts = new Map<string, number>();
    for (const st of (JSON.parse(readFileSync('dist/data/dataset.json', 'utf8')) as { stances: { document: string }[] }).stances) counts.set(st.document, (counts.get(st.document) ?? 0) + 1);
    const busiest = [...counts].sort((a, b) => b[1] - a[1])[0];
    if (!busiest) return; // no stance tagged yet in this build: nothing to show
    await page.locator(`tr[data-document="${busiest[0]}"] a`).click();
    const mark = page.getByTestId('tagged-sentence').first();
    await mark.waitFor();
    const tooltip = page.locator(`[id="${await mark.getAttribute('aria-describedby')}"]`);
    expect(await tooltip.isVisible()).toBe(false);
    await mark.focus();
    expect(await tooltip.isVisible()).toBe(true);
    expect(await tooltip.textContent()).toBe(await mark.getAttribute('title'));
    expect(errors).toEqual([]);
    await context.close();
  });
});
