// Shape 1: a single delegation's statement with a header (mission, speaker, session,
// agenda item, "New York, <date>"), as extracted from the PDF a mission publishes. Group
// statements (the EU, NAM, the Arab Group) share the shape, read by a member state.
import { longDate, ordinal, ordinalWord } from '../calendar';
import { composeIntervention } from '../compose/intervention';
import type { PositionBook } from '../drift';
import { topicModel } from '../issues';
import type { DocumentPlan } from '../plan';
import type { Rng } from '../prng';
import { delegation, EU_CODE, groupSpeaker, spoken } from '../roster';
import { capitalise } from '../templates/render-stance';
import { person } from './people';
import { pdfArtifacts } from './text-utils';
import type { WrittenDocument } from './written';

export function writeStatement(rng: Rng, plan: DocumentPlan, book: PositionBook): WrittenDocument {
  const author = delegation(plan.speakers[0] as string);
  const reader = author.kind === 'group' ? delegation(groupSpeaker(author.code, plan.session.number)) : author;
  const topic = topicModel(plan.topic);
  const who = person(rng);
  const s = plan.session;
  const sessionLine =
    s.number === 0
      ? 'At the Organizational Session of the Open-ended Working Group on Security of and in the Use of ICTs 2021-2025'
      : rng.pick([
          `At the ${ordinal(s.number)} Substantive Session of the OEWG on Security of and in the Use of ICTs`,
          `Open-ended Working Group on security of and in the use of information and communications technologies 2021-2025, ${capitalise(ordinalWord(s.number))} substantive session`,
          `${capitalise(ordinalWord(s.number))} substantive session of the Open-ended Working Group on ICTs (OEWG 2021-2025)`,
        ]);
  const where = `New York, ${longDate(plan.date)}`;
  const header: string[] = [];
  if (rng.chance(0.5)) header.push(rng.pick(['Please check against delivery', 'Check against delivery', 'CHECK AGAINST DELIVERY']));
  if (author.code === EU_CODE) {
    header.push(`Statement by ${who.name}, ${rng.pick(['Head of Delegation', 'Deputy Head of Delegation', 'Cyber Diplomacy Coordinator'])}, Delegation of the European Union to the United Nations`);
    header.push('on behalf of the European Union and its Member States');
    header.push(sessionLine);
  } else if (author.kind === 'group') {
    header.push(`Statement by ${reader.formal} on behalf of ${author.formal}`);
    header.push(`Delivered by ${who.name}, ${who.role}, Permanent Mission of ${reader.formal} to the United Nations`);
    header.push(sessionLine);
  } else {
    header.push(rng.chance(0.7) ? `Statement by ${who.name} ${who.role}` : `STATEMENT BY ${who.name.toUpperCase()}, ${who.role.toUpperCase()}`);
    header.push(`Permanent Mission of ${author.formal} to the United Nations\n${sessionLine}`);
  }
  header.push(rng.chance(0.6) ? `On "${topic.label}" ${where}` : `Agenda item ${topic.agendaItem}: ${topic.label}\n\n${where}`);
  if (author.code === 'IRN' && rng.chance(0.8)) header.push('In the Name of God, the Compassionate, the Merciful');

  const body = composeIntervention(rng, { author, session: s.number, topic: plan.topic, book, groupsHeard: new Set(), length: rng.between(34, 54), extraStances: rng.between(1, 2) });
  // Statements open with the salutation on its own line and keep their paragraphs.
  const paragraphs = body.paragraphs.map((p) => p.join(' '));
  const first = body.paragraphs[0]?.[0];
  if (first && /^(Thank you|Mr\. Chair|Chair)/.test(first)) paragraphs[0] = (body.paragraphs[0] ?? []).slice(1).join(' ');
  const text = [...header, rng.pick(['Mr. Chair,', 'Mr. Chairman,', 'Chair,', 'Mr. Chair, distinguished delegates,']), ...pdfArtifacts(rng, paragraphs.filter(Boolean), body.stances.map((x) => x.quote))].join('\n\n');
  const title = author.kind === 'state' ? `Statement by ${spoken(author)} on ${topic.label.toLowerCase()}` : `Statement on behalf of ${author.formal} on ${topic.label.toLowerCase()}`;
  return { text: capitalise(text), title: capitalise(title), stances: body.stances };
}
