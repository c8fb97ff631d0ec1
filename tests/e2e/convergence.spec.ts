// The convergence view in Chromium on the built app: on a fixture room where we know who
// agrees (served in place of the built dataset), and on the built dataset itself.
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { startStaticServer, type StaticServer } from './static-server';
import { canonicalJson } from '../../src/shared/canonical-json';
import { manifestOf } from '../../scripts/exports/manifest';
import { convergenceDataset } from '../fixtures/convergence-dataset';
import { makeRoom, type RoomPositions } from '../fixtures/make-room';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(server: StaticServer, path: string): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url + path);
  await page.waitForSelector('[data-testid=matrix-section][data-ready=true]');
  return { page, errors, close: () => context.close() };
}

const cell = (row: string, col: string) => `rect[data-row="${row}"][data-col="${col}"]`;

describe('convergence view', () => {
  test('on a known room: hover shows A, CA and n; the slider replays the matrix; no console errors', async () => {
    const server = await startStaticServer('dist');
    const room = convergenceDataset();
    server.override('/data/dataset.json', canonicalJson(room));
    server.override('/data/manifest.json', canonicalJson(manifestOf(room)));
    const { page, errors, close } = await open(server, '/convergence');
    try {
      await page.waitForSelector('[data-testid=heatmap]');
      await page.hover(cell('DEU', 'FRA'));
      const details = page.getByTestId('heatmap-details');
      await expect.poll(() => details.textContent()).toContain('Germany (DEU) and France (FRA)');
      // The matrix is drawn from point estimates; CA's bootstrap interval fills in once computed.
      await expect.poll(() => details.textContent()).toMatch(/CA = 1\.00 \(95% interval 1\.00 to 1\.00/);
      const text = (await details.textContent()) ?? '';
      expect(text).toMatch(/A = 1\.00 \(95% interval 0\.57 to 1\.00\)/);
      expect(text).toContain('n = 5 shared issues');

      // Brazil joins the West in session 3: back to session 1 it sits with the East.
      const before = await page.locator(cell('BRA', 'DEU')).getAttribute('fill');
      expect(await page.locator(cell('BRA', 'DEU')).getAttribute('aria-label')).toMatch(/A 1\.00, CA 1\.00, n 5$/);
      await page.getByRole('slider').focus();
      await page.keyboard.press('Home');
      await expect.poll(() => page.getByTestId('slider-label').textContent()).toBe('1st substantive session');
      await expect.poll(() => page.locator(cell('BRA', 'DEU')).getAttribute('aria-label')).toMatch(/A 0\.00, CA -1\.08, n 5$/);
      expect(await page.locator(cell('BRA', 'DEU')).getAttribute('fill')).not.toBe(before);
      expect(new URL(page.url()).searchParams.get('at')).toBe('1');

      // The keyboard reaches the cells too: focus shows the same details as hover.
      await page.locator('[data-testid=heatmap] rect[tabindex="0"]').focus();
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-r'))).toBe('1');
      await expect.poll(() => details.textContent()).toMatch(/n = \d+ shared issue|not both positioned|the diagonal/);

      const axe = await new AxeBuilder({ page: page as never }).include('[data-testid=convergence-view]').analyze();
      const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
      await server.close();
    }
  });

  test('a large room is one picture in the SVG: cells in their colours, hover finds them, the exports carry it as an image', async () => {
    // 120 delegations in two camps, opposed on all four issues: CA 1 within a camp, -1 across.
    const camp = (k: number) => (k < 60 ? ['poa', 'consensus', 'expand', 'in-person'] : ['oewg', 'flexible', 'limit', 'hybrid']);
    const issues = ['mechanism-format', 'decision-making', 'stakeholder-participation', 'meeting-format'];
    const said: RoomPositions = { 9: {} };
    for (let k = 0; k < 120; k++) said[9]![`A${String(k).padStart(3, '0')}`] = Object.fromEntries(issues.map((issue, t) => [issue, camp(k)[t]!]));
    const room = makeRoom(said);
    const server = await startStaticServer('dist');
    server.override('/data/dataset.json', canonicalJson(room));
    server.override('/data/manifest.json', canonicalJson(manifestOf(room)));
    const { page, errors, close } = await open(server, '/convergence');
    try {
      await page.waitForSelector('[data-testid=heatmap-picture] canvas');
      const colours = await page.evaluate(() => {
        const holder = document.querySelector('[data-testid=heatmap-picture]')!;
        const canvas = holder.querySelector('canvas')!;
        const count = 120;
        const step = canvas.width / count;
        const ctx = canvas.getContext('2d')!;
        const at = (r: number, c: number) => Array.from(ctx.getImageData(Math.floor(c * step + step / 3), Math.floor(r * step + step / 3), 1, 1).data.slice(0, 3)).join(',');
        return { width: canvas.width, diagonal: [0, 17, 119].map((k) => at(k, k)), firstRow: Array.from({ length: count - 1 }, (_, c) => at(0, c + 1)) };
      });
      expect(colours.width % 120).toBe(0);
      expect(colours.diagonal).toEqual(['189,189,189', '189,189,189', '189,189,189']);
      // Row 0 against the 119 others: 59 of its own camp in blue (CA 1), 60 of the other in orange (CA -1).
      const counts = new Map<string, number>();
      for (const c of colours.firstRow) counts.set(c, (counts.get(c) ?? 0) + 1);
      expect(Object.fromEntries(counts)).toEqual({ '0,114,178': 59, '213,94,0': 60 });

      const box = (await page.locator('[data-testid=heatmap-picture]').boundingBox())!;
      const step = box.width / 120;
      await page.mouse.move(box.x + 1.5 * step, box.y + 0.5 * step);
      await expect.poll(() => page.getByTestId('heatmap-details').textContent()).toMatch(/A\d{3}.* and .*A\d{3}/);

      const download = async (name: string) => {
        const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('matrix-chart').getByRole('button', { name, exact: true }).click()]);
        const { readFile } = await import('node:fs/promises');
        return readFile((await file.path())!);
      };
      const svg = (await download('SVG')).toString('utf8');
      expect(svg).toContain('data:image/png;base64,');
      expect(svg).not.toContain('foreignObject');
      const png = await download('PNG');
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(png.length).toBeGreaterThan(10_000);
      expect(errors).toEqual([]);
    } finally {
      await close();
      await server.close();
    }
  });

  test('on the built dataset: renders the matrix (or says why not), the trends and the map, no console errors', async () => {
    const server = await startStaticServer('dist');
    const { page, errors, close } = await open(server, '/convergence');
    try {
      await page.waitForSelector('[data-testid=matrix-chart], [data-testid=matrix-empty]');
      await page.waitForSelector('[data-testid=trend-converging], [data-testid=trends-order]');
      await page.waitForSelector('[data-testid=map-chart], [data-testid=map-empty]');
      expect(await page.locator('[role=alert]').count()).toBe(0);
      expect(await page.getByRole('link', { name: 'Convergence' }).count()).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await close();
      await server.close();
    }
  });
});
