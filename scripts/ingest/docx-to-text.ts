// Word (.docx) -> text with mammoth; paragraphs become lines separated by blank lines.
import mammoth from 'mammoth';

export async function docxToText(bytes: Uint8Array): Promise<string> {
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return value.replace(/\r\n?/g, '\n').replace(/\n{3,}/g, '\n\n');
}
