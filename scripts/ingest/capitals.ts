// Capitals as names of their governments: news reports and observers' digests write "Beijing
// reiterated", "Canberra holds" or "Tokyo, for its part, warned". A capital is read so only as
// the whole subject of a reported clause (reported-speech.ts, subjectCapital below): elsewhere
// "Vienna" or "Nairobi" is a place, and a meeting there is not the host's stance.
import { countries } from 'countries-list';
import isoCountries from 'i18n-iso-countries';

/** Lower-case ASCII spelling of a name, accents and marks removed ("Brasília" -> "brasilia"). */
function folded(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function capitalTable(): Map<string, string> {
  const out = new Map<string, string>();
  for (const [alpha2, country] of Object.entries(countries)) {
    const code = isoCountries.alpha2ToAlpha3(alpha2);
    if (!code || !country.capital) continue;
    for (const name of [country.capital, country.capital.replace(/\s+D\.C\.$/, '')]) {
      // Two territories may share a capital's name (Kingston): the first, a state's, stays.
      if (!out.has(folded(name))) out.set(folded(name), code);
    }
  }
  return out;
}

let table: Map<string, string> | null = null;

/** The ISO alpha-3 code of the state whose capital this is, if it is one. */
export function capitalOf(name: string): string | undefined {
  table ??= capitalTable();
  return table.get(folded(name.trim()));
}

// The whole subject: a connective, the capital (one to three capitalised words), an aside
// ("Beijing, however, reiterated", "Tokyo, for its part, warned") and an adverb.
const SUBJECT =
  /^\W*(?:(?:But|And|However|Meanwhile|Similarly|Likewise|Instead|Yet)\s*,?\s+)?(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,2})(?:\s*,\s*(?:however|for its part|in turn|by contrast|in contrast|on the other hand|meanwhile|too|again|once more|for example|for instance|as expected)\s*,)?(?:\s+(?:also|further|then|again|likewise|too|later|once again|firmly|strongly|instead|in turn|for its part))*[\s,]*$/u;

/** The capital that is the whole of `subject` (the words before a reporting verb), with its
 *  offset in `subject`, or null. */
export function subjectCapital(subject: string): { name: string; at: number; code: string } | null {
  const m = SUBJECT.exec(subject);
  const code = m ? capitalOf(m[1]!) : undefined;
  return m && code ? { name: m[1]!, at: m.index + m[0].indexOf(m[1]!), code } : null;
}
