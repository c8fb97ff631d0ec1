// An analyst's brief with a table of delegations' positions, dropped in without a sources.yaml
// entry: each row is its delegation's, and each cell a stance whose evidence is the whole row.
import { beforeAll, describe, expect, test } from 'vitest';
import type { Dataset } from '../../src/shared/dataset-schema';
import { runPipeline } from '../../scripts/pipeline/run-pipeline';
import { textWithTablesToDocx } from '../fixtures/ingest/make-pdf-docx';
import { file, pipelineInput } from '../fixtures/ingest/pipeline-input';

const BRIEF = `Comparing positions on the future mechanism
12 March 2025

The table sums up what each delegation has said. A dash means no clear statement.

| Country | Legally binding instrument | Future mechanism | Number of thematic groups | Dedicated international law group | Hybrid meetings |
|---|---|---|---|---|---|
| Chile | Opposes | PoA | 3 | — | Supports |
| Cuba | Supports | OEWG | limited | Yes | exceptional only |
| Kenya | open | open | two or three | No | — |
| All others | n/a | n/a | n/a | n/a | n/a |

Our own view is that a compromise is near.
`;

describe('a brief with a position table', () => {
  let dataset: Dataset;
  beforeAll(async () => {
    dataset = (await runPipeline(pipelineInput([file('brief.md', BRIEF)]))).dataset!;
  });

  test('each cell is its row\'s delegation\'s stance on the column\'s issue; a dash says nothing', () => {
    const held = dataset.stances.map((s) => `${s.actors.join('+')} ${s.issue}:${s.position}${s.value === null ? '' : ':' + JSON.stringify(s.value)}`).sort();
    expect(held).toEqual([
      'CHL legally-binding-instrument:oppose',
      'CHL mechanism-format:poa',
      'CHL meeting-format:hybrid',
      'CHL thematic-group-count:value:3',
      'CUB international-law-group:dedicated',
      'CUB legally-binding-instrument:support',
      'CUB mechanism-format:oewg',
      'CUB meeting-format:in-person',
      'CUB thematic-group-count:limited',
      'KEN international-law-group:integrated',
      'KEN legally-binding-instrument:open',
      'KEN mechanism-format:open',
      'KEN thematic-group-count:value:[2,3]',
    ]);
  });

  test('the evidence of a cell\'s stance is its whole row, and the brief\'s own prose is no one\'s', () => {
    const chile = dataset.stances.filter((s) => (s.actors as string[]).includes('CHL'));
    expect(new Set(chile.map((s) => s.quote))).toEqual(new Set(['| Chile | Opposes | PoA | 3 | — | Supports |']));
    expect(dataset.statements.map((s) => s.authors.join('+'))).toEqual(['CHL', 'CUB', 'KEN']);
  });
});

describe('the same brief written in Word, its table a Word table', () => {
  test('gives the same stances, each quoting its row', async () => {
    const docx = await textWithTablesToDocx(BRIEF);
    const [fromMarkdown, fromWord] = await Promise.all([file('brief.md', BRIEF), file('brief.docx', docx)].map(async (f) => (await runPipeline(pipelineInput([f]))).dataset!));
    const held = (d: Dataset) => d.stances.map((s) => `${s.actors.join('+')} ${s.issue}:${s.position}:${JSON.stringify(s.value)}`).sort();
    expect(held(fromWord!)).toEqual(held(fromMarkdown!));
    expect(fromWord!.stances.find((s) => (s.actors as string[]).includes('CUB'))!.quote).toBe('| Cuba | Supports | OEWG | limited | Yes | exceptional only |');
  });
});

