// Shape 3: a session report as DiploAI publishes it: title, "6 Dec 2024 20:00h - 23:00h",
// Session at a Glance (summary, key points, speakers), Full session report, then "Session
// Transcript" with "Speaker: text" turns (the record), then per-speaker analysis cards and
// the closing agreement analysis (commentary, never statements).
import { meetingsOf, shortDate } from '../calendar';
import { composeIntervention } from '../compose/intervention';
import type { EmittedStance } from '../compose/stance-record';
import type { PositionBook } from '../drift';
import { topicModel } from '../issues';
import { inSentence } from '../name-variants';
import type { DocumentPlan } from '../plan';
import type { Rng } from '../prng';
import { neutralLine } from '../templates/neutral';
import { PHRASEBOOK } from '../templates/phrasebook';
import { renderStance } from '../templates/render-stance';
import { closingAnalysis, speakerCards, type SpokenTurn } from './analysis-layer';
import { CHAIR_REMARKS, callName, chairSummary, labelName, orderTurns } from './meeting';
import { curly } from './text-utils';
import type { WrittenDocument } from './written';

const SUMMARY_LINES = [
  'This discussion focused on {focus} within the United Nations framework.',
  'Participants debated various aspects of {focus}, including its structure and modalities.',
  'There was general agreement on the need for a single-track, State-led and action-oriented approach, but divergent views on specific details.',
  'The importance of balancing inclusivity with efficiency was emphasised, with concerns raised about the resource implications for smaller delegations.',
  'The Chair summarised the discussion, noting areas of convergence and proposing next steps.',
  'The session concluded with a call for delegates to approach future discussions with a problem-solving mindset.',
  'Many delegates recognised the value of non-governmental expertise, while differing on the modalities.',
  'Several delegations stressed the importance of capacity building as a cross-cutting issue.',
];

const ISSUE_CLOSERS = [
  'This diversity of views highlighted the challenge of balancing comprehensive coverage of issues with the need for efficiency.',
  'These diverse views highlighted the difficulty of finding a formula acceptable to all.',
  'The Chair noted the range of views and encouraged delegations to consider how the different approaches could be reconciled.',
  'Other delegations did not address this point directly.',
  'The discussion suggested that further consultations would be needed before a decision can be reached.',
];

const TONES = [
  'The tone of the discussion was largely constructive and collaborative. Delegations offered concrete proposals and expressed willingness to find compromise solutions.',
  'The tone was cordial but at times tense, as delegations restated long-held positions while acknowledging the need for compromise.',
  'The discussion was businesslike and focused, with many delegations responding to one another’s proposals.',
];

function reportTitle(rng: Rng, plan: DocumentPlan): string {
  if (plan.meeting === meetingsOf(plan.session)) return 'Closure of the session';
  if (plan.meeting === 1) return rng.pick(['Opening of the session', 'General exchange of views']);
  const label = topicModel(plan.topic).label;
  return rng.chance(0.4) ? `${label} – part ${rng.between(1, 3)}` : label;
}

export function writeSessionReport(rng: Rng, plan: DocumentPlan, book: PositionBook): WrittenDocument {
  const s = plan.session;
  const topic = topicModel(plan.topic);
  const meetingTurns = orderTurns(plan.speakers, s.number);
  const groupsHeard = new Set<string>();
  const unknown = rng.chance(0.25) ? 1 + rng.int(Math.max(1, meetingTurns.length - 1)) : -1;

  // The transcript first: the analysis layer is written from it.
  const spoken: SpokenTurn[] = [];
  const transcript: string[] = [];
  const stances: EmittedStance[] = [];
  const calls = meetingTurns.map((t) => callName(rng, t.reader));
  const first = calls[0] ?? 'the first speaker';
  transcript.push(
    `Chair: ${neutralLine(rng, `The {n} meeting of the ${s.number === 0 ? 'organizational' : s.label} of the Open-Ended Working Group on security of and in the use of ICTs is now called to order.`, { n: ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'][plan.meeting - 1] ?? 'next' })} We’ll continue our discussions under agenda item ${topic.agendaItem} on the topic of ${topic.label.toLowerCase()}. ${neutralLine(rng, rng.pick(CHAIR_REMARKS), { n: String(meetingTurns.length) })} And with those comments I give the floor now to ${first}${calls[1] ? ` to be followed by ${calls[1]}` : ''}.`,
  );
  meetingTurns.forEach((turn, i) => {
    const body = composeIntervention(rng, { author: turn.author, session: s.number, topic: plan.topic, book, groupsHeard, length: rng.between(22, 36), extraStances: 1 });
    if (turn.author.kind !== 'state') groupsHeard.add(turn.author.code);
    stances.push(...body.stances);
    const label = i === unknown ? 'Unknown speaker' : labelName(rng, turn.reader, false);
    const text = body.paragraphs.flat().join(' ');
    transcript.push(`${label}: ${text}`);
    spoken.push({ label, inSentence: label === 'Unknown speaker' ? 'the speaker' : inSentence(label), text, stances: label === 'Unknown speaker' ? [] : body.stances });
    const next = calls[i + 1];
    if (next) {
      const after = calls[i + 2];
      const thanks = rng.pick([`Thank you, ${calls[i]}.`, `Thank you very much, ${calls[i]}.`, 'Thank you very much.', `Thank you very much, ${calls[i]}, for your contribution.`]);
      transcript.push(`Chair: ${thanks} ${after && rng.chance(0.8) ? `${next}, to be followed by ${after}.` : `${next}, please.`}`);
    }
  });
  transcript.push(`Chair: ${['Thank you very much.', 'Let me start by saying that this has been a very good discussion.', ...chairSummary(rng, plan.topic, s.number), 'The meeting is adjourned.'].join(' ')}`);

  // Session at a Glance.
  const focus = rng.pick(['the establishment of a future permanent mechanism for ICT security', `${topic.label.toLowerCase()} in the context of ICT security`, 'the work of the Open-ended Working Group']);
  const lines = rng.shuffle(SUMMARY_LINES).map((l) => neutralLine(rng, l, { focus }));
  const summary = [lines.slice(0, 2), lines.slice(2, 4), lines.slice(4, 6), lines.slice(6)].map((l) => l.join(' '));
  const withStances = spoken.filter((t) => t.stances.length);
  const keypoints = [...new Set(stances.map((x) => PHRASEBOOK[x.issue].heading))].slice(0, 5).map((h) => `– ${h}`);
  const speakerList = spoken.map((t) => `– ${t.label}: Representative of ${t.label === 'Unknown speaker' ? 'an unidentified delegation' : t.inSentence}`);
  const additional = speakerList.length > 6 && rng.chance(0.6) ? speakerList.splice(speakerList.length - 1, 1) : [];

  // Full session report: reported speech written from the transcript (commentary).
  const full: string[] = [`Expanded Summary of UN Discussion on ${topic.label}`, summary[0] as string];
  const issues = [...new Set(stances.map((x) => x.issue))].slice(0, 5);
  for (const issue of issues) {
    const who = withStances.filter((t) => t.stances.some((x) => x.issue === issue)).slice(0, 3);
    const said = who.map((t) => renderStance(rng, t.stances.find((x) => x.issue === issue) as EmittedStance, { kind: 'reported', subject: t.inSentence, plural: false }));
    full.push(PHRASEBOOK[issue].heading, `${said.join(' ')} ${rng.pick(ISSUE_CLOSERS)}`);
  }
  full.push('Conclusion', summary[3] as string);

  const heading = reportTitle(rng, plan);
  const time = plan.meeting % 2 === 1 ? '16:00h - 19:00h' : '20:00h - 23:00h';
  const parts = [
    heading,
    `${shortDate(plan.date)} ${time}`,
    'Session at a Glance',
    'Summary',
    ...summary,
    'Keypoints',
    'Major discussion points:',
    ...keypoints,
    'Overall purpose:',
    `The purpose of this discussion was to gather input from delegations on ${focus}, to identify areas of convergence and issues requiring further discussion.`,
    'Overall tone:',
    rng.pick(TONES),
    'Speakers',
    '– Chair: Chairperson of the meeting',
    ...speakerList,
    ...(additional.length ? ['Additional speakers:', ...additional] : []),
    'Full session report',
    ...full,
    'Session Transcript',
    ...transcript,
    ...speakerCards(rng, spoken, plan.topic),
    ...closingAnalysis(rng, spoken, plan.topic),
  ];
  const title = `${heading} (${s.label}, meeting ${plan.meeting}), session report`;
  return { text: curly(parts.join('\n\n')), title, stances: stances.map((x) => ({ ...x, quote: curly(x.quote) })) };
}
