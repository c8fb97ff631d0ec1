// statements.csv: one row per statement, for analysts.
import type { Dataset } from '../../src/shared/dataset-schema';

export const STATEMENT_COLUMNS = ['document', 'statement', 'order', 'speaker', 'actor', 'authors', 'on_behalf_of', 'aligned_with', 'date', 'session', 'meeting', 'words', 'text'] as const;

export function statementRows(dataset: Dataset): string[][] {
  const docs = new Map(dataset.documents.map((d) => [d.id, d]));
  const sessions = new Map(dataset.sessions.map((s) => [s.id, s]));
  const rows: string[][] = [[...STATEMENT_COLUMNS]];
  for (const s of dataset.statements) {
    const doc = docs.get(s.document);
    const session = s.session ? sessions.get(s.session) : undefined;
    rows.push([
      doc?.file ?? s.document,
      s.id,
      String(s.order),
      s.speaker,
      s.actor ?? '',
      s.authors.join(';'),
      s.onBehalfOf.join(';'),
      s.alignedWith.join(';'),
      s.date ?? '',
      session ? `${session.process}, ${session.label}` : '',
      s.meeting ?? '',
      String(s.words),
      doc ? doc.text.slice(s.span[0], s.span[1]) : '',
    ]);
  }
  return rows;
}
