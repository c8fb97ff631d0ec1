// One delegation's intervention: an opening, perhaps an alignment, a few stance sentences
// on the issues of the agenda item, each wrapped in neutral remarks, and a closing. Most
// sentences carry no stance, as in the real record.
import type { PositionBook } from '../drift';
import { issuesOnTable, topicModel, type IssueId, type Topic } from '../issues';
import type { Rng } from '../prng';
import { delegation, EU_CODE, groupSpeaker, spoken, STATES, type Delegation } from '../roster';
import { neutral, type Who } from '../templates/neutral';
import { capitalise, renderStance } from '../templates/render-stance';
import { joinNames } from '../writers/text-utils';
import type { EmittedStance } from './stance-record';
import { unique } from './unique';

export interface InterventionInput {
  /** Whose positions the intervention states: a state, the EU or a group. */
  author: Delegation;
  session: number;
  topic: Topic;
  book: PositionBook;
  /** Group statements already delivered at this meeting (codes), for alignments. */
  groupsHeard: ReadonlySet<string>;
  /** Rough length in sentences. */
  length: number;
  /** Extra stance sentences beyond the agenda item's usual range (statements say more). */
  extraStances?: number;
}

export interface Intervention {
  /** Sentences grouped in paragraphs. */
  paragraphs: string[][];
  stances: EmittedStance[];
}

const EU_ALIGNED = ['TUR', 'MKD', 'MNE', 'SRB', 'ALB', 'BIH', 'UKR', 'MDA', 'GEO'];

/** How the author calls itself mid-sentence. */
export function selfName(rng: Rng, author: Delegation): string {
  if (author.code === EU_CODE) return rng.pick(['the EU', 'the European Union']);
  if (author.kind === 'group') return rng.pick(author.code === 'NAM-GROUP' ? ['the Movement', 'NAM', 'the Non-Aligned Movement'] : ['the Arab Group', 'the Group']);
  return rng.chance(0.85) ? spoken(author) : rng.pick(['my country', 'my delegation']);
}

/** The sentences that open a group statement or align a state with one. */
function onBehalfOrAlign(rng: Rng, input: InterventionInput, who: Who): string[] {
  const { author, session } = input;
  if (author.code === EU_CODE) {
    const aligned = rng.sample(EU_ALIGNED, rng.between(3, 7)).map((c) => spoken(delegation(c)));
    return [
      rng.pick(['I have the honour to speak on behalf of the European Union and its Member States.', 'I have the honor to speak on behalf of the European Union and its member states.']),
      `The candidate countries ${joinNames(aligned)} align themselves with this statement.`,
    ];
  }
  if (author.kind === 'group') {
    const speaker = spoken(delegation(groupSpeaker(author.code, session)));
    return [`I have the honour to deliver this statement on behalf of ${author.formal}.`, ...(rng.chance(0.5) ? [`${capitalise(speaker)} will also deliver remarks in its national capacity at a later stage.`] : [])];
  }
  const groups: string[] = [];
  for (const g of input.groupsHeard) {
    const group = delegation(g);
    if (group.members.includes(author.code) && rng.chance(0.7)) groups.push(g);
  }
  if (groups.length === 0 && author.eu && rng.chance(0.5)) groups.push(EU_CODE);
  return groups.map((g) => {
    const group = delegation(g);
    const by = g === EU_CODE ? 'the European Union' : `${spoken(delegation(groupSpeaker(g, session)))} on behalf of ${group.formal}`;
    return rng.pick([
      `${capitalise(who.self)} aligns itself with the statement delivered by ${by} and would like to make a few additional remarks in its national capacity.`,
      `We align ourselves with the statement delivered by ${by}.`,
      `My delegation associates itself with the statement made by ${by}.`,
    ]);
  });
}

export function composeIntervention(rng: Rng, input: InterventionInput): Intervention {
  const { author, session, topic, book } = input;
  const other = spoken(rng.pick(STATES));
  const who: Who = { self: selfName(rng, author), other };
  const voice = { kind: 'first' as const, self: who.self };
  const stances: EmittedStance[] = [];
  const paragraphs: string[][] = [];

  const opening: string[] = [];
  if (rng.chance(0.85)) opening.push(neutral.opener(rng, who));
  opening.push(...onBehalfOrAlign(rng, input, who));
  if (rng.chance(0.6)) opening.push(neutral.thanks(rng, who));
  if (rng.chance(0.25)) opening.push(neutral.early(rng, who));
  if (opening.length) paragraphs.push(opening);

  const [lo, hi] = topicModel(topic).stances;
  let pool = issuesOnTable(topic, session).filter((i) => book.get(author.code, i.id, session));
  const wanted = Math.min(pool.length, rng.between(lo, hi) + (input.extraStances ?? 0));
  const chosen: IssueId[] = [];
  while (chosen.length < wanted && pool.length) {
    const pick = rng.weighted(pool, (i) => i.weight);
    chosen.push(pick.id);
    pool = pool.filter((i) => i !== pick);
  }

  let used = opening.length;
  const budget = Math.max(input.length, chosen.length * 3 + 4);
  const fillerPerStance = Math.max(1, Math.floor((budget - used - 2) / Math.max(1, chosen.length + 1)));
  // A neutral sentence not yet said in this intervention (a few tries, then whatever comes).
  const said = new Set<string>();
  const isState = author.kind === 'state';
  const draw = () => {
    if (isState && rng.chance(0.15)) return neutral.national(rng, who);
    if (rng.chance(0.12) && pool.length) return neutral.mention(rng, who, rng.pick(pool).id);
    // Groups have no national experience to report: their remarks stay impersonal.
    return isState ? neutral.general(rng, who, topic) : neutral.impersonal(rng, topic);
  };
  const general = () => unique(said, draw);

  const intro: string[] = [];
  for (let i = 0; i < Math.ceil(fillerPerStance / 2); i++) intro.push(general());
  if (intro.length) paragraphs.push(intro);
  used += intro.length;

  for (const issue of chosen) {
    const held = book.get(author.code, issue, session);
    if (!held) continue;
    const para: string[] = [];
    if (rng.chance(0.4)) para.push(general());
    const quote = renderStance(rng, held, voice, rng.chance(0.35));
    para.push(quote);
    stances.push({ actors: [author.code], issue, position: held.position, ...(held.value !== undefined ? { value: held.value } : {}), quote });
    if (rng.chance(0.2)) {
      const again = renderStance(rng, held, voice);
      para.push(again);
      stances.push({ actors: [author.code], issue, position: held.position, ...(held.value !== undefined ? { value: held.value } : {}), quote: again });
    }
    const more = rng.between(1, fillerPerStance);
    for (let i = 0; i < more; i++) para.push(general());
    paragraphs.push(para);
    used += para.length;
  }

  const rest: string[] = [];
  while (used + rest.length < budget - 2) rest.push(general());
  if (rest.length) paragraphs.push(rest);
  const closing: string[] = [];
  if (rng.chance(0.6)) closing.push(neutral.lookForward(rng, who));
  if (rng.chance(0.9)) closing.push(neutral.closing(rng, who));
  if (closing.length) paragraphs.push(closing);
  return { paragraphs, stances };
}
