// PDF -> text with pdfjs-dist (legacy build runs in Node without a worker).
// Text items are grouped into lines on their end-of-line flags; lines into paragraphs by
// the vertical gap between them, so a paragraph comes out as one line and paragraphs are
// separated by a blank line, like the .txt and .docx versions of the same statement.
// Page numbers alone on a line ("3", "Page 3 of 5") are dropped.

interface Line {
  text: string;
  y: number;
  height: number;
}

// A gap between baselines larger than this many line heights starts a new paragraph.
const PARAGRAPH_GAP = 1.6;

export async function pdfToText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0 });
  const pdf = await task.promise;
  const paragraphs: string[] = [];
  try {
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p);
      const content = await page.getTextContent();
      const lines: Line[] = [];
      let open: Line | null = null;
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const y = item.transform[5] as number;
        if (!open) open = { text: '', y, height: 0 };
        open.text += item.str;
        open.height = Math.max(open.height, item.height || Math.abs(item.transform[3] as number) || 0);
        if (item.hasEOL) {
          lines.push(open);
          open = null;
        }
      }
      if (open) lines.push(open);
      let para = '';
      let prev: Line | null = null;
      for (const line of lines) {
        const text = line.text.replace(/\s+/g, ' ').trim();
        if (!text || /^(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i.test(text)) continue;
        const gap = prev ? prev.y - line.y : 0;
        const height = Math.max(line.height, prev?.height ?? 0, 1);
        if (prev && (gap > height * PARAGRAPH_GAP || gap < 0)) {
          paragraphs.push(para);
          para = '';
        }
        para = !para ? text : /[-‐]$/.test(para) && /^\p{Ll}/u.test(text) ? para + text : `${para} ${text}`;
        prev = line;
      }
      if (para) paragraphs.push(para);
      page.cleanup();
    }
  } finally {
    await pdf.destroy();
  }
  return paragraphs.join('\n\n') + '\n';
}
