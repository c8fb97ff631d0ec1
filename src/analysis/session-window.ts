// A window is an inclusive range of session numbers: 0 is the organisational session,
// 1..11 the substantive ones. A position "in" a window is the one held at its end
// (see window-positions.ts), so [1, 3] and [3, 3] give the same positions; `from` only
// decides which of them count as carried forward from before the window.

export interface SessionWindow {
  readonly from: number; // first session number, inclusive
  readonly to: number; // last session number, inclusive; from <= to
}

/** The one constructor: both ends are non-negative integers and from <= to. */
export function sessionWindow(from: number, to: number): SessionWindow {
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to < from) {
    throw new Error(`invalid session window [${from}, ${to}]: expected integers 0 <= from <= to`);
  }
  return { from, to };
}

/** "S<from>-S<to>", e.g. "S1-S3"; a single session is "S5-S5". Used in agreement.csv. */
export function windowLabel(window: SessionWindow): string {
  return `S${window.from}-S${window.to}`;
}

/** The inverse of windowLabel. */
export function parseWindowLabel(label: string): SessionWindow {
  const match = /^S(\d+)-S(\d+)$/.exec(label);
  if (!match) throw new Error(`invalid window label "${label}": expected "S<from>-S<to>"`);
  return sessionWindow(Number(match[1]), Number(match[2]));
}

/** One window per session, [s, s] for s in from..to: the usual x axis of a trend. */
export function sessionWindows(from: number, to: number): SessionWindow[] {
  const windows: SessionWindow[] = [];
  for (let s = from; s <= to; s++) windows.push(sessionWindow(s, s));
  return windows;
}
