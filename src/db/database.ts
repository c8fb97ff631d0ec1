// The only module that imports dexie. The dataset is replaced whole on every update; the
// user's own tables (notes, corrections) are never touched by a dataset update.
//
// Since version 2 the dataset is kept as two records of `parts` rather than one row per
// statement and stance: the app never queries single rows, and at 100x the seed corpus
// writing and reading ~40 000 rows (with their indexes) took seconds where one JSON string
// and one array of document texts take a fraction of one.
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import { splitDataset, type ClientDataset, type DocumentTexts } from '../shared/client-dataset';
import type { Dataset } from '../shared/dataset-schema';
import type { Correction, Note } from '../shared/notes-schema';

export interface MetaRow {
  key: 'dataset';
  contentHash: string;
  schemaVersion: number;
  codebookVersion: string;
  latestEvidence: string | null;
  storedAt: string; // ISO timestamp of the ingest
}
export type NoteRow = Note;
export type CorrectionRow = Correction;

/**
 * `core`: the dataset as the app holds it (ClientDataset), as JSON; `texts:<content hash>`:
 * that dataset's document texts, in the order of its documents. The texts of the dataset
 * stored before the last update are kept until the next one: a user who has not switched to
 * the update yet still reads the documents of the data on screen.
 */
export type PartRow = { key: 'core'; contentHash: string; json: string } | { key: `texts:${string}`; contentHash: string; texts: DocumentTexts };

export class CommonGroundDb extends Dexie {
  meta!: EntityTable<MetaRow, 'key'>;
  parts!: EntityTable<PartRow, 'key'>;
  notes!: EntityTable<NoteRow, 'id'>;
  corrections!: EntityTable<CorrectionRow, 'id'>;

  constructor(name = 'common-ground') {
    super(name);
    this.version(1).stores({
      meta: 'key',
      sessions: 'id, number',
      actors: 'code',
      issues: 'id, order',
      documents: 'id',
      statements: 'id, document, actor, *authors',
      stances: 'id, statement, issue, *actors',
      warnings: 'id',
      notes: 'id, target.kind, target.id',
      corrections: 'id, statement',
    });
    this.version(2)
      .stores({ sessions: null, actors: null, issues: null, documents: null, statements: null, stances: null, warnings: null, parts: 'key' })
      .upgrade(moveToParts);
  }
}

/** The dataset tables, in the order a replacement writes them. */
export const DATASET_TABLES = ['parts', 'meta'] as const;

/** The records of `parts` that hold `dataset` (the core and its texts). */
export function datasetParts(dataset: ClientDataset, texts: DocumentTexts): PartRow[] {
  return [
    { key: 'core', contentHash: dataset.contentHash, json: JSON.stringify(dataset) },
    { key: textsKey(dataset.contentHash), contentHash: dataset.contentHash, texts },
  ];
}

export function textsKey(contentHash: string): `texts:${string}` {
  return `texts:${contentHash}`;
}

/** Version 1 kept one row per record: a stored dataset is moved into `parts` as it was. */
async function moveToParts(tx: Transaction): Promise<void> {
  const meta = await tx.table('meta').get('dataset');
  if (!meta) return;
  const [sessions, actors, issues, documents, statements, stances, warnings] = await Promise.all([
    tx.table('sessions').toArray(),
    tx.table('actors').toArray(),
    tx.table('issues').orderBy('order').toArray(),
    tx.table('documents').toArray(),
    tx.table('statements').toArray(),
    tx.table('stances').toArray(),
    tx.table('warnings').orderBy('id').toArray(),
  ]);
  const byKey = <T,>(key: (t: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
  const dataset: Dataset = {
    schemaVersion: meta.schemaVersion,
    contentHash: meta.contentHash,
    codebookVersion: meta.codebookVersion,
    latestEvidence: meta.latestEvidence,
    sessions: sessions.sort((a, b) => a.start.localeCompare(b.start) || a.number - b.number),
    actors: actors.sort(byKey((a: { code: string }) => a.code)),
    issues: issues.map(({ order: _order, ...issue }) => issue),
    documents: documents.sort(byKey((d: { id: string }) => d.id)),
    statements: statements.sort((a, b) => (a.document === b.document ? a.order - b.order : a.document < b.document ? -1 : 1)),
    stances: stances.sort(byKey((s: { id: string }) => s.id)),
    warnings: warnings.map(({ id: _id, ...w }) => w),
  };
  const split = splitDataset(dataset);
  await tx.table('parts').bulkPut(datasetParts(split.dataset, split.texts));
}
