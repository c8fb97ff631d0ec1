// Acceptance on the real record in data/raw: the four documents the issue names.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Dataset, Statement } from '../../src/shared/dataset-schema';
import { runPipeline, type PipelineOutput } from '../../scripts/pipeline/run-pipeline';
import { lineAt, lineStarts } from '../../scripts/ingest/line-index';
import { rawInput } from '../fixtures/ingest/pipeline-input';
import { GOLD_TURNS_003 } from '../fixtures/ingest/turns-003';

let output: PipelineOutput;
let dataset: Dataset;
beforeAll(async () => {
  output = await runPipeline(rawInput());
  dataset = output.dataset!;
}, 120_000);

const statementsOf = (prefix: string): Statement[] => dataset.statements.filter((s) => s.document.startsWith(prefix));
const textOf = (s: Statement) => dataset.documents.find((d) => d.id === s.document)!.text.slice(s.span[0], s.span[1]);

describe('the unofficial transcript 003', () => {
  test('gives one statement per gold turn, two for the NAM/Indonesia floor, none for the header or the website debris', () => {
    const statements = statementsOf('003');
    expect(statements).toHaveLength(GOLD_TURNS_003.length + 1);
    for (const s of statements) expect(textOf(s)).not.toMatch(/Leave a Reply|Your email address|This is an unofficial transcript/);
  });

  test('every gold turn goes to the right delegation, in whose name it was spoken', () => {
    const doc = dataset.documents.find((d) => d.id.startsWith('003'))!;
    const starts = lineStarts(doc.text);
    const byLine = new Map<number, Statement[]>();
    for (const s of statementsOf('003')) {
      const line = lineAt(starts, s.span[0]);
      byLine.set(line, [...(byLine.get(line) ?? []), s]);
    }
    const wrong: string[] = [];
    for (const gold of GOLD_TURNS_003) {
      const found = byLine.get(gold.textLine) ?? [];
      const actors = [found[0]?.actor ?? 'none'];
      const authors = found.map((s) => [...s.authors].sort());
      const actorOk = actors[0] === gold.actor || gold.alternatives?.includes(actors[0]!);
      const authorsOk = gold.alternatives ? authors.length === 1 : JSON.stringify(authors) === JSON.stringify(gold.authors.map((a) => [...a].sort()));
      if (!actorOk || !authorsOk) wrong.push(`#${gold.n} line ${gold.textLine}: expected ${gold.actor} ${JSON.stringify(gold.authors)}, got ${actors[0]} ${JSON.stringify(authors)}`);
    }
    expect(wrong).toEqual([]);
  });

  test('the statement delivered by Indonesia is split where it turns to its national capacity', () => {
    const [nam, idn] = statementsOf('003').filter((s) => s.speaker === 'Indonesia');
    expect(nam!.onBehalfOf).toEqual(['NAM']);
    expect(textOf(nam!)).toMatch(/address threats from malicious use of ICTs\.$/);
    expect(textOf(idn!)).toMatch(/^Chair, on Indonesia’s national capacity/);
  });

  test('alignment is never authorship: the EU statement lists the aligned states apart from its author', () => {
    const eu = statementsOf('003').find((s) => s.actor === 'EU')!;
    expect(eu.authors).toEqual(['EU']);
    expect([...eu.aligned].sort()).toEqual(['ALB', 'BIH', 'GEO', 'MDA', 'MKD', 'MNE', 'SMR', 'SRB', 'TUR', 'UKR']);
    const finland = statementsOf('003').find((s) => s.actor === 'FIN')!;
    expect(finland.authors).toEqual(['FIN']);
    expect(finland.alignedWith).toEqual(['EU']);
  });

  test('is placed in the 2nd substantive session, 8th meeting', () => {
    const doc = dataset.documents.find((d) => d.id.startsWith('003'))!;
    expect(doc.session).toBe('oewg-2021-2025-s2');
    expect(doc.meeting).toBe('8');
  });
});

describe('the session report 002', () => {
  test('yields exactly its 73 transcript turns and nothing from the analysis sections', () => {
    const raw = readFileSync('data/raw/002_6d93753bb1e42c2c.txt', 'utf8');
    const transcript = raw.slice(raw.indexOf('\nSession Transcript\n'), raw.indexOf('\nSpeech speed\n'));
    const labelled = transcript.split('\n').filter((l) => /^[^:\n]{1,40}: /.test(l));
    const statements = statementsOf('002');
    expect(labelled).toHaveLength(73);
    expect(statements).toHaveLength(73);
    statements.forEach((s, i) => expect(`${s.speaker}: ${textOf(s)}`).toBe(labelled[i]));
    const analysisStart = raw.indexOf('\nSpeech speed\n');
    const summaryEnd = raw.indexOf('\nSession Transcript\n');
    for (const s of statements) {
      expect(s.span[0]).toBeGreaterThan(summaryEnd);
      expect(s.span[1]).toBeLessThan(analysisStart);
    }
  });

  test('is dated 6 December 2024, in the 9th substantive session, 10th meeting', () => {
    const doc = dataset.documents.find((d) => d.id.startsWith('002'))!;
    expect([doc.date, doc.session, doc.meeting]).toEqual(['2024-12-06', 'oewg-2021-2025-s9', '10']);
  });

  test('the Chair’s slips are accepted only with a warning that names both spellings', () => {
    const messages = output.problems.filter((p) => p.file.startsWith('002')).map((p) => `${p.line}: ${p.message}`);
    expect(messages).toContain('261: "Columbia" read as Colombia (near match)');
    expect(messages).toContain('271: "Chiquilla" read as Czechia (near match)');
  });
});

describe('the joint statement 001', () => {
  test('is one statement with the 10 signatories as authors', () => {
    const statements = statementsOf('001');
    expect(statements).toHaveLength(1);
    expect([...statements[0]!.authors].sort()).toEqual(['BDI', 'BLR', 'CHN', 'CUB', 'IRN', 'NIC', 'PRK', 'RUS', 'SYR', 'VEN']);
    expect(statements[0]!.speakerSource).toBe('signatories');
  });
});

describe('the Iran statement 000', () => {
  test('is dated 2022-04-01 and placed in the 2nd substantive session', () => {
    const [s] = statementsOf('000');
    expect(s!.date).toBe('2022-04-01');
    expect(s!.session).toBe('oewg-2021-2025-s2');
    expect(s!.authors).toEqual(['IRN']);
    expect(s!.speakerSource).toBe('header');
  });

  test('its header is not part of the statement', () => {
    expect(textOf(statementsOf('000')[0]!)).toMatch(/^Mr\. Chair,\n\nThe Islamic Republic of Iran continues/);
  });
});

describe('data/raw as a whole', () => {
  test('builds without unresolved names', () => {
    expect(output.report.unresolved).toEqual([]);
  });

  test('every statement and sentence span points into its document, without surrounding white space', () => {
    for (const s of dataset.statements) {
      const text = dataset.documents.find((d) => d.id === s.document)!.text;
      for (const [a, b] of [s.span, ...s.sentences]) {
        expect(b).toBeLessThanOrEqual(text.length);
        expect(text.slice(a, b)).toBe(text.slice(a, b).trim());
      }
      for (const [a, b] of s.sentences) expect(a >= s.span[0] && b <= s.span[1]).toBe(true);
    }
  });
});
