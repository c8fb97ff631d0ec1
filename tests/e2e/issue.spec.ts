// The issue views in Chromium on the built app: the list of issues, then one issue, clicked
// through as a user would; the figures on screen match the analysis of the built dataset.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { startStaticServer, type StaticServer } from './static-server';
import { builtDataset } from './dataset-variants';
import { observationsFromDataset } from '../../src/analysis/observations';
import { positionsInWindow } from '../../src/analysis/window-positions';
import { sessionWindow } from '../../src/analysis/session-window';
import { proposals } from '../../src/views/issue/proposals-model';

const dataset = builtDataset();
const observations = observationsFromDataset(dataset);
const numbers = [...new Set(dataset.sessions.map((s) => s.number))].sort((a, b) => a - b);
const full = sessionWindow(numbers[0]!, numbers[numbers.length - 1]!);
const positions = positionsInWindow(observations, full);

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

/** A page that records console errors and any request leaving the origin. */
async function openPage(path: string): Promise<{ page: Page; errors: string[]; foreign: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => !r.url().startsWith(server.url) && !r.url().startsWith('blob:') && !r.url().startsWith('data:') && foreign.push(r.url()));
  await page.goto(server.url + path);
  await page.waitForSelector('.gate[data-source]');
  return { page, errors, foreign, close: () => context.close() };
}

describe('issue views', () => {
  test('the Issues menu lists every issue with its positioned delegations; a click opens the issue with its question and charts', async () => {
    const { page, errors, foreign, close } = await openPage('/');
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Issues' }).click();
    await page.waitForSelector('[data-testid=issue-list] tbody tr');
    expect(await page.locator('[data-testid=issue-list] tbody tr').count()).toBe(dataset.issues.length);
    for (const issue of dataset.issues) {
      const expected = positions.positions.filter((p) => p.issue === issue.id).length;
      expect(await page.locator(`tr[data-issue="${issue.id}"] td.num`).textContent(), issue.id).toBe(String(expected));
    }

    const issue = dataset.issues.find((i) => i.id === 'mechanism-format') ?? dataset.issues[0]!;
    await page.getByRole('link', { name: issue.label, exact: true }).click();
    await page.waitForSelector('[data-testid=session-bars]');
    expect(new URL(page.url()).pathname).toBe(`/issue/${issue.id}`);
    expect(await page.getByTestId('issue-question').textContent()).toContain(issue.question);
    expect(await page.getByTestId('coverage').textContent()).toMatch(/latest evidence/);
    expect(await page.locator('[data-testid=session-bars] figcaption').textContent()).toMatch(/n = \d+ delegation/);
    expect(await page.locator('[data-testid=polarisation] figcaption').textContent()).toMatch(/n = \d+ to \d+ delegations per session/);
    await page.waitForSelector('[data-testid=bridging-basis], [data-testid=bridging]');

    const held = positions.positions.filter((p) => p.issue === issue.id);
    if (held.length > 0) {
      await page.waitForSelector('[data-testid=session-bars] svg .recharts-bar-rectangle');
      // Every positioned delegation is listed once; co-signatories of one statement share an entry and its quote.
      const entries = page.locator('[data-testid=issue-holders] li[data-actors]');
      const listed = (await entries.evaluateAll((els) => els.map((e) => e.getAttribute('data-actors') ?? ''))).flatMap((a) => a.split(' '));
      expect(listed.sort()).toEqual(held.map((h) => h.actor as string).sort());
      expect(await page.locator('[data-testid=issue-holders] li[data-actors] blockquote').count()).toBe(await entries.count());
      expect(await entries.first().locator('blockquote').textContent()).toMatch(/^“.+”$/s);
    }
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await close();
  });

  test('the number of thematic groups shows the figures proposed, and hovering a mark names the delegation', async () => {
    const { page, errors, close } = await openPage('/issue/thematic-group-count');
    await page.waitForSelector('[data-testid=proposals]');
    const items = proposals(observations, 'thematic-group-count', full, dataset.sessions);
    expect(await page.locator('[data-testid=proposals] figcaption').textContent()).toContain(`n = ${items.length} statement`);
    expect(await page.locator('[data-testid=proposals] g.mark').count()).toBe(items.length);
    if (items.length > 0) {
      const first = items[0]!;
      await page.locator(`[data-testid=proposals] g.mark[data-actor="${first.actor}"]`).first().hover();
      const name = dataset.actors.find((a) => a.code === first.actor)?.name ?? first.actor;
      await expect.poll(() => page.locator('[data-testid=proposals] .chart-readout').textContent()).toContain(name);
    }
    await page.locator('[data-testid=proposals]').getByRole('button', { name: 'Show as table' }).click();
    expect(await page.locator('[data-testid=proposals] table tbody tr').count()).toBe(items.length);
    expect(errors).toEqual([]);
    await close();
  });

  test('the session range is kept in the URL and the back button restores it', async () => {
    const { page, errors, close } = await openPage('/issue/mechanism-format');
    await page.waitForSelector('[data-testid=session-bars]');
    const last = numbers[numbers.length - 1]!;
    const earlier = numbers[Math.max(0, numbers.length - 3)]!;
    await page.getByLabel('to', { exact: true }).selectOption(String(earlier));
    await expect.poll(() => new URL(page.url()).searchParams.get('to')).toBe(String(earlier));
    await page.locator('[data-testid=session-bars]').getByRole('button', { name: 'Show as table' }).click();
    expect(await page.locator('[data-testid=session-bars] table tbody tr').count()).toBe(numbers.filter((n) => n <= earlier).length);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('to')).toBe(null);
    expect(await page.getByLabel('to', { exact: true }).inputValue()).toBe(String(last));
    expect(errors).toEqual([]);
    await close();
  });
});
