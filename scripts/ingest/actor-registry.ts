// Names as delegations, chairs and reporters write them -> actors.
// States come from the maintained i18n-iso-countries list (common names); data/actors.yaml
// adds the 193 members' UN short and long forms, regions, groups and roles, and wins where
// both name the same thing ("Congo" is the Republic of the Congo, as the UN writes it).
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { carriesStances, type Actor } from '../../src/shared/dataset-schema';
import { actorCode, type ActorCode } from '../../src/shared/ids';
import { countryWords } from './country-words';
import { bigramSimilarity, editDistance } from './edit-distance';

countries.registerLocale(en);

export interface Resolved {
  actor: Actor;
  /** True when the name only comes close to a known one (a transcript slip): warn. */
  near: boolean;
}

export interface ActorRegistry {
  actors: Actor[];
  /** Exact resolution, after normalising case, accents, apostrophes, a leading "the" and
   *  the state-form prefixes ("Republic of", "Kingdom of"): never a guess. */
  resolve(name: string): Resolved | null;
  /** `resolve`, then a unique close spelling ("Columbia" -> Colombia), flagged `near`. */
  resolveNear(name: string): Resolved | null;
  /** A slip for one expected actor ("Thank you, Chiquilla" right after Czechia spoke). */
  soundsLike(name: string, expected: ActorCode): boolean;
  byCode(code: string): Actor | undefined;
  carriesStances(code: ActorCode): boolean;
  /** Normalised name -> code, for scanning running text (see name-finder.ts). */
  names: ReadonlyMap<string, ActorCode>;
  /** Normalised names written all in capitals ("NAM", "UK"): only match when so written. */
  acronyms: ReadonlySet<string>;
  /** The state whose capital this is ("Canberra" -> AUS), if it is a state's. */
  capitalOf(name: string): ActorCode | undefined;
  /** The state this adjective names ("Peruvian" -> PER), unless two states share it. */
  demonymOf(word: string): ActorCode | undefined;
}

export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´ʼ]/g, "'")
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// "Republic of X", "the Kingdom of X", "State of X": the long form of a name the short
// form already resolves; tried only when the long form itself is unknown.
const STATE_FORM = /^(?:(?:plurinational|bolivarian|islamic|federal|federative|democratic|socialist|united|arab|people's|co operative|independent|eastern|oriental|hashemite|grand|hellenic|kyrgyz|slovak|gabonese|togolese|lebanese|portuguese|argentine|italian|french|swiss)\s+)*(?:republic|kingdom|state|commonwealth|federation|principality|sultanate|duchy|union|confederation)\s+of\s+(?:the\s+)?/;
// Descriptions around a delegation's name in labels and headers.
const DESCRIPTION = /^(?:(?:h e|he|mr|ms|mrs)\s+)?(?:(?:the\s+)?(?:delegation|representative|permanent representative|permanent mission|mission|government|ambassador|delegate|statement)\s+of\s+(?:the\s+)?)/;

export function createActorRegistry(extra: { actor: Actor; names: string[]; iso?: string }[]): ActorRegistry {
  const byCode = new Map<string, Actor>();
  const byName = new Map<string, ActorCode>();
  const acronyms = new Set<string>();
  const add = (raw: string, code: ActorCode) => {
    const n = normaliseName(raw);
    if (!n) return;
    byName.set(n, code);
    if (/^[A-Z0-9.\- ]+$/.test(raw.replace(/^the\s+/i, '')) && n.replace(/ /g, '').length <= 6) acronyms.add(n);
    else acronyms.delete(n);
  };
  // A state whose code is not its ISO code (Namibia: NAM is the Non-Aligned Movement).
  const isoToCode = new Map(extra.filter((e) => e.iso).map((e) => [e.iso!, e.actor.code]));
  for (const [a2, names] of Object.entries(countries.getNames('en', { select: 'all' }))) {
    const a3 = countries.alpha2ToAlpha3(a2) ?? a2;
    const code = isoToCode.get(a3) ?? actorCode(a3);
    const list = Array.isArray(names) ? names : [names];
    byCode.set(code, { code, name: list[0] ?? code, kind: 'state', region: null, eu: false, members: [] });
    for (const n of list) add(n, code);
  }
  for (const { actor, names } of extra) {
    byCode.set(actor.code, actor);
    for (const n of [actor.name, ...names]) add(n, actor.code);
  }
  let words: { capitals: Map<string, ActorCode>; demonyms: Map<string, ActorCode> } | null = null;
  // Built at first use, through the same ISO-code mapping as the names.
  const countryWord = (kind: 'capitals' | 'demonyms', name: string): ActorCode | undefined => {
    if (!words) {
      const raw = countryWords(normaliseName);
      const toActors = (m: ReadonlyMap<string, string>) =>
        new Map([...m].map(([w, iso]) => [w, isoToCode.get(iso) ?? actorCode(iso)] as const).filter(([, code]) => byCode.get(code)?.kind === 'state'));
      words = { capitals: toActors(raw.capitals), demonyms: toActors(raw.demonyms) };
      // Reporters of multilateral talks write "Brussels" for the European Union, not Belgium.
      const eu = actorCode('EU');
      if (byCode.has(eu)) words.capitals.set(normaliseName('Brussels'), eu);
    }
    return words[kind].get(normaliseName(name));
  };
  const lookup = (n: string): ActorCode | undefined => {
    const direct = byName.get(n);
    if (direct) return direct;
    const described = n.replace(DESCRIPTION, '');
    if (described !== n && byName.has(described)) return byName.get(described);
    const short = described.replace(STATE_FORM, '');
    return short !== described ? byName.get(short) : undefined;
  };
  // Candidates for near matches, by length: a name can only be within `cap` edits of names
  // whose length differs by at most `cap`.
  const byLength = new Map<number, [string, ActorCode][]>();
  for (const [known, code] of byName) {
    if (acronyms.has(known)) continue;
    const list = byLength.get(known.length) ?? [];
    list.push([known, code]);
    byLength.set(known.length, list);
  }
  const nearMemo = new Map<string, Resolved | null>();
  // Last resort for labels like "Brazil (Ambassador X)", "Ambassador X (Brazil)" or
  // "Mr. Y, Brazil": one of the parts names the actor.
  const byParts = (name: string): ActorCode | undefined => {
    const parts = name.split(/\s*[(),–—|]\s*|\s+-\s+/).map(normaliseName).filter((p) => p.length > 1);
    if (parts.length < 2) return undefined;
    for (const p of parts) {
      const code = lookup(p);
      if (code) return code;
    }
    return undefined;
  };
  const resolve = (name: string): Resolved | null => {
    const code = lookup(normaliseName(name)) ?? byParts(name);
    const actor = code ? byCode.get(code) : undefined;
    return actor ? { actor, near: false } : null;
  };
  return {
    actors: [...byCode.values()].sort((a, b) => (a.code < b.code ? -1 : 1)),
    resolve,
    resolveNear(name) {
      const exact = resolve(name);
      if (exact) return exact;
      const n = normaliseName(name).replace(DESCRIPTION, '');
      const memo = nearMemo.get(n);
      if (memo !== undefined) return memo;
      let found: Resolved | null = null;
      // Short names are too close to each other to guess ("Iran"/"Iraq", "Mali"/"Malta").
      if (n.length >= 5) {
        const cap = n.length >= 8 ? 2 : 1;
        let best = cap + 1;
        let codes = new Set<string>();
        for (let len = n.length - cap; len <= n.length + cap; len++) {
          for (const [known, code] of byLength.get(len) ?? []) {
            const d = editDistance(n, known, cap);
            if (d < best) [best, codes] = [d, new Set([code])];
            else if (d === best) codes.add(code);
          }
        }
        const actor = best <= cap && codes.size === 1 ? byCode.get([...codes][0]!) : undefined;
        found = actor ? { actor, near: true } : null;
      }
      nearMemo.set(n, found);
      return found;
    },
    soundsLike(name, expected) {
      const n = normaliseName(name);
      if (n.length < 4) return false;
      const first = (s: string) => s.replace(/^(?:cz|ch|k|q|c)/, 'k').replace(/^(?:ph|f)/, 'f').charAt(0);
      return [...byName.entries()].some(
        ([known, code]) => code === expected && first(known) === first(n) && (editDistance(n, known, 2) <= 2 || bigramSimilarity(n, known) >= 0.25),
      );
    },
    byCode: (code) => byCode.get(code),
    carriesStances(code) {
      const a = byCode.get(code);
      return a ? carriesStances(a.kind) : false;
    },
    names: byName,
    acronyms,
    capitalOf: (name) => countryWord('capitals', name),
    demonymOf: (word) => countryWord('demonyms', word),
  };
}
