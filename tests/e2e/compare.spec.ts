// The compare view in Chromium on the built app: choose delegations with the picker as a
// user would, read their positions side by side, the pairwise agreement and the CSV.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { startStaticServer, type StaticServer } from './static-server';
import { builtDataset } from './dataset-variants';
import { observationsFromDataset } from '../../src/analysis/observations';
import { positionsInWindow } from '../../src/analysis/window-positions';
import { sessionWindow } from '../../src/analysis/session-window';
import { pairAgreement } from '../../src/analysis/pair-agreement';

const dataset = builtDataset();
const numbers = [...new Set(dataset.sessions.map((s) => s.number))].sort((a, b) => a - b);
const positions = positionsInWindow(observationsFromDataset(dataset), sessionWindow(numbers[0]!, numbers[numbers.length - 1]!));

/** The two delegations positioned on the most issues (ties by code), or any two that spoke. */
function busiestPair(): [string, string] {
  const count = new Map<string, number>();
  for (const p of positions.positions) count.set(p.actor, (count.get(p.actor) ?? 0) + 1);
  const ranked = [...count].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([c]) => c);
  const spoke = dataset.statements.flatMap((s) => s.authors).filter((c) => !ranked.includes(c));
  const [a, b] = [...ranked, ...spoke];
  if (!a || !b) throw new Error('the built dataset has fewer than two delegations');
  return [a, b];
}

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

describe('compare view', () => {
  test('picks two delegations, shows them issue by issue with n for their agreement, and exports the table', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url + '/');
    await page.waitForSelector('.gate[data-source]');
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Compare' }).click();
    await page.waitForSelector('[data-testid=compare-empty]');

    const [a, b] = busiestPair();
    for (const code of [a, b]) {
      await page.getByLabel('Add a delegation').selectOption(code);
      await page.getByRole('button', { name: 'Add', exact: true }).click();
    }
    await expect.poll(() => new URL(page.url()).searchParams.get('actors')).toBe(`${a},${b}`);
    await page.waitForSelector('[data-testid=compare-table] tbody tr');
    expect(await page.locator('[data-testid=compare-table] tbody tr').count()).toBe(dataset.issues.length);

    // Every held position shows its chip and its quote in quote marks.
    for (const code of [a, b]) {
      const held = positions.positions.filter((p) => p.actor === code);
      const cells = page.locator(`[data-testid=compare-table] td[data-actor="${code}"] blockquote`);
      expect(await cells.count(), code).toBe(held.length);
      if (held.length) expect(await cells.first().textContent()).toMatch(/^“.+”$/s);
    }
    for (const tr of await page.locator('[data-testid=compare-table] tr[data-status=differ]').all()) {
      expect(await tr.locator('.status').textContent()).toBe('Differ');
    }

    const expected = pairAgreement(positions, dataset.issues, a as never, b as never);
    const pairRow = page.locator('[data-testid=pair-agreement] tbody tr').first();
    await pairRow.waitFor();
    expect(await pairRow.locator('td').nth(3).textContent()).toBe(String(expected.shared));

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export table as CSV' }).click()]);
    const { readFile } = await import('node:fs/promises');
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.split('\n')[0]).toBe(['issue', 'question', 'status', ...[a, b].flatMap((c) => [`${c} position`, `${c} date`, `${c} session`, `${c} statements`, `${c} quote`, `${c} statement id`])].join(','));
    expect(csv.trim().split('\n').length).toBeGreaterThanOrEqual(dataset.issues.length + 1);

    // Remove one: back to the prompt; the back button brings it back.
    await page.getByRole('button', { name: /^Remove / }).first().click();
    await page.waitForSelector('[data-testid=compare-empty]');
    await page.goBack();
    await page.waitForSelector('[data-testid=compare-table] tbody tr');
    expect(errors).toEqual([]);
    await context.close();
  });
});
