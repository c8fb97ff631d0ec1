// Shape 2: a joint statement whose signatories are listed in its first lines ("Joint
// statement by the Republic of Belarus, ... and the Bolivarian Republic of Venezuela"),
// in the first person plural, often as numbered points. Every signatory is an author, so
// only issues on which all signatories hold the same position are stated.
import { ordinalWord } from '../calendar';
import { samePosition, type HeldPosition, type PositionBook } from '../drift';
import { ISSUES, issuesOnTable } from '../issues';
import type { DocumentPlan } from '../plan';
import type { Rng } from '../prng';
import { delegation } from '../roster';
import { neutral, neutralLine } from '../templates/neutral';
import { capitalise, renderStance } from '../templates/render-stance';
import type { EmittedStance } from '../compose/stance-record';
import { unique } from '../compose/unique';
import { joinNames } from './text-utils';
import type { WrittenDocument } from './written';

const SUBJECTS: Record<string, readonly string[]> = {
  report: ['the draft annual progress report of the Open-ended Working Group on security of and in the use of ICTs 2021-2025', 'the zero draft of the final report of the OEWG', 'the revised draft of the annual progress report (Rev.1)'],
  rid: ['regular institutional dialogue on security in the use of ICTs', 'the future permanent mechanism on ICT security', 'the modalities of the future mechanism'],
  general: ['the work of the Open-ended Working Group on security of and in the use of ICTs 2021-2025', 'international information security'],
};

const JOINT_NEUTRAL = [
  'We remain committed to engaging constructively in the negotiations and look forward to crafting balanced and factual language.',
  'The OEWG is an intergovernmental process in which negotiation and decision-making are exclusive prerogatives of Member States.',
  'The document should treat equally the variety of national proposals put forward by States within the OEWG.',
  'Issues that fall outside the scope of the mandate of the OEWG should not be included.',
  'We note that the revised draft has a number of drawbacks that raise concerns about the text.',
  'We express our full support to the Open-ended Working Group and look forward to tangible results of its work.',
  'We wish that the report could satisfy all Member States and garner an unquestionable consensus.',
  'We reiterate our deep disappointment at the failure to issue visas for a number of delegates.',
  'We reaffirm our commitment to {framework}.', 'Our shared goal remains {value}.', 'We attach {emphasis} to {work}.',
  'We stand ready to work with all delegations in a spirit of compromise.', 'We welcome the efforts of the Chair to find common ground.',
  'The document should not predetermine future decisions of States, which must be taken by consensus and within the OEWG rather than imposed by a group of States.',
  'It should not lay excessive emphasis on some national initiatives, including through dedicated sessions or intersessional meetings, while neglecting others.',
  'We call upon all delegations to refrain from politicising the discussions and to focus on the substance of the mandate entrusted to the Group by the General Assembly.',
  'The principles of sovereign equality, non-interference in internal affairs and the peaceful settlement of disputes must guide the work of the Group at every stage.',
  'We would like to kindly request the Chair to ensure that the views and concerns of all Member States are reflected in a balanced and factual manner.',
];

/** Issues on which all signatories agree; drops the most dissenting signatory until two are left or at least two issues are shared. */
function agreedIssues(plan: DocumentPlan, book: PositionBook): { signatories: string[]; agreed: HeldPosition[] } {
  let signatories = plan.speakers.slice();
  const onTable = ISSUES.filter((i) => i.from <= plan.session.number).map((i) => i.id);
  for (;;) {
    const agreed: HeldPosition[] = [];
    const dissent = new Map<string, number>();
    for (const issue of onTable) {
      const lead = book.get(signatories[0] as string, issue, plan.session.number);
      const others = signatories.map((c) => book.get(c, issue, plan.session.number));
      if (others.every((h) => samePosition(h, lead))) agreed.push(lead as HeldPosition);
      else for (const [i, h] of others.entries()) if (!samePosition(h, lead)) dissent.set(signatories[i] as string, (dissent.get(signatories[i] as string) ?? 0) + 1);
    }
    if (agreed.length >= 3 || signatories.length <= 3) return { signatories, agreed };
    const worst = [...dissent].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
    if (!worst) return { signatories, agreed };
    signatories = signatories.filter((c) => c !== worst);
  }
}

export function writeJointStatement(rng: Rng, plan: DocumentPlan, book: PositionBook): WrittenDocument {
  const { signatories, agreed } = agreedIssues(plan, book);
  const formal = signatories.map((c) => delegation(c).formal);
  const list = joinNames(formal);
  const subject = rng.pick(SUBJECTS[plan.topic] ?? SUBJECTS.general ?? []);
  const markdown = rng.chance(0.6);
  const said = new Set<string>();
  const line = (t: string) => neutralLine(rng, t, { self: 'our delegations', Self: 'Our delegations', other: 'the Chair' });
  const filler = () => unique(said, () => (rng.chance(0.5) ? line(rng.pick(JOINT_NEUTRAL)) : neutral.impersonal(rng, plan.topic)));
  const stances: EmittedStance[] = [];

  const heading = markdown ? `**Joint statement by *${list}* on ${subject}**` : `Joint Statement by ${list} on ${subject}`;
  const opening = `We, ${markdown ? `*${list}*` : list}, ${rng.pick([
    `express our full support to the Open-ended Working Group and look forward to ensuring tangible results of its ${ordinalWord(Math.max(1, plan.session.number))} session`,
    'wish to share our joint views on the issues before the Group',
    'would like to make the following joint remarks',
  ])}. ${unique(said, () => line(rng.pick(JOINT_NEUTRAL)))}`;

  const weights = new Map(issuesOnTable(plan.topic, plan.session.number).map((i) => [i.id, i.weight]));
  const chosen = rng.shuffle(agreed).sort((a, b) => (weights.get(b.issue) ?? 0.5) - (weights.get(a.issue) ?? 0.5)).slice(0, rng.between(4, 7));
  const points = rng.shuffle(chosen).map((held, i) => {
    const sentences = [renderStance(rng, held, { kind: 'joint' })];
    stances.push({ actors: signatories, issue: held.issue, position: held.position, ...(held.value !== undefined ? { value: held.value } : {}), quote: sentences[0] as string });
    for (let k = rng.between(4, 7); k > 0; k--) sentences.push(filler());
    return `${i + 1}) ${sentences.join(' ')}`;
  });
  const closing = [1, 2, 3].map(() => unique(said, () => line(rng.pick(JOINT_NEUTRAL)))).join(' ');
  const text = [heading, 'Mr. Chair,', opening, ...points, 'Mr. Chair,', closing, rng.pick(['Thank you, Mr. Chair.', 'I thank you.', 'Thank you.'])].join('\n\n');
  return { text: `\n\n${text}`, title: capitalise(`Joint statement on ${subject}`), stances };
}
