// Who holds each position at the end of the window, with the latest quote as proof.
import { Link } from 'wouter';
import type { DatasetIndex } from '../../shared/dataset-index';
import type { Issue } from '../../shared/dataset-schema';
import { Evidence } from '../../components/Evidence';
import { PositionChip } from '../../components/PositionChip';
import { formatDate, plural } from '../../components/format';
import type { HolderEntry, HolderGroup } from './holders-model';

export function HoldersList({ index, issue, groups, sessionName }: { index: DatasetIndex; issue: Issue; groups: readonly HolderGroup[]; sessionName: (s: number) => string }) {
  if (groups.length === 0) {
    return <p className="empty">No delegation holds a position on this issue in these sessions.</p>;
  }
  const total = groups.reduce((s, g) => s + g.holders.length, 0);
  return (
    <div data-testid="issue-holders">
      <p className="muted">
        {plural(total, 'delegation')} positioned; each with the quote of its latest statement.
      </p>
      {groups.map((g) => (
        <section key={g.category.key} className="holder-group" data-position-key={g.category.key} aria-label={`${g.category.label}: ${plural(g.holders.length, 'delegation')}`}>
          <h3>
            <PositionChip issue={issue} position={g.category.position} value={g.category.value} />{' '}
            <span className="muted">{plural(g.holders.length, 'delegation')}</span>
          </h3>
          <ul className="holders">
            {g.entries.map((e) => (
              <HolderItem key={e.holders[0]!.held.actor} index={index} entry={e} sessionName={sessionName} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function range(values: number[], one: string): string {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return lo === hi ? plural(lo, one) : `${lo}–${hi} ${one}s`;
}

function HolderItem({ index, entry, sessionName }: { index: DatasetIndex; entry: HolderEntry; sessionName: (s: number) => string }) {
  const { holders, stance } = entry;
  const first = holders[0]!.held;
  const counts = holders.map((h) => h.held.statements.length);
  const inEntry = new Set<string>(holders.map((h) => h.held.actor));
  const partners = first.partners.filter((p) => !inEntry.has(p)).map((p) => index.actor.get(p)?.name ?? p);
  return (
    <li data-actors={holders.map((h) => h.held.actor).join(' ')}>
      <p className="meta">
        {holders.map((h, i) => (
          <span key={h.held.actor}>
            {i > 0 ? ', ' : ''}
            <Link href={`/delegation/${encodeURIComponent(h.held.actor)}`}>{h.name}</Link>
          </span>
        ))}
        {holders.length > 1 ? ' (jointly, in one statement)' : ''}
        {' · '}latest evidence {formatDate(first.date)}, {sessionName(first.session)}
        {' · '}
        {range(counts, 'statement')}
        {Math.max(...counts) === 1 ? ' (thin evidence)' : ''}
        {holders.some((h) => h.held.carried) ? ' · carried forward from before these sessions' : ''}
        {holders.every((h) => h.held.jointOnly) ? ` · only in joint statements${partners.length ? ` with ${partners.slice(0, 3).join(', ')}${partners.length > 3 ? ` and ${partners.length - 3} more` : ''}` : ''}` : ''}
      </p>
      {stance ? <Evidence stance={stance} index={index} /> : <p className="muted small">The quote behind this position is not in the loaded data.</p>}
    </li>
  );
}
