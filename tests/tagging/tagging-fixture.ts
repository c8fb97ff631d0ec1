// The real codebook and actor registry, loaded once, and a one-line way to tag a sentence
// as a given delegation would say it: tag('We support the PoA.', 'DEU') -> ['mechanism-format:poa'].
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Codebook } from '../../src/shared/codebook-schema';
import { createActorRegistry, type ActorRegistry } from '../../scripts/ingest/actor-registry';
import { loadActors } from '../../scripts/ingest/load-metadata';
import { findMentions, nameResolver, sentenceMentions } from '../../scripts/tagging/actor-mentions';
import { compileCodebook, type CompiledCodebook } from '../../scripts/tagging/compile-codebook';
import { loadCodebook } from '../../scripts/tagging/load-codebook';
import { matchSentence, patternText, type Hit } from '../../scripts/tagging/match-sentence';

const root = join(import.meta.dirname, '..', '..');
export const CODEBOOK_TEXT = readFileSync(join(root, 'data', 'codebook.yaml'), 'utf8');
const loaded = loadCodebook(CODEBOOK_TEXT, 'data/codebook.yaml');
if (!loaded.codebook) throw new Error(`codebook does not load: ${JSON.stringify(loaded.problems)}`);
export const codebook: Codebook = loaded.codebook;
export const loadProblems = loaded.problems;
export const compiled: CompiledCodebook = compileCodebook(codebook).compiled;
export const registry: ActorRegistry = createActorRegistry(loadActors(readFileSync(join(root, 'data', 'actors.yaml'), 'utf8'), 'data/actors.yaml').actors);
const resolve = nameResolver(registry);

export interface TagOptions {
  date?: string | null;
  narrative?: boolean;
}

export function hits(sentence: string, speaker: string | string[] = 'XXX', opts: TagOptions = {}): Hit[] {
  const self = new Set(Array.isArray(speaker) ? speaker : [speaker]);
  const narrative = opts.narrative ?? false;
  return matchSentence(compiled, sentence, sentenceMentions(sentence, resolve, registry, narrative), { self, date: opts.date ?? null, narrative });
}

/** "issue:position" (":value" for numbers, "min-max" for ranges), sorted. */
export function tag(sentence: string, speaker: string | string[] = 'XXX', opts: TagOptions = {}): string[] {
  return hits(sentence, speaker, opts)
    .map((h) => `${h.issue}:${h.position}${h.value === null ? '' : ':' + (Array.isArray(h.value) ? h.value.join('-') : h.value)}`)
    .sort();
}

/** The delegations a sentence names (actors that carry stances only: not the Chair or UNIDIR). */
export function mentionCodes(sentence: string): string[] {
  return findMentions(sentence, resolve)
    .map((m) => m.code)
    .filter((c) => registry.carriesStances(c as never));
}

/** The sentence as patterns see it, with the named delegations in `self` as @self. */
export function normalised(sentence: string, self: string[] = []): string {
  return patternText(sentence, findMentions(sentence, resolve), new Set(self));
}
