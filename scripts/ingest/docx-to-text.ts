// Word (.docx) -> text with mammoth; paragraphs become lines separated by blank lines.
// mammoth is loaded on the first Word file only (most builds read none; it costs start-up).

export async function docxToText(bytes: Uint8Array): Promise<string> {
  const { default: mammoth } = await import('mammoth');
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return value.replace(/\r\n?/g, '\n').replace(/\n{3,}/g, '\n\n');
}
