// The positions held on one issue, in codebook order, each with its on-screen label: the
// series of the stacked bars and the groups of "who holds what".
import { issueCategories } from '../../analysis/issue-categories';
import type { HeldPosition } from '../../analysis/window-positions';
import type { Issue, StanceValue } from '../../shared/dataset-schema';
import type { PositionId } from '../../shared/ids';
import { positionLabel } from '../../components/position-label';

export interface IssueCategory {
  readonly key: string; // positionKey: on the numeric issue each figure is its own category
  readonly position: PositionId;
  readonly value: StanceValue | null;
  readonly label: string;
}

export function categoryList(issue: Issue, held: Iterable<Pick<HeldPosition, 'key' | 'position' | 'value' | 'score'>>): IssueCategory[] {
  return issueCategories(issue, held).categories.map((c) => ({
    key: c.key,
    position: c.position,
    value: c.value,
    label: positionLabel(issue, c.position, c.value),
  }));
}
