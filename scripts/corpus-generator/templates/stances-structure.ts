// Phrasebook, part 2: the structure and meetings of the mechanism, threats and capacity
// building. In thematic-group-count phrases, {n} is the number (or range) in words.
import type { IssuePhrases } from './phrase-types';

export const THEMATIC_GROUP_COUNT: IssuePhrases = {
  topic: ['thematic groups', 'the dedicated thematic groups', 'the structure of the mechanism', 'the clusters'],
  mention: ['the dedicated thematic groups', 'the number of thematic groups', 'the Chair’s question on a realistic number of groups'],
  heading: 'Number of Thematic Groups',
  positions: {
    value: {
      clauses: [
        '{n} dedicated thematic groups would be a good start',
        'the future mechanism should have {n} dedicated thematic groups',
        '{n} thematic groups would strike the right balance between depth of discussion and the capacity of smaller delegations',
        'there should be {n} thematic groups meeting back to back during the plenary weeks',
        'the mechanism should establish {n} dedicated thematic groups reporting to the plenary',
      ],
      favour: ['establishing {n} dedicated thematic groups', 'a structure with {n} thematic working groups', 'the creation of {n} dedicated thematic groups'],
      headlines: ['{N} dedicated thematic groups', 'Proposal for {n} thematic working groups'],
    },
    limited: {
      clauses: [
        'the number of thematic groups should not exceed what is strictly necessary',
        'a limited number of thematic groups is essential to avoid overburdening small delegations',
        'the number of dedicated thematic groups should be kept to a minimum',
      ],
      favour: ['a limited number of dedicated thematic groups', 'keeping the number of thematic groups to a minimum'],
      headlines: ['Limited number of thematic groups to avoid overburdening delegations', 'Thematic groups not exceeding what is strictly necessary'],
    },
    none: {
      clauses: [
        'there is no need for standing thematic groups, as all issues should be discussed in the plenary',
        'the future mechanism should not establish standing thematic groups',
        'substantive discussions should take place in plenary sessions only, without standing subsidiary groups',
      ],
      against: ['the creation of standing thematic groups', 'any standing subsidiary body under the mechanism'],
      headlines: ['No standing thematic groups; discussions in plenary', 'Plenary-only format without subsidiary groups'],
    },
    flexible: {
      clauses: ['the exact number of thematic groups is secondary, and flexibility on the number is warranted'],
      own: {
        first: [
          'We are flexible on the number of dedicated thematic groups.',
          '{self} can show flexibility as regards the number of thematic groups.',
          'My delegation has no fixed position on the number of groups and remains flexible.',
          'On the number of thematic groups, we are flexible.',
        ],
        reported: ['{S} expressed flexibility on the number of dedicated thematic groups.', '{S} said {it} {was} flexible regarding the number of thematic groups.'],
      },
      headlines: ['Flexibility on the number of thematic groups'],
    },
  },
};

export const THEMATIC_GROUP_STRUCTURE: IssuePhrases = {
  topic: ['the focus of the thematic groups', 'the organisation of thematic groups', 'the structure of the groups'],
  mention: ['the pillars of the framework', 'the thematic groups proposed in Annex C', 'the organisation of the groups'],
  heading: 'Structure of Thematic Groups',
  positions: {
    'pillar-based': {
      clauses: [
        'the thematic groups should follow the pillars of the framework that have served the OEWG well',
        'each pillar, namely threats, norms, international law, confidence-building measures and capacity building, should have its own group',
        'the existing pillar-based structure should be preserved in the future mechanism',
      ],
      favour: ['thematic groups on threats, norms and international law, and capacity building', 'a pillar-based structure for the thematic groups', 'dedicated groups on the traditional areas of the framework'],
      against: ['abandoning the pillar-based approach'],
      headlines: ['Thematic groups following the pillars of the framework', 'Preserving the pillar-based approach'],
    },
    'cross-cutting': {
      clauses: [
        'the thematic groups should be cross-cutting and organised around shared policy problems such as resilience, cooperation and stability',
        'having cross-cutting and policy-goal-oriented thematic groups would allow the mechanism to address specific cyber challenges',
        'the groups should cut across the pillars rather than replicate them',
      ],
      favour: ['cross-cutting thematic groups structured around shared policy issues', 'three groups on resilience, cooperation and stability', 'thematic groups focused on outcomes such as the protection of critical infrastructure'],
      denied: ['the thematic groups should simply mirror the pillars'],
      headlines: ['Cross-cutting thematic groups structured around shared policy issues', 'Groups on resilience, cooperation and stability'],
    },
  },
};

export const INTERNATIONAL_LAW_GROUP: IssuePhrases = {
  topic: ['international law', 'the place of international law in the mechanism', 'discussions on international law'],
  mention: ['discussions on international law', 'the international law pillar', 'technical discussions on international law'],
  heading: 'International Law in the Future Mechanism',
  positions: {
    dedicated: {
      clauses: [
        'international law deserves its own dedicated thematic group',
        'a standing committee on international law would allow in-depth legal discussions',
        'the mechanism should include a dedicated track for international law, with the participation of legal experts',
      ],
      favour: ['a dedicated group on international law', 'a separate track for discussions on international law'],
      headlines: ['Dedicated group on international law', 'Standing committee on international law'],
    },
    integrated: {
      clauses: [
        'international law should be integrated into the discussions of all thematic groups rather than isolated in a group of its own',
        'discussions on international law are best held within broader, cross-cutting groups',
      ],
      favour: ['integrating international law into the work of every thematic group'],
      against: ['a stand-alone group on international law', 'a dedicated group on international law'],
      headlines: ['International law integrated across thematic groups', 'Opposition to a stand-alone group on international law'],
    },
  },
};

export const CAPACITY_BUILDING_GROUP: IssuePhrases = {
  topic: ['capacity building in the future mechanism', 'the place of capacity building', 'the capacity-building pillar'],
  mention: ['the capacity-building pillar', 'capacity building in the future mechanism'],
  heading: 'Capacity Building in the Future Mechanism',
  positions: {
    dedicated: {
      clauses: [
        'capacity building should have its own dedicated thematic group in the future mechanism',
        'a dedicated group on capacity building is indispensable for developing countries',
      ],
      favour: ['a dedicated thematic group on capacity building', 'a stand-alone capacity-building track'],
      headlines: ['Dedicated thematic group on capacity building'],
    },
    'cross-cutting': {
      clauses: [
        'capacity building should cut across the whole mandate of the new mechanism rather than sit in one group',
        'capacity building is a cross-cutting issue that should be addressed in every thematic group',
      ],
      favour: ['treating capacity building as a cross-cutting issue across all groups'],
      against: ['confining capacity building to a separate group'],
      headlines: ['Capacity building as a cross-cutting issue', 'Capacity building integrated across all thematic groups'],
    },
  },
};

export const MEETING_FORMAT: IssuePhrases = {
  topic: ['the format of meetings', 'hybrid meetings', 'the modalities of meetings'],
  mention: ['the format of meetings', 'the virtual platform used during the pandemic', 'the cost of in-person and virtual meetings'],
  heading: 'Meeting Frequency and Modalities',
  positions: {
    'in-person': {
      clauses: [
        'hybrid meetings must be limited and really exceptional',
        'formal meetings should be held in person, as hybrid formats disadvantage delegations in certain time zones',
        'virtual participation cannot replace in-person negotiations between States',
      ],
      favour: ['holding the formal meetings of the mechanism in person'],
      against: ['making hybrid meetings the rule', 'systematic use of virtual formats for formal meetings'],
      headlines: ['In-person meetings with limited hybrid options', 'Reservations about hybrid meetings'],
    },
    hybrid: {
      clauses: [
        'the thematic groups should be able to meet in a hybrid format to facilitate participation',
        'virtual and hybrid participation should be possible so that experts from capitals can contribute',
        'hybrid meetings would ease the burden on small delegations while maintaining momentum',
      ],
      favour: ['a hybrid format for the meetings of the thematic groups', 'the possibility of virtual participation for experts from capitals'],
      denied: ['hybrid meetings should be exceptional'],
      headlines: ['Hybrid format to facilitate participation', 'Virtual meetings to ease participation'],
    },
  },
};

export const MEETING_VENUE: IssuePhrases = {
  topic: ['the venue of meetings', 'the location of future meetings', 'where the mechanism meets'],
  mention: ['the venue of future meetings', 'the conference services in New York'],
  heading: 'Venue of Meetings',
  positions: {
    rotate: {
      clauses: [
        'some meetings of the future mechanism could be held in Geneva, Vienna or Nairobi to improve geographical diversity',
        'the venue of the thematic groups should rotate among the regions',
        'meetings outside New York would allow more experts from capitals to take part',
      ],
      favour: ['holding meetings in locations other than New York, such as Geneva or Nairobi', 'rotating the venue of meetings among regions'],
      headlines: ['Meetings in locations other than New York', 'Rotation of venues among regions'],
    },
    'new-york': {
      clauses: [
        'all meetings of the mechanism should be held in New York, where all delegations are represented',
        'holding meetings away from New York would disadvantage small delegations without presence elsewhere',
      ],
      favour: ['keeping all meetings of the mechanism in New York'],
      against: ['moving meetings of the mechanism away from New York', 'rotating the venue of meetings'],
      headlines: ['All meetings in New York'],
    },
  },
};

export const THREAT_REPOSITORY: IssuePhrases = {
  topic: ['threats', 'the threat landscape', 'existing and potential threats', 'the proposal for a threat repository'],
  mention: ['the proposal for a global repository of ICT threats', 'the repository proposed by Kenya', 'information sharing on threats'],
  heading: 'Existing and Potential Threats',
  positions: {
    support: {
      clauses: [
        'a voluntary global repository of ICT threats would help developing countries understand the threat landscape',
        'the OEWG should establish a global threat repository as a practical tool for all States',
        'a threat repository under UN auspices would strengthen cooperation on incident response',
      ],
      favour: ['the establishment of a voluntary global repository of ICT threats', 'the proposal by Kenya for a global threat repository', 'a global cyber threat repository'],
      headlines: ['Support for a voluntary global threat repository', 'Threat repository as a practical tool'],
    },
    oppose: {
      clauses: [
        'a repository of threats would be exploited for the further politicization of ICT security issues',
        'the OEWG report should not include proposals such as a voluntary repository of threats to ICT security',
        'a global threat repository would duplicate existing mechanisms and raise questions of attribution',
      ],
      against: ['the establishment of a repository of threats', 'the proposed global threat repository', 'a voluntary repository of threats to ICT security'],
      denied: ['a threat repository would add value'],
      headlines: ['Opposition to a global threat repository', 'Risk of politicization through a threat repository'],
    },
  },
};

export const CAPACITY_BUILDING_COORDINATION: IssuePhrases = {
  topic: ['capacity building', 'coordination of capacity building', 'international cooperation and assistance'],
  mention: ['the capacity-building portal', 'the Global Roundtable on capacity building', 'the mapping exercise on capacity building'],
  heading: 'Capacity Building Coordination',
  positions: {
    support: {
      clauses: [
        'the UN should designate a cyber capacity-building focal point to coordinate offers and requests',
        'a UN-led global portal and a voluntary fund would make capacity building more effective and inclusive',
        'it is unacceptable to highlight one specific organisation, namely the GFCE, as the main capacity-building initiative',
        'the United Nations should play a central coordinating role in cyber capacity building',
      ],
      favour: ['a UN capacity-building portal and a voluntary fund', 'a coordinating role for the United Nations in cyber capacity building', 'the proposal for a UN focal point on capacity building'],
      headlines: ['UN coordination of capacity building', 'UN portal, focal point and fund for capacity building'],
    },
    oppose: {
      clauses: [
        'there is no need for new UN structures, as existing platforms such as the GFCE already coordinate capacity building effectively',
        'capacity building should rely on existing initiatives and platforms rather than a new UN function',
        'a new UN fund would duplicate existing efforts and divert scarce resources',
      ],
      favour: ['relying on existing platforms such as the Global Forum on Cyber Expertise'],
      against: ['the creation of a new UN capacity-building fund', 'a new UN coordination function for capacity building'],
      headlines: ['Rely on existing capacity-building platforms', 'No new UN structures for capacity building'],
    },
  },
};
