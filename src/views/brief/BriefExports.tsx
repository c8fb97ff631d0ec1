// Exports of the brief on screen: Markdown, Word (the docx package loads only now, through
// import()) and the browser's print dialog, which brief-print.css turns into a clean PDF.
// Every export writes the very Brief object shown, so it matches what was chosen.
import { useState } from 'react';
import { briefFileName } from '../../brief/brief-file-name';
import type { Brief } from '../../brief/brief-types';
import { toMarkdown } from '../../brief/to-markdown';
import { downloadBlob, downloadText } from '../../components/download';

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'error'; message: string };

export function BriefExports({ brief }: { brief: Brief }) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const word = async () => {
    setStatus({ kind: 'busy' });
    try {
      const { toDocx, DOCX_MIME } = await import('../../brief/to-docx');
      const bytes = await toDocx(brief);
      downloadBlob(briefFileName(brief, 'docx'), new Blob([bytes as BlobPart], { type: DOCX_MIME }));
      setStatus({ kind: 'idle' });
    } catch (e) {
      setStatus({ kind: 'error', message: (e as Error).message });
    }
  };
  return (
    <div className="toolbar brief-exports" role="group" aria-label="Export the brief">
      <button type="button" data-testid="brief-download-md" onClick={() => downloadText(briefFileName(brief, 'md'), toMarkdown(brief), 'text/markdown;charset=utf-8')}>
        Download Markdown
      </button>
      <button type="button" data-testid="brief-download-docx" onClick={word} disabled={status.kind === 'busy'}>
        {status.kind === 'busy' ? 'Preparing the Word file…' : 'Download Word (.docx)'}
      </button>
      <button type="button" data-testid="brief-print" onClick={() => window.print()}>
        Print / Save as PDF
      </button>
      <span className="muted small" data-testid="brief-file-name">
        File name: {briefFileName(brief, 'md').replace(/\.md$/, '')} (.md, .docx)
      </span>
      {status.kind === 'error' && (
        <p role="alert" className="banner banner-error">
          The Word file could not be made: {status.message}
        </p>
      )}
    </div>
  );
}
