// How divided the room is on one issue in a window, and where its majority stands.
//
// Numeric policy: polarisation is the mean distance (1 - issue-level agreement) over all
// pairs of distinct positioned delegations, in [0, 1]; undefined below two delegations.
// The majority share is in (0, 1]; ties go to the first position in codebook order (then
// the lower score). n counts delegations positioned on the issue (carried positions too).
import type { Issue, StanceValue } from '../shared/dataset-schema';
import type { PositionId } from '../shared/ids';
import { categoryCounts, issueCategories, meanPairDistance } from './issue-categories';
import type { WindowPositions } from './window-positions';

export interface IssuePolarisation {
  readonly issue: Issue['id'];
  readonly polarisation: number | undefined;
  readonly n: number;
}

export interface MajorityPosition {
  readonly issue: Issue['id'];
  readonly position: PositionId;
  readonly value: StanceValue | null; // numeric issues: each value is its own position
  readonly key: string;
  readonly share: number; // of the n positioned delegations
  readonly n: number;
}

export function issuePolarisation(positions: WindowPositions, issue: Issue): IssuePolarisation {
  const held = positions.positions.filter((p) => p.issue === issue.id);
  const cats = issueCategories(issue, held);
  return { issue: issue.id, polarisation: meanPairDistance(cats, categoryCounts(cats, held)), n: held.length };
}

/** The most held position; undefined when nobody holds one. */
export function majorityPosition(positions: WindowPositions, issue: Issue): MajorityPosition | undefined {
  const held = positions.positions.filter((p) => p.issue === issue.id);
  if (held.length === 0) return undefined;
  const cats = issueCategories(issue, held);
  const counts = categoryCounts(cats, held);
  let best = 0;
  for (let c = 1; c < counts.length; c++) if (counts[c]! > counts[best]!) best = c;
  const top = cats.categories[best]!;
  return { issue: issue.id, position: top.position, value: top.value, key: top.key, share: counts[best]! / held.length, n: held.length };
}
