// A delegation's position paper sets out what it wants in bullets without a subject: each such
// bullet is the author's stance, quoted as written.
import { beforeAll, describe, expect, test } from 'vitest';
import type { Dataset } from '../../src/shared/dataset-schema';
import { runPipeline } from '../../scripts/pipeline/run-pipeline';
import { file, pipelineInput } from '../fixtures/ingest/pipeline-input';

const PAPER = `Non-paper submitted by Chile
New York, 9 July 2024

Elements for the future mechanism

This non-paper sets out the elements which in our view would make the mechanism effective.

Architecture

- Two or three dedicated thematic groups; no more.
- Hybrid participation available for all formal meetings, with interpretation.
- Threat repository: opposed.
- Some delegations have proposed a dedicated group on international law.
`;

const stancesOf = (dataset: Dataset) => dataset.stances.map((s) => `${s.actors.join('+')} ${s.issue}:${s.position}${s.value === null ? '' : ':' + JSON.stringify(s.value)}`).sort();

describe('a position paper in bullets', () => {
  let dataset: Dataset;
  beforeAll(async () => {
    dataset = (await runPipeline(pipelineInput([file('paper.txt', PAPER)]))).dataset!;
  });

  test('each bullet without a subject is the author\'s stance; a bullet reporting others is not', () => {
    expect(stancesOf(dataset)).toEqual(['CHL meeting-format:hybrid', 'CHL thematic-group-count:value:[2,3]', 'CHL threat-repository:oppose']);
  });

  test('the quote is the bullet as written', () => {
    expect(dataset.stances.find((s) => s.issue === 'meeting-format')!.quote).toBe('- Hybrid participation available for all formal meetings, with interpretation.');
  });

  test('in a report, a bullet without a subject commits no one', async () => {
    const report = `Daily summary\n\nFrance highlighted the PoA. Brazil stressed consensus. Kenya called for capacity building.\n\n- Hybrid participation available for all formal meetings.\n`;
    const reported = (await runPipeline(pipelineInput([file('day.md', report)]))).dataset!;
    expect(reported.stances.filter((s) => s.issue === 'meeting-format')).toEqual([]);
  });
});
