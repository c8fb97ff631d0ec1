// The distinct positions held on one issue (categories), how many hold each, and the
// agreement between every two of them, computed once so that pair measures only look
// numbers up.
//
// Numeric policy: counts are integers; the table holds agreements in [0, 1] (see
// issue-scale.ts), row-major, size x size, symmetric with 1 on the diagonal.
import type { Issue, StanceValue } from '../shared/dataset-schema';
import type { PositionId } from '../shared/ids';
import { agreementOn } from './issue-scale';
import type { HeldPosition } from './window-positions';

export interface Category {
  readonly key: string;
  readonly position: PositionId;
  readonly value: StanceValue | null;
  readonly score: number | null;
}

export interface IssueCategories {
  readonly issue: Issue;
  readonly categories: readonly Category[]; // codebook position order, then score, then key
  readonly index: ReadonlyMap<string, number>; // key -> category index
  readonly table: Float64Array; // agreement, categories.length squared
}

/** Categories of the positions in `held` (all on `issue`); duplicates collapse. */
export function issueCategories(issue: Issue, held: Iterable<Pick<HeldPosition, 'key' | 'position' | 'value' | 'score'>>): IssueCategories {
  const byKey = new Map<string, Category>();
  for (const h of held) {
    if (!byKey.has(h.key)) byKey.set(h.key, { key: h.key, position: h.position, value: h.value, score: h.score });
  }
  const order = new Map(issue.positions.map((p, i) => [p.id as string, i]));
  const categories = [...byKey.values()].sort(
    (a, b) =>
      (order.get(a.position) ?? Infinity) - (order.get(b.position) ?? Infinity) ||
      (a.score ?? 0) - (b.score ?? 0) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  const agree = agreementOn(issue);
  const size = categories.length;
  const table = new Float64Array(size * size);
  for (let i = 0; i < size; i++) {
    for (let j = 0; j < size; j++) table[i * size + j] = i === j ? 1 : agree(categories[i]!, categories[j]!);
  }
  return { issue, categories, index: new Map(categories.map((c, i) => [c.key, i])), table };
}

/** How many of `held` fall in each category (held must be on the same issue). */
export function categoryCounts(cats: IssueCategories, held: Iterable<Pick<HeldPosition, 'key'>>): Int32Array {
  const counts = new Int32Array(cats.categories.length);
  for (const h of held) counts[cats.index.get(h.key)!]!++;
  return counts;
}

/**
 * Mean distance (1 - agreement) over all pairs of distinct members, from category counts;
 * undefined below two members. Members in one category are at distance 0 from each other.
 */
export function meanPairDistance(cats: IssueCategories, counts: ArrayLike<number>): number | undefined {
  const size = cats.categories.length;
  let n = 0;
  let sum = 0;
  for (let i = 0; i < size; i++) {
    const ni = counts[i]!;
    n += ni;
    if (ni === 0) continue;
    for (let j = 0; j < size; j++) sum += ni * counts[j]! * (1 - cats.table[i * size + j]!);
  }
  return n < 2 ? undefined : sum / (n * (n - 1));
}

/** Agreement expected by chance: sum over i, j of p_i p_j agree(i, j); undefined when empty. */
export function chanceAgreement(cats: IssueCategories, counts: ArrayLike<number>): number | undefined {
  const size = cats.categories.length;
  let n = 0;
  for (let i = 0; i < size; i++) n += counts[i]!;
  if (n === 0) return undefined;
  let e = 0;
  for (let i = 0; i < size; i++) {
    for (let j = 0; j < size; j++) e += (counts[i]! / n) * (counts[j]! / n) * cats.table[i * size + j]!;
  }
  return Math.min(1, e);
}
