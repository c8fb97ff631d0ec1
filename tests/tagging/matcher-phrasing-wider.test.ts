// Wider diplomatic phrasing, rule by rule: sentences written for this spec (not taken from any
// gold set), each cue shown firing and, at least as often, a near miss where it must not:
// negation, a hedge, another state's view reported, a question, or the topic word in another sense.
import { describe, expect, test } from 'vitest';
import { tag } from './tagging-fixture';

type Case = [sentence: string, expected: string[], speaker?: string | string[]];

const CASES: Record<string, Case[]> = {
  'negation: "do not see the need for" reaches a few words further than "not"': [
    ['We do not see the need for a dedicated thematic group on capacity building.', ['capacity-building-group:cross-cutting']],
    ['My delegation sees no added value in a separate track on international law.', ['international-law-group:integrated']],
    ['We see the need for a dedicated thematic group on capacity building.', ['capacity-building-group:dedicated']],
    ['Some delegations do not see the need for a separate group on international law.', []],
    ['Do we really see no need for a separate group on international law?', []],
  ],
  'negation: "not convinced that" reaches into the clause it opens': [
    ['We are not convinced that a separate group on international law would help small delegations.', ['international-law-group:integrated']],
    ['We are not yet persuaded that a new global database of threats would make a difference.', ['threat-repository:oppose']],
    ['We are convinced that a separate group on international law would help small delegations.', ['international-law-group:dedicated']],
    ['A few states are not convinced that a separate group on international law would help.', []],
    ['We were never convinced by the critics of a dedicated group on capacity building, and we support one.', ['capacity-building-group:dedicated']],
  ],
  'negation: "better spent on X than on Y" rejects Y': [
    ['Our limited resources are better spent on implementing existing commitments than on drafting a legally binding treaty.', ['legally-binding-instrument:oppose']],
    ['It would be wiser to focus on capacity building than to negotiate a legally binding instrument now.', ['legally-binding-instrument:oppose']],
    ['We need a legally binding instrument, which would protect small states better than voluntary norms do.', ['legally-binding-instrument:support']],
    ['A legally binding instrument is needed more than ever.', ['legally-binding-instrument:support']],
  ],
  'negation: cautioning against diverting resources into something': [
    ['We caution against diverting the attention of the mechanism into developing new norms.', ['norms-development:implement-existing']],
    ['We would risk diverting scarce expertise towards drafting additional rules.', ['norms-development:implement-existing']],
    ['We support shifting resources from meetings to developing new norms for emerging technologies.', ['norms-development:develop-new']],
    ['We should develop new norms on artificial intelligence.', ['norms-development:develop-new']],
  ],
  'commitment: a group statement speaks as "the Group"': [
    ['The Group favours thematic groups that mirror the pillars of the current mandate.', ['thematic-group-structure:pillar-based'], 'G77'],
    ['The Group strongly supports a dedicated thematic group on capacity building.', ['capacity-building-group:dedicated'], 'G77'],
    ['The Group of Friends on capacity building met to discuss a dedicated group on capacity building.', [], 'G77'],
    ['The Group of Friends held a side event on thematic groups that mirror the pillars of the mandate.', [], 'G77'],
  ],
  'negation stops at a new verb of speech': [
    ['Norway cautioned against reopening the framework, maintaining that existing international law is sufficient.', ['legally-binding-instrument:oppose'], 'NOR'],
    ['Fiji said it could not afford the travel and asked that all sessions remain in New York.', ['meeting-venue:new-york'], 'FJI'],
    ['Norway cautioned against claims that existing international law is sufficient.', [], 'NOR'],
    ['Fiji could not accept that sessions remain in New York.', ['meeting-venue:rotate'], 'FJI'],
  ],
  'legally-binding-instrument: no new treaty is needed': [
    ['Existing law applies in full, and no new convention is needed for cyberspace.', ['legally-binding-instrument:oppose']],
    ['We firmly believe that no additional legally binding instrument is required.', ['legally-binding-instrument:oppose']],
    ['A new convention is needed for cyberspace.', ['legally-binding-instrument:support']],
    ['No new convention was adopted at the last session.', []],
    ['We recall that no new convention on cybercrime is needed beyond the one just adopted.', []],
  ],
  'legally-binding-instrument: a normative framework is sufficient only when said of the framework itself': [
    ['The normative framework remains sufficient to guide state behaviour.', ['legally-binding-instrument:oppose', 'norms-development:implement-existing']],
    ['On the normative framework, we think the eleven norms on critical infrastructure remain adequate for now.', ['norms-development:implement-existing']],
    ['The legal framework for data protection at home is sufficient.', []],
  ],
  'decision-making: consensus as the basis of decisions, and votes once efforts are exhausted': [
    ['Consensus should remain the rule for all decisions of the permanent body.', ['decision-making:consensus']],
    ['For us consensus is the cornerstone of decision-making in any security forum.', ['decision-making:consensus']],
    ['Consensus should not be the rule for all decisions, in particular procedural ones.', ['decision-making:flexible']],
    ['The report was adopted by consensus, which was a basis for the decisions of the General Assembly.', []],
    ['Procedural matters should be put to a vote once all efforts to reach consensus have failed.', ['decision-making:flexible']],
    ['The rules of procedure of the future body should allow for voting on procedural questions.', ['decision-making:flexible']],
    ['The rules of procedure should not allow for a vote on any matter.', ['decision-making:consensus']],
    ['Several delegations proposed that the rules allow for voting on procedural matters.', []],
    ['Once consensus is reached, the Chair will announce the vote count of the General Assembly?', []],
    ['All decisions of the permanent mechanism, on matters of procedure as well as substance, should be taken by consensus.', ['decision-making:consensus']],
    ['Many decisions of this Working Group, on matters of procedure as well as substance, were reached by consensus in the end.', []],
  ],
  'meeting-format: hybrid as a last resort, and sessions held in person': [
    ['Online formats should be a measure of last resort for our negotiations.', ['meeting-format:in-person']],
    ['We could accept virtual participation limited to exceptional circumstances such as a pandemic.', ['meeting-format:in-person']],
    ['We would prefer that the formal sessions of the mechanism be held in person.', ['meeting-format:in-person']],
    ['Hybrid participation should not be limited to exceptional circumstances.', ['meeting-format:hybrid']],
    ['The formal sessions need not be held only in person.', ['meeting-format:hybrid']],
    ['Last year the sessions were held in person.', []],
    ['Some delegations asked that the sessions be held in person.', []],
  ],
  'stakeholder-participation: their participation, their role kept limited, equal footing': [
    ['Civil society brings expertise, and their full participation in the formal meetings would benefit us all.', ['stakeholder-participation:expand']],
    ['We value academia and industry and support their meaningful participation in the thematic groups.', ['stakeholder-participation:expand']],
    ['Industry and academia are welcome, but their role in the formal sessions must remain limited.', ['stakeholder-participation:limit']],
    ['The participation of NGOs in the plenary should be confined to consultative status.', ['stakeholder-participation:limit']],
    ['The participation of NGOs in the plenary should not be limited to a consultative status.', ['stakeholder-participation:expand']],
    ['Non-governmental organisations cannot be placed on an equal footing with member states.', ['stakeholder-participation:limit']],
    ['The contribution of the private sector should not be overestimated in an intergovernmental process.', ['stakeholder-participation:limit']],
    ['Some delegations argued that the role of NGOs must remain limited.', []],
    ['States have a limited role in the stakeholder consultations of the private sector.', []],
    ['The importance of capacity building should not be overestimated by stakeholders alone, we heard?', []],
  ],
  'stakeholder-veto: the right of objection kept, or no single state able to exclude': [
    ['We insist that the no-objection rule for accrediting organisations be carried over to the new body unchanged.', ['stakeholder-veto:support']],
    ['The right of each state to object to the accreditation of an NGO must remain intact.', ['stakeholder-veto:support']],
    ['We do not believe the no-objection rule should remain unchanged.', ['stakeholder-veto:oppose']],
    ['Some delegations asked that the no-objection rule be carried over unchanged.', []],
    ['It is not acceptable that one state should be able to exclude organisations that everyone else has welcomed.', ['stakeholder-veto:oppose']],
    ['No single state should have the power to block the participation of accredited NGOs.', ['stakeholder-veto:oppose']],
    ['Under the current modalities any state may block the participation of an NGO.', []],
    ['A single delegation was able to block the accreditation of several organisations, as the Chair reported.', []],
  ],
  'negation: "questions" as a noun is no doubt cast': [
    ['Questions of international law should be taken up through each of the dedicated groups.', ['international-law-group:integrated']],
    ['We question the need for a separate group on international law.', ['international-law-group:integrated']],
    ['We have serious questions about the need for a legally binding instrument at this stage.', ['legally-binding-instrument:oppose']],
  ],
  'international-law-group: through all groups, or isolated in one': [
    ['International law should run through all of the thematic groups.', ['international-law-group:integrated']],
    ['Questions of international law should be taken up through each of the dedicated groups.', ['international-law-group:integrated']],
    ['We doubt that isolating international law in a group of its own would help states reach common understandings.', ['international-law-group:integrated']],
    ['We are not convinced that confining international law to one separate group is wise.', ['international-law-group:integrated']],
    ['Isolating international law in a group of its own was discussed at length last week.', []],
    ['We believe international law needs its own dedicated working group.', ['international-law-group:dedicated']],
    ['International law should be examined through a dedicated group of legal experts.', ['international-law-group:dedicated']],
    ['The international law of the sea deserves more attention than it gets.', []],
  ],
  'capacity-building-group: addressed through a track of its own, or not isolated': [
    ['We call for capacity building to be addressed through a dedicated track of its own.', ['capacity-building-group:dedicated']],
    ['Capacity building deserved a dedicated group of its own, in our view.', ['capacity-building-group:dedicated']],
    ['We insist that capacity building have a dedicated thematic group.', ['capacity-building-group:dedicated']],
    ['We do not think capacity building should be isolated in a separate working group.', ['capacity-building-group:cross-cutting']],
    ['Capacity building should not be isolated in a separate group.', ['capacity-building-group:cross-cutting']],
    ['Some delegations insisted that capacity building have a dedicated thematic group.', []],
    ['Capacity building has had a dedicated group in the regional forum for years, the Chair noted.', []],
    ['Would capacity building be addressed through a dedicated track?', []],
  ],
  'thematic-group-structure: organising groups around policy problems': [
    ['We see merit in organising the thematic groups around shared policy problems.', ['thematic-group-structure:cross-cutting']],
    ['We favour structuring the dedicated groups around concrete challenges such as critical infrastructure.', ['thematic-group-structure:cross-cutting']],
    ['We do not favour organising the groups around policy problems rather than pillars.', ['thematic-group-structure:pillar-based']],
    ['Several delegations proposed organising the groups around shared policy problems.', []],
    ['We organised our national working groups around policy problems last year, and learned a lot.', []],
  ],
  'norms-development: adding norms, adequate norms, focus on implementing': [
    ['Rather than adding new norms, states should implement the ones they have.', ['norms-development:implement-existing']],
    ['We favour adding new norms on the protection of undersea cables.', ['norms-development:develop-new']],
    ['In our view the agreed norms remain adequate, and what is lacking is their implementation.', ['norms-development:implement-existing']],
    ['The existing norms are not sufficient to address emerging technologies.', ['norms-development:develop-new']],
    ['The focus of the permanent body should be on helping states in implementing the framework we already agreed.', ['norms-development:implement-existing']],
    ['Some delegations said that the agreed norms remain adequate.', []],
    ['Are the eleven norms sufficient for the challenges ahead?', []],
    ['Budget rules are adequate for the secretariat.', []],
  ],
  'mechanism-format: no preference between formats, whatever it is called': [
    ['We do not have a strong preference for one format or another for the future mechanism.', ['mechanism-format:open']],
    ['We can work with any permanent mechanism, whether it takes the form of an OEWG or of a Programme of Action.', ['mechanism-format:open']],
    ['We have a clear preference for the format of a Programme of Action.', ['mechanism-format:poa']],
    ['The Chair asked whether the future mechanism will be a Programme of Action or an OEWG.', []],
    ['States must decide whether the future body is a Programme of Action or an OEWG.', []],
  ],
  'meeting-venue: meetings that continue to be held in New York': [
    ['We prefer that all meetings continue to be held in New York, where every state has a mission.', ['meeting-venue:new-york']],
    ['The thematic groups should stay in New York for reasons of cost.', ['meeting-venue:new-york']],
    ['Sessions need not always take place in New York.', ['meeting-venue:rotate']],
    ['The second session took place in New York last July.', []],
    ['Some delegations asked that meetings remain in New York.', []],
    ['Small states without missions in Geneva asked us to keep costs in mind; we support rotating venues among regions.', ['meeting-venue:rotate']],
  ],
  'capacity-building-coordination: a portal or fund under the UN, no new structures': [
    ['We favour a voluntary fund for cyber capacity building under the auspices of the United Nations.', ['capacity-building-coordination:support']],
    ['We support the portal proposed by India and hope it will be hosted and maintained by the Office for Disarmament Affairs.', ['capacity-building-coordination:support']],
    ['We would caution against creating new coordination structures for capacity building within the Secretariat.', ['capacity-building-coordination:oppose']],
    ['We do not support a fund for capacity building under the United Nations.', ['capacity-building-coordination:oppose']],
    ['The portal proposed by India was presented to the Working Group last week.', []],
    ['Some delegations cautioned against creating new coordination structures for capacity building.', []],
    ['The fund under the auspices of the United Nations was mentioned by Brazil?', []],
  ],
  'threat-repository: misuse, no added value, politicisation': [
    ['A shared repository of this kind could easily be misused for politically motivated attribution.', ['threat-repository:oppose']],
    ['We fear a global threat repository would become politicised.', ['threat-repository:oppose']],
    ['We are not convinced that a new global database would add value to existing CERT channels.', ['threat-repository:oppose']],
    ['A global database of incidents would help developing countries.', ['threat-repository:support']],
    ['Some delegations warned that such a repository could be misused for the purposes of attribution.', []],
    ['We will ensure that the repository we propose could never be used for attribution; we support a repository of threats.', ['threat-repository:support']],
    ['Our national database of contacts would help the points of contact directory?', []],
  ],
};

describe.each(Object.entries(CASES))('matchSentence on %s', (_name, cases) => {
  test.each(cases.map(([s, e, sp]) => [s, e, sp ?? 'XXX'] as const))('%s -> %j', (sentence, expected, speaker) => {
    expect(tag(sentence, speaker as string | string[])).toEqual(expected);
  });
});
