// Every view on the seed corpus, at a laptop's and a tablet's size: it renders with data,
// logs no console error, and axe-core finds no serious or critical accessibility violation.
// Screenshots go to test-results/ (not committed) for a review by eye.
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { startStaticServer, type StaticServer } from './static-server';
import { VIEWS } from './views';

const SIZES = [
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'tablet', width: 820, height: 1180 },
];

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

describe.each(SIZES)('every view at $name size', (size) => {
  test.each(VIEWS)('$name renders with no console error and no serious accessibility violation', async (view) => {
    const context = await browser.newContext({ viewport: { width: size.width, height: size.height } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url + view.path);
    await page.waitForSelector(view.ready, { timeout: 60000 });
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')})`);
    expect(serious, view.path).toEqual([]);
    // Nothing scrolls sideways at this width: wide tables scroll inside their own box.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), 'horizontal page scroll').toBe(true);
    await page.screenshot({ path: `test-results/${size.name}-${view.name}.png`, fullPage: false });
    expect(errors).toEqual([]);
    await context.close();
  });
});
