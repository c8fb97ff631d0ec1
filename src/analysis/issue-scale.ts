// Where a position sits on its issue's scale, and how far two positions agree.
//
// Numeric policy: scores are doubles on the issue's own scale (ordinal: the codebook
// score, e.g. +1 / 0 / -1; numeric: a number of groups). Issue-level agreement is a
// double in [0, 1]: 1 - |score difference| / range, clamped at 0 so that a value outside
// the declared range never disagrees by more than "completely". The range is the issue's
// declared `range` for numeric issues, else max - min over its scored positions; a range
// of 0 or no range at all falls back to comparison by equality.
//
// The numeric issue (`thematic-group-count`) has off-scale positions, defined here:
// - a value [a, b] stands for its midpoint (a + b) / 2;
// - `none` scores 0 (no standing groups);
// - `limited` ("a limited number", no figure) scores near the low end of the declared
//   range: low + LIMITED_FRACTION * (high - low), i.e. 2 groups on a range [0, 8];
// - `flexible` has no score and agrees fully (1) with every position, itself included.
// Any other position without a score agrees 1 with the same position and 0 otherwise.
import type { Issue, StanceValue } from '../shared/dataset-schema';
import type { PositionId } from '../shared/ids';

/** Where `limited` sits between the low (0) and the high (1) end of the numeric range. */
export const LIMITED_FRACTION = 0.25;
/** The score of `none` on the numeric issue: zero groups. */
export const NONE_SCORE = 0;

/** What agreement needs to know about one delegation's position on one issue. */
export interface Stand {
  readonly position: PositionId;
  readonly value: StanceValue | null;
  readonly score: number | null;
}

/** A key that tells positions apart: the position id, or `value=3` / `value=[2,3]`. */
export function positionKey(position: PositionId, value: StanceValue | null): string {
  return value === null ? position : `${position}=${JSON.stringify(value)}`;
}

/** The score of a position on its issue; null for positions off the scale. */
export function scoreOf(issue: Issue, position: PositionId, value: StanceValue | null): number | null {
  const declared = issue.positions.find((p) => p.id === position);
  if (!declared) throw new Error(`issue "${issue.id}": unknown position "${position}"`);
  if (issue.scale !== 'numeric') return declared.score;
  if (value !== null) return typeof value === 'number' ? value : (value[0] + value[1]) / 2;
  if (position === 'none') return NONE_SCORE;
  if (position === 'limited' && issue.range) {
    return issue.range[0] + LIMITED_FRACTION * (issue.range[1] - issue.range[0]);
  }
  return declared.score;
}

/** True for the position that agrees with everything: `flexible` on a numeric issue. */
export function isWildcard(issue: Issue, position: PositionId): boolean {
  return issue.scale === 'numeric' && position === 'flexible';
}

/** The width scores are divided by; undefined when positions compare by equality only. */
export function scaleRange(issue: Issue): number | undefined {
  if (issue.scale === 'numeric' && issue.range) {
    const width = issue.range[1] - issue.range[0];
    return width > 0 ? width : undefined;
  }
  let low = Infinity;
  let high = -Infinity;
  for (const p of issue.positions) {
    if (p.score === null) continue;
    low = Math.min(low, p.score);
    high = Math.max(high, p.score);
  }
  return high > low ? high - low : undefined;
}

/** Issue-level agreement in [0, 1] between two positions on `issue` (symmetric). */
export type AgreementOn = (a: Stand, b: Stand) => number;

/** The agreement function of one issue, with its range computed once. */
export function agreementOn(issue: Issue): AgreementOn {
  const range = scaleRange(issue);
  return (a, b) => {
    if (isWildcard(issue, a.position) || isWildcard(issue, b.position)) return 1;
    if (range !== undefined && a.score !== null && b.score !== null) {
      return Math.max(0, 1 - Math.abs(a.score - b.score) / range);
    }
    return positionKey(a.position, a.value) === positionKey(b.position, b.value) ? 1 : 0;
  };
}
