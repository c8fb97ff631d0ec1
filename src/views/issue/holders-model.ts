// Who holds each position on one issue at the end of the window, each with the stance
// behind their latest statement (the quote shown as proof).
import { positionKey } from '../../analysis/issue-scale';
import type { HeldPosition, WindowPositions } from '../../analysis/window-positions';
import type { DatasetIndex } from '../../shared/dataset-index';
import type { Issue, Stance } from '../../shared/dataset-schema';
import { categoryList, type IssueCategory } from './issue-categories-list';

export interface Holder {
  readonly held: HeldPosition;
  readonly name: string;
  readonly stance: Stance | undefined; // the latest stance behind the position
}

// Holders whose latest quote is the same stance (co-signatories of a joint statement) are
// shown once, together.
export interface HolderEntry {
  readonly holders: readonly Holder[]; // by name
  readonly stance: Stance | undefined;
}

export interface HolderGroup {
  readonly category: IssueCategory;
  readonly holders: readonly Holder[]; // by name
  readonly entries: readonly HolderEntry[]; // by the first holder's name
}

/** The stance of `held.actor` on its issue in the latest statement behind `held`. */
export function latestStance(index: DatasetIndex, held: HeldPosition): Stance | undefined {
  for (let i = held.statements.length - 1; i >= 0; i--) {
    const found = (index.stancesOfStatement.get(held.statements[i]!) ?? []).find(
      (st) => st.issue === held.issue && st.actors.includes(held.actor) && positionKey(st.position, st.value) === held.key,
    );
    if (found) return found;
  }
  return undefined;
}

export function holdersByPosition(index: DatasetIndex, positions: WindowPositions, issue: Issue): HolderGroup[] {
  const held = positions.positions.filter((p) => p.issue === issue.id);
  return categoryList(issue, held).map((category) => {
    const holders = held
      .filter((h) => h.key === category.key)
      .map((h) => ({ held: h, name: index.actor.get(h.actor)?.name ?? h.actor, stance: latestStance(index, h) }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en'));
    const entries: { holders: Holder[]; stance: Stance | undefined }[] = [];
    const byStance = new Map<string, { holders: Holder[]; stance: Stance | undefined }>();
    for (const h of holders) {
      const shared = h.stance ? byStance.get(h.stance.id) : undefined;
      if (shared) shared.holders.push(h);
      else {
        const entry = { holders: [h], stance: h.stance };
        entries.push(entry);
        if (h.stance) byStance.set(h.stance.id, entry);
      }
    }
    return { category, holders, entries };
  });
}
