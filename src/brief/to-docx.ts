// The brief as a Word document (docx package): headings, quotes in a Quote style with their
// citations, the annex as a Word table on landscape pages, and the generated-text label in
// the footer of every page. The same words as toMarkdown, laid out for Word.
//
// The app imports this module lazily (import()), so the docx package only loads on export.
import {
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import type { Brief, IssueSection, KeyQuote, PositionSection } from './brief-types';
import {
  ANNEX_EMPTY,
  ANNEX_TITLE,
  annexCellText,
  annexIntro,
  bridgingLine,
  citationParts,
  headerLines,
  holdersLine,
  levelLines,
  majorityHeading,
  NO_OTHER_POSITION,
  NO_QUOTE,
  OPEN_INTRO,
  OPEN_NONE,
} from './brief-wording';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function toDocx(brief: Brief): Promise<Uint8Array> {
  const footer = new Footer({ children: [new Paragraph({ children: [new TextRun({ text: brief.label, italics: true, size: 16 })] })] });
  const doc = new Document({
    title: brief.title,
    description: brief.label,
    creator: 'Common Ground',
    styles: {
      paragraphStyles: [
        {
          id: 'Quote',
          name: 'Quote',
          basedOn: 'Normal',
          next: 'Normal',
          run: { italics: true },
          paragraph: { indent: { left: 720, right: 360 }, spacing: { before: 120, after: 60 } },
        },
        { id: 'Citation', name: 'Citation', basedOn: 'Normal', next: 'Normal', run: { size: 18 }, paragraph: { indent: { left: 720 }, spacing: { after: 160 } } },
      ],
    },
    sections: [
      { footers: { default: footer }, children: body(brief) },
      {
        footers: { default: footer },
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: annex(brief),
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

function body(brief: Brief): FileChild[] {
  const out: FileChild[] = [
    new Paragraph({ text: brief.title, heading: HeadingLevel.HEADING_1 }),
    new Paragraph({ children: [new TextRun({ text: brief.label, italics: true, bold: true })] }),
    ...headerLines(brief).map(bullet),
    new Paragraph({ text: 'How to read this brief', heading: HeadingLevel.HEADING_2 }),
    new Paragraph({ text: 'Notes written by Common Ground:' }),
    ...brief.method.map(bullet),
  ];
  brief.issues.forEach((s, i) => out.push(...issue(s, i + 1)));
  return out;
}

function issue(s: IssueSection, number: number): FileChild[] {
  const out: FileChild[] = [
    new Paragraph({ text: `${number}. ${s.label}`, heading: HeadingLevel.HEADING_2 }),
    new Paragraph({ children: [new TextRun({ text: 'Question: ', bold: true }), new TextRun(s.question)] }),
    new Paragraph({ text: 'Level of convergence', heading: HeadingLevel.HEADING_3 }),
    ...levelLines(s).map(bullet),
    ...s.summary.map((line) => new Paragraph({ text: line })),
  ];
  const [first, ...others] = s.positions;
  if (first) {
    out.push(new Paragraph({ text: `${majorityHeading(s)}: ${first.label} (${first.count} of ${s.n})`, heading: HeadingLevel.HEADING_3 }), ...position(first));
    out.push(new Paragraph({ text: 'Other positions', heading: HeadingLevel.HEADING_3 }));
    if (others.length === 0) out.push(new Paragraph({ text: NO_OTHER_POSITION }));
    for (const p of others) out.push(new Paragraph({ text: `${p.label} (${p.count} of ${s.n})`, heading: HeadingLevel.HEADING_4 }), ...position(p));
  }
  out.push(new Paragraph({ text: 'Bridging positions', heading: HeadingLevel.HEADING_3 }), new Paragraph({ text: s.bridgingNote }));
  out.push(...s.bridging.map((e) => bullet(bridgingLine(e))));
  out.push(new Paragraph({ text: 'Points still open', heading: HeadingLevel.HEADING_3 }));
  if (s.open.length === 0) out.push(new Paragraph({ text: OPEN_NONE }));
  else out.push(new Paragraph({ text: OPEN_INTRO }), ...s.open.map((p) => bullet(p.text)));
  return out;
}

function position(p: PositionSection): Paragraph[] {
  const out = [new Paragraph({ text: holdersLine(p.holders) })];
  if (p.quotes.length === 0) out.push(new Paragraph({ text: NO_QUOTE }));
  for (const q of p.quotes) out.push(...quote(q));
  return out;
}

/** The exact words in quote marks (line breaks kept), then the citation. */
function quote(q: KeyQuote): Paragraph[] {
  const lines = `“${q.text}”`.split('\n');
  const runs = lines.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0 }));
  const c = citationParts(q);
  return [
    new Paragraph({ style: 'Quote', children: runs }),
    new Paragraph({
      style: 'Citation',
      children: [new TextRun(`— ${c.delegations}, `), new TextRun({ text: c.title, italics: true }), new TextRun(`, ${c.rest}`)],
    }),
  ];
}

function annex(brief: Brief): FileChild[] {
  const a = brief.annex;
  const out: FileChild[] = [new Paragraph({ text: ANNEX_TITLE, heading: HeadingLevel.HEADING_2 })];
  if (a.rows.length === 0) return [...out, new Paragraph({ text: ANNEX_EMPTY })];
  out.push(new Paragraph({ text: annexIntro(a.rows.length) }));
  const header = new TableRow({
    tableHeader: true,
    children: ['Delegation', ...a.issues.map((i) => i.label)].map(
      (text) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold: true })] })] }),
    ),
  });
  const rows = a.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({ children: [new Paragraph({ text: `${row.name} (${row.code})` })] }),
          ...row.cells.map(
            (c) =>
              new TableCell({
                children: [new Paragraph({ text: c ? annexCellText(c) : '' })],
              }),
          ),
        ],
      }),
  );
  out.push(new Table({ rows: [header, ...rows], width: { size: 100, type: WidthType.PERCENTAGE } }));
  return out;
}

function bullet(text: string): Paragraph {
  return new Paragraph({ text, bullet: { level: 0 } });
}
