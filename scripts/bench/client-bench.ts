// The client in Chromium, through playwright-core and the Performance API: cold load
// (fetch, validate, IndexedDB ingest, first chart), warm load (IndexedDB to first chart)
// and a filter change on the overview, for a dataset folder served beside the built app.
import type { Page } from 'playwright-core';
import { launchBrowser } from '../browser/launch-chromium';
import { startStaticServer } from '../browser/static-server';
import type { BenchRow } from './bench-types';

const RUNS = 5;

async function firstChart(page: Page): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName('cg:first-chart').length > 0, null, { timeout: 120000 });
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

export async function benchClient(dist: string, scales: { label: string; dataDir: string }[]): Promise<BenchRow[]> {
  const browser = await launchBrowser();
  const rows: BenchRow[] = [];
  try {
    for (const scale of scales) {
      const server = await startStaticServer(dist, 0, scale.dataDir);
      const cold: number[] = [];
      const warm: number[] = [];
      const filter: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const page = await context.newPage();
        await page.goto(server.url + '/');
        cold.push(await firstChart(page));
        await page.reload();
        warm.push(await firstChart(page));
        await filterChange(page, 'a');
        filter.push(await filterChange(page, i % 2 ? 'an' : 'ia'));
        await context.close();
      }
      await server.close();
      rows.push(
        { group: 'client', name: `cold load to first chart, ${scale.label}`, unit: 'ms', runs: cold },
        { group: 'client', name: `warm load (IndexedDB) to first chart, ${scale.label}`, unit: 'ms', runs: warm },
        { group: 'client', name: `overview filter change to render, ${scale.label}`, unit: 'ms', runs: filter },
      );
    }
  } finally {
    await browser.close();
  }
  return rows;
}
