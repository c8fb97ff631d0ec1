// A delegation's record: its position history per issue and its nearest and farthest
// delegations by chance-corrected agreement. Pure.
import type { AgreementMatrix } from '../../analysis/agreement-matrix';
import type { PairAgreement } from '../../analysis/pair-kernel';
import type { Observation } from '../../analysis/observations';

export interface PositionStep {
  position: string;
  value: Observation['value'];
  session: number | null;
  date: string | null;
  statements: string[];
}

/** Consecutive evidence on one issue grouped into runs of the same position, oldest first. */
export function positionHistory(observations: readonly Observation[], actor: string, issue: string): PositionStep[] {
  const mine = observations
    .filter((o) => o.actor === actor && o.issue === issue)
    .slice()
    .sort((a, b) => (a.placedSession ?? -1) - (b.placedSession ?? -1) || (a.date ?? '').localeCompare(b.date ?? ''));
  const steps: PositionStep[] = [];
  for (const o of mine) {
    const last = steps[steps.length - 1];
    if (last && last.position === o.position && JSON.stringify(last.value) === JSON.stringify(o.value)) {
      if (!last.statements.includes(o.statement)) last.statements.push(o.statement);
      last.date = o.date ?? last.date;
      last.session = o.placedSession ?? last.session;
    } else {
      steps.push({ position: o.position, value: o.value, session: o.placedSession, date: o.date, statements: [o.statement] });
    }
  }
  return steps;
}

export interface Neighbour {
  other: string;
  pair: PairAgreement;
}

/** Pairs with enough shared issues, ordered by chance-corrected agreement (ties: more n, then code). */
export function neighbours(matrix: AgreementMatrix, actor: string): { closest: Neighbour[]; farthest: Neighbour[]; insufficient: number } {
  const mine: Neighbour[] = [];
  let insufficient = 0;
  for (const pair of matrix.pairs) {
    if (pair.a !== actor && pair.b !== actor) continue;
    if (pair.insufficient || pair.chanceCorrected === undefined) {
      if (pair.shared > 0) insufficient++;
      continue;
    }
    mine.push({ other: pair.a === actor ? pair.b : pair.a, pair });
  }
  const order = (x: Neighbour, y: Neighbour) => y.pair.chanceCorrected! - x.pair.chanceCorrected! || y.pair.shared - x.pair.shared || x.other.localeCompare(y.other);
  const sorted = mine.sort(order);
  return { closest: sorted.slice(0, 5), farthest: sorted.slice(-5).reverse(), insufficient };
}
