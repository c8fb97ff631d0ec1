import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { startStaticServer } from './static-server';
import { VIEWS } from './views';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('offline after one load', () => {
  test('with the server stopped and the network off, every view opens from the service worker and IndexedDB', async () => {
    const server = await startStaticServer('dist');
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url + '/');
    await page.waitForSelector('.gate[data-source=network][data-stored=done]'); // shown, then stored
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await server.close();
    await context.setOffline(true);

    await page.reload();
    await page.waitForSelector('.gate[data-source=indexeddb]');
    await page.waitForSelector('[data-testid=offline-banner]');
    for (const view of VIEWS) {
      await page.goto(server.url + view.path);
      await page.waitForSelector(view.ready);
      expect(await page.locator('[role=alert]').count(), view.name).toBe(0);
    }
    await context.close();
  });

  test('with IndexedDB blocked, the app works from memory and says so', async () => {
    const server = await startStaticServer('dist');
    const context = await browser.newContext();
    // A string, not a function: the test runner's transform would add helpers the page lacks.
    await context.addInitScript(
      `Object.defineProperty(window, 'indexedDB', { get() { throw new DOMException('IndexedDB is blocked in this window', 'SecurityError'); } });`,
    );
    const page = await context.newPage();
    await page.goto(server.url + '/');
    await page.waitForSelector('[data-testid=memory-banner]');
    await page.waitForSelector('[data-testid=overview-matrix] tbody tr');
    expect(await page.locator('[data-testid=memory-banner]').textContent()).toMatch(/memory/i);
    await context.close();
    await server.close();
  });
});
