// Names as delegations, chairs and reporters write them -> actors.
// States come from the maintained i18n-iso-countries list; data/actors.yaml adds the UN's
// long forms, groups and roles.
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { carriesStances, type Actor } from '../../src/shared/dataset-schema';
import { actorCode, type ActorCode } from '../../src/shared/ids';

countries.registerLocale(en);

export interface Resolved {
  actor: Actor;
  near: boolean;
}

export interface ActorRegistry {
  actors: Actor[];
  resolve(name: string): Resolved | null;
  carriesStances(code: ActorCode): boolean;
}

export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function createActorRegistry(extra: { actor: Actor; names: string[] }[]): ActorRegistry {
  const byCode = new Map<string, Actor>();
  const byName = new Map<string, string>();
  for (const [a3, names] of Object.entries(countries.getNames('en', { select: 'all' }))) {
    const code = actorCode(a3.length === 3 ? a3 : countries.alpha2ToAlpha3(a3) ?? a3);
    const list = Array.isArray(names) ? names : [names];
    byCode.set(code, { code, name: list[0] ?? code, kind: 'state', region: null, eu: false, members: [] });
    for (const n of list) byName.set(normaliseName(n), code);
  }
  for (const { actor, names } of extra) {
    byCode.set(actor.code, actor);
    for (const n of [actor.name, ...names]) byName.set(normaliseName(n), actor.code);
  }
  return {
    actors: [...byCode.values()].sort((a, b) => (a.code < b.code ? -1 : 1)),
    resolve(name) {
      const code = byName.get(normaliseName(name));
      const actor = code ? byCode.get(code) : undefined;
      return actor ? { actor, near: false } : null;
    },
    carriesStances(code) {
      const a = byCode.get(code);
      return a ? carriesStances(a.kind) : false;
    },
  };
}
