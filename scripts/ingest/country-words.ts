// The words a report uses for a state besides its name: its capital ("Beijing reiterated",
// "Canberra holds") and its adjective ("the Peruvian delegate", "the Malagasy proposal"), from
// the maintained world-countries data (UN members only). The registry maps them to actors
// (actor-registry.ts); a capital is read as a government only as the whole subject of a
// reported clause (reported-speech.ts): elsewhere "Vienna" or "Nairobi" is a place.
import countries from 'world-countries';

export interface CountryWords {
  /** Key (as `key` makes it) of a capital -> ISO alpha-3 ("Washington" and "Washington D.C." -> USA). */
  capitals: ReadonlyMap<string, string>;
  /** Key of an adjective -> ISO alpha-3; one that two states share ("Congolese") is left out. */
  demonyms: ReadonlyMap<string, string>;
}

/** The capitals and adjectives of UN members, keyed by `key` (the registry's name normaliser). */
export function countryWords(key: (name: string) => string): CountryWords {
  const capitals = new Map<string, string>();
  const demonyms = new Map<string, string | null>();
  for (const c of countries) {
    if (!c.unMember) continue;
    for (const capital of c.capital) for (const name of [capital, capital.replace(/\s+D\.C\.$/, '')]) capitals.set(key(name), c.cca3);
    const demonym = c.demonyms['eng'];
    for (const word of new Set(demonym ? [demonym.m, demonym.f] : [])) {
      const k = key(word);
      demonyms.set(k, demonyms.has(k) && demonyms.get(k) !== c.cca3 ? null : c.cca3);
    }
  }
  return { capitals, demonyms: new Map([...demonyms].filter((e): e is [string, string] => e[1] !== null)) };
}
