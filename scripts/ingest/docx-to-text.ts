// Word (.docx) -> text with mammoth; paragraphs become lines separated by blank lines, as
// mammoth's raw text gives them, and a table becomes a pipe table ("| Chile | supports |", a
// row of dashes under its first row), which the readers of briefs read row by row
// (pipe-tables.ts). mammoth's raw text would run a table's cells together as paragraphs, so the
// document tree is read here, through mammoth's documented transformDocument hook.
// mammoth is loaded on the first Word file only (most builds read none; it costs start-up).

/** mammoth's document tree, as far as the text needs it. */
interface DocxElement {
  type: string;
  value?: string;
  children?: DocxElement[];
}

export async function docxToText(bytes: Uint8Array): Promise<string> {
  const { default: mammoth } = await import('mammoth');
  let text = '';
  await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes) },
    {
      transformDocument: (document: DocxElement) => {
        text = textOf(document);
        return document;
      },
    },
  );
  return text.replace(/\r\n?/g, '\n').replace(/\n{3,}/g, '\n\n');
}

/** The raw text of an element: mammoth's own rule (a paragraph ends with a blank line, a tab
 *  is a tab), save for tables. */
function textOf(element: DocxElement): string {
  if (element.type === 'text') return element.value ?? '';
  if (element.type === 'tab') return '\t';
  if (element.type === 'table') return tableText(element);
  const inner = (element.children ?? []).map(textOf).join('');
  return element.type === 'paragraph' ? inner + '\n\n' : inner;
}

function tableText(table: DocxElement): string {
  const rows = (table.children ?? []).filter((r) => r.type === 'tableRow').map((r) => (r.children ?? []).filter((c) => c.type === 'tableCell').map(cellText));
  if (rows.length === 0) return '';
  const width = Math.max(...rows.map((r) => r.length));
  const line = (cells: string[]) => `| ${[...cells, ...Array<string>(width - cells.length).fill('')].join(' | ')} |`;
  return [line(rows[0]!), line(Array<string>(width).fill('---')), ...rows.slice(1).map(line)].join('\n') + '\n\n';
}

/** A cell's paragraphs on one line; a pipe in the text would split the cell. */
function cellText(cell: DocxElement): string {
  return textOf(cell).replace(/\s+/g, ' ').replace(/\|/g, '/').trim();
}
