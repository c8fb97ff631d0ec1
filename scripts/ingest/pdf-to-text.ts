// PDF -> text with pdfjs-dist (legacy build runs in Node without a worker).
// Text items are joined on their end-of-line flags, or lines run together.
export async function pdfToText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false });
  const pdf = await task.promise;
  const pages: string[] = [];
  for (let p = 1; p <= pdf.numPages; p++) {
    const page = await pdf.getPage(p);
    const content = await page.getTextContent();
    let out = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      out += item.str;
      if (item.hasEOL) out += '\n';
    }
    pages.push(out);
  }
  await pdf.destroy();
  return pages.join('\n\n').replace(/[ \t]+\n/g, '\n');
}
