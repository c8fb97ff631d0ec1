// The compared delegations as they live in the URL (?actors=DEU,FRA): two to four codes of
// delegations that can carry stances, in the order chosen, duplicates dropped.
import type { DatasetIndex } from '../../shared/dataset-index';
import { carriesStances } from '../../shared/dataset-schema';
import type { ActorCode } from '../../shared/ids';

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

export interface ComparedActors {
  readonly codes: readonly ActorCode[]; // at most MAX_COMPARED
  readonly unknown: readonly string[]; // codes in the URL that name no delegation
  readonly dropped: readonly string[]; // valid codes beyond MAX_COMPARED
}

export function parseComparedActors(params: URLSearchParams, index: DatasetIndex): ComparedActors {
  const raw = (params.get('actors') ?? '').split(',').map((c) => c.trim().toUpperCase()).filter(Boolean);
  const codes: ActorCode[] = [];
  const unknown: string[] = [];
  const dropped: string[] = [];
  for (const c of raw) {
    const actor = index.actor.get(c);
    if (!actor || !carriesStances(actor.kind)) unknown.push(c);
    else if (codes.includes(actor.code)) continue;
    else if (codes.length >= MAX_COMPARED) dropped.push(c);
    else codes.push(actor.code);
  }
  return { codes, unknown, dropped };
}

/** The URL value for a list of codes; null (parameter removed) when empty. */
export function actorsParam(codes: readonly string[]): string | null {
  return codes.length ? codes.join(',') : null;
}
