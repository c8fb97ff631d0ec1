// The points still open on one issue, drawn from the counts only:
// - nobody has a position (nothing else is said then);
// - fewer than FEW_DELEGATIONS delegations have one;
// - no position is held by more than half of them, or two positions tie for the most held;
// - positions resting on a single statement, carried forward from before the period with
//   no evidence in it, or resting only on joint statements (thin evidence, each said apart).
import type { ActorCode } from '../shared/ids';
import { compareNames, formatShare, joinNames, plural, shortList } from './brief-format';
import type { Holder, MajorityShare, OpenPoint, PositionSection } from './brief-types';

/** An issue on which fewer delegations than this have a position is "few spoke". */
export const FEW_DELEGATIONS = 5;
/** Lists of names in open points stop after this many, then "and N others". */
const MAX_NAMES = 8;

export function openPoints(n: number, majority: MajorityShare | undefined, positions: readonly PositionSection[]): OpenPoint[] {
  if (n === 0) return [{ kind: 'no-evidence', text: 'No delegation has a position on this issue in the period.', actors: [] }];
  const holders = positions.flatMap((p) => p.holders).sort((a, b) => compareNames(a.name, b.name));
  const points: OpenPoint[] = [];
  if (n < FEW_DELEGATIONS) {
    points.push({
      kind: 'few-delegations',
      text: `Only ${plural(n, 'delegation')} ${n === 1 ? 'has' : 'have'} a position on this issue: ${names(holders)}.`,
      actors: codes(holders),
    });
  }
  if (majority && !majority.absolute) {
    points.push({
      kind: 'no-majority',
      text: `No position is held by more than half of the ${n} delegations with a position; the most held, ${majority.label}, has ${majority.count} (${formatShare(majority.share)}).`,
      actors: [],
    });
  }
  if (majority?.tied) {
    const tied = positions.filter((p) => p.count === majority.count);
    points.push({
      kind: 'tie',
      text: `${joinNames(tied.map((p) => p.label))} are tied at ${plural(majority.count, 'delegation')} each.`,
      actors: codes(tied.flatMap((p) => p.holders)),
    });
  }
  const thin = holders.filter((h) => h.statements === 1);
  if (thin.length) {
    points.push({
      kind: 'thin-evidence',
      text: `${thin.length} of ${n} ${thin.length === 1 ? 'position rests' : 'positions rest'} on a single statement: ${names(thin)}.`,
      actors: codes(thin),
    });
  }
  const carried = holders.filter((h) => h.carried);
  if (carried.length) {
    points.push({
      kind: 'carried',
      text: `${carried.length === 1 ? 'One position is' : `${carried.length} positions are`} carried forward from before the period, with no evidence in it: ${names(carried)}.`,
      actors: codes(carried),
    });
  }
  const joint = holders.filter((h) => h.jointOnly);
  if (joint.length) {
    points.push({
      kind: 'joint-only',
      text: `${joint.length} of ${n} ${joint.length === 1 ? 'position rests' : 'positions rest'} only on joint statements: ${names(joint)}.`,
      actors: codes(joint),
    });
  }
  return points;
}

function names(holders: readonly Holder[]): string {
  return shortList(holders.map((h) => h.name), MAX_NAMES);
}

function codes(holders: readonly Holder[]): ActorCode[] {
  return [...new Set(holders.map((h) => h.code))];
}
