// Broken input of every kind: nothing crashes, every problem names its file and line, and
// the good document beside it still builds. runPipeline is pure: no disk here.
import { describe, expect, test } from 'vitest';
import { runPipeline } from '../../scripts/pipeline/run-pipeline';
import { file, pipelineInput } from '../fixtures/ingest/pipeline-input';

const GOOD = 'Statement by Kenya\n\nMr. Chair,\n\nKenya supports capacity building.\n';

async function build(bad: ReturnType<typeof file>[], sources: string | null = null, overrides = {}) {
  const out = await runPipeline(pipelineInput([file('good.txt', GOOD), ...bad], sources, overrides));
  const good = out.dataset?.statements.filter((s) => s.document === 'good.txt') ?? [];
  return { out, good, messages: out.problems.map((p) => `${p.file}:${p.line}: ${p.message}`) };
}

function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const bytes: number[] = bom ? (bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    bytes.push(...(bigEndian ? [c >> 8, c & 255] : [c & 255, c >> 8]));
  }
  return new Uint8Array(bytes);
}

describe('runPipeline on bad input', () => {
  test('an empty file is reported and skipped', async () => {
    const { good, messages } = await build([file('empty.txt', '')]);
    expect(messages).toContain('empty.txt:0: empty file; skipped');
    expect(good).toHaveLength(1);
  });

  test('a binary file is reported and skipped', async () => {
    const { good, messages } = await build([file('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]))]);
    expect(messages).toContain('photo.txt:0: binary content, not text; skipped');
    expect(good).toHaveLength(1);
  });

  test('UTF-16 text, with or without a byte-order mark, is read, with a note', async () => {
    const { out, messages } = await build([file('le.txt', utf16(GOOD, false, true)), file('be.txt', utf16(GOOD, true, false))]);
    expect(messages).toEqual(expect.arrayContaining(['le.txt:0: read as UTF-16LE', 'be.txt:0: read as UTF-16BE (no byte-order mark)']));
    for (const id of ['le.txt', 'be.txt']) expect(out.dataset!.statements.find((s) => s.document === id)!.authors).toEqual(['KEN']);
  });

  test('Latin-1 text is read as Windows-1252, with a note', async () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode('Statement by C'), 0xf4, ...new TextEncoder().encode("te d'Ivoire\n\nMr. Chair,\n\nWe support it.\n")]);
    const { out, messages } = await build([file('latin1.txt', latin1)]);
    expect(messages).toContain('latin1.txt:0: not UTF-8; read as Windows-1252');
    expect(out.dataset!.documents.find((d) => d.id === 'latin1.txt')!.text).toContain("Côte d'Ivoire");
  });

  test('a document with no recognisable turns is reported, and still listed', async () => {
    const { out, messages } = await build([file('notes.txt', 'lunch at noon\n\n(nothing else)\n')]);
    expect(messages).toContain('notes.txt:1: document shape not recognised; read as "Name: text" turns');
    expect(out.dataset!.documents.map((d) => d.id)).toContain('notes.txt');
  });

  test('a broken sources.yaml entry is reported with its line; the others still count, and a bad detail costs only itself', async () => {
    const sources = '- file: good.txt\n  date: 2024-12-03\n- file: other.txt\n  kind: speech\n  date: 2024-07-11\n- title: no file\n- file: x.txt\n  date: 2022-02-30\n';
    const { out, messages } = await build([file('other.txt', GOOD), file('x.txt', GOOD)], sources);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^sources\.yaml:3: kind ignored \(.*\); the rest of the entry is kept$/),
        expect.stringMatching(/^sources\.yaml:6: entry ignored: file: /),
        'sources.yaml:7: date ignored (not a calendar date); the rest of the entry is kept',
      ]),
    );
    expect(out.dataset!.documents.find((d) => d.id === 'good.txt')!.date).toBe('2024-12-03');
    // The misspelt kind is dropped, and the date next to it still counts.
    expect(out.dataset!.documents.find((d) => d.id === 'other.txt')!.date).toBe('2024-07-11');
  });

  test('a YAML syntax error in sources.yaml is reported with its line; the documents still build', async () => {
    const { good, messages } = await build([], '- file: good.txt\n  title: [unclosed\n');
    expect(messages.some((m) => /^sources\.yaml:\d+: /.test(m))).toBe(true);
    expect(good).toHaveLength(1);
  });

  test('a sources.yaml entry for a missing file, or a second entry for one file, is reported', async () => {
    const { messages } = await build([], '- file: good.txt\n- file: good.txt\n- file: gone.txt\n');
    expect(messages).toEqual(expect.arrayContaining(['sources.yaml:2: second entry for "good.txt" (first on line 1); the first is used', 'sources.yaml:3: entry for "gone.txt", which is not in the input folder']));
  });

  test('a file over the size limit (50 MB) is reported by size and never read', async () => {
    const { good, messages } = await build([{ path: 'huge.txt', bytes: new Uint8Array(0), size: 50 * 1024 * 1024 }]);
    expect(messages).toContain('huge.txt:0: file is 50.0 MB, over the 20 MB limit; skipped');
    expect(good).toHaveLength(1);
  });

  test('a broken PDF is reported and skipped', async () => {
    const { good, messages } = await build([file('broken.pdf', '%PDF-1.7\n1 0 obj <<\ngarbage')]);
    expect(messages.find((m) => m.startsWith('broken.pdf:0: cannot read PDF'))).toBeDefined();
    expect(good).toHaveLength(1);
  });

  test('a broken .docx is reported and skipped', async () => {
    const { good, messages } = await build([file('broken.docx', new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3, 4, 5]))]);
    expect(messages.find((m) => m.startsWith('broken.docx:0: cannot read DOCX'))).toBeDefined();
    expect(good).toHaveLength(1);
  });

  test('an unknown file extension is reported and skipped', async () => {
    const { messages } = await build([file('notes.xlsx', 'a,b'), file('README', 'hello')]);
    expect(messages).toEqual(expect.arrayContaining(['notes.xlsx:0: unknown file type ".xlsx"; expected .txt, .md, .pdf or .docx; skipped', 'README:0: file without an extension; expected .txt, .md, .pdf or .docx; skipped']));
  });

  test('a PDF saved as .txt is read as PDF, with a note', async () => {
    const { messages } = await build([file('misnamed.txt', '%PDF-1.7\nbroken')]);
    expect(messages).toEqual(expect.arrayContaining(['misnamed.txt:0: named .txt but its content is PDF; read as PDF']));
  });

  test('a file the shell could not read is reported and skipped', async () => {
    const { messages } = await build([{ path: 'locked.txt', bytes: new Uint8Array(0), unreadable: 'EACCES' }]);
    expect(messages).toContain('locked.txt:0: cannot read file: EACCES; skipped');
  });

  test('a broken actors.yaml entry is reported with its line; the country library still resolves names', async () => {
    const actors = { file: 'data/actors.yaml', text: '- { code: CHAIR, name: Chair, kind: chair }\n- { code: bad code, name: X, kind: state }\n' };
    const { good, messages } = await build([], null, { actors });
    expect(messages).toContain('data/actors.yaml:2: entry ignored: invalid actor code "bad code"');
    expect(good[0]!.authors).toEqual(['KEN']);
  });

  test('a date in sources.yaml that contradicts the text is reported, the text’s date kept', async () => {
    const { out, messages } = await build([file('dated.txt', 'Statement by Kenya\nNew York, 1 April 2022\n\nMr. Chair,\n\nWe support it.\n')], '- file: dated.txt\n  date: 2022-04-02\n');
    expect(messages).toContain('sources.yaml:1: dated.txt: the text is dated 2022-04-01, sources.yaml says 2022-04-02; the text\u2019s date kept'.replace('\u2019', "'"));
    expect(out.dataset!.documents.find((d) => d.id === 'dated.txt')!.date).toBe('2022-04-01');
  });
});
