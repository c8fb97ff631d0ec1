// The 193 UN member states: ISO 3166-1 alpha-3 code, UN regional group and the formal name
// the UN uses (as joint statements and mission letterheads write it). Kiribati belongs to
// no regional group and the United States sits in WEOG as an observer; both are listed with
// the group they caucus with. EU membership is the 27 of 2021-2025.
import type { Region } from '../../src/shared/dataset-schema';

export interface MemberState {
  code: string;
  region: Region;
  formal: string;
  eu: boolean;
}

const REGIONS: Record<string, Region> = { AF: 'African', AP: 'Asia-Pacific', EE: 'Eastern European', GR: 'GRULAC', WE: 'WEOG' };

const EU = new Set('AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD POL PRT ROU SVK SVN ESP SWE'.split(' '));

// code|group|formal name
const TABLE = `
AFG|AP|the Islamic Republic of Afghanistan
ALB|EE|the Republic of Albania
DZA|AF|the People's Democratic Republic of Algeria
AND|WE|the Principality of Andorra
AGO|AF|the Republic of Angola
ATG|GR|Antigua and Barbuda
ARG|GR|the Argentine Republic
ARM|EE|the Republic of Armenia
AUS|WE|Australia
AUT|WE|the Republic of Austria
AZE|EE|the Republic of Azerbaijan
BHS|GR|the Commonwealth of the Bahamas
BHR|AP|the Kingdom of Bahrain
BGD|AP|the People's Republic of Bangladesh
BRB|GR|Barbados
BLR|EE|the Republic of Belarus
BEL|WE|the Kingdom of Belgium
BLZ|GR|Belize
BEN|AF|the Republic of Benin
BTN|AP|the Kingdom of Bhutan
BOL|GR|the Plurinational State of Bolivia
BIH|EE|Bosnia and Herzegovina
BWA|AF|the Republic of Botswana
BRA|GR|the Federative Republic of Brazil
BRN|AP|Brunei Darussalam
BGR|EE|the Republic of Bulgaria
BFA|AF|Burkina Faso
BDI|AF|the Republic of Burundi
CPV|AF|the Republic of Cabo Verde
KHM|AP|the Kingdom of Cambodia
CMR|AF|the Republic of Cameroon
CAN|WE|Canada
CAF|AF|the Central African Republic
TCD|AF|the Republic of Chad
CHL|GR|the Republic of Chile
CHN|AP|the People's Republic of China
COL|GR|the Republic of Colombia
COM|AF|the Union of the Comoros
COG|AF|the Republic of the Congo
CRI|GR|the Republic of Costa Rica
CIV|AF|the Republic of Côte d’Ivoire
HRV|EE|the Republic of Croatia
CUB|GR|the Republic of Cuba
CYP|AP|the Republic of Cyprus
CZE|EE|the Czech Republic
PRK|AP|the Democratic People's Republic of Korea
COD|AF|the Democratic Republic of the Congo
DNK|WE|the Kingdom of Denmark
DJI|AF|the Republic of Djibouti
DMA|GR|the Commonwealth of Dominica
DOM|GR|the Dominican Republic
ECU|GR|the Republic of Ecuador
EGY|AF|the Arab Republic of Egypt
SLV|GR|the Republic of El Salvador
GNQ|AF|the Republic of Equatorial Guinea
ERI|AF|the State of Eritrea
EST|EE|the Republic of Estonia
SWZ|AF|the Kingdom of Eswatini
ETH|AF|the Federal Democratic Republic of Ethiopia
FJI|AP|the Republic of Fiji
FIN|WE|the Republic of Finland
FRA|WE|the French Republic
GAB|AF|the Gabonese Republic
GMB|AF|the Republic of the Gambia
GEO|EE|Georgia
DEU|WE|the Federal Republic of Germany
GHA|AF|the Republic of Ghana
GRC|WE|the Hellenic Republic
GRD|GR|Grenada
GTM|GR|the Republic of Guatemala
GIN|AF|the Republic of Guinea
GNB|AF|the Republic of Guinea-Bissau
GUY|GR|the Co-operative Republic of Guyana
HTI|GR|the Republic of Haiti
HND|GR|the Republic of Honduras
HUN|EE|Hungary
ISL|WE|Iceland
IND|AP|the Republic of India
IDN|AP|the Republic of Indonesia
IRN|AP|the Islamic Republic of Iran
IRQ|AP|the Republic of Iraq
IRL|WE|Ireland
ISR|WE|the State of Israel
ITA|WE|the Italian Republic
JAM|GR|Jamaica
JPN|AP|Japan
JOR|AP|the Hashemite Kingdom of Jordan
KAZ|AP|the Republic of Kazakhstan
KEN|AF|the Republic of Kenya
KIR|AP|the Republic of Kiribati
KWT|AP|the State of Kuwait
KGZ|AP|the Kyrgyz Republic
LAO|AP|the Lao People's Democratic Republic
LVA|EE|the Republic of Latvia
LBN|AP|the Lebanese Republic
LSO|AF|the Kingdom of Lesotho
LBR|AF|the Republic of Liberia
LBY|AF|the State of Libya
LIE|WE|the Principality of Liechtenstein
LTU|EE|the Republic of Lithuania
LUX|WE|the Grand Duchy of Luxembourg
MDG|AF|the Republic of Madagascar
MWI|AF|the Republic of Malawi
MYS|AP|Malaysia
MDV|AP|the Republic of Maldives
MLI|AF|the Republic of Mali
MLT|WE|the Republic of Malta
MHL|AP|the Republic of the Marshall Islands
MRT|AF|the Islamic Republic of Mauritania
MUS|AF|the Republic of Mauritius
MEX|GR|the United Mexican States
FSM|AP|the Federated States of Micronesia
MCO|WE|the Principality of Monaco
MNG|AP|Mongolia
MNE|EE|Montenegro
MAR|AF|the Kingdom of Morocco
MOZ|AF|the Republic of Mozambique
MMR|AP|the Republic of the Union of Myanmar
NAM|AF|the Republic of Namibia
NRU|AP|the Republic of Nauru
NPL|AP|the Federal Democratic Republic of Nepal
NLD|WE|the Kingdom of the Netherlands
NZL|WE|New Zealand
NIC|GR|the Republic of Nicaragua
NER|AF|the Republic of the Niger
NGA|AF|the Federal Republic of Nigeria
MKD|EE|the Republic of North Macedonia
NOR|WE|the Kingdom of Norway
OMN|AP|the Sultanate of Oman
PAK|AP|the Islamic Republic of Pakistan
PLW|AP|the Republic of Palau
PAN|GR|the Republic of Panama
PNG|AP|the Independent State of Papua New Guinea
PRY|GR|the Republic of Paraguay
PER|GR|the Republic of Peru
PHL|AP|the Republic of the Philippines
POL|EE|the Republic of Poland
PRT|WE|the Portuguese Republic
QAT|AP|the State of Qatar
KOR|AP|the Republic of Korea
MDA|EE|the Republic of Moldova
ROU|EE|Romania
RUS|EE|the Russian Federation
RWA|AF|the Republic of Rwanda
KNA|GR|Saint Kitts and Nevis
LCA|GR|Saint Lucia
VCT|GR|Saint Vincent and the Grenadines
WSM|AP|the Independent State of Samoa
SMR|WE|the Republic of San Marino
STP|AF|the Democratic Republic of Sao Tome and Principe
SAU|AP|the Kingdom of Saudi Arabia
SEN|AF|the Republic of Senegal
SRB|EE|the Republic of Serbia
SYC|AF|the Republic of Seychelles
SLE|AF|the Republic of Sierra Leone
SGP|AP|the Republic of Singapore
SVK|EE|the Slovak Republic
SVN|EE|the Republic of Slovenia
SLB|AP|Solomon Islands
SOM|AF|the Federal Republic of Somalia
ZAF|AF|the Republic of South Africa
SSD|AF|the Republic of South Sudan
ESP|WE|the Kingdom of Spain
LKA|AP|the Democratic Socialist Republic of Sri Lanka
SDN|AF|the Republic of the Sudan
SUR|GR|the Republic of Suriname
SWE|WE|the Kingdom of Sweden
CHE|WE|the Swiss Confederation
SYR|AP|the Syrian Arab Republic
TJK|AP|the Republic of Tajikistan
THA|AP|the Kingdom of Thailand
TLS|AP|the Democratic Republic of Timor-Leste
TGO|AF|the Togolese Republic
TON|AP|the Kingdom of Tonga
TTO|GR|the Republic of Trinidad and Tobago
TUN|AF|the Republic of Tunisia
TUR|WE|the Republic of Türkiye
TKM|AP|Turkmenistan
TUV|AP|Tuvalu
UGA|AF|the Republic of Uganda
UKR|EE|Ukraine
ARE|AP|the United Arab Emirates
GBR|WE|the United Kingdom of Great Britain and Northern Ireland
TZA|AF|the United Republic of Tanzania
USA|WE|the United States of America
URY|GR|the Eastern Republic of Uruguay
UZB|AP|the Republic of Uzbekistan
VUT|AP|the Republic of Vanuatu
VEN|GR|the Bolivarian Republic of Venezuela
VNM|AP|the Socialist Republic of Viet Nam
YEM|AP|the Republic of Yemen
ZMB|AF|the Republic of Zambia
ZWE|AF|the Republic of Zimbabwe
`;

export const UN_MEMBER_STATES: readonly MemberState[] = TABLE.trim()
  .split('\n')
  .map((line) => {
    const [code, group, formal] = line.split('|') as [string, string, string];
    const region = REGIONS[group];
    if (!region) throw new Error(`un-members.ts: unknown regional group "${group}" for ${code}`);
    return { code, region, formal, eu: EU.has(code) };
  });
