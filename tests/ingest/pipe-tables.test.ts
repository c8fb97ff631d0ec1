import { describe, expect, test } from 'vitest';
import { pipeTables, rowHolders, tableRowsByStart } from '../../scripts/ingest/pipe-tables';
import { registry } from '../fixtures/ingest/pipeline-input';

const BRIEF = `Where they stand

| Delegation | Treaty | **Vehicle** |
|:---|---|---:|
| Chile | supports | PoA |
| **Viet Nam** | — | open
| Average | n/a | n/a |

The table ends here | with a pipe in prose.
`;

describe('pipeTables(text)', () => {
  test('a header, a row of dashes (colons allowed) and the rows below; cells trimmed, with their spans; the last pipe optional', () => {
    const [table, ...more] = pipeTables(BRIEF);
    expect(more).toEqual([]);
    expect(table!.header.cells.map((c) => c.text)).toEqual(['Delegation', 'Treaty', '**Vehicle**']);
    expect(table!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Chile', 'supports', 'PoA'],
      ['**Viet Nam**', '—', 'open'],
      ['Average', 'n/a', 'n/a'],
    ]);
    for (const c of table!.rows.flatMap((r) => r.cells)) expect(BRIEF.slice(c.span[0], c.span[1])).toBe(c.text);
    expect(BRIEF.slice(table!.rows[1]!.span[0], table!.rows[1]!.span[1])).toBe('| **Viet Nam** | — | open');
  });

  test('pipes without a row of dashes under a first row are no table', () => {
    expect(pipeTables('| a | b |\n| c | d |\n')).toEqual([]);
    expect(pipeTables('Policy Brief No. 7 | Cyber Programme | 2025\n')).toEqual([]);
  });
});

describe('tableRowsByStart(text) and rowHolders', () => {
  test('every body row by where it starts, with its whole table, and whose row it is', () => {
    const table = pipeTables(BRIEF)[0]!;
    const rows = tableRowsByStart(BRIEF);
    expect([...rows.keys()]).toEqual(table.rows.map((r) => r.span[0]));
    for (const row of table.rows) expect(rows.get(row.span[0])).toEqual({ table, row });
    expect(table.rows.map((r) => rowHolders(BRIEF, r, registry()).map((m) => m.code))).toEqual([['CHL'], ['VNM'], []]);
  });

  test('a line that is not a table row has none', () => {
    const rows = tableRowsByStart(BRIEF);
    expect(rows.get(BRIEF.indexOf('Where'))).toBeUndefined();
    expect(rows.get(BRIEF.indexOf('The table ends'))).toBeUndefined();
    expect(tableRowsByStart('no pipes here').size).toBe(0);
  });
});
