import { memo, useMemo } from 'react';
// What a view's figures rest on: the window and the latest evidence in it.
import type { SessionWindow } from '../analysis/session-window';
import type { DatasetIndex } from '../shared/dataset-index';
import { formatDate } from './format';

export function coverageText(index: DatasetIndex, window: SessionWindow): string {
  const sessions = index.dataset.sessions;
  const last = sessions.filter((s) => s.number <= window.to).sort((a, b) => b.number - a.number)[0];
  let latest: string | null = null;
  for (const s of sessions) {
    if (s.number < window.from || s.number > window.to) continue;
    const date = index.latestDateOfSession.get(s.id);
    if (date && (!latest || date > latest)) latest = date;
  }
  const first = sessions.find((s) => s.number === window.from);
  const range = window.from === window.to ? `the ${last?.label ?? `session ${window.to}`}` : `${first?.label ?? `session ${window.from}`} to ${last?.label ?? `session ${window.to}`}`;
  return `Positions as of ${range}; latest evidence ${latest ? formatDate(latest) : 'undated'}.`;
}

export const Coverage = memo(function Coverage({ index, window }: { index: DatasetIndex; window: SessionWindow }) {
  const text = useMemo(() => coverageText(index, window), [index, window.from, window.to]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <p className="coverage muted" data-testid="coverage">
      {text}
    </p>
  );
});
