// Shape 4: an unofficial transcript from a web page. "Session 5-3 Transcript (OEWG
// 2021-25)", then turns in paragraphs; a name line precedes only some of them, so the
// speaker of the others must be read from the Chair giving the floor ("X, to be followed
// by Y. X, please."), from self-identification, or from the Chair's corrections. The
// page ends with website debris that is not part of the meeting.
import { ordinalWord } from '../calendar';
import { composeIntervention, type Intervention } from '../compose/intervention';
import type { EmittedStance } from '../compose/stance-record';
import type { PositionBook } from '../drift';
import { topicModel } from '../issues';
import type { DocumentPlan } from '../plan';
import type { Rng } from '../prng';
import { neutralLine } from '../templates/neutral';
import { CHAIR_REMARKS, callName, chairSummary, labelName, orderTurns, type MeetingTurn } from './meeting';
import { curly } from './text-utils';
import type { WrittenDocument } from './written';

const DEBRIS = [
  'Leave a Reply\n\nYour email address will not be published. Required fields are marked *',
  'Leave a Reply\n\nYour email address will not be published. Required fields are marked *\n\nComment *\n\nName *\n\nEmail *\n\nWebsite\n\nSave my name, email, and website in this browser for the next time I comment.',
  'Post navigation\n\nPrevious Post\n\nNext Post\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *',
  'Share this:\n\nTwitter\n\nFacebook\n\nLike this:\n\nLike Loading...\n\nRelated',
];

function floorLine(rng: Rng, prev: string | null, next: string, after: string | null): string {
  const thanks = prev === null ? '' : rng.pick(['Thank you for the statement. ', 'Thank you very much. ', `Thank you, ${prev}. `, 'Thank you. ', 'Thank you very much, indeed. ']);
  const call = after
    ? rng.pick([
        `${next} to be followed by ${after}. ${next}, please.`,
        `I give the floor now to ${next}, to be followed by ${after}. ${next}, please.`,
        `I’ll give now the floor to ${next}, to be followed by ${after}. ${next}, please.`,
        `${next}, followed by ${after}. ${next}, please.`,
        `${next}, to be followed by ${after}. Please, ${next}.`,
      ])
    : rng.pick([`${next}, please.`, `I give the floor now to ${next}.`, `${next}, you have the floor.`, `I give the floor to the delegation of ${next}. You have the floor, please.`]);
  return thanks + call;
}

export function writeTranscript(rng: Rng, plan: DocumentPlan, book: PositionBook): WrittenDocument {
  const s = plan.session;
  const topic = topicModel(plan.topic);
  const turns = orderTurns(plan.speakers, s.number);
  const chairLabel = rng.pick(['Ambassador Gafoor  ', 'Ambassador Gafoor  ', 'Ambassador Gafoor', 'Chair  ']);
  const named = rng.next() * 0.4 + 0.35; // share of turns with a name line
  const labels = new Map(turns.map((t) => [t.reader.code, labelName(rng, t.reader)]));
  const calls = (t: MeetingTurn) => callName(rng, t.reader);
  const out: string[] = [];
  const stances: EmittedStance[] = [];
  const groupsHeard = new Set<string>();
  const chair = (text: string) => out.push(chairLabel, text);

  const title = rng.chance(0.5) ? `Session ${s.number}-${plan.meeting} Transcript\n(OEWG 2021-25)` : `Session ${s.number}-${plan.meeting} Transcript (OEWG 2021-25)`;
  out.push(title, 'This is an unofficial transcript');

  const first = turns[0];
  const morning = plan.meeting % 2 === 1;
  const opening = [
    `Good ${morning ? 'morning' : 'afternoon'} distinguished delegates.`,
    `The ${ordinalWord(plan.meeting)} meeting of the ${s.number === 0 ? 'organizational' : `${ordinalWord(s.number)} substantive`} session of the Open-ended Working Group on security of and in the use of ICT, established pursuant to General Assembly resolution 75/240 of 31st December 2020, is now called to order.`,
    `This ${morning ? 'morning' : 'afternoon'} I’d like to continue with the consideration of agenda item ${topic.agendaItem}, ${topic.label.toLowerCase()}.`,
    rng.pick(['I have a list of speakers so we will go through them in order.', `We have ${turns.length} speakers inscribed on the list.`, 'I will open the floor for speakers under this agenda item.']),
  ];
  if (first) opening.push(floorLine(rng, null, calls(first), null));
  chair(opening.join(' '));

  // One mix-up per some transcripts: the Chair calls the wrong delegation and is corrected.
  const mixUp = turns.length > 6 && rng.chance(0.35) ? 2 + rng.int(turns.length - 4) : -1;

  turns.forEach((turn, i) => {
    const body: Intervention = composeIntervention(rng, { author: turn.author, session: s.number, topic: plan.topic, book, groupsHeard, length: rng.between(24, 40), extraStances: 1 });
    if (turn.author.kind !== 'state') groupsHeard.add(turn.author.code);
    stances.push(...body.stances);
    const hasName = rng.chance(named);
    if (hasName) out.push(labels.get(turn.reader.code) as string);
    else out.push(''); // the unnamed turn: a blank line where the name would be
    out.push(body.paragraphs.flat().join(' '));

    const next = turns[i + 1];
    if (!next) return;
    if (i + 1 === mixUp && turns[i + 2]) {
      const wrong = turns[i + 2] as MeetingTurn;
      chair(`Thank you for the statement. I give the floor now to ${calls(wrong)}.`);
      out.push('', `I think it was ${calls(next)}, Mr. President?`);
      chair(`My apologies to ${calls(next)}. I think the list on my computer has been jumping up and down. ${calls(next)}, you have the floor.`);
      return;
    }
    let line = floorLine(rng, rng.chance(0.3) ? calls(turn) : null, calls(next), turns[i + 2] && rng.chance(0.6) ? calls(turns[i + 2] as MeetingTurn) : null);
    if (!line.startsWith('Thank')) line = `Thank you for the statement. ${line}`;
    if (rng.chance(0.08)) line = `${neutralLine(rng, rng.pick(CHAIR_REMARKS), { n: String(turns.length - i) })} ${line}`;
    chair(line);
  });

  const closing = [
    'I’d like to thank all delegations for their very constructive and very detailed statements.',
    ...chairSummary(rng, plan.topic, s.number),
    rng.pick(['We will continue our discussion tomorrow morning.', 'We will take the remaining speakers at our next meeting.', 'The challenge for us will be to capture this in a concrete and forward-looking way.']),
    'The meeting is adjourned. Thank you.',
  ];
  chair(closing.join(' '));
  out.push(rng.pick(DEBRIS));
  // Blank name slots collapse into the paragraph gap, leaving two blank lines before an unnamed turn.
  const text = curly(out.join('\n\n').replace(/\n\n\n\n/g, '\n\n\n'));
  const title2 = `Session ${s.number}-${plan.meeting} unofficial transcript (${topic.label.toLowerCase()})`;
  return { text, title: title2, stances: stances.map((x) => ({ ...x, quote: curly(x.quote) })) };
}
