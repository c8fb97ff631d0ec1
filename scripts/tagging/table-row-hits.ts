// A delegation's row of a position table (scripts/ingest/pipe-tables.ts) -> the stances its
// cells hold, each cell read under its column's heading (table-readings.ts). Pure.
import type { PipeTable, TableRow } from '../ingest/pipe-tables';
import type { CompiledCodebook } from './compile-codebook';
import { issuesTouched, matchSentence, type Hit } from './match-sentence';
import { cellReadings, columnTopic, namedPosition } from './table-readings';

/** A delegation's row of a position table. Each column is about the issues `columns` gives
 *  (tableColumns). A cell that names one of their positions outright ("PoA", "open", "limited")
 *  holds it; another is read as the sentence it stands for (table-readings.ts). */
export function tableRowHits(cb: CompiledCodebook, table: PipeTable, row: TableRow, columns: Set<string>[], ctx: { self: ReadonlySet<string>; date: string | null }): Hit[] {
  const hits: Hit[] = [];
  for (let c = 1; c < row.cells.length; c++) {
    const header = table.header.cells[c]?.text ?? '';
    const cell = row.cells[c]!.text;
    const readings = cellReadings(header, cell);
    const issues = columns[c];
    if (readings.length === 0 || !issues) continue;
    // The first reading that says something, in the order table-readings.ts gives them; a
    // position the cell names outright when none does.
    const read = readings.map((r) => matchSentence(cb, r, [], { ...ctx, narrative: false }).filter((h) => issues.has(h.issue))).find((found) => found.length > 0);
    hits.push(...(read ?? namedPositions(cb, issues, cell)));
  }
  return hits;
}

/** The issues each column of a table is about (by column, the first being the delegations'). */
export function tableColumns(cb: CompiledCodebook, table: PipeTable): Set<string>[] {
  return table.header.cells.map((h, c) => columnIssues(cb, h.text, table.rows.map((r) => r.cells[c]?.text ?? '')));
}

function namedPositions(cb: CompiledCodebook, issues: Set<string>, cell: string): Hit[] {
  return cb.issues
    .filter((i) => issues.has(i.id))
    .flatMap((i) => {
      const position = namedPosition(cell, i.positions);
      return position ? [{ issue: i.id, position, value: null, rule: 'table-cell', confidence: TABLE_CELL_CONFIDENCE }] : [];
    });
}

/** A cell's word is the brief's summary of what the delegation said: as firm as a plain cue. */
const TABLE_CELL_CONFIDENCE = 0.8;

/** The issues a column is about: those its heading touches, the closest to the heading's words
 *  when several are ("Separate CB group" is capacity-building-group, not its coordination); under
 *  a heading that touches none, those its cells touch. */
function columnIssues(cb: CompiledCodebook, header: string, cells: string[]): Set<string> {
  const topic = columnTopic(header);
  const byHeading = [...issuesTouched(cb, topic)];
  if (byHeading.length === 0) return new Set(cells.flatMap((cell) => [...issuesTouched(cb, cell)]));
  const words = new Set(topic.split(/[^a-z]+/).map(stem));
  const overlap = (id: string) => id.split('-').filter((w) => words.has(stem(w))).length;
  const best = Math.max(...byHeading.map(overlap));
  return new Set(byHeading.filter((id) => overlap(id) === best));
}

const stem = (word: string) => word.replace(/s$/, '');
