// A button that opens the correction form in place.
import { useState } from 'react';
import type { Issue, Stance } from '../shared/dataset-schema';
import type { StatementMeta } from '../shared/client-dataset';
import { CorrectionForm } from './CorrectionForm';

export function CorrectionToggle({ statement, issues, stance, label }: { statement: StatementMeta; issues: Issue[]; stance?: Stance; label: string }) {
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  return (
    <div className="correction-toggle">
      <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {label}
      </button>
      {saved && !open && (
        <span role="status" className="small">
          {' '}
          Correction saved (see Your notes).
        </span>
      )}
      {open && (
        <CorrectionForm
          statement={statement}
          issues={issues}
          stance={stance}
          onDone={() => {
            setOpen(false);
            setSaved(true);
          }}
        />
      )}
    </div>
  );
}
