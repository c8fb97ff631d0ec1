// The questions users bring, answered by clicking through the UI on the seed corpus.
// Expected answers come from the built dataset and the analysis module, not from the UI.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { startStaticServer, type StaticServer } from './static-server';
import { builtDataset } from './dataset-variants';
import { observationsFromDataset } from '../../src/analysis/observations';
import { positionsInWindow } from '../../src/analysis/window-positions';
import { sessionWindow } from '../../src/analysis/session-window';
import { agreementMatrix } from '../../src/analysis/agreement-matrix';
import { neighbours } from '../../src/views/delegation/delegation-model';

const dataset = builtDataset();
let browser: Browser;
let server: StaticServer;
let page: Page;
const errors: string[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
  server = await startStaticServer('dist');
  page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(server.url + '/');
  await page.waitForSelector('[data-testid=overview-matrix] tbody tr');
});
afterAll(async () => {
  expect(errors).toEqual([]);
  await browser?.close();
  await server?.close();
});

describe('questions a negotiator asks', () => {
  test('what Germany said on the number of thematic groups, and when', async () => {
    const expected = dataset.stances.filter((s) => s.actors.includes('DEU' as never) && s.issue === 'thematic-group-count');
    expect(expected.length).toBeGreaterThan(0);
    await page.getByTestId('filter-q').fill('Germany');
    const row = page.locator('[data-testid=overview-matrix] tr[data-actor=DEU]');
    await row.waitFor();
    await row.locator('td[data-issue=thematic-group-count] button').click();
    const panel = page.getByTestId('evidence-panel');
    await panel.waitFor();
    const text = (await panel.textContent()) ?? '';
    for (const s of expected) expect(text).toContain(`“${s.quote}”`);
    const statement = dataset.statements.find((s) => s.id === expected[0]!.statement)!;
    const [y, m, d] = statement.date!.split('-').map(Number);
    expect(text).toContain(`${d} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m! - 1]} ${y}`);
    // The quote links to the statement inside its document.
    await panel.getByTestId('evidence').first().getByRole('link').click();
    await page.waitForURL(/\/sources\//);
    expect(decodeURIComponent(new URL(page.url()).hash.slice(1))).toBe(statement.id);
  });

  test('which delegations are closest to Iran, with n', async () => {
    const window = sessionWindow(Math.min(...dataset.sessions.map((s) => s.number)), Math.max(...dataset.sessions.map((s) => s.number)));
    const matrix = agreementMatrix(positionsInWindow(observationsFromDataset(dataset), window), dataset.issues);
    const { closest } = neighbours(matrix, 'IRN');
    expect(closest.length).toBeGreaterThan(0);
    await page.goto(server.url + '/');
    await page.getByTestId('filter-q').fill('Iran');
    await page.locator('[data-testid=overview-matrix] tr[data-actor=IRN] th a').click();
    const table = page.getByTestId('closest');
    await table.waitFor();
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-actor'), tr.querySelectorAll('td')[3]?.textContent]));
    expect(rows).toEqual(closest.map((c) => [c.other, String(c.pair.shared)]));
    expect(Number(rows[0]![1])).toBeGreaterThanOrEqual(3);
  });
});
