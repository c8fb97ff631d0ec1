// How the record names a state. The common names come from the maintained
// i18n-iso-countries list; the UN's short and long forms ("Viet Nam", "the Islamic
// Republic of Iran", "Kingdom of the Netherlands", "Côte d’Ivoire", "Türkiye") are added
// here, because delegations and reporters use them more than the library's first name.
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

countries.registerLocale(en);

/** The name a delegation uses for itself when it speaks (the UN short form). */
const SPOKEN: Record<string, string> = {
  BOL: 'Bolivia', CHN: 'China', BRN: 'Brunei Darussalam', CPV: 'Cabo Verde', CIV: 'Côte d’Ivoire', COD: 'Democratic Republic of the Congo',
  COG: 'Congo', CZE: 'Czechia', FSM: 'Micronesia', GBR: 'United Kingdom', GMB: 'Gambia', IRN: 'Iran', KOR: 'Republic of Korea',
  LAO: 'Lao PDR', MDA: 'Republic of Moldova', MKD: 'North Macedonia', NLD: 'Netherlands', PRK: "Democratic People's Republic of Korea",
  RUS: 'Russian Federation', SYR: 'Syrian Arab Republic', TZA: 'United Republic of Tanzania', TUR: 'Türkiye', USA: 'United States',
  VEN: 'Venezuela', VNM: 'Viet Nam', STP: 'Sao Tome and Principe', TLS: 'Timor-Leste', SWZ: 'Eswatini', BHS: 'Bahamas',
};

/** Further forms the record uses (UN long forms, abbreviations, other apostrophes). */
const EXTRA: Record<string, string[]> = {
  IRN: ['Islamic Republic of Iran'],
  VEN: ['Bolivarian Republic of Venezuela'],
  NLD: ['Kingdom of the Netherlands', 'Kingdom of Netherlands'],
  KOR: ['Korea'],
  LAO: ["Lao People's Democratic Republic"],
  CIV: ['Cote d’Ivoire', "Côte d'Ivoire"],
  VNM: ['Vietnam'],
  PRK: ['DPRK'],
  TUR: ['Turkey'],
  RUS: ['Russia'],
  SYR: ['Syria'],
  BOL: ['Plurinational State of Bolivia'],
  TZA: ['Tanzania'],
  GBR: ['UK'],
  USA: ['United States of America', 'US'],
  MDA: ['Moldova'],
  COD: ['DRC', 'Democratic Republic of Congo'],
  CZE: ['Czech Republic'],
  FSM: ['Federated States of Micronesia'],
  CPV: ['Cape Verde'],
};

const libraryNames = countries.getNames('en', { select: 'all' }) as Record<string, string[]>;
const alpha3To2 = new Map(Object.keys(libraryNames).map((a2) => [countries.alpha2ToAlpha3(a2) ?? a2, a2]));

/** Names the library gives two states ("Congo") are left out: they name no one. */
const shared = (() => {
  const seen = new Map<string, number>();
  for (const list of Object.values(libraryNames)) for (const n of new Set(list)) seen.set(n, (seen.get(n) ?? 0) + 1);
  return new Set([...seen].filter(([, c]) => c > 1).map(([n]) => n));
})();

/** Usable in running text: no "Korea, Republic of", no "Holy See (Vatican City State)", no "U.S.A.". */
function prose(name: string): boolean {
  return !/[,()]/.test(name) && !/\.\w\./.test(name) && !shared.has(name);
}

/** The state's names, the spoken form first, without leading articles; distinct. */
export function nameVariants(code: string): string[] {
  const a2 = alpha3To2.get(code);
  if (!a2) throw new Error(`name-variants: ${code} is not in i18n-iso-countries`);
  const fromLibrary = (libraryNames[a2] ?? []).filter(prose);
  const spoken = SPOKEN[code] ?? fromLibrary[0];
  if (!spoken) throw new Error(`name-variants: no usable name for ${code}`);
  const all = [spoken, ...fromLibrary, ...(EXTRA[code] ?? [])].map((n) => n.replace(/^The /, '').replace(/ The /g, ' the '));
  return [...new Set(all)];
}

// Names that take "the" in running text ("the Netherlands", "the Russian Federation").
const TAKES_ARTICLE =
  /^(United |Republic |Russian |Netherlands|Philippines|Bahamas|Gambia|Democratic |Syrian |Islamic |Kingdom |Plurinational |Bolivarian |Czech Republic|Dominican Republic|Central African|Marshall Islands|Comoros|Maldives|Sudan|Niger$|Lao |Federated |State of|UK$|US$|Kyrgyz |Slovak |DRC$|DPRK$|Lao PDR|European Union|EU$|Non-Aligned|Arab Group)/;

/** The name as it stands inside a sentence: "the Netherlands", "Kenya". */
export function inSentence(name: string): string {
  return TAKES_ARTICLE.test(name) ? `the ${name}` : name;
}
