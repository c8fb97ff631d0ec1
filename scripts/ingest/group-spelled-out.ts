// A group named by its members: "on behalf of Australia, Canada and New Zealand" is CANZ's
// statement, "on behalf of Denmark, Finland, Iceland, Sweden and my own country, Norway" the
// Nordic countries', "on behalf of the member states of the GCC, namely Bahrain, Kuwait, ..."
// the GCC's. A group statement is its group's (not each member's), however the speaker
// names the group; data/actors.yaml says who belongs to which group.
import type { ActorCode } from '../../src/shared/ids';
import type { ActorRegistry } from './actor-registry';

/** For each registry: a group's sorted member list -> the group, when no other group has
 *  exactly those members (the African Group and the African Union have the same ones). */
const byMembers = new WeakMap<ActorRegistry, Map<string, ActorCode | null>>();

function groupsByMembers(registry: ActorRegistry): Map<string, ActorCode | null> {
  let map = byMembers.get(registry);
  if (!map) {
    map = new Map();
    for (const a of registry.actors) {
      if (a.kind !== 'group' || a.members.length < 2) continue;
      const key = [...a.members].sort().join(' ');
      map.set(key, map.has(key) ? null : a.code);
    }
    byMembers.set(registry, map);
  }
  return map;
}

/**
 * The one group that the parties named (`named`, with the speaker `self` when it says "and my
 * own country") spell out, or null:
 *  - every member of a group, and no one else;
 *  - a group with some of its own members ("the GCC, namely Bahrain, ..."); at least one of
 *    them named besides the speaker, since "on behalf of the African Group and in my national
 *    capacity" speaks for the group and for the speaker's own country.
 */
export function groupSpelledOut(registry: ActorRegistry, named: readonly ActorCode[], self: ActorCode | null = null): ActorCode | null {
  const all = [...new Set(self ? [self, ...named] : named)];
  if (all.length < 2) return null;
  const groups = all.filter((c) => registry.byCode(c)?.kind === 'group');
  if (groups.length === 0) return groupsByMembers(registry).get([...all].sort().join(' ')) ?? null;
  if (groups.length > 1) return null;
  const group = groups[0]!;
  const members = new Set(registry.byCode(group)!.members);
  const others = all.filter((c) => c !== group);
  return others.every((c) => members.has(c)) && others.some((c) => c !== self) ? group : null;
}
