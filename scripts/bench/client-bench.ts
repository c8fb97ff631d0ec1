// The client in Chromium, through playwright-core and the Performance API, for a dataset
// folder served beside the built app:
//   - cold load: fetch, validate, IndexedDB ingest, first chart (cg:first-chart);
//   - warm load: IndexedDB to first chart, after a reload;
//   - a filter change on the overview (typing in the delegation filter, to the next frames);
//   - the convergence matrix of one session window: from a click on "Convergence" in the
//     menu to that window's matrix on screen (cg:matrix-shown, set at the start of the frame
//     that paints the window's point estimates; the bootstrap intervals of CA fill the
//     details in after, from the worker);
//   - a session slider step: from moving the slider one session back to the updated matrix,
//     at once (its matrix may still be computing) and once the view has computed every
//     session's matrix ahead (cg:matrices-ahead), as when a user looks before moving it.
// Runs inside `npm run bench`, or alone on a built app and dataset folders:
//   npx tsx scripts/bench/client-bench.ts [--dist dist] [--runs 5] --data 1x=public/data --data 100x=/tmp/client100-data
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../browser/launch-chromium';
import { startStaticServer } from '../browser/static-server';
import type { BenchRow } from './bench-types';

const RUNS = 5;
const TIMEOUT = 120000;

async function firstChart(page: Page): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName('cg:first-chart').length > 0, null, { timeout: TIMEOUT });
  return page.evaluate(() => performance.getEntriesByName('cg:first-chart')[0]!.startTime);
}

/** Time from a filter change to the updated overview on screen (after the next frames). */
async function filterChange(page: Page, value: string): Promise<number> {
  return page.evaluate(async (v) => {
    const input = document.querySelector<HTMLInputElement>('[data-testid=filter-q]')!;
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const t0 = performance.now();
    setter.call(input, v);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return performance.now() - t0;
  }, value);
}

/**
 * Runs `act` in the page and waits for the first cg:matrix-shown mark set after it (for
 * `window` when given); returns the time from the act to that mark and the window shown.
 */
async function untilMatrix(page: Page, act: 'navigate' | 'slider-back'): Promise<{ ms: number; window: string }> {
  const t0 = await page.evaluate((what) => {
    const t = performance.now();
    if (what === 'navigate') {
      document.querySelector<HTMLAnchorElement>('nav a[href="/convergence"]')!.click();
    } else {
      const input = document.querySelector<HTMLInputElement>('[data-testid=session-slider] input[type=range]')!;
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setter.call(input, String(Number(input.value) - 1));
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }
    return t;
  }, act);
  const mark = await page.waitForFunction(
    (since) => {
      const m = performance.getEntriesByName('cg:matrix-shown').find((e) => e.startTime >= since) as PerformanceMark | undefined;
      return m ? { at: m.startTime, window: String(m.detail) } : null;
    },
    t0,
    { timeout: TIMEOUT, polling: 16 },
  );
  const { at, window } = (await mark.jsonValue()) as { at: number; window: string };
  return { ms: at - t0, window };
}

export async function benchClient(dist: string, scales: { label: string; dataDir: string }[], runs = RUNS): Promise<BenchRow[]> {
  const browser = await launchBrowser();
  const rows: BenchRow[] = [];
  try {
    for (const scale of scales) {
      const server = await startStaticServer(dist, 0, scale.dataDir);
      const cold: number[] = [];
      const warm: number[] = [];
      const filter: number[] = [];
      const matrix: number[] = [];
      const slider: number[] = [];
      const sliderAhead: number[] = [];
      for (let i = 0; i < runs; i++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const page = await context.newPage();
        await page.goto(server.url + '/');
        cold.push(await firstChart(page));
        // A first load is stored for offline use after it is shown: a warm load needs it stored.
        await page.waitForSelector('.gate[data-stored=done]', { timeout: TIMEOUT });
        await page.reload();
        warm.push(await firstChart(page));
        await filterChange(page, 'a');
        filter.push(await filterChange(page, i % 2 ? 'an' : 'ia'));
        await filterChange(page, '');
        const shown = await untilMatrix(page, 'navigate');
        matrix.push(shown.ms);
        const stepped = await untilMatrix(page, 'slider-back');
        if (stepped.window === shown.window) throw new Error(`the slider step showed the same window ${shown.window}`);
        slider.push(stepped.ms);
        await page.waitForFunction(() => performance.getEntriesByName('cg:matrices-ahead').length > 0, null, { timeout: TIMEOUT });
        const ahead = await untilMatrix(page, 'slider-back');
        if (ahead.window === stepped.window) throw new Error(`the slider step showed the same window ${ahead.window}`);
        sliderAhead.push(ahead.ms);
        await context.close();
      }
      await server.close();
      rows.push(
        { group: 'client', name: `cold load to first chart, ${scale.label}`, unit: 'ms', runs: cold },
        { group: 'client', name: `warm load (IndexedDB) to first chart, ${scale.label}`, unit: 'ms', runs: warm },
        { group: 'client', name: `overview filter change to render, ${scale.label}`, unit: 'ms', runs: filter },
        { group: 'client', name: `convergence matrix of one window (menu click to matrix shown), ${scale.label}`, unit: 'ms', runs: matrix },
        { group: 'client', name: `session slider step to updated matrix, ${scale.label}`, unit: 'ms', runs: slider },
        { group: 'client', name: `session slider step, matrices computed ahead, ${scale.label}`, unit: 'ms', runs: sliderAhead },
      );
    }
  } finally {
    await browser.close();
  }
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: 'dist' },
      data: { type: 'string', multiple: true, default: ['1x=public/data'] },
      runs: { type: 'string', default: String(RUNS) },
    },
  });
  const scales = values.data!.map((d) => {
    const eq = d.indexOf('=');
    return eq > 0 ? { label: d.slice(0, eq), dataDir: resolve(d.slice(eq + 1)) } : { label: d, dataDir: resolve(d) };
  });
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  benchClient(resolve(values.dist!), scales, Number(values.runs)).then(
    (rows) => {
      for (const r of rows) process.stdout.write(`| ${r.group} | ${r.name} | ${median(r.runs).toFixed(0)} | ${Math.min(...r.runs).toFixed(0)} | ${Math.max(...r.runs).toFixed(0)} | ${r.unit} |\n`);
    },
    (e: unknown) => {
      process.stderr.write(`client bench failed: ${(e as Error).stack ?? String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
