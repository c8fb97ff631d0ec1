// The phrasebook by issue id. Order follows the codebook.
import type { IssueId } from '../issues';
import type { IssuePhrases } from './phrase-types';
import {
  DECISION_MAKING, LEGALLY_BINDING_INSTRUMENT, MECHANISM_FORMAT, NORMS_DEVELOPMENT, STAKEHOLDER_PARTICIPATION, STAKEHOLDER_VETO,
} from './stances-architecture';
import {
  CAPACITY_BUILDING_COORDINATION, CAPACITY_BUILDING_GROUP, INTERNATIONAL_LAW_GROUP, MEETING_FORMAT, MEETING_VENUE, THEMATIC_GROUP_COUNT,
  THEMATIC_GROUP_STRUCTURE, THREAT_REPOSITORY,
} from './stances-structure';

export const PHRASEBOOK: Readonly<Record<IssueId, IssuePhrases>> = {
  'legally-binding-instrument': LEGALLY_BINDING_INSTRUMENT,
  'mechanism-format': MECHANISM_FORMAT,
  'stakeholder-participation': STAKEHOLDER_PARTICIPATION,
  'stakeholder-veto': STAKEHOLDER_VETO,
  'thematic-group-count': THEMATIC_GROUP_COUNT,
  'thematic-group-structure': THEMATIC_GROUP_STRUCTURE,
  'international-law-group': INTERNATIONAL_LAW_GROUP,
  'capacity-building-group': CAPACITY_BUILDING_GROUP,
  'decision-making': DECISION_MAKING,
  'norms-development': NORMS_DEVELOPMENT,
  'meeting-format': MEETING_FORMAT,
  'meeting-venue': MEETING_VENUE,
  'threat-repository': THREAT_REPOSITORY,
  'capacity-building-coordination': CAPACITY_BUILDING_COORDINATION,
};
