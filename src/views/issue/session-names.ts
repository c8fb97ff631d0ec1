// Session numbers as people read them: "9th substantive session" in text, "S9" on an axis.
import type { DatasetIndex } from '../../shared/dataset-index';

export function sessionNamer(index: DatasetIndex): (n: number) => string {
  const labels = new Map<number, string>();
  for (const s of index.dataset.sessions) if (!labels.has(s.number)) labels.set(s.number, s.label);
  return (n) => labels.get(n) ?? `session ${n}`;
}

export function shortSessionName(n: number): string {
  return n === 0 ? 'Org.' : `S${n}`;
}
