// The phrasing of these debates, issue by issue: sentences written for this spec (not taken
// from the development corpus), labelled by the codebook, with the positions they must yield.
import { describe, expect, test } from 'vitest';
import { tag } from './tagging-fixture';

type Case = [sentence: string, expected: string[], speaker?: string];

const CASES: Record<string, Case[]> = {
  'legally-binding-instrument': [
    ['The time has come to start negotiations on a universal legally binding convention on international information security.', ['legally-binding-instrument:support']],
    ['We call for the elaboration of a universal international legal instrument on ICT security.', ['legally-binding-instrument:support']],
    ['We continue to believe that a legally binding instrument is necessary to regulate state behaviour in cyberspace.', ['legally-binding-instrument:support']],
    ['We believe that existing international law is applicable to cyberspace and there is no need for a new treaty.', ['legally-binding-instrument:oppose']],
    ['Our delegation is not convinced that a new legally binding instrument is needed at this stage.', ['legally-binding-instrument:oppose']],
    ['A new legally binding instrument would be premature and would divert attention from implementation.', ['legally-binding-instrument:oppose']],
    ['We are not against a legally binding instrument, but it is premature.', ['legally-binding-instrument:open']],
    ['States must comply with their legally binding obligations under the Charter.', []],
    ['There is no legal vacuum in cyberspace.', ['legally-binding-instrument:oppose']],
  ],
  'mechanism-format': [
    ['We firmly support the establishment of a Programme of Action as the single-track permanent mechanism.', ['mechanism-format:poa']],
    ['We see the Programme of Action as the best vehicle for regular institutional dialogue.', ['mechanism-format:poa']],
    ['We call for the establishment of a permanent OEWG with decision-making functions.', ['mechanism-format:oewg']],
    ['The future permanent body should be established under the auspices of the First Committee as an open-ended working group.', ['mechanism-format:oewg']],
    ['We cannot accept any attempt to impose the so-called Programme of Action on the international community.', ['mechanism-format:oewg']],
    ['We are open to a Programme of Action.', ['mechanism-format:open']],
    ['The future mechanism should be a single-track process under the UN, whatever its name.', ['mechanism-format:open']],
    ['We oppose the creation of a Programme of Action, which would duplicate the OEWG.', ['mechanism-format:oewg']],
    ['The future permanent mechanism should be established by consensus.', []],
    ['We believe the OEWG should remain the only platform for discussions on ICT security under the UN.', ['mechanism-format:oewg']],
  ],
  'stakeholder-participation': [
    ['We welcome the participation of NGOs, academia and the private sector in the work of the future mechanism.', ['stakeholder-participation:expand']],
    ['Non-governmental organisations with ECOSOC consultative status should be able to attend the plenary sessions.', ['stakeholder-participation:expand']],
    ['We insist on the strictly intergovernmental character of the future mechanism.', ['stakeholder-participation:limit']],
    ['Non-governmental organisations should only participate in informal consultations.', ['stakeholder-participation:limit']],
    ['Stakeholders should not be able to participate in formal meetings.', ['stakeholder-participation:limit']],
    ['The role of stakeholders should be consultative only.', ['stakeholder-participation:limit']],
    ['The modalities for stakeholder participation should be as inclusive as possible.', ['stakeholder-participation:expand']],
    ['It is regrettable that we could not agree on modalities allowing the participation of stakeholders.', []],
    ['We look forward to the informal dialogue with stakeholders next week.', []],
    ['Stakeholders have shared valuable expertise during the intersessional meetings.', []],
  ],
  'stakeholder-veto': [
    ['The non-objection procedure must be preserved.', ['stakeholder-veto:support']],
    ['States should retain the sovereign right to object to the participation of any non-governmental organisation.', ['stakeholder-veto:support']],
    ['We regret that a handful of states have blocked the accreditation of reputable NGOs.', ['stakeholder-veto:oppose']],
    ['A state objecting to the accreditation of an NGO should explain its reasons, and the objection should be put to a vote.', ['stakeholder-veto:oppose']],
    ['We regret that a few states blocked the participation of ECOSOC-accredited NGOs in this session.', ['stakeholder-veto:oppose']],
    ['We call on all delegations to refrain from objecting to the accreditation of stakeholders.', ['stakeholder-veto:oppose']],
  ],
  'thematic-group-count': [
    ['We support the establishment of two dedicated thematic groups, one on specific challenges and one on capacity building.', ['thematic-group-count:value:2']],
    ['Our delegation can accept the Chair\'s proposal for two dedicated thematic groups.', ['thematic-group-count:value:2']],
    ['We do not support the creation of thematic groups, which would overburden small delegations.', ['thematic-group-count:none']],
  ],
  'thematic-group-structure': [
    ['Thematic groups should reflect all the main areas of the OEWG mandate.', ['thematic-group-structure:pillar-based']],
    ['We support cross-cutting thematic groups organised around concrete policy challenges.', ['thematic-group-structure:cross-cutting']],
  ],
  'international-law-group': [
    ['We strongly believe that international law deserves its own dedicated thematic group.', ['international-law-group:dedicated']],
    ['Like Australia, we do not favour a dedicated group on international law.', ['international-law-group:integrated']],
    ['A separate track on international law would risk siloing the discussion.', ['international-law-group:integrated']],
    ['International law should be discussed in all thematic groups rather than in a separate group.', ['international-law-group:integrated']],
    ['We support the creation of a standing committee on international law.', ['international-law-group:dedicated']],
  ],
  'capacity-building-group': [
    ['We support a dedicated working group on capacity building.', ['capacity-building-group:dedicated']],
    ['Capacity building deserves a dedicated thematic group of its own.', ['capacity-building-group:dedicated']],
    ['We share the view that capacity building should be a cross-cutting theme across all dedicated thematic groups.', ['capacity-building-group:cross-cutting']],
    ['Instead of a separate group on capacity building, capacity building should be integrated into all thematic discussions.', ['capacity-building-group:cross-cutting']],
  ],
  'decision-making': [
    ['All decisions, including on procedural issues, must be adopted exclusively by consensus.', ['decision-making:consensus']],
    ['The future mechanism should operate under the principle of consensus.', ['decision-making:consensus']],
    ['Where consensus cannot be reached, decisions should be taken by a two-thirds majority vote.', ['decision-making:flexible']],
    ['We welcome the adoption of the third annual progress report by consensus.', []],
  ],
  'norms-development': [
    ['We need to develop additional norms to address new technologies such as artificial intelligence.', ['norms-development:develop-new']],
    ['The priority should be the implementation of the existing framework rather than the elaboration of new norms.', ['norms-development:implement-existing']],
    ['We call on all states to implement the eleven voluntary norms of responsible state behaviour.', []],
  ],
  'meeting-format': [
    ['Virtual participation should be allowed for delegations that cannot travel to New York.', ['meeting-format:hybrid']],
    ['We are against holding meetings in hybrid format.', ['meeting-format:in-person']],
    ['Meetings should be held in person; virtual formats cannot substitute for real negotiations.', ['meeting-format:in-person']],
  ],
  'meeting-venue': [
    ['We favour holding at least one session per year in Geneva.', ['meeting-venue:rotate']],
    ['We do not support holding meetings outside New York because of budgetary constraints.', ['meeting-venue:new-york']],
    ['All sessions should take place in New York.', ['meeting-venue:new-york']],
    ['We reaffirm that the Geneva Conventions apply to cyber operations in armed conflict.', []],
  ],
  'threat-repository': [
    ['We support the creation of a global threat repository as proposed by Kenya.', ['threat-repository:support']],
    ['We have doubts about the added value of a repository of threats.', ['threat-repository:oppose']],
    ['We see merit in the proposal for a threat repository.', ['threat-repository:support']],
  ],
  'capacity-building-coordination': [
    ['The UN should establish a voluntary fund for capacity building.', ['capacity-building-coordination:support']],
    ['The UN should coordinate capacity-building efforts through a dedicated focal point in UNODA.', ['capacity-building-coordination:support']],
    ['There is no need to create new structures; the GFCE and other existing platforms already match needs and resources.', ['capacity-building-coordination:oppose']],
    ['The GFCE has done excellent work in matching needs and resources.', []],
    ['The United Nations plays a central role in promoting peace and security.', []],
  ],
};

describe.each(Object.entries(CASES))('matchSentence on %s phrasing', (_issue, cases) => {
  test.each(cases.map(([s, e, sp]) => [s, e, sp ?? 'XXX'] as const))('%s -> %j', (sentence, expected, speaker) => {
    expect(tag(sentence, speaker)).toEqual(expected);
  });
});

describe('matchSentence on reported speech in a narrative report', () => {
  test.each([
    ['Iran and China opposed any changes to the no-objection procedure for stakeholder accreditation.', ['IRN', 'CHN'], ['stakeholder-veto:support']],
    ['The UK regretted that accredited NGOs had been vetoed by a handful of states.', ['GBR'], ['stakeholder-veto:oppose']],
    ['Cuba called for a legally binding instrument and rejected the PoA.', ['CUB'], ['legally-binding-instrument:support', 'mechanism-format:oewg']],
    ['India’s proposal for a Global Cyber Security Cooperation Portal was supported by Kenya and Nigeria.', ['KEN', 'NGA'], ['capacity-building-coordination:support']],
    ['Japan was of the view that hybrid meetings should be the exception rather than the rule.', ['JPN'], ['meeting-format:in-person']],
    ['Australia and New Zealand emphasised the role of the GFCE in matching needs and resources.', ['AUS', 'NZL'], []],
  ] as const)('%s (%j) -> %j', (sentence, authors, expected) => {
    expect(tag(sentence, [...authors], { narrative: true })).toEqual(expected);
  });
});
