// Tables written with pipes, as analysts' briefs and Markdown notes set them out:
//   | Delegation | Binding instrument | Vehicle |
//   |---|---|---|
//   | Canada | opposes | PoA |
// A row is a line that opens with "|"; a table has a header row, then a row of dashes, then its
// body. Pure: spans into the text, and the names a row opens with.
import type { Span } from '../../src/shared/dataset-schema';
import type { ActorRegistry } from './actor-registry';
import { findNames, type NameMention } from './name-finder';
import { lineSpans } from './paragraphs';

export interface TableCell {
  /** The cell's text, trimmed (Markdown emphasis kept). */
  text: string;
  span: Span;
}

export interface TableRow {
  span: Span;
  cells: TableCell[];
}

export interface PipeTable {
  header: TableRow;
  rows: TableRow[];
}

const ROW = /^\s*\|/;
const DIVIDER = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/** The cells of the row on `line` (the line opens with "|"). */
function rowAt(text: string, line: Span): TableRow {
  const cells: TableCell[] = [];
  const body = text.slice(line[0], line[1]);
  let from = body.indexOf('|') + 1;
  while (from <= body.length) {
    let to = body.indexOf('|', from);
    if (to < 0) to = body.length;
    const raw = body.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const cell = raw.trim();
    // The closing pipe leaves an empty last piece, which is no cell.
    if (to < body.length || cell) cells.push({ text: cell, span: [line[0] + from + lead, line[0] + from + lead + cell.length] });
    from = to + 1;
  }
  const end = line[0] + body.trimEnd().length;
  return { span: [line[0] + body.length - body.trimStart().length, end], cells };
}

/** Every pipe table in `text` between `start` and `end`. */
export function pipeTables(text: string, start = 0, end = text.length): PipeTable[] {
  if (!text.includes('|', start)) return [];
  const lines = lineSpans(text, start, end);
  const tables: PipeTable[] = [];
  for (let i = 1; i < lines.length; i++) {
    const [s, e] = lines[i]!;
    if (!DIVIDER.test(text.slice(s, e)) || !ROW.test(text.slice(lines[i - 1]![0], lines[i - 1]![1]))) continue;
    const header = rowAt(text, lines[i - 1]!);
    const rows: TableRow[] = [];
    let j = i + 1;
    for (; j < lines.length && ROW.test(text.slice(lines[j]![0], lines[j]![1])); j++) rows.push(rowAt(text, lines[j]!));
    if (rows.length > 0) tables.push({ header, rows });
    i = j;
  }
  return tables;
}

/** The delegations (actors that hold stances) a row's first cell names: whose row it is. */
export function rowHolders(text: string, row: TableRow, registry: ActorRegistry): NameMention[] {
  const first = row.cells[0];
  return first ? findNames(text, registry, first.span[0], first.span[1]).filter((m) => registry.carriesStances(m.code)) : [];
}

/** Every body row of `text`'s pipe tables, by where it starts, with its table. */
export function tableRowsByStart(text: string): Map<number, { table: PipeTable; row: TableRow }> {
  const out = new Map<number, { table: PipeTable; row: TableRow }>();
  for (const table of pipeTables(text)) for (const row of table.rows) out.set(row.span[0], { table, row });
  return out;
}
