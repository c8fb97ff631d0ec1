// The session range of a view as it lives in the URL (?from=&to=): session numbers of the
// calendar, inclusive. Missing or unknown values fall back to the full calendar; a range
// given backwards is turned round.
import { sessionWindow, type SessionWindow } from '../analysis/session-window';

export function parseSessionRange(params: URLSearchParams, numbers: readonly number[]): SessionWindow {
  if (numbers.length === 0) return sessionWindow(0, 0);
  const read = (key: string, fallback: number) => {
    const raw = params.get(key);
    const n = raw !== null && /^\d+$/.test(raw) ? Number(raw) : NaN;
    return numbers.includes(n) ? n : fallback;
  };
  const from = read('from', numbers[0]!);
  const to = read('to', numbers[numbers.length - 1]!);
  return sessionWindow(Math.min(from, to), Math.max(from, to));
}
