// Sentences that carry no stance: thanks, procedure, general remarks, national examples,
// and mentions of an issue that take no side. They make up most of every intervention,
// as in the real record. {self}/{Self} is the speaker, {other} another delegation.
import type { IssueId, Topic } from '../issues';
import type { Rng } from '../prng';
import { expand } from './grammar';
import { SLOTS } from './neutral-slots';
import { PHRASEBOOK } from './phrasebook';
import { capitalise } from './render-stance';

export interface Who {
  self: string; // mid-sentence name: "Kenya", "the Netherlands"
  other: string; // another delegation, mid-sentence
}

const OPENERS = [
  'Thank you, {chair}.', 'Thank you, {chair}, for giving me the floor.', 'Thank you very much, {chair}.', '{chair}, distinguished delegates,',
  'Thank you, {chair}, and good morning to all colleagues.', 'Thank you for giving me the floor, {chair}.', 'Thank you, {chair}. Distinguished colleagues,',
];

const THANKS = [
  'Let me begin by thanking you and {team} for {effort}.', 'We would like to thank you, {chair}, for {effort}.', 'My delegation appreciates {effort}.',
  'We are grateful to you and {team} for {effort}.', 'Allow me to express our gratitude for {effort}.', 'We thank {other} for the presentation this morning, which enriched our discussion.',
  'We join others in thanking you for {effort}.', 'As this is the first time my delegation takes the floor, allow me to congratulate you on {effort}.',
];

const GENERAL: Record<Topic | 'any', readonly string[]> = {
  any: [
    'We reaffirm our commitment to {framework}, including {framework_parts}.', 'We reaffirm our commitment to {framework}.',
    'Our shared goal remains {value}.', 'We attach {emphasis} to {work}.', 'We have listened carefully to the statements delivered so far.',
    'Much has been achieved since the adoption of {milestone}, and we should build on it.', 'We must preserve the consensus that has been the hallmark of this process.',
    'The discussions this week have been {tone} and we appreciate the spirit in which they took place.', 'We want to contribute to {work} in a spirit of compromise.',
    'Let me now turn to the guiding questions.', 'We share many of the views expressed by {other}.',
    'We believe that the strength of this process lies in its inclusiveness, and that every delegation, large or small, must be able to contribute meaningfully to its outcome.',
    'Over the past years, this Group has shown that it is possible to reach consensus even in difficult geopolitical circumstances, and we should not take that achievement for granted.',
    'We must remain focused on practical, action-oriented outcomes that make a real difference for the security of all States, and in particular of developing countries.',
    'The framework we have built together over two decades is the result of painstaking negotiations, and we should preserve its integrity while making it more operational.',
    'We have heard many valuable ideas in this room, and we encourage all delegations to approach the remaining discussions with openness and a spirit of compromise.',
    'The digital divide remains a reality for many States, and it shapes their ability to prevent, detect and respond to malicious ICT activity.',
    'We note with concern that malicious ICT activity continues to undermine trust between States and to affect the daily lives of our citizens.',
    'This is an area where the OEWG can make a concrete difference for all States.', 'We believe that trust is the foundation of everything we do in this room.',
  ],
  organisational: [
    'We welcome the adoption of the agenda and the programme of work.', 'We look forward to a productive first year of the Group’s work under your chairmanship.',
    'The informal consultations held ahead of this session were useful.', 'We take note of the arrangements made for this meeting in view of the pandemic.',
    'We support the proposed programme of work and the indicative timetable.', 'It is important that this Group starts its work on a sound procedural footing.',
  ],
  general: [
    'The threat landscape {grows}, with {threat} affecting {victim}.', 'No State can address these challenges alone.',
    'The OEWG remains the only universal and inclusive forum for these discussions.', 'Geopolitical tensions make our work more necessary than ever.',
    'We must turn the framework into practice for the benefit of all States.',
  ],
  threats: [
    'The threat landscape {grows}, with {threat} affecting {victim}.', 'The threat posed by {threat} remains a major concern for {self}.', 'We are particularly concerned about {threat}.',
    'Over the past year, we have observed a sharp increase in {threat}.', 'Incidents involving {threat} have caused serious harm to {victim} in many regions.',
    'A shared understanding of threats is the starting point of cooperation.', 'Emerging technologies bring both opportunities and new risks to {victim}.',
    '{year}, {victim} in our region suffered from {threat}.',
    'The increasing use of ICTs in a way that threatens international peace and security is a matter of grave concern, and it calls for a collective and coordinated response.',
    'We are also concerned about the growing market for intrusion capabilities, which lowers the threshold for malicious actors and increases the risk of escalation.',
    'Threats to {victim} have a direct impact on the lives of our citizens, as recent incidents involving {threat} have shown.',
  ],
  norms: [
    'The norms are a practical guide to responsible behaviour and must be respected by all.', 'We welcome the work on the norms implementation checklist.',
    '{year}, {self} {national_step}.', 'The protection of critical infrastructure is at the heart of several norms.',
    'Norms guidance helps States understand what implementation looks like in practice.', 'Sharing national experiences of implementation is valuable for all delegations.',
  ],
  'international-law': [
    'International law, and in particular the Charter of the United Nations, is applicable and essential to maintaining peace and stability.',
    'We welcome the growing number of national positions on how international law applies.', 'Discussions on {il_topic} deserve further attention.',
    '{year}, {self} published its national position on the application of international law in cyberspace.', 'Capacity building on international law is essential for many delegations.',
    'We note the convergence on {il_topic} in recent discussions.',
  ],
  cbms: [
    'Confidence-building measures are an essential tool to reduce tensions and the risk of misperception.', 'We welcome the operationalisation of {cbm}.',
    '{self} has nominated its diplomatic and technical points of contact.', 'The experience of {region_org} with regional confidence-building measures is instructive.',
    'We participated in {cbm} and found it useful.', 'Regional and sub-regional organisations such as {region_org} play a valuable role.',
  ],
  'capacity-building': [
    'Capacity building should be {cb_quality} and {cb_quality2}.', '{Self} has benefited from {cb_what} and thanks its partners.', '{year}, we supported {cb_what} in our region.',
    'Bridging the digital divide is essential for the implementation of the framework.', 'Capacity building is a two-way street, and all States have something to contribute.',
    'We attach {emphasis} to the principles of capacity building agreed in the 2021 report.', 'Developing countries need sustained support, not one-off projects.',
    'We welcome the Global Roundtable on ICT capacity building held in New York.', 'The needs of small island developing States deserve special attention.',
    'Capacity building should respect the principles of national ownership and leadership, and it should be guided by the specific needs identified by recipient States themselves.',
    'We see great value in South-South and triangular cooperation, through which States can learn from each other and share good practices adapted to their circumstances.',
    'Needs assessments and national strategies allow States to make the most of international cooperation and to set priorities for the development of their capacities.',
  ],
  rid: [
    'The future mechanism should be single-track, State-led, action-oriented and permanent.', 'We must ensure a seamless transition from this OEWG to the future mechanism.',
    'The elements in Annex C of the third annual progress report are a good foundation.', 'The mechanism should not impose a greater burden on delegations than the current OEWG.',
    'Resource constraints of smaller delegations must be borne in mind in the design of the mechanism.', 'We should avoid duplication with other processes in the UN system.',
    'We welcome the discussion paper on the future mechanism and the town hall meeting.', 'The modalities of the mechanism should be decided before the organisational session.',
    'The two-year biennial cycle could serve as the programme of work of the mechanism.', 'A review conference after four years would allow adjustments.',
    'The future mechanism must build on the consensus outcomes of this Group and preserve the cumulative and evolving framework as its foundation.',
    'We should take decisions on the remaining elements in July, so that the new mechanism does not spend its first session discussing modalities.',
    'The sequencing of meetings deserves careful thought, so that plenary sessions and any subsidiary discussions reinforce each other rather than compete for the time of delegations.',
  ],
  report: [
    'We welcome {apr} as a good basis for our work.', 'We believe that {report_part} needs to be strengthened.', 'We will share detailed textual proposals on {report_part} in writing.',
    '{apr} should reflect the views of all Member States in a balanced manner.', 'We are ready to show flexibility to reach consensus on {apr}.',
    'We appreciate that many of our earlier proposals are reflected in {apr}.', 'The language in {report_part} could be more concrete.',
  ],
};

const NATIONAL = [
  '{year}, {self} {national_step}.', '{year}, we {national_step}.', 'We have {national_step} and would be glad to share our experience.', 'At the national level, we have {national_step}.',
  'We are proud to have {national_step}, with the support of our partners.', 'We stand ready to share our experience of {cb_what} with interested States.', 'At the national level, {self} has {national_step}.',
];

const EARLY = [
  'I will be brief and focus on a few specific points.', 'Many of the points we wished to raise have already been made by previous speakers.',
  'In the interest of time, I will deliver a shortened version of our statement; the full text will be made available.', 'Allow me to respond to the guiding questions you have circulated.',
];

const MENTIONS = [
  'We have listened carefully to the views expressed on {m}.', 'We take note of the discussion on {m}.', 'We look forward to further discussion on {m}.',
  'We thank {other} for its presentation on {m}.', 'Several delegations referred to {m} this morning.', 'We have studied the documents on {m} with interest.',
  'The question of {m} will need further reflection in capitals.', 'We will return to {m} at a later stage of our discussions.',
];

const LOOK_FORWARD = [
  'We {commit} {work}.', 'We look forward to continuing our discussions at {next}.', 'We stand ready to work with you and all delegations to reach consensus.',
  'We will continue to engage constructively in {next}.', 'We count on your leadership to guide us towards {work}.', 'We look forward to engaging with all delegations at {next}.',
];

const CLOSINGS = ['I thank you, {chair}.', 'Thank you, {chair}.', 'Thank you.', 'I thank you.', 'Thank you very much.', 'Thank you for your attention.'];

/** Subject-neutral clauses a reporter attributes without any position: "Kenya noted that {c}". */
const REPORTED_CLAUSES: Record<Topic | 'any', readonly string[]> = {
  any: [
    'trust among States is the foundation of the process', 'the OEWG remains the only universal forum for these discussions', 'consensus outcomes must be preserved',
    'the framework of responsible State behaviour should guide all future work', 'the needs of developing countries deserve particular attention',
    'national experiences offer useful lessons for other delegations', 'geopolitical tensions make the work of the Group more necessary than ever',
  ],
  organisational: ['the Group should start its work on a sound procedural footing', 'the programme of work should leave enough time for each agenda item'],
  general: ['the threat landscape {grows}', 'no State can address these challenges alone'],
  threats: ['the threat posed by {threat} is a growing concern for {victim}', 'a shared understanding of threats is the starting point of cooperation', 'the threat landscape {grows}'],
  norms: ['the norms are a practical guide to responsible behaviour', 'the protection of critical infrastructure is at the heart of several norms', 'sharing national experiences of implementation is valuable'],
  'international-law': ['the Charter of the United Nations applies in its entirety to cyberspace', 'discussions on {il_topic} deserve further attention', 'national positions on international law help build common understandings'],
  cbms: ['the Points of Contact Directory should be used in practice', 'regional organisations such as {region_org} play a valuable role', 'confidence-building measures reduce the risk of misperception'],
  'capacity-building': ['capacity building should be {cb_quality} and {cb_quality2}', 'bridging the digital divide is essential', 'developing countries need sustained support, not one-off projects'],
  rid: ['the future mechanism should be single-track and State-led', 'a seamless transition to the future mechanism is essential', 'the mechanism should not overburden small delegations'],
  report: ['the report should reflect the views of all Member States in a balanced manner', 'flexibility will be needed from all sides to reach consensus on the report'],
};
const REPORTED_VERBS = ['noted', 'recalled', 'observed', 'emphasised', 'underlined', 'highlighted', 'pointed out'];

function say(rng: Rng, templates: readonly string[], who: Who, vars: Record<string, string> = {}): string {
  const s = expand(rng, rng.pick(templates), SLOTS, { self: who.self, Self: capitalise(who.self), other: who.other, ...vars });
  return capitalise(s);
}

const impersonalCache = new Map<Topic, readonly string[]>();
function impersonal(topic: Topic): readonly string[] {
  let list = impersonalCache.get(topic);
  if (!list) impersonalCache.set(topic, (list = [...GENERAL[topic], ...GENERAL.any].filter((t) => !/\{(self|Self|other)\}|^(I|Let me|Allow me) /.test(t))));
  return list;
}

export const neutral = {
  /** A general remark with no reference to the speaker (joint statements, reporters). */
  impersonal: (rng: Rng, topic: Topic) => capitalise(expand(rng, rng.pick(impersonal(topic)), SLOTS)),
  opener: (rng: Rng, who: Who) => say(rng, OPENERS, who),
  thanks: (rng: Rng, who: Who) => say(rng, THANKS, who),
  general: (rng: Rng, who: Who, topic: Topic) => say(rng, rng.chance(0.55) ? GENERAL[topic] : GENERAL.any, who),
  national: (rng: Rng, who: Who) => say(rng, NATIONAL, who),
  early: (rng: Rng, who: Who) => say(rng, EARLY, who),
  /** A reporter's neutral attribution: "{S} noted that ..." with no position in it. */
  reported: (rng: Rng, subject: string, topic: Topic) =>
    capitalise(`${subject} ${rng.pick(REPORTED_VERBS)} that ${expand(rng, rng.pick(rng.chance(0.6) ? REPORTED_CLAUSES[topic] : REPORTED_CLAUSES.any), SLOTS)}.`),
  mention: (rng: Rng, who: Who, issue: IssueId) => say(rng, MENTIONS, who, { m: rng.pick(PHRASEBOOK[issue].mention) }),
  lookForward: (rng: Rng, who: Who) => say(rng, LOOK_FORWARD, who),
  closing: (rng: Rng, who: Who) => say(rng, CLOSINGS, who),
};

/** The slot vocabulary, for writers that build their own neutral lines. */
export function neutralLine(rng: Rng, template: string, vars: Record<string, string> = {}): string {
  return capitalise(expand(rng, template, SLOTS, vars));
}
