// A correction made in the app, exported as overrides.yaml and applied by the build,
// changes that stance in the next dataset.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { startStaticServer } from './static-server';
import { builtDataset } from './dataset-variants';
import type { Dataset } from '../../src/shared/dataset-schema';

let browser: Browser;
const tmp = mkdtempSync(join(tmpdir(), 'cg-roundtrip-'));
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('corrections round trip', () => {
  test('a stance changed in the app and exported as overrides is changed by the next build', async () => {
    const dataset = builtDataset();
    // An issue with at least two positions, held by a single-author statement's delegation.
    const stance = dataset.stances.find((s) => s.actors.length === 1 && s.source === 'tagger' && (dataset.issues.find((i) => i.id === s.issue)?.positions.length ?? 0) > 1);
    expect(stance, 'the seed dataset has tagged stances').toBeDefined();
    const actor = stance!.actors[0]!;
    const server = await startStaticServer('dist');
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${server.url}/?cell=${actor}:${stance!.issue}`);
    const panel = page.getByTestId('evidence-panel');
    await panel.waitFor();
    const shown = await panel.getByTestId('evidence').first().getAttribute('data-stance');
    const target = dataset.stances.find((s) => s.id === shown)!;
    const issue = dataset.issues.find((i) => i.id === target.issue)!;
    const newPosition = issue.positions.find((p) => p.id !== target.position && p.id !== 'value')!.id;

    await panel.getByRole('button', { name: 'Correct this stance' }).first().click();
    const form = panel.getByTestId('correction-form');
    await form.getByLabel('Change the position').check();
    await form.getByLabel('Position', { exact: true }).selectOption(newPosition);
    await form.getByLabel('Reason', { exact: true }).fill('The sentence commits to the other position');
    await form.getByRole('button', { name: 'Save correction' }).click();
    await panel.getByText('Correction saved').waitFor();

    await page.goto(`${server.url}/notes`);
    await page.getByTestId('all-corrections').getByText('The sentence commits to the other position').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /overrides\.yaml/ }).click()]);
    expect(download.suggestedFilename()).toBe('overrides.yaml');
    const exported = readFileSync((await download.path())!, 'utf8');
    await context.close();
    await server.close();

    const dataDir = join(tmp, 'data');
    cpSync('data', dataDir, { recursive: true });
    writeFileSync(join(dataDir, 'overrides.yaml'), exported);
    const out = join(tmp, 'out');
    execFileSync('npx', ['tsx', 'scripts/build-data.ts', '--data', dataDir, '--out', out, '--quiet'], { encoding: 'utf8' });
    const rebuilt = JSON.parse(readFileSync(join(out, 'dataset.json'), 'utf8')) as Dataset;
    const corrected = rebuilt.stances.filter((s) => s.statement === target.statement && s.issue === target.issue && s.actors.includes(actor));
    expect(corrected.map((s) => [s.position, s.source])).toEqual([[newPosition, 'override']]);
    expect(corrected[0]!.override?.reason).toBe('The sentence commits to the other position');
  });
});
