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
import { issueConvergence } from '../../src/analysis/convergence';

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

  test('who opposes a single state\u2019s veto on stakeholders', async () => {
    const numbers = dataset.sessions.map((s) => s.number);
    const held = positionsInWindow(observationsFromDataset(dataset), sessionWindow(Math.min(...numbers), Math.max(...numbers)));
    const opposing = held.positions.filter((p) => p.issue === 'stakeholder-veto' && p.position === 'oppose').map((p) => p.actor as string).sort();
    expect(opposing.length).toBeGreaterThan(0);
    await page.goto(server.url + '/');
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Issues' }).click();
    await page.getByRole('link', { name: dataset.issues.find((i) => i.id === 'stakeholder-veto')!.label, exact: true }).click();
    const group = page.locator('[data-testid=issue-holders] [data-position-key=oppose]');
    await group.waitFor();
    const listed = (await group.locator('li[data-actors]').evaluateAll((els) => els.map((e) => e.getAttribute('data-actors') ?? ''))).flatMap((a) => a.split(' '));
    expect(listed.sort()).toEqual(opposing);
    // Each holder comes with the words that commit it.
    expect(await group.locator('li[data-actors] blockquote').count()).toBe(await group.locator('li[data-actors]').count());
  });

  test('how positions on the mechanism\u2019s format differ between the 2022 and the 2024 sessions, with the panel', async () => {
    const year = (y: string) => dataset.sessions.filter((s) => s.start.startsWith(y)).map((s) => s.number);
    const spoken = new Set(dataset.statements.map((s) => s.session));
    const has = (n: number) => dataset.sessions.some((s) => s.number === n && spoken.has(s.id));
    const first = Math.min(...year('2022').filter(has));
    const last = Math.max(...year('2024').filter(has));
    const observations = observationsFromDataset(dataset);
    const issue = dataset.issues.find((i) => i.id === 'mechanism-format')!;
    const expected = issueConvergence(positionsInWindow(observations, sessionWindow(first, first)), positionsInWindow(observations, sessionWindow(last, last)), issue);

    await page.goto(server.url + '/issues');
    await page.getByRole('link', { name: issue.label, exact: true }).click();
    await page.waitForSelector('[data-testid=session-bars]');
    await page.getByLabel('From', { exact: true }).selectOption(String(first));
    await page.getByLabel('to', { exact: true }).selectOption(String(last));
    await expect.poll(() => new URL(page.url()).search).toContain(`to=${last}`);
    const summary = (await page.getByTestId('convergence-summary').textContent()) ?? '';
    const label = (n: number) => dataset.sessions.find((s) => s.number === n)!.label;
    expect(summary).toContain(`Between the ${label(first)} and the ${label(last)}`);
    expect(summary).toMatch(new RegExp(`balanced panel (?:of|has) ${expected.panel} delegation`));
    // The bars show, per session, how many delegations hold each position.
    await page.locator('[data-testid=session-bars]').getByRole('button', { name: 'Show as table' }).click();
    const rows = await page.locator('[data-testid=session-bars] table tbody tr').count();
    expect(rows).toBe(dataset.sessions.filter((s) => s.number >= first && s.number <= last).length);
  });
});
