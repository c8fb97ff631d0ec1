// Names the actor registry does not resolve but speeches use to point at a delegation: short or
// long forms ("the ROK", "Lao PDR") and adjectives the world-countries data lacks or gives
// otherwise ("Argentinian", "Korean" for the Republic of Korea, "Saudi", "European" for the
// European Union). Every other member's adjective comes from that data (registry.demonymOf).
// Used to tell whose idea a sentence reports (tagging) and who a report credits by adjective
// ("The Korean delegate added ...", "The Europeans want ..."); the registry stays the authority
// on actors.
import type { ActorRegistry } from './actor-registry';
import type { NameMention } from './name-finder';

const ACTOR_ALIASES: Readonly<Record<string, string>> = {
  argentinian: 'ARG',
  dprk: 'PRK',
  european: 'EU',
  "democratic people's republic of korea": 'PRK',
  korean: 'KOR',
  'lao pdr': 'LAO',
  laos: 'LAO',
  moldova: 'MDA',
  rok: 'KOR',
  saudi: 'SAU',
  syria: 'SYR',
};

/** The delegation a name or adjective points at: an alias here, a name the registry resolves,
 *  or a member's adjective ("Mexican"). */
export function delegationNamed(registry: ActorRegistry, name: string): string | undefined {
  return ACTOR_ALIASES[name.toLowerCase().replace(/[’]/g, "'")] ?? registry.resolve(name)?.actor.code ?? registry.demonymOf(name);
}

// An adjective before the word for a delegation: "the Chinese Delegation", "the Kenyan Government".
const ADJECTIVE_DELEGATION = /(?<![\p{L}\p{M}\p{N}])(\p{Lu}[\p{L}\p{M}’'-]+)\s+(?:[Dd]elegation|[Gg]overnment|[Mm]ission|DELEGATION|GOVERNMENT|MISSION)(?![\p{L}\p{M}\p{N}])/gu;

/** The delegations named by adjective in `text` between `start` and `end` ("the Chinese
 *  delegation thanks you"): each mention spans the adjective and the noun, and its text is the
 *  actor's name, as the registry resolves it. */
export function delegationsByAdjective(text: string, registry: ActorRegistry, start: number, end: number): NameMention[] {
  const out: NameMention[] = [];
  const re = new RegExp(ADJECTIVE_DELEGATION.source, 'gu');
  re.lastIndex = start;
  for (let m = re.exec(text); m && m.index + m[0].length <= end; m = re.exec(text)) {
    const code = delegationNamed(registry, m[1]!);
    const actor = code ? registry.byCode(code) : undefined;
    if (actor) out.push({ start: m.index, end: m.index + m[0].length, code: actor.code, text: actor.name });
  }
  return out;
}
