// The session calendar and the date formats of the record. Dates are calendar dates
// (YYYY-MM-DD) handled in UTC, so the time zone of the machine never shifts them.
import { parse } from 'yaml';

export interface CalendarSession {
  process: string;
  number: number; // 0 = organisational session
  label: string; // "2nd substantive session"
  start: string; // YYYY-MM-DD
  end: string;
  venue: string;
}

/** data/sessions.yaml -> sessions sorted by number. `file` names the source in errors. */
export function parseSessions(yamlText: string, file: string): CalendarSession[] {
  const raw: unknown = parse(yamlText);
  if (!Array.isArray(raw)) throw new Error(`${file}: expected a list of sessions`);
  return raw
    .map((entry: Record<string, unknown>, i): CalendarSession => {
      const date = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
      const s = { process: String(entry.process), number: Number(entry.number), label: String(entry.label), start: date(entry.start), end: date(entry.end), venue: String(entry.venue ?? 'New York') };
      if (!Number.isInteger(s.number) || !/^\d{4}-\d{2}-\d{2}$/.test(s.start) || !/^\d{4}-\d{2}-\d{2}$/.test(s.end)) {
        throw new Error(`${file}: session entry ${i + 1} is incomplete (number, start, end)`);
      }
      return s;
    })
    .sort((a, b) => a.number - b.number);
}

/** "OEWG 2021-2025, 2nd substantive session", as sources.yaml names a session. */
export function sessionName(s: CalendarSession): string {
  return `${s.process}, ${s.label}`;
}

const DAY_MS = 86_400_000;
function toMs(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

export function addDays(iso: string, days: number): string {
  return new Date(toMs(iso) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Days of the session, first included, last included. */
export function sessionDays(s: CalendarSession): number {
  return Math.round((toMs(s.end) - toMs(s.start)) / DAY_MS) + 1;
}

/** Meetings of a session: two a day (morning, afternoon). */
export function meetingsOf(s: CalendarSession): number {
  return sessionDays(s) * 2;
}

/** The date of meeting `m` (1-based) of session `s`. */
export function meetingDate(s: CalendarSession, m: number): string {
  return addDays(s.start, Math.min(sessionDays(s) - 1, Math.floor((m - 1) / 2)));
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "1 April 2022" */
export function longDate(iso: string): string {
  return `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

/** "6 Dec 2024" (DiploAI) */
export function shortDate(iso: string): string {
  return `${Number(iso.slice(8, 10))} ${(MONTHS[Number(iso.slice(5, 7)) - 1] as string).slice(0, 3)} ${iso.slice(0, 4)}`;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export function weekday(iso: string): string {
  return WEEKDAYS[new Date(toMs(iso)).getUTCDay()] as string;
}

const ORDINAL_WORDS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
/** 2 -> "second" (up to twelve). */
export function ordinalWord(n: number): string {
  return ORDINAL_WORDS[n] ?? `${n}th`;
}

/** 2 -> "2nd" */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${n % 10 > 3 ? 'th' : suffix}`;
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
export function numberWord(n: number): string {
  return NUMBER_WORDS[n] ?? String(n);
}
