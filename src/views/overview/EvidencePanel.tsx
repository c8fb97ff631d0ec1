// The proof behind one overview cell: every quote, speaker, document and date.
import type { HeldPosition } from '../../analysis/window-positions';
import { Evidence } from '../../components/Evidence';
import { formatDate, plural } from '../../components/format';
import { NotesPanel } from '../../components/NotesPanel';
import { CorrectionToggle } from '../../components/CorrectionToggle';
import type { DatasetIndex } from '../../shared/dataset-index';
import type { Actor, Issue } from '../../shared/dataset-schema';
import { positionShort } from './OverviewMatrix';

export function EvidencePanel({ index, actor, issue, cell, onClose }: { index: DatasetIndex; actor: Actor; issue: Issue; cell: HeldPosition; onClose: () => void }) {
  const statements = new Set<string>(cell.statements);
  const stances = (index.stancesOfActor.get(actor.code) ?? []).filter((s) => s.issue === issue.id && statements.has(s.statement));
  return (
    <aside className="evidence-panel" aria-label={`Evidence: ${actor.name} on ${issue.label}`} data-testid="evidence-panel">
      <button type="button" className="close" onClick={onClose} aria-label="Close the evidence">
        ×
      </button>
      <h2>
        {actor.name} on {issue.label}
      </h2>
      <p>
        <strong>{positionShort(issue, cell)}</strong> · {plural(cell.statements.length, 'statement')} · last evidence {formatDate(cell.date)}
        {cell.carried ? ' (carried forward from before the chosen period)' : ''}
        {cell.jointOnly ? ' · from joint statements only' : ''}
      </p>
      <p className="muted small">{issue.question}</p>
      {stances.map((s) => {
        const statement = index.statement.get(s.statement);
        return (
          <div key={s.id}>
            <Evidence stance={s} index={index} />
            {statement && <CorrectionToggle statement={statement} issues={index.dataset.issues} stance={s} label="Correct this stance" />}
          </div>
        );
      })}
      <NotesPanel target={{ kind: 'actor', id: actor.code }} label={actor.name} />
    </aside>
  );
}
