// The reporter's machine-generated commentary of a DiploAI session report: per-speaker
// cards ("Speech speed", arguments, "Agreed with", "Disagreed with") and the closing
// agreement analysis. It paraphrases the transcript's positions in reported speech and
// quotes it, but it is not the record: nothing here counts as a statement.
import type { EmittedStance } from '../compose/stance-record';
import { issueModel, type IssueId, type Topic } from '../issues';
import type { Rng } from '../prng';
import { expand } from '../templates/grammar';
import { SLOTS } from '../templates/neutral-slots';
import { PHRASEBOOK } from '../templates/phrasebook';
import { capitalise, headline, renderStance } from '../templates/render-stance';
import { joinNames, wordCount } from './text-utils';

export interface SpokenTurn {
  label: string; // as the report labels the speaker
  inSentence: string; // as a sentence names it
  text: string;
  stances: EmittedStance[];
}

const NEUTRAL_ARGUMENTS: Record<Topic, readonly string[]> = {
  organisational: ['Importance of a sound procedural basis for the Group', 'Support for the programme of work'],
  general: ['Importance of the OEWG as an inclusive forum', 'Commitment to the framework of responsible State behaviour'],
  threats: ['Growing threat of ransomware to critical infrastructure', 'Concern about emerging technologies and threats'],
  norms: ['Implementation of norms through national measures', 'Value of the norms implementation checklist'],
  'international-law': ['Applicability of international law to cyberspace', 'Importance of national positions on international law'],
  cbms: ['Operationalisation of the Points of Contact Directory', 'Role of regional organisations in confidence building'],
  'capacity-building': ['Capacity building as central focus', 'Bridging digital divides through capacity building'],
  rid: ['Seamless transition to the future permanent mechanism', 'Resource constraints of smaller delegations'],
  report: ['Balanced reflection of views in the annual progress report', 'Readiness to show flexibility for consensus'],
};

const expandSlots = (rng: Rng, template: string) => expand(rng, template, SLOTS);
const key = (s: EmittedStance) => `${s.issue}|${s.position}|${JSON.stringify(s.value)}`;

/** Per turn: the keys of its positions and the issues it spoke on (computed once per report). */
interface Index {
  keys: Map<SpokenTurn, Set<string>>;
  issues: Map<SpokenTurn, Map<IssueId, Set<string>>>;
}

function indexTurns(turns: readonly SpokenTurn[]): Index {
  const keys = new Map<SpokenTurn, Set<string>>();
  const issues = new Map<SpokenTurn, Map<IssueId, Set<string>>>();
  for (const t of turns) {
    const k = new Set<string>();
    const byIssue = new Map<IssueId, Set<string>>();
    for (const s of t.stances) {
      const sk = key(s);
      k.add(sk);
      byIssue.set(s.issue, (byIssue.get(s.issue) ?? new Set()).add(sk));
    }
    keys.set(t, k);
    issues.set(t, byIssue);
  }
  return { keys, issues };
}

function card(rng: Rng, turn: SpokenTurn, all: readonly SpokenTurn[], topic: Topic, index: Index): string[] {
  const words = wordCount(turn.text);
  const speed = rng.between(105, 175);
  const lines = [turn.label.charAt(0).toUpperCase(), turn.label, 'Speech speed', `${speed} words per minute`, 'Speech length', `${words} words`, 'Speech time', `${Math.max(1, Math.round((words / speed) * 60))} seconds`];
  const seen = new Set<string>();
  const args = turn.stances.filter((s) => !seen.has(s.issue) && seen.add(s.issue)).slice(0, 3);
  if (args.length === 0) {
    const point = expandSlots(rng, rng.pick(['the importance of {work}', 'its commitment to {framework}', 'the need for {value}']));
    const explanation = `${capitalise(turn.inSentence)} ${rng.pick(['emphasises', 'highlights', 'underlines'])} ${point}.`;
    lines.push(rng.pick(NEUTRAL_ARGUMENTS[topic]), 'Explanation', explanation, 'Major Discussion Point', rng.pick(NEUTRAL_ARGUMENTS[topic]));
    return lines;
  }
  for (const s of args) {
    lines.push(headline(rng, s), 'Explanation', renderStance(rng, s, { kind: 'reported', subject: turn.inSentence, plural: false }));
    if (rng.chance(0.4)) lines.push('Evidence', `${capitalise(turn.inSentence)} refers to the discussions held earlier in the session.`);
    lines.push('Major Discussion Point', PHRASEBOOK[s.issue].heading);
    const sk = key(s);
    const agreed = all.filter((t) => t !== turn && index.keys.get(t)?.has(sk)).map((t) => t.label);
    const disagreed = all.filter((t) => t !== turn && [...(index.issues.get(t)?.get(s.issue) ?? [])].some((o) => o !== sk)).map((t) => t.label);
    if (agreed.length) lines.push('Agreed with', ...agreed.slice(0, 5), 'Agreed on', headline(rng, s));
    if (disagreed.length) lines.push('Disagreed with', ...disagreed.slice(0, 5), 'Disagreed on', PHRASEBOOK[s.issue].heading);
  }
  return lines;
}

export function speakerCards(rng: Rng, turns: readonly SpokenTurn[], topic: Topic): string[] {
  const index = indexTurns(turns);
  return turns.flatMap((t) => card(rng, t, turns, topic, index));
}

/** Agreements, disagreements, takeaways, thought-provoking comments, follow-up questions. */
export function closingAnalysis(rng: Rng, turns: readonly SpokenTurn[], topic: Topic): string[] {
  const byPosition = new Map<string, { stance: EmittedStance; who: SpokenTurn[] }>();
  const byIssue = new Map<IssueId, Set<string>>();
  for (const t of turns) {
    for (const s of t.stances) {
      const k = key(s);
      const entry = byPosition.get(k) ?? { stance: s, who: [] };
      if (!entry.who.includes(t)) entry.who.push(t);
      byPosition.set(k, entry);
      byIssue.set(s.issue, (byIssue.get(s.issue) ?? new Set()).add(k));
    }
  }
  const out: string[] = ['Agreements', 'Agreement Points'];
  const shared = [...byPosition.values()].filter((e) => e.who.length >= 2).slice(0, 4);
  for (const e of shared) {
    out.push(headline(rng, e.stance), ...e.who.slice(0, 5).map((t) => t.label), ...e.who.slice(0, 5).map(() => headline(rng, e.stance)));
    out.push(`Multiple speakers agreed on ${PHRASEBOOK[e.stance.issue].heading.toLowerCase()}, ${rng.pick(['citing the need for an effective and inclusive mechanism', 'stressing practicality and the burden on delegations', 'with similar reasoning'])}.`);
  }
  out.push('Overall Assessment', 'Summary', `The main areas of agreement included ${joinNames(shared.map((e) => PHRASEBOOK[e.stance.issue].heading.toLowerCase()).slice(0, 3)) || 'the importance of the process'}.`, 'Consensus level', rng.pick(['There was a moderate level of consensus on the general approach, while specific details remain open.', 'The level of consensus was limited; significant differences remain on the details.']));
  out.push('Disagreements', 'Disagreement Points');
  const contested = [...byIssue].filter(([, ks]) => ks.size >= 2).slice(0, 4);
  for (const [issue, ks] of contested) {
    const entries = [...ks].map((k) => byPosition.get(k)).filter((e): e is { stance: EmittedStance; who: SpokenTurn[] } => !!e);
    out.push(PHRASEBOOK[issue].heading, ...entries.flatMap((e) => e.who.slice(0, 2).map((t) => t.label)), ...entries.map((e) => headline(rng, e.stance)));
    out.push(`Speakers disagreed on ${PHRASEBOOK[issue].heading.toLowerCase()}, with proposals ranging across ${issueModel(issue).axis.length} options.`);
  }
  out.push('Overall Assessment', 'Summary', `The main areas of disagreement were ${joinNames(contested.map(([i]) => PHRASEBOOK[i].heading.toLowerCase())) || 'procedural'}.`, 'Disagreement level', rng.pick(['The level of disagreement is moderate.', 'The level of disagreement is significant on structural questions.']));
  out.push('Takeaways', 'Key Takeaways', ...shared.map((e) => `Several delegations favour ${headline(rng, e.stance).replace(/^./, (c) => c.toLowerCase())}`), 'Capacity building is seen as a key focus area by many countries');
  out.push('Resolutions and Action Items', 'The Chair will prepare a discussion paper and circulate it before the next session', 'An informal town hall meeting will be held before the next session');
  out.push('Unresolved Issues', ...contested.map(([i]) => PHRASEBOOK[i].heading));
  out.push('Suggested Compromises', rng.pick(['Using both pillar-based and thematic approaches in organizing discussions', 'Adopting a ‘variable geometry’ approach to stakeholder participation', 'Balancing in-person and hybrid meeting formats']));
  const quotable = turns.filter((t) => t.stances.length);
  out.push('Thought Provoking Comments');
  for (const t of rng.sample(quotable, Math.min(2, quotable.length))) {
    const s = rng.pick(t.stances);
    out.push(s.quote, 'Speaker', t.label, 'Reason', `This comment ${rng.pick(['challenges the existing approach', 'highlights a practical concern', 'offers a concrete proposal'])} on ${PHRASEBOOK[s.issue].heading.toLowerCase()}.`, 'Impact', 'It sparked further discussion among delegations.');
  }
  out.push('Follow-up Questions');
  for (const [issue] of contested.slice(0, 2)) {
    out.push(`How can delegations bridge their differences on ${PHRASEBOOK[issue].heading.toLowerCase()}?`, 'Speaker', 'Multiple delegations', 'Explanation', 'There is no consensus yet; further discussion is needed to find an approach acceptable to all.');
  }
  out.push('Disclaimer: This is not an official record of the session. The DiploAI system automatically generates these resources from the audiovisual recording. Resources are presented in their original format, as provided by the AI (e.g. including any spelling mistakes). The accuracy of these resources cannot be guaranteed.');
  return out;
}
