// Data that is never lost: notes and corrections survive updates; a bad dataset never
// replaces good data; hostile text stays inert under the Content-Security-Policy.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { startStaticServer } from './static-server';
import { builtDataset, variant } from './dataset-variants';
import { VIEWS } from './views';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Records CSP violations in the page, from the first script on. */
const RECORD_CSP = `window.__csp = []; document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));`;

async function loaded(page: Page, source: 'network' | 'indexeddb') {
  // A first load is shown, then stored for offline use: wait for both.
  await page.waitForSelector(source === 'network' ? '.gate[data-source=network][data-stored=done]' : `.gate[data-source=${source}]`);
}

describe('data that is never lost', () => {
  test('a note and a correction survive a new dataset version', async () => {
    const server = await startStaticServer('dist');
    const context = await browser.newContext();
    const page = await context.newPage();
    const code = builtDataset().statements.find((s) => s.authors.length === 1)!.authors[0]!;
    await page.goto(`${server.url}/delegation/${code}`);
    await loaded(page, 'network');

    await page.getByLabel(/Add a note on/).first().fill('Ask about their position on hybrid meetings');
    await page.getByRole('button', { name: 'Save note' }).first().click();
    await page.waitForSelector('[data-testid=note]');

    await page.getByRole('button', { name: 'Propose a missing stance' }).first().click();
    const form = page.getByTestId('correction-form');
    await form.getByLabel('Issue', { exact: true }).selectOption('meeting-format');
    await form.getByLabel('Position', { exact: true }).selectOption('hybrid');
    await form.getByLabel('Reason').fill('Says virtual participation must remain possible');
    await form.getByRole('button', { name: 'Save correction' }).click();
    await page.waitForSelector('text=Correction saved');

    const next = variant((d) => {
      d.documents[0]!.title = 'Retitled in the new version';
    });
    server.override('/data/dataset.json', next.dataset);
    server.override('/data/manifest.json', next.manifest);
    await page.reload();
    await page.waitForSelector('[data-testid=update-banner]');
    await page.getByRole('button', { name: 'Switch now' }).click();
    await page.waitForSelector(`.gate[data-hash="${next.value.contentHash}"]`);

    await page.goto(`${server.url}/notes`);
    await page.waitForSelector('[data-testid=all-notes] li');
    expect(await page.getByTestId('all-notes').textContent()).toContain('Ask about their position on hybrid meetings');
    expect(await page.getByTestId('all-corrections').textContent()).toContain('Says virtual participation must remain possible');
    await page.goto(`${server.url}/`);
    await page.waitForSelector('text=Retitled in the new version');
    await context.close();
    await server.close();
  });

  test('a corrupted dataset.json is refused with a message and the last good data stays', async () => {
    const server = await startStaticServer('dist');
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url + '/');
    await loaded(page, 'network');
    const good = builtDataset().contentHash;

    const corrupted = variant(() => undefined);
    server.override('/data/manifest.json', corrupted.manifest.replace(corrupted.value.contentHash, 'f'.repeat(64)));
    server.override('/data/dataset.json', corrupted.dataset.slice(0, corrupted.dataset.length / 2));
    await page.reload();
    await page.waitForSelector('[data-testid=data-problem]');
    expect(await page.getByTestId('data-problem').textContent()).toMatch(/refused: dataset\.json is not valid JSON.*last good data stays in use/);
    expect(await page.locator('.gate').getAttribute('data-hash')).toBe(good);
    expect(await page.locator('[data-testid=overview-matrix] tbody tr').count()).toBeGreaterThan(0);

    server.override('/data/dataset.json', JSON.stringify({ ...JSON.parse(corrupted.dataset), statements: [{ id: 'x' }] }));
    await page.reload();
    await page.waitForSelector('[data-testid=data-problem]');
    expect(await page.getByTestId('data-problem').textContent()).toMatch(/dataset is invalid at statements\.0/);
    expect(await page.locator('.gate').getAttribute('data-hash')).toBe(good);
    await context.close();
    await server.close();
  });

  test('hostile statement text renders as inert text and no view reports a CSP violation', async () => {
    const hostile = '<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2">';
    const bad = variant((d) => {
      const st = d.statements.find((s) => s.authors.length === 1)!;
      const doc = d.documents.find((x) => x.id === st.document)!;
      doc.text = doc.text.slice(0, st.span[0]) + hostile + ' ' + doc.text.slice(st.span[0]);
      // Everything after the insertion point moves right.
      const shift = hostile.length + 1;
      const move = ([a, b]: [number, number]): [number, number] => [a >= st.span[0] ? a + shift : a, b >= st.span[0] ? b + shift : b];
      for (const s of d.statements.filter((x) => x.document === doc.id)) {
        s.span = move(s.span);
        s.sentences = s.sentences.map(move);
      }
      st.span = [st.span[0] - shift, st.span[1]];
      for (const s of d.stances.filter((x) => x.document === doc.id)) s.evidence = s.evidence.map((e) => ({ ...e, span: move(e.span) }));
    });
    const server = await startStaticServer('dist');
    server.override('/data/dataset.json', bad.dataset);
    server.override('/data/manifest.json', bad.manifest);
    const context = await browser.newContext();
    await context.addInitScript(RECORD_CSP);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const target = bad.value.statements.find((s) => s.authors.length === 1)!;
    const views = [...VIEWS.map((v) => v.path), `/sources/${encodeURIComponent(target.document)}`, `/delegation/${target.authors[0]}`];
    for (const path of views) {
      await page.goto(server.url + path);
      await page.waitForSelector('.gate');
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
      expect(await page.locator('img[src=x]').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp), path).toEqual([]);
    }
    await page.goto(`${server.url}/delegation/${target.authors[0]}`);
    await page.waitForSelector('[data-testid=statement-list]');
    expect(await page.getByTestId('statement-list').textContent()).toContain('<img src=x onerror=');
    expect(errors).toEqual([]);
    await context.close();
    await server.close();
  });
});
