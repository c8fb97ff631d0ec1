// Shape 5: a narrative report of a meeting day in reported speech, as dig.watch and
// newsletters publish it: "France highlighted that ...", "Delegates from Chile, Thailand
// and Kenya reiterated their support for ...", "These delegations also ...". A sentence
// belongs to the delegations it names, or to those of the sentence it refers back to.
import { longDate, ordinalWord } from '../calendar';
import type { EmittedStance } from '../compose/stance-record';
import { samePosition, type HeldPosition, type PositionBook } from '../drift';
import { issuesOnTable, topicModel, type IssueId, type Topic } from '../issues';
import { inSentence } from '../name-variants';
import { topicOf, type DocumentPlan } from '../plan';
import type { Rng } from '../prng';
import { delegation, groupSpeaker, type Delegation } from '../roster';
import { neutral, neutralLine } from '../templates/neutral';
import { PHRASEBOOK } from '../templates/phrasebook';
import { capitalise, renderStance } from '../templates/render-stance';
import { curly, joinNames } from './text-utils';
import { unique } from '../compose/unique';
import type { WrittenDocument } from './written';

const INTRO = [
  'On the {day} day of the {session}, delegations turned to {topics}.',
  'The {day} day of the {session} of the Open-ended Working Group (OEWG) was dedicated to {topics}.',
  'Discussions on {topics} continued on {weekday} as the {session} entered its {day} day.',
];
const NEUTRAL = [
  'The Chair opened the meeting by recalling the guiding questions circulated ahead of the session.',
  'Many delegations thanked the Chair for the discussion paper.',
  'Several delegations referred to the elements agreed in previous progress reports.',
  'The discussion then turned to the practical arrangements of the future mechanism.',
  'A number of delegations shared national experiences, from new strategies to regional workshops.',
  'Delegations also took note of the informal consultations held between sessions.',
  'Delegations welcomed the growing participation of women in the work of the Group.',
  'Some speakers recalled that consensus remains the hallmark of the process.',
  'The debate reflected both convergence on principles and divergence on details.',
  'The Chair encouraged delegations to respond to each other’s proposals rather than read prepared statements.',
  'Many delegations stressed the importance of {work}.',
  'Several speakers described {threat} as a growing concern for {victim}.',
  'Delegations reaffirmed their commitment to {framework}.',
];
const FOLLOW_NEUTRAL = [
  'These delegations also underlined the importance of capacity building.',
  'These delegations also stressed that the mechanism should build on the work of the OEWG.',
  'They also recalled the resource constraints of smaller delegations.',
  'These delegations further emphasised the need for a seamless transition.',
];
const CONNECTORS = ['In contrast, ', 'On the other hand, ', 'Meanwhile, ', 'However, ', 'By contrast, '];

interface Subject {
  text: string;
  plural: boolean;
  actors: string[];
}

function named(rng: Rng, d: Delegation): string {
  return inSentence(rng.chance(0.85) ? (d.names[0] as string) : rng.pick(d.names));
}

function subjectFor(rng: Rng, members: Delegation[], session: number): Subject {
  const only = members[0] as Delegation;
  if (members.length === 1) {
    if (only.kind === 'group') {
      return { text: `${named(rng, delegation(groupSpeaker(only.code, session)))}, on behalf of ${only.formal},`, plural: false, actors: [only.code] };
    }
    return { text: named(rng, only), plural: false, actors: [only.code] };
  }
  const list = joinNames(members.map((m) => named(rng, m)));
  const text = rng.pick([list, `Delegates from ${list}`, `Several delegations, including ${list},`, `A number of delegations, among them ${list},`, `${list}`]);
  return { text, plural: true, actors: members.map((m) => m.code) };
}

function record(held: HeldPosition, actors: string[], quote: string): EmittedStance {
  return { actors, issue: held.issue, position: held.position, ...(held.value !== undefined ? { value: held.value } : {}), quote };
}

export function writeNarrativeReport(rng: Rng, plan: DocumentPlan, book: PositionBook): WrittenDocument {
  const s = plan.session;
  const day = Math.floor((plan.meeting - 1) / 2);
  const topics = [...new Set<Topic>([topicOf(s, day * 2 + 1), topicOf(s, day * 2 + 2)])];
  const present = plan.speakers.map(delegation);
  const stances: EmittedStance[] = [];
  const said = new Set<string>();
  const filler = () => unique(said, () => neutralLine(rng, rng.pick(NEUTRAL)));
  const sessionText = s.number === 0 ? 'organisational session' : `${ordinalWord(s.number)} substantive session`;
  const topicText = joinNames(topics.map((t) => topicModel(t).label.toLowerCase()));
  const vars = { day: ordinalWord(day + 1), session: sessionText, topics: topicText, weekday: 'the following day' };
  const paragraphs: string[] = [neutralLine(rng, rng.pick(INTRO), vars) + ' ' + [1, 2].map(() => filler()).join(' ')];

  // The day's items first; general statements bring in other issues too.
  const issueList: { id: IssueId; weight: number }[] = [...topics.flatMap((t) => issuesOnTable(t, s.number)), ...issuesOnTable('general', s.number).map((i) => ({ ...i, weight: 0.1 }))];
  const issues = [...new Set(rng.shuffle(issueList).sort((a, b) => b.weight - a.weight).map((i) => i.id))].slice(0, rng.between(5, 8));
  const states = present.filter((d) => d.kind === 'state');
  const groupsPresent = present.filter((d) => d.kind !== 'state');
  const stance = (held: HeldPosition, subject: Subject, prefix = '') => {
    let sentence = renderStance(rng, held, { kind: 'reported', subject: subject.text, plural: subject.plural });
    if (prefix && !sentence.startsWith('According')) sentence = prefix + sentence.replace(/^(The|Delegates|Several|A number) /, (w) => w.toLowerCase());
    stances.push(record(held, subject.actors, sentence));
    return sentence;
  };
  for (const issue of issues) {
    // Who among those present holds what: the report groups delegations by position.
    const groups = new Map<string, Delegation[]>();
    for (const d of states) {
      const held = book.get(d.code, issue, s.number);
      if (!held) continue;
      const k = `${held.position}|${JSON.stringify(held.value)}`;
      groups.set(k, [...(groups.get(k) ?? []), d]);
    }
    if (groups.size === 0) continue;
    const sentences: string[] = [];
    // A group statement is reported on its own: "Indonesia, on behalf of the Non-Aligned Movement, ...".
    for (const g of groupsPresent) {
      const held = book.get(g.code, issue, s.number);
      if (held && rng.chance(0.5)) sentences.push(stance(held, subjectFor(rng, [g], s.number)));
    }
    const ordered = [...groups.values()].sort((a, b) => b.length - a.length).slice(0, 4);
    ordered.forEach((members, gi) => {
      const pool = rng.shuffle(members);
      const listed = pool.slice(0, Math.min(pool.length, rng.chance(0.3) ? 1 : rng.between(2, 6)));
      const held = book.get((listed[0] as Delegation).code, issue, s.number) as HeldPosition;
      const subject = subjectFor(rng, listed, s.number);
      sentences.push(stance(held, subject, gi > 0 && rng.chance(0.6) ? rng.pick(CONNECTORS) : ''));
      // "These delegations ..." refers back to the delegations just named.
      if (subject.plural && rng.chance(0.5)) {
        const lead = (listed[0] as Delegation).code;
        const other = issues.find((i) => i !== issue && listed.every((d) => samePosition(book.get(d.code, i, s.number), book.get(lead, i, s.number))));
        const otherHeld = other ? book.get(lead, other, s.number) : undefined;
        if (otherHeld && rng.chance(0.6)) sentences.push(stance(otherHeld, { text: 'These delegations', plural: true, actors: subject.actors }));
        else sentences.push(rng.pick(FOLLOW_NEUTRAL));
      }
      // One more of the same mind, said separately.
      for (const more of pool.slice(listed.length, listed.length + rng.between(0, 2))) {
        sentences.push(stance(held, subjectFor(rng, [more], s.number), rng.pick(['Similarly, ', 'Likewise, ', '', ''])));
      }
      if (rng.chance(0.8)) sentences.push(neutral.reported(rng, named(rng, rng.pick(states)), rng.pick(topics)));
      if (rng.chance(0.5)) sentences.push(filler());
    });
    paragraphs.push(capitalise(PHRASEBOOK[issue].heading.toLowerCase()), sentences.join(' '));
  }
  // A section of national experiences and general remarks: attributed, but no positions.
  const extraTopic = rng.pick(topics);
  paragraphs.push(capitalise(topicModel(extraTopic).label.toLowerCase()), rng.sample(states, Math.min(states.length, rng.between(3, 6))).map((d) => neutral.reported(rng, named(rng, d), extraTopic)).join(' '));
  const remarks = rng.sample(states, Math.min(states.length, rng.between(5, 9))).map((d) => neutral.reported(rng, named(rng, d), rng.pick(topics)));
  paragraphs.push(rng.pick(['Other remarks', 'National experiences', 'General remarks']), [...remarks, filler()].join(' '));
  paragraphs.push([1, 2].map(() => filler()).join(' ') + ` The discussions will continue ${rng.pick(['tomorrow', 'at the next meeting', 'in the afternoon'])}.`);

  const title = rng.pick([
    `OEWG 2021–2025, ${sessionText}: day ${day + 1}`,
    `Cyber diplomacy at the UN: highlights from day ${day + 1} of the OEWG’s ${sessionText}`,
    `UN OEWG ${sessionText}, day ${day + 1}: ${topicText}`,
  ]);
  const text = curly([title, rng.pick([longDate(plan.date), `Published on ${longDate(plan.date)}`, `Updated ${longDate(plan.date)}`]), ...paragraphs].join('\n\n'));
  return { text, title, stances: stances.map((x) => ({ ...x, quote: curly(x.quote) })) };
}
