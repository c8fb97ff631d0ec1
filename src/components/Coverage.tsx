import { memo, useMemo } from 'react';
// What a view's figures rest on: the window and the latest evidence in it.
import type { SessionWindow } from '../analysis/session-window';
import type { DatasetIndex } from '../shared/dataset-index';
import { formatDate } from './format';

export function coverageText(index: DatasetIndex, window: SessionWindow): string {
  const sessions = index.dataset.sessions;
  const last = sessions.filter((s) => s.number <= window.to).sort((a, b) => b.number - a.number)[0];
  const inWindow = new Set(sessions.filter((s) => s.number >= window.from && s.number <= window.to).map((s) => s.id));
  let latest: string | null = null;
  for (const st of index.dataset.statements) {
    if (st.date && st.session && inWindow.has(st.session) && (!latest || st.date > latest)) latest = st.date;
  }
  const first = sessions.find((s) => s.number === window.from);
  const range = window.from === window.to ? `the ${last?.label ?? `session ${window.to}`}` : `${first?.label ?? `session ${window.from}`} to ${last?.label ?? `session ${window.to}`}`;
  return `Positions as of ${range}; latest evidence ${latest ? formatDate(latest) : 'undated'}.`;
}

export const Coverage = memo(function Coverage({ index, window }: { index: DatasetIndex; window: SessionWindow }) {
  // One pass over every statement: memoised so filters that keep the window cost nothing.
  const text = useMemo(() => coverageText(index, window), [index, window.from, window.to]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <p className="coverage muted" data-testid="coverage">
      {text}
    </p>
  );
});
