// Names the actor registry does not resolve but speeches use to point at a delegation: short or
// long forms ("the ROK", "Lao PDR") and adjectives the world-countries data lacks or gives
// otherwise ("Argentinian", "Korean" for the Republic of Korea, "Saudi", "European" for the
// European Union). Every other member's adjective comes from that data (registry.demonymOf).
// Used to tell whose idea a sentence reports (tagging) and who a report credits by adjective
// ("The Korean delegate added ...", "The Europeans want ..."); the registry stays the authority
// on actors.
import type { ActorRegistry } from './actor-registry';

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
