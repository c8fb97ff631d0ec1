// Phrasebook, part 1: the instrument, the mechanism, stakeholders and decisions.
// Every clause and phrase commits its speaker to the position it is filed under; the
// codebook (data/codebook.yaml) fixes the issue and position ids.
import type { IssuePhrases } from './phrase-types';

export const LEGALLY_BINDING_INSTRUMENT: IssuePhrases = {
  topic: ['international law', 'the question of a legally binding instrument', 'the applicability of international law', 'the legal framework'],
  mention: ['the proposal for a legally binding instrument', 'the concept of a UN convention on international information security', 'the discussion on binding obligations'],
  heading: 'Application of International Law and Legal Framework',
  positions: {
    support: {
      clauses: [
        'a legally binding instrument is needed to fill the legal gaps arising from the unique features of ICTs',
        'the international community should move towards a legally binding instrument on security in the use of ICTs',
        'voluntary, non-binding norms are no longer sufficient and should be complemented by legally binding obligations',
        'the elaboration of legally binding obligations should be a priority of the future mechanism',
        'only a universal convention on international information security can provide the legal certainty that States need',
        'a legally binding framework would lead to a more effective implementation of commitments and a strong basis for accountability',
      ],
      favour: [
        'the elaboration of a legally binding instrument on security in the use of ICTs',
        'negotiations on a universal convention on international information security',
        'the development of legally binding obligations for States in the ICT environment',
        'a comprehensive international treaty on ICT security under UN auspices',
      ],
      denied: ['voluntary norms alone can ensure a peaceful ICT environment', 'existing international law is sufficient to address the specific features of ICTs'],
      headlines: ['Need for a legally binding instrument on ICT security', 'Call for a UN convention on international information security', 'Binding obligations to complement voluntary norms'],
    },
    open: {
      clauses: [
        'the possibility of additional legally binding obligations could be considered at an appropriate stage',
        'the question of a legally binding instrument deserves further discussion without prejudging its outcome',
      ],
      open: [
        'a discussion on the possibility of a legally binding instrument in the future',
        'the question of whether additional legally binding obligations may be needed',
        'the idea of a binding instrument once the existing framework is better implemented',
      ],
      headlines: ['Openness to discussing a future binding instrument', 'Possible consideration of binding obligations at a later stage'],
    },
    oppose: {
      clauses: [
        'existing international law, including the Charter of the United Nations in its entirety, applies to cyberspace and there is no need for a new legally binding instrument',
        'the priority should be the implementation of the existing framework rather than the negotiation of a new treaty',
        'a new legally binding instrument would be premature and could undermine the agreed framework',
        'voluntary norms, together with existing international law, provide a sufficient basis for responsible State behaviour',
        'the focus should be on how existing international law applies, not on negotiating new binding rules',
      ],
      against: ['the negotiation of a new legally binding instrument', 'a new cyber treaty', 'new legally binding obligations at this stage'],
      denied: ['a new legally binding instrument is needed at this stage', 'there are gaps in international law that only a new treaty could fill'],
      headlines: ['Existing international law applies; no new treaty needed', 'Focus on implementing the existing framework rather than a new instrument'],
    },
  },
};

export const MECHANISM_FORMAT: IssuePhrases = {
  topic: ['the future mechanism', 'regular institutional dialogue', 'the future permanent mechanism', 'the format of regular institutional dialogue'],
  mention: ['the future permanent mechanism', 'the various proposals for regular institutional dialogue', 'the Programme of Action and other proposals'],
  heading: 'Structure and Format of Future Permanent Mechanism',
  positions: {
    poa: {
      clauses: [
        'the Programme of Action is the most viable and pragmatic proposal for the future permanent mechanism',
        'a Programme of Action offers the right vehicle for the future regular institutional dialogue',
        'the future mechanism should take the form of an action-oriented Programme of Action',
        'the PoA would allow States to move from discussion to the implementation of the framework',
      ],
      favour: [
        'the establishment of a Programme of Action to advance responsible State behaviour in the use of ICTs',
        'the PoA as the future single-track mechanism',
        'the cross-regional proposal for a Programme of Action',
        'the approach of the Programme of Action proposal presented by France',
      ],
      headlines: ['Support for the Programme of Action as the future mechanism', 'PoA as an action-oriented permanent mechanism'],
    },
    open: {
      clauses: [
        'any future mechanism should be single-track and agreed by consensus, whatever its name',
        'the format of the future mechanism matters less than its consensual, single-track and inclusive nature',
        'no single proposal should be imposed, and the future mechanism should be decided by all States together',
      ],
      open: ['any single-track mechanism that enjoys consensus', 'all proposals for the future mechanism, to be considered on their merits'],
      headlines: ['Single-track, consensus-based mechanism regardless of format', 'No preference between proposals for the future mechanism'],
    },
    oewg: {
      clauses: [
        'the OEWG format should be continued as a permanent, open-ended intergovernmental body',
        'evident bias in favour of the Programme of Action is unacceptable',
        'the PoA is only one of the proposals on the table and is not supported by all States',
        'the future mechanism should build on the OEWG as the only truly inclusive intergovernmental format',
        'replicating the Programme of Action model of other fields does not serve the purpose',
      ],
      favour: ['a permanent open-ended working group under UN auspices', 'the continuation of the OEWG format after 2025', 'an open-ended intergovernmental body for consultation, cooperation and decision-making'],
      against: ['the Programme of Action as the future mechanism', 'any attempt to impose the PoA as the future mechanism', 'predetermining the format of regular institutional dialogue in favour of the PoA'],
      headlines: ['Continuation of the OEWG format', 'Opposition to bias towards the Programme of Action'],
    },
  },
};

export const STAKEHOLDER_PARTICIPATION: IssuePhrases = {
  topic: ['stakeholder participation', 'the modalities for stakeholders', 'multi-stakeholder engagement', 'the role of stakeholders'],
  mention: ['the modalities for stakeholder participation', 'the informal dialogue with stakeholders', 'the contributions of the private sector, civil society and academia'],
  heading: 'Stakeholder Participation',
  positions: {
    expand: {
      clauses: [
        'non-governmental stakeholders should be able to participate meaningfully in the future mechanism, on a voice-not-vote basis',
        'the modalities for stakeholder participation should be broader and more inclusive than at present',
        'stakeholders should have access to the formal meetings of the future mechanism',
        'the expertise of the private sector, civil society and academia must be fully integrated into the work of the mechanism',
      ],
      favour: [
        'meaningful participation of the private sector, civil society, academia and the technical community',
        'accreditation modalities similar to those of the Ad Hoc Committee on Cybercrime',
        'a more inclusive approach to stakeholder participation',
        'stakeholder participation on a voice-not-vote basis in all formats of the mechanism',
      ],
      headlines: ['Meaningful and inclusive stakeholder participation', 'Stakeholder participation on a "voice not vote" basis'],
    },
    limit: {
      clauses: [
        'the future mechanism must remain strictly intergovernmental, with stakeholders contributing only informally',
        'the role of the private sector and other interested parties should not be overestimated',
        'any contribution from non-governmental stakeholders should come through informal intersessional consultations',
        'negotiation and decision-making are exclusive prerogatives of Member States, and stakeholders should not take part in formal meetings',
      ],
      against: ['expanding the role of non-governmental stakeholders in formal meetings', 'granting stakeholders access to formal sessions of the mechanism'],
      headlines: ['Strictly intergovernmental character of the mechanism', 'Limited, informal role for non-governmental stakeholders'],
    },
  },
};

export const STAKEHOLDER_VETO: IssuePhrases = {
  topic: ['accreditation', 'the accreditation procedure', 'the modalities for accreditation'],
  mention: ['the accreditation procedure', 'the non-objection procedure', 'the list of accredited organisations'],
  heading: 'Stakeholder Accreditation Procedures',
  positions: {
    support: {
      clauses: [
        'the accreditation of stakeholders should remain on a non-objection basis',
        'each Member State must retain its sovereign right to object to the participation of a stakeholder',
        'the current no-objection procedure has served the process well and should be preserved',
      ],
      favour: ['maintaining the non-objection basis for accreditation', 'the right of each State to object to the accreditation of non-governmental organisations'],
      against: ['any override of objections raised by Member States'],
      headlines: ['Preserve the non-objection procedure for accreditation', 'Right of each State to object to stakeholder participation'],
    },
    oppose: {
      clauses: [
        'no single State should be able to veto the participation of a stakeholder',
        'the current modalities that allow a single State to veto key stakeholders are not tenable and must be improved',
        'objections to accreditation should be subject to a vote or an override mechanism',
        'the non-objection procedure should be changed so that objections are transparent and can be overridden',
      ],
      favour: ['an override mechanism for objections to stakeholder accreditation', 'a transparent accreditation procedure without single-State vetoes'],
      against: ['the single-State veto on stakeholder accreditation', 'maintaining a veto for every Member State over stakeholder participation'],
      denied: ['a single State should be able to block the accreditation of a stakeholder'],
      headlines: ['No single-State veto on stakeholder accreditation', 'Override mechanism for objections to accreditation'],
    },
  },
};

export const DECISION_MAKING: IssuePhrases = {
  topic: ['decision-making', 'the rules of procedure', 'the working methods of the mechanism'],
  mention: ['the rules of procedure of the future mechanism', 'the working methods of the mechanism', 'decision-making in the future mechanism'],
  heading: 'Decision-Making and Working Methods',
  positions: {
    consensus: {
      clauses: [
        'decisions on any issue, whether substantive or procedural, should be made by consensus',
        'consensus must remain the basis of all decisions of the future mechanism',
        'the consensus principle is the guarantee that the interests of all States are taken into account',
      ],
      favour: ['consensus-based decision-making on all matters', 'the consensus rule for substantive and procedural decisions alike'],
      against: ['voting in the future mechanism', 'any departure from the consensus principle'],
      headlines: ['Consensus-based decision-making', 'All decisions, substantive and procedural, by consensus'],
    },
    flexible: {
      clauses: [
        'the future mechanism should be able to take procedural decisions by a vote when consensus cannot be reached',
        'consensus should be the goal, but a flexible decision-making rule is needed so that a single State cannot block progress',
        'the rules of procedure of the General Assembly, including voting, should apply where consensus fails',
      ],
      favour: ['a flexible decision-making mechanism to ensure inclusiveness', 'the possibility of voting on procedural matters'],
      denied: ['every procedural decision must be taken by consensus'],
      headlines: ['Flexible decision-making where consensus fails', 'Voting as a fallback to avoid deadlock'],
    },
  },
};

export const NORMS_DEVELOPMENT: IssuePhrases = {
  topic: ['norms', 'the rules, norms and principles', 'the norms of responsible State behaviour', 'the normative framework'],
  mention: ['the eleven voluntary norms', 'the norms implementation checklist', 'proposals for new norms'],
  heading: 'Norms of Responsible State Behaviour',
  positions: {
    'develop-new': {
      clauses: [
        'it is crucial to restore the necessary balance between the development and the implementation of norms',
        'new norms, rules and principles are needed to keep pace with the rapid development of ICTs',
        'the future mechanism should continue, as a priority, to further develop the rules, norms and principles of responsible behaviour of States',
        'the existing norms do not address emerging challenges and should be complemented by new ones',
      ],
      favour: ['the elaboration of new norms of responsible State behaviour', 'further development of rules, norms and principles alongside their implementation'],
      denied: ['the agreed norms are sufficient for the challenges ahead'],
      headlines: ['Development of new norms alongside implementation', 'Restoring balance between norm development and implementation'],
    },
    'implement-existing': {
      clauses: [
        'the priority must be the implementation of the agreed framework of responsible State behaviour',
        'the eleven agreed norms provide a solid basis, and the focus should now be on putting them into practice',
        'States should concentrate on implementing the existing norms before considering new ones',
      ],
      favour: ['a focus on implementing the existing framework', 'the norms implementation checklist as the main tool of the mechanism'],
      against: ['the elaboration of new norms at this stage', 'reopening the agreed framework'],
      denied: ['new norms are needed before the existing ones are implemented'],
      headlines: ['Implementation of the existing normative framework', 'Focus on operationalising the agreed norms'],
    },
  },
};
