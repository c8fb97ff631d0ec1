// The convergence view's state, as it lives in the URL:
//   ?at=9                 the session the matrix and the map show (positions as held at its end)
//   &order=step           re-cluster at every step (default: the bloc order of the last session)
//   &before=S5-S5&after=S11-S11   the two windows compared for converging / diverging pairs
//   &thin=1               list pairs with fewer than 3 shared issues among the trends too
//   &mark=DEU,IRN         delegations labelled on the map
//   &region=WEOG&eu=1&group=NAM&q=ger&min=3   the delegation filter (delegation-filter.ts)
import { parseWindowLabel, sessionWindow, windowLabel, type SessionWindow } from '../../analysis/session-window';
import { parseDelegationFilter, type DelegationFilter } from './delegation-filter';

export type MatrixOrder = 'final' | 'step';

export interface ConvergenceState {
  readonly first: number; // first session of the calendar
  readonly last: number;
  readonly at: number; // a session of the calendar
  readonly order: MatrixOrder;
  readonly before: SessionWindow;
  readonly after: SessionWindow;
  readonly thin: boolean;
  readonly mark: readonly string[];
  readonly filter: DelegationFilter;
}

/** `sessions`: the calendar's session numbers, ascending, at least one. */
export function parseConvergenceState(params: URLSearchParams, sessions: readonly number[]): ConvergenceState {
  const first = sessions[0]!;
  const last = sessions[sessions.length - 1]!;
  const atParam = params.get('at');
  const at = atParam !== null && /^\d+$/.test(atParam) ? nearestSession(Number(atParam), sessions) : last;
  const middle = sessions[Math.floor((sessions.length - 1) / 2)]!;
  return {
    first,
    last,
    at,
    order: params.get('order') === 'step' ? 'step' : 'final',
    before: windowParam(params.get('before'), first, last) ?? sessionWindow(middle, middle),
    after: windowParam(params.get('after'), first, last) ?? sessionWindow(last, last),
    thin: params.get('thin') === '1',
    mark: (params.get('mark') ?? '').split(',').map((s) => s.trim().toUpperCase()).filter(Boolean),
    filter: parseDelegationFilter(params),
  };
}

/** "S5-S5", or a bare session number "5"; out of the calendar or malformed: null. */
function windowParam(value: string | null, first: number, last: number): SessionWindow | null {
  if (value === null) return null;
  try {
    const w = /^\d+$/.test(value) ? sessionWindow(Number(value), Number(value)) : parseWindowLabel(value);
    return w.from >= first && w.to <= last ? w : null;
  } catch {
    return null;
  }
}

function nearestSession(value: number, sessions: readonly number[]): number {
  let best = sessions[0]!;
  for (const s of sessions) if (Math.abs(s - value) < Math.abs(best - value)) best = s;
  return best;
}

/** The URL value of a single-session window. */
export function sessionParam(session: number): string {
  return windowLabel(sessionWindow(session, session));
}
