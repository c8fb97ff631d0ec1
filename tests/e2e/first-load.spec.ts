import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { startStaticServer, type StaticServer } from './static-server';
import { readFileSync } from 'node:fs';

const dataset = JSON.parse(readFileSync('dist/data/dataset.json', 'utf8')) as {
  documents: { file: string }[];
  statements: { actor: string | null; authors: string[] }[];
};

/** The delegation (not the Chair) with the most statements in the built dataset. */
function busiestDelegation(): string {
  const counts = new Map<string, number>();
  for (const s of dataset.statements) for (const a of s.authors) counts.set(a, (counts.get(a) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  if (!top) throw new Error('no delegation has statements in dist/data/dataset.json');
  return top[0];
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

describe('first load', () => {
  test('lists every document and the delegations that spoke, then reads IndexedDB on reload', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(server.url + '/');
    const gate = page.locator('.gate');
    await expect.poll(() => gate.getAttribute('data-source')).toBe('network');

    const docRows = page.locator('[data-testid=document-list] tbody tr');
    expect(await docRows.count()).toBe(dataset.documents.length);
    for (const d of dataset.documents) await expect.poll(() => page.locator(`tr[data-document="${d.file}"]`).count()).toBe(1);

    // A delegation's count on screen is the number of statements it spoke or co-signed.
    const code = busiestDelegation();
    const count = dataset.statements.filter((s) => s.authors.includes(code)).length;
    expect(count).toBeGreaterThan(0);
    expect(await page.locator(`tr[data-actor=${code}] td.num`).textContent()).toBe(String(count));

    // The data is shown first and stored for offline use right after.
    await expect.poll(() => gate.getAttribute('data-stored')).toBe('done');
    const before = server.requests.length;
    await page.reload();
    await expect.poll(() => gate.getAttribute('data-source')).toBe('indexeddb');
    const after = server.requests.slice(before);
    expect(after).toContain('/data/manifest.json');
    expect(after).not.toContain('/data/dataset.json');
    expect(await docRows.count()).toBe(dataset.documents.length);
    expect(await page.locator(`tr[data-actor=${code}] td.num`).textContent()).toBe(String(count));

    await page.locator(`tr[data-actor=${code}] th a`).click();
    await expect.poll(() => page.locator('[data-testid=statement-list] li').count()).toBe(count);
    expect(new URL(page.url()).pathname).toBe(`/delegation/${code}`);
    expect(errors).toEqual([]);
    await context.close();
  });
});
