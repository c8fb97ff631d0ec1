// One issue of the brief: the level of convergence, its trend, who holds which position
// with key quotes, the bridging positions and the points still open.
//
// Positions are listed by number of holders (descending), ties in codebook order (the order
// of issueCategories), so the majority position (majorityPosition: ties go to codebook
// order) always comes first. Holders are listed by name.
import { issueCategories } from '../analysis/issue-categories';
import { issuePolarisation, majorityPosition } from '../analysis/issue-polarisation';
import type { Observation } from '../analysis/observations';
import type { SessionWindow } from '../analysis/session-window';
import type { HeldPosition, WindowPositions } from '../analysis/window-positions';
import type { DatasetIndex } from '../shared/dataset-index';
import type { Issue } from '../shared/dataset-schema';
import { compareNames, positionLabel, sessionByNumber } from './brief-format';
import type { BridgingBasis, Holder, IssueSection, MajorityShare, PositionSection } from './brief-types';
import { bridgingEntries } from './bridging-basis';
import { issueSummary } from './brief-wording';
import { issueTrend, type PositionsAt } from './issue-trend';
import { keyQuotes, nameOf } from './key-quotes';
import { openPoints } from './open-points';

export interface SectionContext {
  readonly index: DatasetIndex;
  readonly observations: readonly Observation[]; // already restricted to the chosen delegations
  readonly window: SessionWindow;
  readonly positions: WindowPositions; // positionsInWindow(observations, window)
  readonly positionsAt: PositionsAt;
  readonly basis: BridgingBasis;
  readonly quotesPerPosition: number;
}

export function issueSection(ctx: SectionContext, issue: Issue): IssueSection {
  const held = ctx.positions.positions.filter((p) => p.issue === issue.id);
  const n = held.length;
  const top = majorityPosition(ctx.positions, issue);
  const positions = positionSections(ctx, issue, held, top?.key);
  const majority: MajorityShare | undefined = top && {
    key: top.key,
    label: positionLabel(issue, top.position, top.value),
    count: positions[0]!.count,
    n,
    share: top.share,
    absolute: top.share > 0.5,
    tied: positions.filter((p) => p.count === positions[0]!.count).length > 1,
  };
  const trend = issueTrend(ctx.index.dataset, ctx.observations, issue, ctx.window, ctx.positionsAt);
  const { entries: bridging, note: bridgingNote } = bridgingEntries(ctx.positions, issue, ctx.basis, top?.key);
  const polarisation = issuePolarisation(ctx.positions, issue).polarisation;
  return {
    id: issue.id,
    label: issue.label,
    question: issue.question,
    n,
    polarisation,
    majority,
    trend,
    positions,
    bridging,
    bridgingNote,
    open: openPoints(n, majority, positions),
    summary: issueSummary({ n, majority, trend, bridging, groups: ctx.basis.kind === 'blocs' ? 'blocs' : 'regional groups' }),
  };
}

function positionSections(ctx: SectionContext, issue: Issue, held: readonly HeldPosition[], majorityKey: string | undefined): PositionSection[] {
  const cats = issueCategories(issue, held);
  const sections = cats.categories.map((c, order) => {
    const mine = held.filter((h) => h.key === c.key);
    const holders: Holder[] = mine
      .map((h) => ({
        code: h.actor,
        name: nameOf(ctx.index, h.actor),
        date: h.date,
        session: h.session,
        sessionLabel: sessionByNumber(ctx.index.dataset, h.session)?.label ?? null,
        statements: h.statements.length,
        carried: h.carried,
        jointOnly: h.jointOnly,
      }))
      .sort((a, b) => compareNames(a.name, b.name));
    const section: PositionSection = {
      key: c.key,
      position: c.position,
      value: c.value,
      label: positionLabel(issue, c.position, c.value),
      description: issue.positions.find((p) => p.id === c.position)?.description ?? '',
      count: mine.length,
      share: held.length ? mine.length / held.length : 0,
      majority: c.key === majorityKey,
      holders,
      quotes: keyQuotes(ctx.index, issue, mine, ctx.quotesPerPosition),
    };
    return { section, order };
  });
  sections.sort((a, b) => b.section.count - a.section.count || a.order - b.order);
  return sections.map((s) => s.section);
}
