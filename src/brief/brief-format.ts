// How the brief writes numbers, dates, positions and lists of names. Pure and locale-free,
// so the app and the command line write the same characters.
import type { Issue, Session, StanceValue } from '../shared/dataset-schema';
import type { ClientDataset } from '../shared/client-dataset';
import type { SessionRef } from './brief-types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** When evidence was given: its date, or failing that its session ("5th substantive session, date unknown"). */
export function evidenceWhen(date: string | null, session: string | null): string {
  return date || !session ? formatDate(date) : `${session}, date unknown`;
}

/** "2024-12-06" -> "6 Dec 2024"; null -> "date unknown". Calendar dates, no time zone. */
export function formatDate(date: string | null): string {
  if (!date) return 'date unknown';
  const [y, m, d] = date.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

/** 0.5833 -> "58%". */
export function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** A measure in [0, 1] or a change: two decimals, a true minus sign for negatives. */
export function formatMeasure(x: number): string {
  const s = Math.abs(x).toFixed(2);
  return x < 0 && s !== '0.00' ? `−${s}` : s;
}

export function formatValue(value: StanceValue): string {
  return typeof value === 'number' ? String(value) : `${value[0]}–${value[1]}`;
}

/** The label of a position as the brief prints it: "Programme of Action", "A number: 3". */
export function positionLabel(issue: Issue, position: string, value: StanceValue | null): string {
  const label = issue.positions.find((p) => p.id === position)?.label ?? position;
  return value === null ? label : `${label}: ${formatValue(value)}`;
}

export function sessionRef(session: Session): SessionRef {
  return { number: session.number, id: session.id, label: session.label, process: session.process, start: session.start, end: session.end };
}

/** "9th substantive session (OEWG 2021-2025)". */
export function sessionText(ref: Pick<SessionRef, 'label' | 'process'>): string {
  return `${ref.label} (${ref.process})`;
}

/** The session with this number (the one ending last if the calendar repeats a number). */
export function sessionByNumber(dataset: Pick<ClientDataset, 'sessions'>, number: number): Session | undefined {
  let found: Session | undefined;
  for (const s of dataset.sessions) if (s.number === number && (!found || s.end > found.end)) found = s;
  return found;
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Up to `max` names, then "and N others" ("and 1 other"); `others` is the plural noun. */
export function shortList(names: readonly string[], max: number, others = 'others'): string {
  if (names.length <= max) return joinNames(names);
  const rest = names.length - max;
  return `${names.slice(0, max).join(', ')} and ${rest} ${rest === 1 ? others.replace(/s$/, '') : others}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Names sort the same everywhere: English collation, then code units. */
export function compareNames(a: string, b: string): number {
  return a.localeCompare(b, 'en', { sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0);
}
