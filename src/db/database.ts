// The only module that imports dexie. Dataset tables are replaced whole on every update;
// the user's own tables (notes, corrections) are never touched by a dataset update.
import Dexie, { type EntityTable } from 'dexie';
import type { Correction, Note } from '../shared/notes-schema';
import type { Actor, BuildWarning, DatasetDocument, Issue, Session, Stance, Statement } from '../shared/dataset-schema';

export interface MetaRow {
  key: 'dataset';
  contentHash: string;
  schemaVersion: number;
  codebookVersion: string;
  latestEvidence: string | null;
  storedAt: string; // ISO timestamp of the ingest
}
export interface WarningRow extends BuildWarning {
  id: number;
}
export type NoteRow = Note;
export type CorrectionRow = Correction;

export class CommonGroundDb extends Dexie {
  meta!: EntityTable<MetaRow, 'key'>;
  sessions!: EntityTable<Session, 'id'>;
  actors!: EntityTable<Actor, 'code'>;
  issues!: EntityTable<Issue & { order: number }, 'id'>;
  documents!: EntityTable<DatasetDocument, 'id'>;
  statements!: EntityTable<Statement, 'id'>;
  stances!: EntityTable<Stance, 'id'>;
  warnings!: EntityTable<WarningRow, 'id'>;
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
  }
}

/** The dataset tables, in the order a replacement writes them. */
export const DATASET_TABLES = ['meta', 'sessions', 'actors', 'issues', 'documents', 'statements', 'stances', 'warnings'] as const;
