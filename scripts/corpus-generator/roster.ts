// The delegations of the generated record: the 193 member states, the EU and two groups
// that speak on behalf of their members, each with its names, its bloc (which drives its
// positions, see drift.ts) and how often it takes the floor.
import type { Region } from '../../src/shared/dataset-schema';
import { inSentence, nameVariants } from './name-variants';
import { UN_MEMBER_STATES } from './un-members';

/** Which way a delegation leans. `west` and `middle` converge on several issues over time. */
export type Bloc = 'west' | 'sov' | 'arab' | 'middle';

export interface Delegation {
  code: string;
  kind: 'state' | 'eu' | 'group';
  /** Names in running text, without article, the spoken form first. */
  names: string[];
  /** The formal name with its article: "the Republic of Belarus". */
  formal: string;
  region: Region | null;
  eu: boolean;
  bloc: Bloc;
  /** Relative frequency of taking the floor: 1 (rarely) .. 3 (at every meeting). */
  activity: number;
  /** Groups only: member codes. */
  members: string[];
}

// The Non-Aligned Movement's short code: `NAM` itself is Namibia's ISO alpha-3 code.
export const NAM_GROUP = 'NAM-GROUP';
export const ARAB_GROUP = 'ARAB-GROUP';
export const EU_CODE = 'EU';

const SOV = new Set('RUS CHN IRN BLR CUB PRK NIC SYR VEN BDI ERI'.split(' '));
const ARAB = new Set('DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN QAT SAU SOM SDN TUN ARE YEM'.split(' '));
const WEST_EXTRA = new Set('ALB MNE MKD MDA UKR GEO JPN KOR CHL COL MEX URY CRI DOM PER'.split(' '));
const MOST_ACTIVE = new Set('USA CHN RUS GBR FRA DEU IRN IND BRA AUS CAN JPN NLD CHE EGY PAK CUB IDN ZAF MEX KEN'.split(' '));
const ACTIVE = new Set(
  'ARG AUT BEL BLR CHL COL CRI CZE DNK DOM ECU EST FIN GHA IRL ISR ITA KOR MYS MAR NZL NGA NIC NOR PHL POL PRT SAU SEN SGP ESP SWE SYR THA UKR URY VEN VNM SLV GTM'.split(' '),
);
const NOT_NAM = new Set('JPN KOR CYP KIR MHL FSM NRU PLW TON TUV WSM KAZ CHN ARM'.split(' '));
const NAM_GRULAC = new Set('ATG BHS BRB BLZ BOL CHL COL CUB DMA DOM ECU GRD GTM GUY HTI HND JAM NIC PAN PER KNA LCA VCT SUR TTO VEN AZE BLR'.split(' '));

function blocOf(code: string, region: Region, eu: boolean): Bloc {
  if (SOV.has(code)) return 'sov';
  if (ARAB.has(code)) return 'arab';
  if (eu || region === 'WEOG' || WEST_EXTRA.has(code)) return code === 'TUR' ? 'middle' : 'west';
  return 'middle';
}

function buildRoster(): Delegation[] {
  const states: Delegation[] = UN_MEMBER_STATES.map((s) => ({
    code: s.code,
    kind: 'state',
    names: nameVariants(s.code),
    formal: s.formal,
    region: s.region,
    eu: s.eu,
    bloc: blocOf(s.code, s.region, s.eu),
    activity: MOST_ACTIVE.has(s.code) ? 3 : ACTIVE.has(s.code) ? 2 : 1,
    members: [],
  }));
  const nam = states
    .filter((s) => ((s.region === 'African' || s.region === 'Asia-Pacific') && !NOT_NAM.has(s.code)) || NAM_GRULAC.has(s.code))
    .map((s) => s.code);
  const groups: Delegation[] = [
    { code: EU_CODE, kind: 'eu', names: ['European Union', 'EU'], formal: 'the European Union', region: null, eu: false, bloc: 'west', activity: 3, members: states.filter((s) => s.eu).map((s) => s.code) },
    { code: NAM_GROUP, kind: 'group', names: ['Non-Aligned Movement', 'NAM'], formal: 'the Non-Aligned Movement', region: null, eu: false, bloc: 'middle', activity: 1, members: nam },
    { code: ARAB_GROUP, kind: 'group', names: ['Arab Group'], formal: 'the Arab Group', region: null, eu: false, bloc: 'arab', activity: 1, members: [...ARAB, 'SYR'].sort() },
  ];
  return [...states, ...groups];
}

/** Every delegation, states in table order then EU, NAM-GROUP, ARAB-GROUP. */
export const ROSTER: readonly Delegation[] = buildRoster();

const byCode = new Map(ROSTER.map((d) => [d.code, d]));

export function delegation(code: string): Delegation {
  const d = byCode.get(code);
  if (!d) throw new Error(`roster: unknown delegation code "${code}"`);
  return d;
}

export const STATES: readonly Delegation[] = ROSTER.filter((d) => d.kind === 'state');

/** The spoken name, as it stands mid-sentence ("the Netherlands"). */
export function spoken(d: Delegation): string {
  return inSentence(d.names[0] as string);
}

/** Which state speaks for a group at a session (the EU speaks for itself). */
export function groupSpeaker(group: string, session: number): string {
  if (group === NAM_GROUP) return session >= 8 ? 'UGA' : 'IDN';
  if (group === ARAB_GROUP) return ['EGY', 'SAU', 'QAT', 'JOR', 'MAR', 'ARE', 'KWT', 'TUN', 'OMN', 'BHR', 'DZA', 'IRQ'][session % 12] as string;
  return group;
}
