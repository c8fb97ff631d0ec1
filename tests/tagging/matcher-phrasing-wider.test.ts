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
  'negation: a distraction, objecting to, hesitancy, not in a position to': [
    ['Negotiating a new treaty would be a distraction from implementation.', ['legally-binding-instrument:oppose']],
    ['Spain objected to any change to the no-objection procedure.', ['stakeholder-veto:support'], 'ESP'],
    ['We are hesitant about a global repository of threats.', ['threat-repository:oppose']],
    ['We would not be in a position to support a legally binding instrument.', ['legally-binding-instrument:oppose']],
    ['We are ready to support a Programme of Action.', ['mechanism-format:poa']],
    ['Negotiating a new treaty would be a priority for the next decade.', ['legally-binding-instrument:support']],
    ['Spain called for changes to the no-objection procedure.', ['stakeholder-veto:oppose'], 'ESP'],
    ['Brazil is not in a position to support a Programme of Action, but we are.', []],
    ['Some delegations are hesitant about a global repository of threats.', []],
  ],
  'legally-binding-instrument: beginning work, what it would ensure, law as a sufficient framework, voiced opposition': [
    ['It is high time to begin work on a legally binding convention.', ['legally-binding-instrument:support']],
    ['A legally binding instrument would ensure predictability and accountability in cyberspace.', ['legally-binding-instrument:support']],
    ['Existing international law, complemented by voluntary norms, provides a sufficient framework.', ['legally-binding-instrument:oppose']],
    ['Sweden voiced opposition to a legally binding instrument.', ['legally-binding-instrument:oppose'], 'SWE'],
    ['We have reservations about a new legally binding instrument.', ['legally-binding-instrument:oppose']],
    ['No legally binding instrument could ensure compliance by itself.', ['legally-binding-instrument:oppose']],
    ['Did the Chair begin work on a legally binding convention?', []],
    ['International law provides a sufficient framework for prosecuting cybercrime.', []],
    ['Some delegations voiced opposition to a legally binding instrument.', []],
  ],
  'mechanism-format: the mechanism taking the form of an OEWG, or the OEWG continuing': [
    ['The future mechanism should take the form of a permanent OEWG reporting to the First Committee.', ['mechanism-format:oewg']],
    ['We would prefer the OEWG to continue as the permanent format for regular institutional dialogue.', ['mechanism-format:oewg']],
    ['We support the continuation of the OEWG beyond 2025.', ['mechanism-format:oewg']],
    ['Our preference would be for a Programme of Action.', ['mechanism-format:poa']],
    ['The Programme of Action remains, in our view, the most appropriate vehicle.', ['mechanism-format:poa']],
    ['The future mechanism should not be an open-ended working group.', []],
    ['The OEWG will continue as planned this year.', []],
    ['Some delegations would prefer the OEWG to continue as the permanent format.', []],
    ['The Chair asked whether the successor should be an OEWG?', []],
  ],
  'stakeholder-participation: enhanced engagement, oral statements, access': [
    ['The engagement of civil society and industry should be strengthened in the permanent mechanism.', ['stakeholder-participation:expand']],
    ['Stakeholders should be allowed to make oral statements in the plenary.', ['stakeholder-participation:expand']],
    ['Stakeholders should have access to the formal sessions.', ['stakeholder-participation:expand']],
    ['Non-governmental organisations should not participate in decision-making.', ['stakeholder-participation:limit']],
    ['Non-governmental organisations should also be able to participate.', ['stakeholder-participation:expand']],
    ['The participation of stakeholders should not be expanded any further.', ['stakeholder-participation:limit']],
    ['Several delegations said stakeholders should have access to the formal sessions.', []],
    ['Stakeholders made oral statements in the plenary last week.', []],
    ['Member states should be able to participate in all meetings.', []],
  ],
  'stakeholder-veto: a procedure that lets any state object': [
    ['We continue to support an accreditation procedure that allows any member state to object.', ['stakeholder-veto:support']],
    ['We cannot support a procedure that allows any state to veto accredited organisations.', ['stakeholder-veto:oppose']],
    ['The procedure allows any state to object to an accreditation, the Secretariat explained.', []],
  ],
  'thematic-group-count: a cap on the number of groups': [
    ['The number of thematic groups should not exceed three.', ['thematic-group-count:value:3']],
    ['There should be no more than three thematic groups.', ['thematic-group-count:value:3']],
    ['The number of groups should be limited to two.', ['thematic-group-count:value:2']],
    ['The number of participants in the groups should not exceed three per delegation.', []],
    ['The three groups of the Chair exceeded our expectations?', []],
  ],
  'thematic-group-structure: a cross-cutting approach for the groups, leaning towards it': [
    ['We lean towards a cross-cutting approach for the thematic groups.', ['thematic-group-structure:cross-cutting']],
    ['We do not favour a cross-cutting approach for the thematic groups.', ['thematic-group-structure:pillar-based']],
    ['A cross-cutting approach for the groups was presented by several delegations.', []],
  ],
  'decision-making: consensus as cornerstone, the consensus rule, votes on procedure': [
    ['Consensus must remain the cornerstone of the future mechanism.', ['decision-making:consensus']],
    ['We insist on the principle of consensus for all decisions.', ['decision-making:consensus']],
    ['The consensus rule must apply to all decisions, both substantive and procedural.', ['decision-making:consensus']],
    ['We support voting on procedural matters.', ['decision-making:flexible']],
    ['We cannot accept voting on procedural matters.', ['decision-making:consensus']],
    ['Consensus is the cornerstone of multilateral diplomacy in general.', []],
    ['Some delegations insisted on the principle of consensus for all decisions.', []],
    ['Voting on procedural matters took place in the General Assembly last year.', []],
  ],
  'norms-development: we need new norms': [
    ['We need new norms to address emerging technologies.', ['norms-development:develop-new']],
    ['We do not need new norms; we need to implement the ones we have.', ['norms-development:implement-existing']],
    ['Some delegations said they need new norms.', []],
    ['Do we need new norms?', []],
  ],
  'capacity-building-coordination: UN as clearinghouse, coordinated under the UN, voluntary fund, no new platform': [
    ['The United Nations should serve as a clearinghouse for capacity-building offers and requests.', ['capacity-building-coordination:support']],
    ['Cyber capacity-building efforts should be coordinated through the United Nations to avoid duplication.', ['capacity-building-coordination:support']],
    ['We support a voluntary trust fund for capacity building.', ['capacity-building-coordination:support']],
    ['We are keen to see the establishment of a UN capacity-building portal.', ['capacity-building-coordination:support']],
    ['There is no need for a new UN capacity-building platform; the GFCE already does this.', ['capacity-building-coordination:oppose']],
    ['Capacity building should not be coordinated by the United Nations but by regional organisations.', ['capacity-building-coordination:oppose']],
    ['The United Nations served as a clearinghouse for humanitarian aid in the past.', []],
    ['Some delegations want a voluntary trust fund for capacity building.', []],
    ['We look forward to the discussion on a UN capacity-building portal.', []],
  ],
  'capacity-building-group and international-law-group: one of the groups': [
    ['Capacity building should be one of the thematic groups of the permanent mechanism.', ['capacity-building-group:dedicated']],
    ['International law should be one of the dedicated thematic groups.', ['international-law-group:dedicated']],
    ['International law should not be one of the thematic groups.', ['international-law-group:integrated']],
    ['Capacity building was one of the topics discussed in the groups.', []],
    ['International law is one of the pillars of our framework.', []],
  ],
  'threat-repository: a repository that risks politicisation': [
    ['A threat repository risks being politicised.', ['threat-repository:oppose']],
    ['The risks of a threat repository were discussed at the workshop.', []],
  ],
  'reported judgements: questioning the value, importance, preference, order of implementation': [
    ['We questioned the value of a global repository of threats.', ['threat-repository:oppose']],
    ['We underline the importance of a legally binding instrument.', ['legally-binding-instrument:support']],
    ['We have a clear preference for in-person meetings of the permanent body.', ['meeting-format:in-person']],
    ['We see the Programme of Action as the natural successor to the OEWG.', ['mechanism-format:poa']],
    ['The existing norms should be implemented before any new ones are developed.', ['norms-development:implement-existing']],
    ['We call for a more transparent accreditation process for stakeholders.', ['stakeholder-participation:expand']],
    ['We value a global repository of threats.', ['threat-repository:support']],
    ['We, on the question, support a global repository of threats.', ['threat-repository:support']],
    ['We do not have a preference for in-person meetings.', []],
    ['Some delegations see the Programme of Action as the natural successor to the OEWG.', []],
    ['The transparent accreditation process of the Ad Hoc Committee was described by the Secretariat.', []],
    ['The importance of a legally binding instrument was raised by several delegations.', []],
  ],
  'noting: "noted that" asserts, "noted the proposal" only notes': [
    ['Chile noted that the eleven norms were sufficient.', ['norms-development:implement-existing'], 'CHL'],
    ['We noted the proposal for three groups with interest.', []],
    ['We noted France\'s proposal for three groups on resilience, cooperation and stability.', []],
    ['The proposal for a threat repository was noted.', []],
  ],
  'mechanism-format: best prospect, prejudging the outcome in favour of the PoA': [
    ['In our view, the Programme of Action, which many states support, offers the best prospect for an action-oriented mechanism.', ['mechanism-format:poa']],
    ['We cannot agree to any text that would prejudge the outcome in favour of a Programme of Action.', ['mechanism-format:oewg']],
    ['The Programme of Action offered little prospect of agreement last year, the Chair said?', []],
    ['Nothing should prejudge the outcome, and we remain open to a Programme of Action.', ['mechanism-format:open']],
  ],
  'stakeholder-participation: an essential role to play, the intergovernmental character preserved': [
    ['Civil society and academia have an essential role to play in the work of the permanent mechanism.', ['stakeholder-participation:expand']],
    ['We underline the indispensable role of the private sector in the future mechanism.', ['stakeholder-participation:expand']],
    ['The intergovernmental character of the future mechanism must be preserved.', ['stakeholder-participation:limit']],
    ['The intergovernmental nature of the mechanism is non-negotiable for my delegation.', ['stakeholder-participation:limit']],
    ['States have an essential role to play in protecting critical infrastructure.', []],
    ['The private sector plays an important role in capacity building.', []],
    ['Civil society has an essential role to play in cybersecurity.', []],
    ['Some delegations said stakeholders have an essential role to play.', []],
    ['The intergovernmental character of the mechanism was mentioned by several delegations.', []],
  ],
  'thematic-group-count: no need for standing groups': [
    ['We do not believe that the mechanism needs standing thematic groups.', ['thematic-group-count:none']],
    ['The mechanism needs standing thematic groups to make progress.', []],
  ],
  'thematic-group-structure: groups organised according to the pillars': [
    ['The thematic groups should be organised according to the pillars of the framework.', ['thematic-group-structure:pillar-based']],
    ['We do not want groups organised according to the pillars of the framework.', ['thematic-group-structure:cross-cutting']],
    ['Our national working groups are organised according to the pillars of our cyber strategy?', []],
  ],
  'international-law-group and capacity-building-group: a dedicated space, mainstreamed throughout': [
    ['International law deserves a dedicated space in the future mechanism.', ['international-law-group:dedicated']],
    ['Capacity building should be mainstreamed throughout the work of the mechanism.', ['capacity-building-group:cross-cutting']],
    ['International law does not need a dedicated space in the future mechanism.', ['international-law-group:integrated']],
    ['Capacity building was mainstreamed throughout the work of the OEWG, some delegations recalled.', []],
  ],
  'meeting-venue: keeping meetings in New York': [
    ['Given the costs involved, we prefer to keep all meetings in New York.', ['meeting-venue:new-york']],
    ['We see no reason to keep all meetings in New York.', ['meeting-venue:rotate']],
    ['Some delegations want to keep all meetings in New York.', []],
  ],
  'threat-repository: a useful tool': [
    ['We continue to believe that a global repository of threats would be a useful tool for developing countries.', ['threat-repository:support']],
    ['We doubt that a global repository of threats would be a useful tool.', ['threat-repository:oppose']],
    ['Several delegations believe that a global repository of threats would be a useful tool.', []],
  ],
  'capacity-building-coordination: not creating new structures, existing platforms best placed': [
    ['We do not support creating new structures for capacity building coordination at the UN.', ['capacity-building-coordination:oppose']],
    ['Existing mechanisms like the GFCE are best placed to coordinate capacity building.', ['capacity-building-coordination:oppose']],
    ['We support creating a new coordination structure for capacity building at the UN.', []],
    ['Some delegations said existing mechanisms like the GFCE are best placed to coordinate capacity building.', []],
  ],
  'stakeholder-veto: reasons for objections, the right of states to object': [
    ['States should provide reasons when objecting to the accreditation of an organisation.', ['stakeholder-veto:oppose']],
    ['We support the right of states to object to the participation of organisations.', ['stakeholder-veto:support']],
    ['States should not have to explain their objections to an accreditation.', []],
    ['A few delegations asked that states give reasons when objecting to an accreditation.', []],
    ['We do not support the right of states to object to the participation of organisations.', ['stakeholder-veto:oppose']],
  ],
  'rejecting another delegation\'s idea is a position against it': [
    ['We oppose Brazil\'s proposal for a dedicated group on international law.', ['international-law-group:integrated']],
    ['We have difficulty with the idea of a separate group on international law.', ['international-law-group:integrated']],
    ['We reject the suggestion that a single state should be able to veto the participation of stakeholders.', ['stakeholder-veto:oppose']],
    ['We oppose efforts by some states to exclude stakeholders from our meetings.', ['stakeholder-veto:oppose']],
    ['Brazil opposes the proposal for a dedicated group on international law.', []],
    ['Brazil\'s statement opposed a dedicated group on international law.', []],
    ['Some states oppose the proposal for a dedicated group on international law.', []],
    ['We have concerns about the idea of two thematic groups.', []],
  ],
  'negation reach after "oppose" stops at a new verb of speech': [
    ['Chad rejected the idea, warning that such a repository could be misused to level accusations.', ['threat-repository:oppose'], 'TCD'],
    ['Chad rejected the idea, noting that meetings should stay in New York.', ['meeting-venue:new-york'], 'TCD'],
    ['Chad rejected the idea that meetings should stay in New York.', ['meeting-venue:rotate'], 'TCD'],
  ],
  'stakeholder-participation: voice-not-vote is no negation; only with; not affecting the intergovernmental nature': [
    ['We express support for a voice-not-vote approach to stakeholder participation.', ['stakeholder-participation:expand']],
    ['Non-governmental organisations should only be allowed to participate in informal meetings.', ['stakeholder-participation:expand', 'stakeholder-participation:limit']],
    ['The participation of stakeholders should not affect the intergovernmental nature of the process.', ['stakeholder-participation:limit']],
    ['States, not stakeholders, should vote.', []],
    ['Stakeholders should not only attend but also speak in the plenary.', ['stakeholder-participation:expand']],
    ['Some delegations said stakeholders should only be allowed to attend informal meetings.', []],
  ],
  'stakeholder-veto: consent of all states; organisations blocked': [
    ['Organisations should take part only with the consent of all member states.', ['stakeholder-veto:support']],
    ['We deplore the fact that a number of accredited organisations have been blocked.', ['stakeholder-veto:oppose']],
    ['Accreditation should not require the consent of all member states.', ['stakeholder-veto:oppose']],
    ['The report was adopted with the consent of all states.', []],
    ['The modalities were adopted with the agreement of all states.', []],
    ['We deplore the fact that humanitarian organisations have been targeted by cyber operations.', []],
  ],
  'mechanism-format: the OEWG format retained; the PoA established without delay': [
    ['The OEWG format has proven its worth and should be retained.', ['mechanism-format:oewg']],
    ['The Programme of Action, endorsed by the General Assembly, should be established without further delay.', ['mechanism-format:poa']],
    ['The Programme of Action should not be established now.', ['mechanism-format:oewg']],
    ['The OEWG format was retained for the 2021-2025 period.', []],
    ['Some delegations said the Programme of Action should be established without delay.', []],
  ],
  'thematic-group-count: not too many groups': [
    ['We support dedicated groups but caution against creating too many.', ['thematic-group-count:limited']],
    ['There should not be too many thematic groups.', ['thematic-group-count:limited']],
    ['Too many delegations were absent from the informal groups?', []],
  ],
  'thematic-group-structure: preferring one kind of group over another': [
    ['We prefer groups built around policy challenges over groups that mirror the pillars.', ['thematic-group-structure:cross-cutting']],
    ['We prefer groups that mirror the pillars over groups built around policy challenges.', ['thematic-group-structure:pillar-based']],
    ['Over the coming years, we support groups that mirror the pillars of the framework.', ['thematic-group-structure:pillar-based']],
  ],
  'capacity-building-coordination: UNODA as coordinator; not duplicating the GFCE; no new UN body needed': [
    ['We support the designation of UNODA as the coordinator of capacity-building efforts.', ['capacity-building-coordination:support']],
    ['We would caution against duplicating the valuable work of the GFCE.', ['capacity-building-coordination:oppose']],
    ['A UN portal would duplicate the Global Forum on Cyber Expertise.', ['capacity-building-coordination:oppose']],
    ['The GFCE is already doing this work, and no new UN body is needed for capacity building.', ['capacity-building-coordination:oppose']],
    ['UNODA was designated as the secretariat of the OEWG.', []],
    ['The GFCE held a meeting on capacity building that we found duplicative of nothing?', []],
    ['Some delegations cautioned against duplicating the work of the GFCE.', []],
  ],
  'joint and group statements: "our delegations", "the undersigned", the Group of 77 and China': [
    ['Our countries favour the meaningful participation of stakeholders.', ['stakeholder-participation:expand'], ['ALB', 'CHL']],
    ['The undersigned states call for a Programme of Action.', ['mechanism-format:poa'], ['ALB', 'CHL']],
    ['The Group of 77 and China supports a dedicated thematic group on capacity building.', ['capacity-building-group:dedicated'], 'G77'],
    ['The EU and its member states remain strongly committed to the Programme of Action.', ['mechanism-format:poa'], 'EU'],
    ['The G77 and China calls for a UN-led capacity-building fund.', ['capacity-building-coordination:support'], 'G77'],
    ['The Group of 77 and China supports a dedicated thematic group on capacity building.', [], 'CHN'],
    ['Our countries were represented at the workshop on a Programme of Action.', [], ['ALB', 'CHL']],
    ['We remain committed to the implementation of the agreed norms.', []],
    ['The undersigned organisations call for a Programme of Action.', [], ['ALB', 'CHL']],
  ],
  'the speaker\'s own earlier proposal; a speaker on behalf of the authors; no groups needed': [
    ['Kenya reiterates its proposal for a voluntary global repository of threats.', ['threat-repository:support'], 'KEN'],
    ['We renew our call for a legally binding instrument.', ['legally-binding-instrument:support']],
    ['No standing thematic groups are needed; the plenary can set up ad hoc groups.', ['thematic-group-count:none']],
    ['We noted Brazil\'s statement and its proposal for a global repository of threats.', []],
    ['Some delegations renewed their call for a legally binding instrument.', []],
    ['No standing thematic groups were established last year.', []],
  ],
  'meeting-format: not permitted after the cue, participating virtually': [
    ['Online participation should not be permitted in formal sessions.', ['meeting-format:in-person']],
    ['We would welcome the possibility to participate virtually.', ['meeting-format:hybrid']],
    ['Online participation should be permitted in formal sessions.', ['meeting-format:hybrid']],
    ['Delegations should not participate virtually in negotiations.', ['meeting-format:in-person']],
    ['Several experts participated virtually last week.', []],
  ],
  'capacity-building-group and international-law-group: compound names, cross-cutting, not siloed, within the groups': [
    ['We attach great importance to a dedicated capacity-building group in the permanent mechanism.', ['capacity-building-group:dedicated']],
    ['We support a separate international law group.', ['international-law-group:dedicated']],
    ['We see international law as a cross-cutting issue for all thematic groups.', ['international-law-group:integrated']],
    ['International law is relevant to every topic and should not be siloed.', ['international-law-group:integrated']],
    ['Discussions on international law should take place within the thematic groups rather than separately.', ['international-law-group:integrated']],
    ['We do not support a dedicated capacity-building group.', ['capacity-building-group:cross-cutting']],
    ['The capacity-building working group of the regional forum met in May.', []],
    ['Some delegations see international law as a cross-cutting issue.', []],
    ['International law was discussed within the thematic groups of the GGE?', []],
  ],
  'decision-making: taken by majority vote': [
    ['Decisions on procedural matters could be taken by majority vote.', ['decision-making:flexible']],
    ['Decisions should never be taken by majority vote.', ['decision-making:consensus']],
    ['The resolution was adopted by a vote in the General Assembly, some delegations recalled.', []],
  ],
  'thematic-group-count: open on the number, the number matters less': [
    ['We are open on the number of groups.', ['thematic-group-count:flexible']],
    ['The number of groups is less important to us than their mandate.', ['thematic-group-count:flexible']],
    ['Let us start with two groups and review after two years.', ['thematic-group-count:value:2']],
    ['The number of speakers in the groups was less important than expected?', []],
  ],
  'meeting-venue: meetings away from New York': [
    ['Meetings away from New York would be too costly.', ['meeting-venue:new-york']],
    ['We would welcome meetings away from New York.', ['meeting-venue:rotate']],
    ['Some delegations want meetings away from New York.', []],
  ],
  'mechanism-format: the PoA, with a modifier between commas, is the best vehicle': [
    ['The Programme of Action, as endorsed by the General Assembly and supported by many states, is the most suitable vehicle for our future work.', ['mechanism-format:poa']],
    ['The Programme of Action, which was tabled by a cross-regional group of states at the first session, remains the right framework for action.', ['mechanism-format:poa']],
    ['The Programme of Action, as proposed by some states at the first session last year, is not the right framework for us.', ['mechanism-format:oewg']],
    ['The Programme of Action, which was tabled by a group of states last year, was the subject of a long debate.', []],
  ],
  'stakeholder-participation: the importance of their participation': [
    ['We underline the importance of stakeholder participation in the future mechanism.', ['stakeholder-participation:expand']],
    ['We emphasise the importance of the participation of civil society in the mechanism.', ['stakeholder-participation:expand']],
    ['We do not see the value of the participation of NGOs in formal negotiations.', ['stakeholder-participation:limit']],
    ['Some delegations stressed the importance of stakeholder participation.', []],
    ['The importance of capacity building for developing states was underlined by all.', []],
  ],
  'double negation: not opposing is a willing yes; "whether or not" commits to nothing': [
    ['We do not oppose a dedicated group on capacity building.', ['capacity-building-group:dedicated']],
    ['We have no objection to a dedicated group on international law.', ['international-law-group:dedicated']],
    ['We are not against voting on procedural matters.', ['decision-making:flexible']],
    ['We are not opposed to a legally binding instrument.', ['legally-binding-instrument:open']],
    ['We oppose a dedicated group on capacity building.', ['capacity-building-group:cross-cutting']],
    ['Whether or not there is a dedicated group on international law, we need to deepen our common understandings.', []],
  ],
  'cautioning that X asserts X; cautioning against X rejects it': [
    ['We caution that hybrid formats must remain exceptional.', ['meeting-format:in-person']],
    ['We do not think that hybrid meetings should be the exception.', ['meeting-format:hybrid']],
    ['We caution against limiting hybrid participation to exceptional circumstances.', ['meeting-format:hybrid']],
    ['Some delegations cautioned that hybrid formats must remain exceptional.', []],
    ['Chad warned that voting would split the membership.', ['decision-making:consensus'], 'TCD'],
    ['Chad warned that voting was discussed at length.', [], 'TCD'],
  ],
  'open positions: not closing the door, either option': [
    ['We do not close the door on a legally binding instrument in the future.', ['legally-binding-instrument:open']],
    ['Between a Programme of Action and an OEWG, we are open to both options as long as they are agreed by consensus.', ['mechanism-format:open']],
    ['We could live with either of the proposals on the Programme of Action.', ['mechanism-format:open']],
    ['Some delegations do not close the door on a legally binding instrument.', []],
    ['Both options for the Programme of Action were presented by the Chair.', []],
  ],
  'thematic-group-structure: by pillar or by policy objective; risks after the cue': [
    ['We favour groups organised by policy objectives rather than by pillar.', ['thematic-group-structure:cross-cutting']],
    ['The groups should address real-world challenges such as ransomware.', ['thematic-group-structure:cross-cutting']],
    ['We see value in organising the thematic groups by pillar.', ['thematic-group-structure:pillar-based']],
    ['The five pillars of the framework should each have their own group.', ['thematic-group-structure:pillar-based']],
    ['We believe the pillar structure has served us well and should be kept for the groups.', ['thematic-group-structure:pillar-based']],
    ['Dividing the work along the pillars would perpetuate silos.', ['thematic-group-structure:cross-cutting']],
    ['Cross-cutting groups risk duplicating the plenary.', ['thematic-group-structure:pillar-based']],
    ['Our national report is organised by pillar.', []],
    ['Some delegations favour groups organised by policy objectives.', []],
    ['The groups discussed real-world challenges such as ransomware last week?', []],
  ],
  'norms, coordination and venues: further developed, operationalisation, UN-based platform, rather than a new structure, regional hubs': [
    ['The normative framework should be further developed to respond to new threats.', ['norms-development:develop-new']],
    ['We believe that additional norms could be developed over time, where necessary.', ['norms-development:develop-new']],
    ['Our priority remains the operationalisation of the eleven norms.', ['norms-development:implement-existing']],
    ['We support the idea of a UN-based platform to match capacity-building needs and offers.', ['capacity-building-coordination:support']],
    ['Capacity building should be delivered through existing regional channels rather than a new UN structure.', ['capacity-building-coordination:oppose']],
    ['We would like some thematic group meetings to be held at regional hubs.', ['meeting-venue:rotate']],
    ['No additional norms should be developed at this stage.', ['norms-development:implement-existing']],
    ['The normative framework was further developed by the 2021 report of the GGE.', []],
    ['Some delegations support a UN-based platform for capacity building.', []],
    ['Regional hubs of the private sector held meetings on capacity building last year.', []],
  ],
  'spoken phrasing in transcripts': [
    ['For us, very clearly, the Programme of Action is the way to go.', ['mechanism-format:poa']],
    ['Frankly, we do not need another treaty.', ['legally-binding-instrument:oppose']],
    ['We would like to see the stakeholders really involved in the mechanism, not just listening.', ['stakeholder-participation:expand']],
    ['NGOs must not have a say in decisions; that is for states alone.', ['stakeholder-participation:limit']],
    ['We are happy to support the proposed portal for capacity building.', ['capacity-building-coordination:support']],
    ['We are comfortable with the Programme of Action.', ['mechanism-format:poa']],
    ['We could go along with the Programme of Action.', ['mechanism-format:open']],
    ['Hybrid participation should be possible, but only as an exception.', ['meeting-format:in-person']],
    ['The Programme of Action is not the way to go.', ['mechanism-format:oewg']],
    ['Another treaty on cybercrime is the way to go, the Chair said.', []],
    ['Some delegations would like to see the stakeholders really involved.', []],
    ['Is the Programme of Action the way to go?', []],
  ],
  'stakeholder-veto and decision-making: more ways to say it': [
    ['The no-objection procedure has been abused to exclude legitimate organisations.', ['stakeholder-veto:oppose']],
    ['Accreditation decisions should be made by the plenary as a whole.', ['stakeholder-veto:oppose']],
    ['Any objection should be subject to review by the plenary.', ['stakeholder-veto:oppose']],
    ['States should retain their sovereign prerogative to decide which NGOs participate.', ['stakeholder-veto:support']],
    ['The current accreditation modalities should be kept as they are.', ['stakeholder-veto:support']],
    ['We cannot accept that one country alone decides which organisations may participate.', ['stakeholder-veto:oppose']],
    ['A single objection should not suffice to exclude an organisation.', ['stakeholder-veto:oppose']],
    ['The practice of anonymous objections must end.', ['stakeholder-veto:oppose']],
    ['In the absence of consensus, the Chair should be able to put the matter to a vote.', ['decision-making:flexible']],
    ['We agree that consensus does not mean unanimity.', ['decision-making:flexible']],
    ['The current accreditation modalities should not be kept as they are.', ['stakeholder-veto:oppose']],
    ['Several delegations said the no-objection procedure had been abused.', []],
    ['The Security Council veto has been abused, in our view, to block action.', []],
    ['One country alone hosted the regional workshop on accreditation?', []],
    ['In the absence of consensus last year, the report was adopted without a vote?', []],
  ],
  'mechanism-format: the name matters less; either vehicle; an OEWG as the best option': [
    ['What matters most to us is that the future mechanism is single-track and consensus-based, not its name.', ['mechanism-format:open']],
    ['We are agnostic as to whether the future mechanism is called a Programme of Action or an OEWG.', ['mechanism-format:open']],
    ['The label of the future mechanism is secondary for my delegation.', ['mechanism-format:open']],
    ['We can accept any format for the future mechanism, provided it is inclusive.', ['mechanism-format:open']],
    ['We can support either a Programme of Action or a permanent OEWG.', ['mechanism-format:open', 'mechanism-format:poa']],
    ['A future OEWG would be the best option for regular institutional dialogue.', ['mechanism-format:oewg']],
    ['The future regular institutional dialogue should take place within an open-ended working group.', ['mechanism-format:oewg']],
    ['A future OEWG would not be the best option for regular institutional dialogue.', ['mechanism-format:poa']],
    ['The label on the Programme of Action report was changed by the Secretariat.', []],
    ['Some delegations are agnostic as to whether the future mechanism is called a Programme of Action or an OEWG.', []],
    ['Both the Programme of Action and the OEWG were discussed at length?', []],
  ],
  'concern that a repository could be misused; no legal vacuum (past tense)': [
    ['We are concerned that a repository could be used for political purposes.', ['threat-repository:oppose']],
    ['We fear that such a database could be misused to level accusations against states.', ['threat-repository:oppose']],
    ['We maintained that there was no legal vacuum in cyberspace.', ['legally-binding-instrument:oppose']],
    ['We are not concerned that a repository could be misused; we support a global repository of threats.', ['threat-repository:support']],
    ['Some delegations were concerned that a repository could be used for political purposes.', []],
  ],
  'the topic put first, the stance after it': [
    ['First, on international law, we would not favour a separate group.', ['international-law-group:integrated']],
    ['On capacity building, we would like a dedicated group with its own agenda.', ['capacity-building-group:dedicated']],
    ['International law, in our view, does not require a group of its own.', ['international-law-group:integrated']],
    ['On international law, we are grateful for the briefing.', []],
  ],
  'stakeholders in the meetings, or kept to informal channels': [
    ['We would like the mechanism to give accredited stakeholders real access to its meetings.', ['stakeholder-participation:expand']],
    ['We want civil society to have a meaningful voice in the formal meetings.', ['stakeholder-participation:expand']],
    ['Stakeholders can best contribute through informal consultations and written inputs rather than in formal meetings.', ['stakeholder-participation:limit']],
    ['Non-governmental organisations should be kept out of the formal sessions.', ['stakeholder-participation:limit']],
    ['Stakeholders attended the informal consultations last week.', []],
  ],
  'requests, fallbacks and the room left open': [
    ['CARICOM therefore asks that the plenary sessions of the mechanism be held in New York.', ['meeting-venue:new-york'], 'CARICOM'],
    ['The Group requests that hybrid participation be provided for in all meetings.', ['meeting-format:hybrid'], 'AFRICAN-GROUP'],
    ['Kenya asked that the mechanism stay in New York.', ['meeting-venue:new-york'], 'KEN'],
    ['We would prefer rules that allow decisions by a majority on procedural matters.', ['decision-making:flexible'], 'AUS'],
    ['Consensus should remain the rule, with a fallback to voting to avoid paralysis.', ['decision-making:flexible'], 'FRA'],
    ['But we should not exclude the possibility of voting on procedural questions.', ['decision-making:flexible'], 'CAN'],
    ['The mechanism must be able to take forward the development of rules and norms.', ['norms-development:develop-new'], 'NAM'],
    ['The future mechanism should be about putting the framework into practice, not about negotiating more norms.', ['norms-development:implement-existing'], 'KOR'],
    ['We believe hybrid formats should be confined to briefings and informal sessions.', ['meeting-format:in-person'], 'EGY'],
    ['Formal sessions of the mechanism should, however, be held in person.', ['meeting-format:in-person'], 'ARE'],
    ['We asked whether the sessions could be held in New York.', [], 'KEN'],
  ],
  'backing a vote, and consensus preferred to one': [
    ['Our delegation would favour majority voting on questions of procedure.', ['decision-making:flexible']],
    ['We could support the possibility of a vote when consensus fails.', ['decision-making:flexible']],
    ['We favour consensus rather than voting.', ['decision-making:consensus']],
    ['We cannot support majority voting.', ['decision-making:consensus']],
  ],
  'a binding instrument needed or not, in the past tense and with an aside': [
    ['Our government does not see a real need, at this stage or later, for a new treaty on ICT security.', ['legally-binding-instrument:oppose']],
    ['We saw no reason for a universal convention on ICT security.', ['legally-binding-instrument:oppose']],
    ['We said then that binding rules in this domain were indispensable.', ['legally-binding-instrument:support']],
    ['We did not think that a new convention was needed.', ['legally-binding-instrument:oppose']],
    ['Nobody questioned whether a new convention was needed?', []],
  ],
  'a relative clause between the topic and what is said of it; a group as the subject of a topic': [
    ['International law, which is still the area where views differ most, deserves a group of its own.', ['international-law-group:dedicated']],
    ['Capacity building, which many developing countries have described as the foundation of all our work, merits a dedicated group.', ['capacity-building-group:dedicated']],
    ['We think capacity building ought to be the focus of a specialised subgroup.', ['capacity-building-group:dedicated']],
    ['International law should not be the subject of a separate track.', ['international-law-group:integrated']],
    ['International law should be the subject of discussion in every group.', ['international-law-group:integrated']],
  ],
  'past-tense judgements, binding ones among new rules, an organisation kept out': [
    ['International law deserved a standalone subgroup, he said.', ['international-law-group:dedicated'], ['MEX']],
    ['We favour the elaboration of additional rules of responsible behaviour, including legally binding ones.', ['legally-binding-instrument:support', 'norms-development:develop-new']],
    ['We are in favour of implementing the agreed norms, including binding ones.', []],
    ['It should not be possible for one delegation to shut civil society out of the mechanism, and no single state should be able to keep an accredited organisation out.', ['stakeholder-veto:oppose']],
  ],
  'stakeholders in the formal meetings, the condition being the stance': [
    ['The mechanism would be more credible if academia and industry could take the floor in its plenary meetings.', ['stakeholder-participation:expand']],
    ['We believe relevant organisations should be able to attend the formal sessions and make statements.', ['stakeholder-participation:expand']],
    ['Non-governmental entities should not take part in the official meetings.', ['stakeholder-participation:limit']],
    ['If stakeholders attend the formal meetings, we will need a larger room.', []],
  ],
  'refusing hybrid sessions, no fixed view, never attached to a label, each its own group': [
    ['We are not ready to accept the convening of plenary sessions in a virtual format.', ['meeting-format:in-person']],
    ['Our region has misgivings about organising the official meetings on a hybrid basis.', ['meeting-format:in-person']],
    ['We do not have a firm position on the number of thematic groups.', ['thematic-group-count:flexible']],
    ['My country has never been tied to any single format for the permanent mechanism.', ['mechanism-format:open']],
    ['Our delegation does not have a strong preference as to the title or the shape of the permanent mechanism.', ['mechanism-format:open']],
    ['No individual state should be in a position to block the accreditation of a stakeholder.', ['stakeholder-veto:oppose']],
    ['Capacity building and international law should each get a subgroup of their own.', ['capacity-building-group:dedicated', 'international-law-group:dedicated']],
    ['International law must not be handled as a separate track.', ['international-law-group:integrated']],
    ['We could accept four groups, one of them assigned entirely to capacity building.', ['capacity-building-group:dedicated', 'thematic-group-count:value:4']],
    ['Our preference is for pillar groups, one of which would be devoted to international law.', ['international-law-group:dedicated']],
    ['Our preference is for groups each of which would be devoted in part to international law.', []],
  ],
  'not persuaded, unconvinced, an open mind, a door left open at length': [
    ['Nor are we persuaded of the added value of a global repository of threats.', ['threat-repository:oppose']],
    ['We remain unconvinced that a repository hosted by the Secretariat would add anything.', ['threat-repository:oppose']],
    ['We are not persuaded that a universal convention on ICT security is the answer.', ['legally-binding-instrument:oppose']],
    ['With regard to a binding treaty on ICT security, we keep an open mind.', ['legally-binding-instrument:open']],
    ['We would not rule out, at some later point and provided that all states agree, the negotiation of binding commitments.', ['legally-binding-instrument:open']],
  ],
  'a stance once held (a relative clause in the past perfect) and one state let to exclude': [
    ['Our delegation, which had once favoured a new treaty, now supports the Programme of Action.', ['mechanism-format:poa']],
    ['Our delegation, whose experts had long argued for four thematic groups, could now accept three.', []],
    ['We had, at previous sessions, argued for groups mirroring the pillars, and we now prefer groups built around concrete problems.', ['thematic-group-structure:cross-cutting']],
    ['Our delegation had initially supported a legally binding instrument, but we now see merit in a Programme of Action.', ['mechanism-format:poa']],
    ['Our delegation, which favours a new treaty, also supports the Programme of Action.', ['legally-binding-instrument:support', 'mechanism-format:poa']],
    ['We oppose any rule that would let one state bar a stakeholder from the sessions.', ['stakeholder-veto:oppose']],
    ['The rules let one state bar a stakeholder from the sessions.', []],
  ],
  'consensus without a vote, the name of little weight, now and then in Geneva, please, a UN role in capacity building': [
    ['Every decision should be taken by consensus and without resort to a vote.', ['decision-making:consensus']],
    ['We attach little importance to the name of the future mechanism.', ['mechanism-format:open']],
    ['Some sessions could be held periodically at the United Nations Office at Nairobi.', ['meeting-venue:rotate']],
    ['Please keep the sessions in New York.', ['meeting-venue:new-york']],
    ['Sessions could be convened from time to time at the United Nations Office at Vienna.', ['meeting-venue:rotate']],
    ['We favour a coordinating role for the United Nations in capacity development.', ['capacity-building-coordination:support']],
    ['We support the central role of the United Nations in international peace and security.', []],
  ],
  'groups set aside for a topic, woven through the work, and objections the membership settles': [
    ['It would be unfair, in our view, to allow one state to bar an accredited organisation.', ['stakeholder-veto:oppose']],
    ['The membership as a whole ought to be able to decide whether an organization is accredited.', ['stakeholder-veto:oppose']],
    ['We could never accept any dilution of the no-objection rule.', ['stakeholder-veto:support']],
    ['We want to preserve the ability of a member state to object to the accreditation of an organisation.', ['stakeholder-veto:support']],
    ['The mechanism should dedicate one working group to capacity development.', ['capacity-building-group:dedicated']],
    ['We would welcome a group devoted entirely to international law.', ['international-law-group:dedicated']],
    ['Capacity building should be woven into the work of all the groups.', ['capacity-building-group:cross-cutting']],
    ['We seek a capacity-building track of its own.', ['capacity-building-group:dedicated']],
    ['We are flexible on the number, provided capacity building is one of them.', ['capacity-building-group:dedicated']],
  ],
  'a cue against its object, in a relative clause, agrees with a stance against it before it; a plain "not" still reverses it': [
    ['We have reservations about hybrid formats, which should remain confined to exceptional circumstances.', ['meeting-format:in-person']],
    ['We do not think hybrid formats should be limited to exceptional circumstances.', ['meeting-format:hybrid']],
    ['We have concerns about virtual meetings, which must be kept to a minimum.', ['meeting-format:in-person']],
  ],
  'support expressed, a body that meets in person, only a treaty can': [
    ['The Group expressed strong support for a voluntary global repository of ICT threats.', ['threat-repository:support']],
    ['The mechanism should meet in person.', ['meeting-format:in-person']],
    ['Only a legally binding instrument will really close the gaps in international law.', ['legally-binding-instrument:support']],
  ],
  'the veto described, then kept or dropped': [
    ['The present procedure, under which any single delegation may block an organisation, must not be carried forward.', ['stakeholder-veto:oppose']],
    ['The practice whereby the objection of one state can keep an organisation out should remain in place.', ['stakeholder-veto:support']],
  ],
  'a co-sponsor, the right foundation, consensus to remain the rule': [
    ['Our country cosponsored the Programme of Action from the start.', ['mechanism-format:poa']],
    ['We think the Programme of Action remains, to our mind, the natural home for this dialogue.', ['mechanism-format:poa']],
    ['Consensus has guided this group since 2019 and should stay the rule for each of its decisions.', ['decision-making:consensus']],
    ['Formal sessions should be held in person, with remote participation restricted to observing the proceedings.', ['meeting-format:in-person']],
  ],
  'the alternative turned down inside a cue, a thing not ruled out, the signatories, a body that meets only in New York': [
    ['We favour clusters organised by concrete problems rather than following the pillars.', ['thematic-group-structure:cross-cutting']],
    ['Honduras would not rule out a vote on procedural questions.', ['decision-making:flexible']],
    ['We rule out any vote on procedural questions.', ['decision-making:consensus']],
    ['The co-signatories ask for remote participation options in all meetings.', ['meeting-format:hybrid']],
    ['Our four governments ask for remote participation options in all meetings.', ['meeting-format:hybrid']],
    ['The body should never sit exclusively at United Nations Headquarters.', ['meeting-venue:rotate']],
    ['We would like the body to convene only in New York.', ['meeting-venue:new-york']],
    ['Some sessions could take place at other United Nations duty stations.', ['meeting-venue:rotate']],
    ['International law should sit within wider thematic groups.', ['international-law-group:integrated']],
  ],
  'a second embedded question, a thing put off until another is done': [
    ['We remain divided on the venue and on whether a legally binding instrument is needed.', []],
    ['We hold different views on the venue and on whether a dedicated group on international law is needed.', []],
    ['Efforts to develop new norms should wait until the existing ones are implemented.', ['norms-development:implement-existing']],
    ['Negotiating a legally binding instrument should be postponed until the agreed norms are implemented.', ['legally-binding-instrument:oppose']],
  ],
  'capacity building not kept to one group, groups around cross-cutting themes, input given informally, each state\'s right to object kept': [
    ['We believe capacity building should not be limited to its own cluster.', ['capacity-building-group:cross-cutting']],
    // Said the other way, the cue gives nothing (other cues find the dedicated group).
    ['Capacity building should be limited to its own cluster.', []],
    ['We favour integrating capacity building across the groups.', ['capacity-building-group:cross-cutting']],
    ['The clusters should be built around cross-cutting issues such as supply chains.', ['thematic-group-structure:cross-cutting']],
    ['Civil society contributions should be received intersessionally.', ['stakeholder-participation:limit']],
    ['The right of every member state to object should remain intact.', ['stakeholder-veto:support']],
  ],
  'the objection rule altered, "such" groups counted, a coordinating role needed or not': [
    ['We oppose any effort to revisit the no-objection procedure.', ['stakeholder-veto:support']],
    ['We favour replacing the no-objection procedure.', ['stakeholder-veto:oppose']],
    ['In our view two such groups would be enough.', ['thematic-group-count:value:2']],
    ['A United Nations coordination structure for capacity development is hardly necessary.', ['capacity-building-coordination:oppose']],
    ['A United Nations coordination structure for capacity development would be necessary.', ['capacity-building-coordination:support']],
    ['A UN coordination structure for capacity building is not warranted.', ['capacity-building-coordination:oppose']],
  ],
  'other delegations named as the reason, not as speakers': [
    ['Remote participation should be a standard option, since many developing countries cannot travel to every session.', ['meeting-format:hybrid']],
    // What the speaker says should be is its own view, whoever proposed it first.
    ['Remote participation should be a standard option, as several small delegations proposed.', ['meeting-format:hybrid']],
  ],
  'legal questions taken up in each group, the number alone left open, neither proposal insisted on': [
    ['We would rather handle legal questions within each of the thematic groups.', ['international-law-group:integrated']],
    ['Our delegation can show flexibility on the number, as long as the groups do not meet at the same time.', ['thematic-group-count:flexible']],
    // The number of something else is no count of groups.
    ['We are flexible on the number of meetings each year.', []],
    ['We are not wedded to either option and could join any single-track body.', ['mechanism-format:open']],
    // The same said with no other cue for an open mind.
    ['We are not wedded to either proposal; what we need is one single-track mechanism.', ['mechanism-format:open']],
  ],
  'a position dated in the past, a question put with "whether", the elements paper, a count backed after "the number of groups"': [
    ['Last year we pushed for a dedicated group on international law.', []],
    ['At the previous session, our delegation called for a legally binding instrument; today we are open to a legally binding instrument at a later stage.', ['legally-binding-instrument:open']],
    // Still held: the position stands.
    ['Last year we argued for a dedicated group on international law, and we still do.', ['international-law-group:dedicated']],
    ['The question before us is simple: whether we need a new legally binding instrument.', []],
    ['Whether the clusters should mirror the pillars is a secondary question.', []],
    ['Whether the body is named a Programme of Action or an OEWG is immaterial to my delegation.', ['mechanism-format:open']],
    ['Whether or not a treaty is agreed one day, we support the Programme of Action.', ['mechanism-format:poa']],
    ['On the number of groups, we could accept four, in line with the elements paper.', ['thematic-group-count:value:4']],
    ['The groups should follow the five pillars of the framework.', ['thematic-group-structure:pillar-based']],
  ],
  'a group speaking of itself as "the Community", any single-track mechanism described at length, agreement closing a sentence': [
    ['The Community favours hybrid participation in all formal meetings.', ['meeting-format:hybrid'], 'CARICOM'],
    ['The Association supports a dedicated group on capacity building.', ['capacity-building-group:dedicated'], 'ASEAN'],
    ['We can accept any single-track, permanent and inclusive mechanism agreed by all.', ['mechanism-format:open']],
    ['As the distinguished delegate of Kenya said, all decisions must be taken by consensus, and we fully agree.', ['decision-making:consensus']],
    ['As the distinguished delegate of Kenya said, all decisions must be taken by consensus, but we disagree with that.', []],
    ['As Kenya said, all decisions must be taken by consensus, and we support hybrid meetings.', ['meeting-format:hybrid']],
  ],
  'no need seen for a new fund, no standing groups at all, groups said to be cross-cutting': [
    ['We do not see the need for a new trust fund for capacity building.', ['capacity-building-coordination:oppose']],
    ['The mechanism should not include standing thematic groups.', ['thematic-group-count:none']],
    ['The mechanism should not have more than three standing groups.', []],
    ['The clusters should be genuinely problem-oriented.', ['thematic-group-structure:cross-cutting']],
  ],
  'the veto described and found untenable, a new UN coordination office refused': [
    ['A system in which any single state can exclude an organisation on its own say-so is unsustainable.', ['stakeholder-veto:oppose']],
    ['We cannot support the creation of a new United Nations coordination unit for capacity building.', ['capacity-building-coordination:oppose']],
    ['We would welcome thematic clusters, as long as they are built around practical problems.', ['thematic-group-structure:cross-cutting']],
    ['We see no need for a new UN function when existing platforms already do the work.', ['capacity-building-coordination:oppose']],
    ['Our delegation wants everything kept in New York.', ['meeting-venue:new-york']],
  ],
};

describe.each(Object.entries(CASES))('matchSentence on %s', (_name, cases) => {
  test.each(cases.map(([s, e, sp]) => [s, e, sp ?? 'XXX'] as const))('%s -> %j', (sentence, expected, speaker) => {
    expect(tag(sentence, speaker as string | string[])).toEqual(expected);
  });
});

describe('matchSentence on a narrative report: the sentence that refers back speaks for the delegations just named', () => {
  test.each([
    ['The latter also backed a global threat repository.', ['threat-repository:support']],
    ['Moreover, they supported a Programme of Action.', ['mechanism-format:poa']],
    ['In their view, no single state should be able to block the participation of an organisation.', ['stakeholder-veto:oppose']],
    ['All three delegations favoured a Programme of Action.', ['mechanism-format:poa']],
    ['In addition, she said that her delegation backed a global threat repository.', ['threat-repository:support']],
    ['He argued that his delegation favoured a Programme of Action.', ['mechanism-format:poa']],
    ['He argued that the mechanism should take its decisions by consensus.', ['decision-making:consensus']],
    ['The Movement also favoured a Programme of Action.', ['mechanism-format:poa']],
    ['The Community also favoured a Programme of Action.', ['mechanism-format:poa']],
    ['In a later session, she favoured a Programme of Action.', ['mechanism-format:poa']],
    ['The statement also favoured a Programme of Action.', ['mechanism-format:poa']],
    ['He said that existing international law was sufficient.', ['legally-binding-instrument:oppose']],
    ['Its delegate said that the mechanism should take its decisions by consensus.', ['decision-making:consensus']],
    ['Speaking on behalf of Brazil and Argentina, Chile said that capacity building should be a cross-cutting issue across all thematic groups.', ['capacity-building-group:cross-cutting']],
    ['Chile said that capacity building should be a cross-cutting issue across all thematic groups.', []],
    ['The Chair favoured a Programme of Action.', []],
    ['Moreover, some delegations supported a Programme of Action.', []],
    ['In the view of the Secretariat, hybrid meetings should be possible.', []],
  ] as const)('%s -> %j', (sentence, expected) => {
    expect(tag(sentence, ['BRA', 'ARG'], { narrative: true })).toEqual(expected);
  });

  test('outside a narrative report, "they" is someone else', () => {
    expect(tag('Moreover, they supported a Programme of Action.', 'BRA')).toEqual([]);
  });
});

describe('matchSentence on a narrative report: an idea supported or opposed by the delegations named (passive)', () => {
  test.each([
    ['The proposal for a global threat repository drew support from Rwanda and Ghana, which called it a practical tool.', ['RWA', 'GHA'], ['threat-repository:support']],
    ['A Programme of Action was strongly supported by France.', ['FRA'], ['mechanism-format:poa']],
    ['The participation of stakeholders was defended by France.', ['FRA'], ['stakeholder-participation:expand']],
    ['A legally binding instrument was opposed by France.', ['FRA'], ['legally-binding-instrument:oppose']],
    ['The idea of a global repository of threats was opposed by Belarus.', ['BLR'], ['threat-repository:oppose']],
    ['The Programme of Action met with opposition from Belarus.', ['BLR'], ['mechanism-format:oewg']],
    ['The Programme of Action met with opposition from several delegations.', ['BLR'], []],
    ['A Programme of Action was supported by Germany.', ['FRA'], []],
    ['A legally binding instrument was opposed by Germany.', ['FRA'], []],
  ] as const)('%s (%j) -> %j', (sentence, authors, expected) => {
    expect(tag(sentence, [...authors], { narrative: true })).toEqual(expected);
  });

  test('in a statement, a Programme of Action supported by another state is no position of the speaker', () => {
    expect(tag('A Programme of Action was supported by France.', 'DEU')).toEqual([]);
  });
});

describe('matchSentence: a call made again, an opposition that remains', () => {
  test.each([
    ['We call again for new norms.', ['norms-development:develop-new']],
    ['We once again call for a Programme of Action.', ['mechanism-format:poa']],
    ['My delegation has repeatedly called for a Programme of Action.', ['mechanism-format:poa']],
    ['We remain opposed to the repository.', ['threat-repository:oppose']],
    ['We are not opposed to the repository.', []],
  ] as const)('%s -> %j', (sentence, expected) => {
    expect(tag(sentence, 'BRA')).toEqual(expected);
  });
});

describe('matchSentence: no number of groups in mind, or the groups kept few', () => {
  test.each([
    ['As to how many thematic groups there should be, we have no fixed number in mind.', ['thematic-group-count:flexible']],
    ['We have no precise figure of groups in mind.', ['thematic-group-count:flexible']],
    // No groups named: the number could be of anything.
    ['We have no fixed number in mind.', []],
    ['We urge the Chair to keep the groups to the smallest number that the work genuinely requires.', ['thematic-group-count:limited']],
    ['We would keep thematic groups to a minimum.', ['thematic-group-count:limited']],
  ] as const)('%s -> %j', (sentence, expected) => {
    expect(tag(sentence, 'THA')).toEqual(expected);
  });
});

describe('matchSentence: no preference between the labels', () => {
  test.each([
    ['We do not mind what the mechanism is called, as long as it is a single track.', ['mechanism-format:open']],
    ['We do not mind what the mechanism is called.', ['mechanism-format:open']],
    ['We have no preference between the two labels, as long as there is one single track agreed by consensus.', ['mechanism-format:open']],
    ['We do mind what the mechanism is called.', []],
  ] as const)('%s -> %j', (sentence, expected) => {
    expect(tag(sentence, 'IDN')).toEqual(expected);
  });
});

describe('matchSentence: a relative clause that ends the sentence is read around', () => {
  test('"its proposal for X, which Ghana supported." is still the speaker\'s proposal', () => {
    expect(tag('Kenya reiterated its proposal for a global threat repository, which Ghana supported.', 'KEN', { narrative: true })).toEqual(['threat-repository:support']);
    expect(tag('We reiterate our proposal for a global threat repository, which Ghana supported.', 'KEN')).toEqual(['threat-repository:support']);
  });
});

describe('matchSentence: an open mind, no need seen', () => {
  test.each([
    ['We remain open-minded about a legally binding instrument.', ['legally-binding-instrument:open']],
    ['We do not see the need to create new coordination bodies or funds within the United Nations.', ['capacity-building-coordination:oppose']],
    ['We see the need to create new coordination bodies within the United Nations.', []],
  ] as const)('%s -> %j', (sentence, expected) => {
    expect(tag(sentence, 'LVA')).toEqual(expected);
  });
});

describe('matchSentence: living with it, reluctant to do it', () => {
  test.each([
    ['We could live with such a repository, provided that it remains voluntary.', ['threat-repository:support']],
    ['We cannot live with a global threat repository.', ['threat-repository:oppose']],
    ['We are reluctant to create a separate group for capacity building.', ['capacity-building-group:cross-cutting']],
    ['We are keen to create a separate group for capacity building.', ['capacity-building-group:dedicated']],
  ] as const)('%s -> %j', (sentence, expected) => {
    expect(tag(sentence, 'FJI')).toEqual(expected);
  });
});

describe('matchSentence: a call turned down', () => {
  test.each([
    ['We rejected calls for a new treaty on ICT security.', ['legally-binding-instrument:oppose']],
    ['Estonia rejected calls for a new treaty, saying the existing framework was sufficient.', ['legally-binding-instrument:oppose']],
    ['Estonia renewed calls for a new treaty.', ['legally-binding-instrument:support']],
  ] as const)('%s -> %j', (sentence, expected) => {
    expect(tag(sentence, 'EST', { narrative: true })).toEqual(expected);
  });
});

describe('matchSentence: a list of examples set off by commas is read around', () => {
  test.each([
    ["We also want civil society, including women's organisations and human rights groups, to have a meaningful voice in the mechanism's meetings.", ['stakeholder-participation:expand']],
    ['We want stakeholders, such as academia, industry and civil society, to take part in formal meetings.', ['stakeholder-participation:expand']],
  ] as const)('%s -> %j', (sentence, expected) => {
    expect(tag(sentence, 'CAN')).toEqual(expected);
  });

  test('not when the aside names the speaker: many delegations, in particular the speaker, is no stance of the speaker', () => {
    expect(tag('On capacity-building, a large number of delegations, in particular from the African Group, called for a dedicated group.', 'AFRICAN-GROUP', { narrative: true })).toEqual([]);
  });
});

describe('matchSentence: standing groups doubted', () => {
  test.each([
    ['We are not persuaded that standing thematic groups are needed at all.', ['thematic-group-count:none']],
    ['Standing thematic groups are not needed.', ['thematic-group-count:none']],
    ['Standing thematic groups are really needed.', []],
    ["We would prefer that the clusters, thematic clusters, don't exceed a strictly necessary amount.", ['thematic-group-count:limited']],
  ] as const)('%s -> %j', (sentence, expected) => {
    expect(tag(sentence, 'USA')).toEqual(expected);
  });
});

describe('matchSentence: remote formats accepted only for a time', () => {
  test.each([
    ['Virtual formats are acceptable as a temporary measure but should not become the norm for a negotiating body.', ['meeting-format:in-person']],
    ['We think hybrid meetings are justified only as an exceptional measure.', ['meeting-format:in-person']],
  ] as const)('%s -> %j', (sentence, expected) => {
    expect(tag(sentence, 'RUS')).toEqual(expected);
  });
});

describe('matchSentence: "several of which", "for which" and a condition set off by commas are read around', () => {
  test.each([
    ['We believe that capacity building, for which many developing countries have asked repeatedly over the years, deserves a dedicated group of its own.', ['capacity-building-group:dedicated']],
    ['The private sector, academia and civil society organisations, several of which have helped to train our own national CERT, should be able to take part in the formal meetings of the future mechanism.', ['stakeholder-participation:expand']],
    ['We believe that a global threat repository, if it is kept voluntary and limited to technical information shared by national CERTs, would be a valuable resource.', ['threat-repository:support']],
  ] as const)('%s -> %j', (sentence, expected) => {
    expect(tag(sentence, 'GHA')).toEqual(expected);
  });
});

describe('matchSentence: ordinary prose (dev19)', () => {
  test.each([
    ['Rather than giving it a group of its own, we would prefer that capacity-building needs be identified and addressed in each of the thematic groups.', ['capacity-building-group:cross-cutting']],
    ['We would therefore see two, or at the most three, thematic groups as the right order of magnitude.', ['thematic-group-count:value:2-3']],
    ['We would like the future mechanism to allow experts in capitals to take part in meetings remotely.', ['meeting-format:hybrid']],
  ] as const)('%s -> %j', (sentence, expected) => {
    expect(tag(sentence, 'IDN')).toEqual(expected);
  });
});

describe('matchSentence: the number of groups, said loosely', () => {
  test.each([
    ['On the number of thematic groups, we are not attached to any particular figure and can go along with whatever number commands broad support.', ['thematic-group-count:flexible']],
    ['Fourth, on thematic groups, we can support the figure of three that has emerged in the informal consultations.', ['thematic-group-count:value:3']],
    ['On the thematic groups, we think that three would strike the right balance between depth and manageability.', ['thematic-group-count:value:3']],
    ['Finally, on capacity building, there is already an extensive architecture, and we would be wary of building a new UN coordination structure or fund alongside it.', ['capacity-building-coordination:oppose']],
    ['Likewise, the priority for the next mechanism should be putting the existing norms into practice, not drafting a twelfth and a thirteenth.', ['norms-development:implement-existing']],
  ] as const)('%s -> %j', (sentence, expected) => {
    expect(tag(sentence, 'KEN')).toEqual(expected);
  });
});

describe('matchSentence: a joint statement in ordinary prose', () => {
  test.each([
    ['As regards the proposal for a global threat repository, our five countries would be prepared to support a global threat repository.', ['threat-repository:support']],
    ['We hope that one of these two groups will be dedicated to capacity building.', ['capacity-building-group:dedicated', 'thematic-group-count:value:2']],
    ['The possibility of joining meetings online is the condition of taking part at all.', []],
    ["We therefore ask that the mechanism's meetings, including those of its thematic groups, be accessible remotely.", ['meeting-format:hybrid']],
    ['We value the possibility of joining meetings online.', ['meeting-format:hybrid']],
  ] as const)('%s -> %j', (sentence, expected) => {
    expect(tag(sentence, 'SWE')).toEqual(expected);
  });
});

describe('matchSentence: a report in the past tense', () => {
  test('"a Programme of Action offered the best basis" in a report is for the Programme of Action', () => {
    expect(tag('Several delegations, including France, expressed the view that a Programme of Action offered the best basis for a permanent mechanism.', 'FRA', { narrative: true })).toEqual(['mechanism-format:poa']);
  });
});

describe('matchSentence: one of the groups, the plenary alone, consensus kept', () => {
  test.each([
    ['Another ought to be devoted to capacity building, which is not an add-on but the foundation.', ['capacity-building-group:dedicated']],
    ['One of them should deal specifically with international law.', ['international-law-group:dedicated']],
    ['We see no reason to depart, in the permanent mechanism, from the practice of consensus.', ['decision-making:consensus']],
    ['We insist that consensus govern all decisions.', ['decision-making:consensus']],
    ['We suggest that the plenary itself address all issues, without permanent groups.', ['thematic-group-count:none']],
  ] as const)('%s -> %j', (sentence, expected) => {
    expect(tag(sentence, 'NGA')).toEqual(expected);
  });
});

describe('matchSentence: when or where, set off by commas, is read around', () => {
  test('"supports the elaboration, at an appropriate time and under the auspices of the United Nations, of a legal instrument"', () => {
    expect(tag('China therefore supports the elaboration, at an appropriate time and under the auspices of the United Nations, of an international legal instrument with binding force.', 'CHN')).toEqual(['legally-binding-instrument:support']);
  });

  test('"the establishment, as soon as possible, of X" and "without further delay"', () => {
    expect(tag('We support the establishment, as soon as possible, of a global threat repository.', 'CHN')).toEqual(['threat-repository:support']);
    expect(tag('We would be prepared to support the establishment, as a matter of priority and without further delay, of a global threat repository.', 'CHN')).toEqual(['threat-repository:support']);
  });
});
