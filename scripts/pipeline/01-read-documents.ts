// Step 1: input files -> documents as text, with their sources.yaml entry.
// PDF and Word are converted to text first; anything unreadable becomes a problem and is skipped.
import { createHash } from 'node:crypto';
import { documentIdFromPath } from '../../src/shared/ids';
import { decodeText } from '../ingest/decode-text';
import { pdfToText } from '../ingest/pdf-to-text';
import { docxToText } from '../ingest/docx-to-text';
import type { InputFile, Problem, ReadDocument, SourceEntry } from './types';

/** Files larger than this are refused: the whole record of a process is about 20 MB. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

const FORMATS = { txt: 'txt', text: 'txt', md: 'md', markdown: 'md', pdf: 'pdf', docx: 'docx' } as const;

export function formatOf(path: string): ReadDocument['format'] | null {
  const ext = path.toLowerCase().split('.').pop() ?? '';
  return (FORMATS as Record<string, ReadDocument['format']>)[ext] ?? null;
}

/** The format the bytes themselves announce: PDF and Word (a zip) by their magic numbers;
 *  null when they announce nothing (plain text is then told by the extension). */
function sniffFormat(bytes: Uint8Array): ReadDocument['format'] | null {
  const magic = String.fromCharCode(...bytes.subarray(0, 5));
  if (magic === '%PDF-') return 'pdf';
  if (magic.startsWith('PK\u0003\u0004')) return 'docx';
  return null;
}

export async function readDocuments(
  files: InputFile[],
  sources: SourceEntry[],
): Promise<{ documents: ReadDocument[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  const documents: ReadDocument[] = [];
  const byFile = new Map([...sources].reverse().map((s) => [s.file, s]));
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const seenIds = new Set<string>();
  for (const file of sorted) {
    if (file.unreadable) {
      problems.push({ file: file.path, line: 0, message: `cannot read file: ${file.unreadable}; skipped` });
      continue;
    }
    const size = file.size ?? file.bytes.length;
    if (size > MAX_FILE_BYTES) {
      problems.push({ file: file.path, line: 0, message: `file is ${(size / 1048576).toFixed(1)} MB, over the ${MAX_FILE_BYTES / 1048576} MB limit; skipped` });
      continue;
    }
    const named = formatOf(file.path);
    const sniffed = sniffFormat(file.bytes);
    if (!named && !sniffed) {
      const ext = /\.([^./]+)$/.exec(file.path)?.[1];
      problems.push({ file: file.path, line: 0, message: `${ext ? `unknown file type ".${ext}"` : 'file without an extension'}; expected .txt, .md, .pdf or .docx; skipped` });
      continue;
    }
    // Content wins over a wrong extension: a PDF saved as .txt is still read as PDF.
    const format = sniffed && sniffed !== named && !(sniffed === 'txt' && named === 'md') ? sniffed : (named ?? sniffed!);
    if (named && format !== named) problems.push({ file: file.path, line: 0, message: `named .${file.path.split('.').pop()} but its content is ${format.toUpperCase()}; read as ${format.toUpperCase()}` });
    let text: string;
    try {
      if (format === 'pdf') text = await pdfToText(file.bytes);
      else if (format === 'docx') text = await docxToText(file.bytes);
      else {
        const decoded = decodeText(file.bytes);
        if (!decoded.ok) {
          problems.push({ file: file.path, line: 0, message: `${decoded.reason}; skipped` });
          continue;
        }
        if (decoded.note) problems.push({ file: file.path, line: 0, message: decoded.note });
        text = decoded.text;
      }
    } catch (e) {
      problems.push({ file: file.path, line: 0, message: `cannot read ${format.toUpperCase()}: ${(e as Error).message}; skipped` });
      continue;
    }
    if (format === 'pdf' || format === 'docx') text = text.replace(/\u0000/g, '');
    if (text.trim() === '') {
      problems.push({ file: file.path, line: 0, message: 'no text in document; skipped' });
      continue;
    }
    const id = documentIdFromPath(file.path);
    if (seenIds.has(id)) {
      problems.push({ file: file.path, line: 0, message: `another file maps to document id "${id}"; skipped` });
      continue;
    }
    seenIds.add(id);
    const sha256 = createHash('sha256').update(file.bytes).digest('hex');
    documents.push({ id, file: file.path, format, text, sha256, source: byFile.get(file.path) ?? null });
  }
  const listed = new Map<string, number>();
  for (const s of sources) {
    const earlier = listed.get(s.file);
    if (earlier !== undefined) problems.push({ file: s.origin ?? 'sources.yaml', line: s.line, message: `second entry for "${s.file}" (first on line ${earlier}); the first is used` });
    else listed.set(s.file, s.line);
    if (!files.some((f) => f.path === s.file)) {
      problems.push({ file: s.origin ?? 'sources.yaml', line: s.line, message: `entry for "${s.file}", which is not in the input folder` });
    }
  }
  return { documents, problems };
}
