// The dataset as the app holds it: every part of dataset.json except the documents' texts
// and the statements' sentence spans. No view reads the spans (they serve the build and the
// CSV exports); the texts (most of the file) are read from the store only by the views that
// show them (the reader, the search, a delegation's statements), so the first screen never
// waits for them. At 100x the seed corpus that is 31 MB of text and half a million arrays.
import type { Dataset, DatasetDocument, Statement } from './dataset-schema';

export type StatementMeta = Omit<Statement, 'sentences'>;
export type DocumentMeta = Omit<DatasetDocument, 'text'>;

export interface ClientDataset extends Omit<Dataset, 'statements' | 'documents'> {
  documents: DocumentMeta[];
  statements: StatementMeta[];
}

/** The documents' texts, in the order of `documents`. */
export type DocumentTexts = readonly string[];

/** `dataset` split into what the app holds and the documents' texts (the input is unchanged). */
export function splitDataset(dataset: Dataset | ClientDataset): { dataset: ClientDataset; texts: DocumentTexts } {
  const texts = dataset.documents.map((d) => ('text' in d && typeof d.text === 'string' ? d.text : ''));
  return {
    dataset: {
      ...dataset,
      documents: dataset.documents.map((d) => {
        if (!('text' in d)) return d;
        const { text: _text, ...rest } = d;
        return rest;
      }),
      statements: dataset.statements.map((s) => {
        if (!('sentences' in s)) return s;
        const { sentences: _sentences, ...rest } = s;
        return rest;
      }),
    },
    texts,
  };
}
