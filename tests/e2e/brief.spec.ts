// The chair's brief in the built app: choose an issue and a period, download the brief as
// Markdown and Word, and print it without the app around it.
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { startStaticServer, type StaticServer } from './static-server';

const dataset = JSON.parse(readFileSync('dist/data/dataset.json', 'utf8')) as {
  issues: { id: string; question: string }[];
  sessions: { number: number; start: string; end: string }[];
};
const ISSUE = 'stakeholder-participation';
const question = dataset.issues.find((i) => i.id === ISSUE)!.question;
const year = (n: number, end: boolean) => {
  const s = dataset.sessions.find((x) => x.number === n)!;
  return (end ? s.end : s.start).slice(0, 4);
};
const STEM = `brief-stakeholder-participation-${year(2, false)}-${year(9, true)}`;

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

async function download(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid=${testId}]`)]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

describe('the brief', () => {
  test('built from the UI, downloads as Markdown and Word with the chosen issue and period', async () => {
    // No service worker: it would precache every chunk, hiding whether docx loads lazily.
    const context = await browser.newContext({ acceptDownloads: true, serviceWorkers: 'block' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const foreign: string[] = [];
    page.on('request', (r) => !r.url().startsWith(server.url) && !r.url().startsWith('blob:') && !r.url().startsWith('data:') && foreign.push(r.url()));
    const start = server.requests.length;

    await page.goto(server.url + '/brief?issues=none');
    await page.waitForSelector('[data-testid=brief-empty]');
    await page.getByRole('checkbox', { name: 'Stakeholder participation' }).check();
    await page.selectOption('[data-testid=brief-from]', '2');
    await page.selectOption('[data-testid=brief-to]', '9');
    await page.waitForSelector(`[data-testid=brief-issue][data-issue=${ISSUE}]`);
    expect(await page.locator('[data-testid=brief-issue]').count()).toBe(1);
    expect(new URL(page.url()).search).toBe(`?from=2&issues=${ISSUE}&to=9`);
    expect(server.requests.slice(start).some((p) => /to-docx/.test(p))).toBe(false);

    const md = await download(page, 'brief-download-md');
    expect(md.name).toBe(`${STEM}.md`);
    const text = md.bytes.toString('utf8');
    expect(text).toContain(`**Question:** ${question}`);
    expect(text).toContain('*Drafted by Common Ground from the tagged record; check before use.*');
    expect(text).toMatch(/^- Period: 2nd substantive session to 9th substantive session, /m);

    const docx = await download(page, 'brief-download-docx');
    expect(docx.name).toBe(`${STEM}.docx`);
    const { value } = await mammoth.extractRawText({ buffer: docx.bytes });
    expect(value).toContain(question);
    expect(value).toContain("Annex: every delegation's position");
    expect(server.requests.slice(start).some((p) => /to-docx/.test(p))).toBe(true);

    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('prints only the brief: no navigation, no controls', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url + `/brief?issues=${ISSUE}`);
    await page.waitForSelector('[data-testid=brief-document]');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.locator('[data-testid=brief-controls]').isVisible()).toBe(false);
    expect(await page.locator('[data-testid=brief-download-md]').isVisible()).toBe(false);
    expect(await page.locator('[data-testid=brief-document] h2').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.app-header').isVisible()).toBe(true);
    await context.close();
  });

  test('is accessible and fits a tablet: no serious axe violation, keyboard reaches the controls, no page-wide scroll', async () => {
    for (const viewport of [{ width: 1280, height: 800 }, { width: 768, height: 1024 }]) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(server.url + `/brief?issues=${ISSUE},stakeholder-veto`);
      await page.waitForSelector('[data-testid=brief-document] [data-testid=brief-issue]');
      const axe = await new AxeBuilder({ page: page as never }).include('[data-testid=brief-view]').analyze();
      const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.nodes.length}`), `${viewport.width}px`).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${viewport.width}px`).toBe(true);
      await page.getByRole('checkbox', { name: 'Stakeholder participation' }).focus();
      await page.keyboard.press('Space');
      await expect.poll(() => new URL(page.url()).searchParams.get('issues') ?? '').not.toContain(ISSUE);
      await context.close();
    }
  }, 120_000);
});
