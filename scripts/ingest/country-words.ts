// The words a report uses for a state besides its name: its capital ("Beijing reiterated",
// "Canberra holds") and its adjective ("the Peruvian delegate", "the Malagasy proposal"), from
// the maintained world-countries data (UN members only). The registry maps them to actors
// (actor-registry.ts); a capital is read as a government only as the whole subject of a
// reported clause (subjectCapital): elsewhere "Vienna" or "Nairobi" is a place.
import countries from 'world-countries';

/** Lower-case spelling without accents or marks ("Brasília" -> "brasilia"). */
export function folded(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").toLowerCase().trim();
}

export interface CountryWords {
  /** Folded capital -> ISO alpha-3 ("washington" and "washington d.c." -> USA). */
  capitals: ReadonlyMap<string, string>;
  /** Folded adjective -> ISO alpha-3; one that two states share ("Congolese") is left out. */
  demonyms: ReadonlyMap<string, string>;
}

export function countryWords(): CountryWords {
  const capitals = new Map<string, string>();
  const demonyms = new Map<string, string | null>();
  for (const c of countries) {
    if (!c.unMember) continue;
    for (const capital of c.capital) for (const name of [capital, capital.replace(/\s+D\.C\.$/, '')]) capitals.set(folded(name), c.cca3);
    const demonym = c.demonyms['eng'];
    for (const word of new Set(demonym ? [demonym.m, demonym.f] : [])) {
      const key = folded(word);
      demonyms.set(key, demonyms.has(key) && demonyms.get(key) !== c.cca3 ? null : c.cca3);
    }
  }
  return { capitals, demonyms: new Map([...demonyms].filter((e): e is [string, string] => e[1] !== null)) };
}

// The whole subject: a fronted phrase ("On capacity building, "), a connective, the capital (one
// to three capitalised words), an aside ("Beijing, however, reiterated", "Tokyo, for its part,
// warned") and an adverb.
const SUBJECT =
  /^\W*(?:(?:On|In|At|By|During|For|As for|As regards|Regarding|Turning to)\b[^,]{0,60},\s*)?(?:(?:But|And|However|Meanwhile|Similarly|Likewise|Instead|Yet)\s*,?\s+)?(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,2})(?:\s*,\s*(?:however|for its part|in turn|by contrast|in contrast|on the other hand|meanwhile|too|again|once more|for example|for instance|as expected)\s*,)?(?:\s+(?:also|further|then|again|likewise|too|later|once again|firmly|strongly|instead|in turn|for its part))*[\s,]*$/u;

/** The capital that is the whole of `subject` (the words before a reporting verb), with its
 *  offset in `subject` and the actor `capitalOf` gives it, or null. */
export function subjectCapital(subject: string, capitalOf: (name: string) => string | undefined): { name: string; at: number; code: string } | null {
  const m = SUBJECT.exec(subject);
  const code = m ? capitalOf(m[1]!) : undefined;
  return m && code ? { name: m[1]!, at: m.index + m[0].indexOf(m[1]!), code } : null;
}
