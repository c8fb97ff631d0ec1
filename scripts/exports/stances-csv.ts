// stances.csv: one row per (statement, author, issue, position), for analysts. A joint statement
// gives one row per author; `value` is a number or a range "min-max"; `quote` is the evidence
// sentence, and a quote that is not an exact substring of its document's text fails the build.
import type { Dataset, StanceValue } from '../../src/shared/dataset-schema';

export const STANCE_COLUMNS = ['document', 'statement', 'actor', 'issue', 'position', 'value', 'confidence', 'source', 'quote'] as const;

export function formatValue(v: StanceValue | null): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  return v[0] === v[1] ? String(v[0]) : `${v[0]}-${v[1]}`;
}

export function stanceRows(dataset: Dataset): string[][] {
  const docs = new Map(dataset.documents.map((d) => [d.id, d]));
  const rows: string[][] = [[...STANCE_COLUMNS]];
  for (const s of dataset.stances) {
    const doc = docs.get(s.document);
    if (!doc) throw new Error(`stance ${s.id}: unknown document "${s.document}"`);
    if (!doc.text.includes(s.quote)) throw new Error(`stance ${s.id}: quote is not in ${doc.file}: "${s.quote.slice(0, 80)}"`);
    for (const actor of s.actors) {
      rows.push([doc.file, s.statement, actor, s.issue, s.position, formatValue(s.value), String(s.confidence), s.source, s.quote]);
    }
  }
  return rows;
}
