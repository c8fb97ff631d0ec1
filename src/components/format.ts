// Display formats shared by the views. Dates are calendar dates: shown as written, in UTC.
import type { DatasetIndex } from '../shared/dataset-index';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2024-12-06" -> "6 Dec 2024"; null -> "date unknown". */
export function formatDate(date: string | null): string {
  if (!date) return 'date unknown';
  const [y, m, d] = date.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

export function sessionLabel(index: DatasetIndex, session: string | null): string {
  if (!session) return 'session unknown';
  const s = index.session.get(session);
  return s ? `${s.label} (${s.process})` : session;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
