// The 14 codebook issues as the generator models them: each has a latent axis from -1 to
// +1 along which its positions are laid out, the session from which it is on the table,
// and, per bloc, where the bloc stands at the first and at the last session.
//
// Convergence built in: the `middle` bloc moves towards the `west` on the mechanism,
// stakeholders, group structure and meeting format; the `west` moves towards the `middle`
// on UN coordination of capacity building and the threat repository; the `arab` bloc
// moves half way. Between the first and last sessions positions move along a smoothstep.
import type { Bloc } from './roster';

export type IssueId =
  | 'legally-binding-instrument' | 'mechanism-format' | 'stakeholder-participation' | 'stakeholder-veto'
  | 'thematic-group-count' | 'thematic-group-structure' | 'international-law-group' | 'capacity-building-group'
  | 'decision-making' | 'norms-development' | 'meeting-format' | 'meeting-venue' | 'threat-repository'
  | 'capacity-building-coordination';

export interface IssueModel {
  id: IssueId;
  /** Positions from the -1 end of the latent axis to the +1 end. For thematic-group-count a
   *  digit or "2-3" stands for the `value` position with that number or range. */
  axis: readonly string[];
  /** First session (0 = organisational) at which delegations take positions on it. */
  from: number;
  /** Latent location of each bloc at the first and at the last session, in [-1, 1]. */
  blocs: Record<Bloc, readonly [number, number]>;
}

export const ISSUES: readonly IssueModel[] = [
  { id: 'legally-binding-instrument', axis: ['support', 'open', 'oppose'], from: 0, blocs: { west: [0.8, 0.8], sov: [-0.9, -0.9], arab: [-0.45, -0.3], middle: [-0.1, 0.1] } },
  { id: 'mechanism-format', axis: ['oewg', 'open', 'poa'], from: 1, blocs: { west: [0.8, 0.9], sov: [-0.9, -0.9], arab: [-0.5, 0.0], middle: [-0.25, 0.6] } },
  { id: 'stakeholder-participation', axis: ['limit', 'expand'], from: 0, blocs: { west: [0.75, 0.8], sov: [-0.8, -0.8], arab: [-0.5, -0.2], middle: [-0.35, 0.55] } },
  { id: 'stakeholder-veto', axis: ['support', 'oppose'], from: 0, blocs: { west: [0.7, 0.75], sov: [-0.9, -0.9], arab: [-0.6, -0.45], middle: [-0.25, 0.3] } },
  { id: 'thematic-group-count', axis: ['none', 'limited', '2', '2-3', '3', '4', '5'], from: 7, blocs: { west: [0.45, 0.3], sov: [-0.6, -0.45], arab: [-0.45, -0.15], middle: [-0.25, 0.25] } },
  { id: 'thematic-group-structure', axis: ['pillar-based', 'cross-cutting'], from: 7, blocs: { west: [0.7, 0.75], sov: [-0.75, -0.7], arab: [-0.5, -0.2], middle: [-0.4, 0.45] } },
  { id: 'international-law-group', axis: ['dedicated', 'integrated'], from: 7, blocs: { west: [0.4, 0.45], sov: [-0.6, -0.6], arab: [-0.55, -0.5], middle: [-0.45, -0.35] } },
  { id: 'capacity-building-group', axis: ['dedicated', 'cross-cutting'], from: 7, blocs: { west: [0.65, 0.65], sov: [-0.3, -0.3], arab: [-0.5, -0.4], middle: [-0.6, -0.25] } },
  { id: 'decision-making', axis: ['flexible', 'consensus'], from: 0, blocs: { west: [0.15, 0.35], sov: [0.9, 0.9], arab: [0.75, 0.8], middle: [0.45, 0.5] } },
  { id: 'norms-development', axis: ['develop-new', 'implement-existing'], from: 0, blocs: { west: [0.8, 0.8], sov: [-0.9, -0.9], arab: [-0.45, -0.3], middle: [-0.2, 0.2] } },
  { id: 'meeting-format', axis: ['in-person', 'hybrid'], from: 0, blocs: { west: [0.6, 0.6], sov: [-0.7, -0.7], arab: [-0.35, -0.1], middle: [-0.15, 0.5] } },
  { id: 'meeting-venue', axis: ['new-york', 'rotate'], from: 7, blocs: { west: [0.05, 0.15], sov: [-0.55, -0.5], arab: [-0.25, -0.2], middle: [0.2, 0.35] } },
  { id: 'threat-repository', axis: ['oppose', 'support'], from: 4, blocs: { west: [-0.1, 0.5], sov: [-0.9, -0.9], arab: [0.25, 0.35], middle: [0.55, 0.6] } },
  { id: 'capacity-building-coordination', axis: ['oppose', 'support'], from: 3, blocs: { west: [-0.5, 0.45], sov: [0.8, 0.8], arab: [0.55, 0.6], middle: [0.7, 0.7] } },
];

const byId = new Map(ISSUES.map((i) => [i.id, i]));
export function issueModel(id: IssueId): IssueModel {
  const m = byId.get(id);
  if (!m) throw new Error(`issues: unknown issue "${id}"`);
  return m;
}

/** An agenda item of the OEWG's programme of work. */
export type Topic =
  | 'organisational' | 'general' | 'threats' | 'norms' | 'international-law' | 'cbms' | 'capacity-building'
  | 'rid' | 'report';

export interface TopicModel {
  id: Topic;
  /** As the programme of work and statement headers name it. */
  label: string;
  agendaItem: string;
  /** How likely each issue is to come up under this item (relative weights). */
  issues: Partial<Record<IssueId, number>>;
  /** Stance sentences per intervention: a range. */
  stances: readonly [number, number];
}

export const TOPICS: readonly TopicModel[] = [
  { id: 'organisational', label: 'Organizational matters', agendaItem: '2', stances: [0, 2], issues: { 'stakeholder-participation': 3, 'stakeholder-veto': 3, 'decision-making': 2, 'meeting-format': 2 } },
  { id: 'general', label: 'General exchange of views', agendaItem: '5', stances: [1, 3], issues: { 'legally-binding-instrument': 2, 'mechanism-format': 2, 'norms-development': 2, 'stakeholder-participation': 1, 'threat-repository': 1, 'capacity-building-coordination': 1 } },
  { id: 'threats', label: 'Existing and potential threats', agendaItem: '5', stances: [0, 2], issues: { 'threat-repository': 4, 'norms-development': 1 } },
  { id: 'norms', label: 'Rules, norms and principles of responsible behaviour of States', agendaItem: '5', stances: [1, 2], issues: { 'norms-development': 4, 'legally-binding-instrument': 2 } },
  { id: 'international-law', label: 'International law', agendaItem: '5', stances: [1, 2], issues: { 'legally-binding-instrument': 4, 'international-law-group': 2, 'norms-development': 1 } },
  { id: 'cbms', label: 'Confidence-building measures', agendaItem: '5', stances: [0, 1], issues: { 'threat-repository': 2, 'stakeholder-participation': 1 } },
  { id: 'capacity-building', label: 'Capacity building', agendaItem: '5', stances: [1, 2], issues: { 'capacity-building-coordination': 4, 'capacity-building-group': 2, 'stakeholder-participation': 1 } },
  {
    id: 'rid', label: 'Regular institutional dialogue', agendaItem: '5', stances: [2, 5],
    issues: {
      'mechanism-format': 4, 'stakeholder-participation': 3, 'stakeholder-veto': 2, 'thematic-group-count': 4, 'thematic-group-structure': 3,
      'international-law-group': 2, 'capacity-building-group': 2, 'decision-making': 2, 'meeting-format': 2, 'meeting-venue': 1, 'legally-binding-instrument': 1,
    },
  },
  { id: 'report', label: 'Annual progress report', agendaItem: '6', stances: [1, 3], issues: { 'legally-binding-instrument': 2, 'mechanism-format': 2, 'norms-development': 2, 'threat-repository': 2, 'stakeholder-participation': 1, 'capacity-building-coordination': 1 } },
];

const topicById = new Map(TOPICS.map((t) => [t.id, t]));
export function topicModel(id: Topic): TopicModel {
  const t = topicById.get(id);
  if (!t) throw new Error(`issues: unknown topic "${id}"`);
  return t;
}

/** The issues a delegation may take a position on under `topic` at `session`. */
export function issuesOnTable(topic: Topic, session: number): { id: IssueId; weight: number }[] {
  const t = topicModel(topic);
  return ISSUES.filter((i) => i.from <= session && (t.issues[i.id] ?? 0) > 0).map((i) => ({ id: i.id, weight: t.issues[i.id] as number }));
}
