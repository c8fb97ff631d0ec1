// A statement dropped into data/raw as PDF or Word gives the same statements as its text.
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Dataset, Statement } from '../../src/shared/dataset-schema';
import { runPipeline } from '../../scripts/pipeline/run-pipeline';
import { textToDocx, textToPdf } from '../fixtures/ingest/make-pdf-docx';
import { file, pipelineInput } from '../fixtures/ingest/pipeline-input';

const IRAN = readFileSync('data/raw/000_f24963e147d875c6.txt', 'utf8');
let dataset: Dataset;

beforeAll(async () => {
  const [pdf, docx] = await Promise.all([textToPdf(IRAN), textToDocx(IRAN)]);
  const out = await runPipeline(pipelineInput([file('iran.txt', IRAN), file('iran.pdf', pdf), file('iran.docx', docx)]));
  dataset = out.dataset!;
}, 120_000);

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
function summary(id: string) {
  const doc = dataset.documents.find((d) => d.id === id)!;
  const statements = dataset.statements.filter((s) => s.document === id);
  return {
    kind: doc.kind,
    date: doc.date,
    session: doc.session,
    statements: statements.map((s: Statement) => ({
      speaker: s.speaker,
      actor: s.actor,
      authors: s.authors,
      words: s.words,
      sentences: s.sentences.map(([a, b]) => flat(doc.text.slice(a, b))),
    })),
  };
}

describe.skipIf(!existsSync('/usr/bin/chromium'))('PDF and Word versions of the Iran statement', () => {
  test('the .txt gives one statement by Iran, dated 2022-04-01, in the 2nd substantive session', () => {
    expect(summary('iran.txt')).toMatchObject({ kind: 'statement', date: '2022-04-01', session: 'oewg-2021-2025-s2', statements: [{ actor: 'IRN', authors: ['IRN'] }] });
  });

  test('the PDF (printed by Chromium) gives the same statements, sentence for sentence', () => {
    expect(summary('iran.pdf')).toEqual(summary('iran.txt'));
  });

  test('the Word file gives the same statements, sentence for sentence', () => {
    expect(summary('iran.docx')).toEqual(summary('iran.txt'));
  });
});
