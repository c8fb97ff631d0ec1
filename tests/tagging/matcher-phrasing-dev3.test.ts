// More diplomatic phrasing (a polite refusal, a vehicle not tied to a name, a group "given its
// own" place, a proposal reiterated, the repository named again, ", rather than" opening a new
// clause). Sentences written for this spec; each rule shown firing and at least as often a near miss.
import { describe, expect, test } from 'vitest';
import { tag } from './tagging-fixture';

type Case = [sentence: string, expected: string[], speaker?: string | string[]];

const CASES: Record<string, Case[]> = {
  'negation: "find it difficult to support/accept" is a polite refusal': [
    ['We would find it difficult to support a separate group on international law.', ['international-law-group:integrated']],
    ['My delegation finds it hard to accept a dedicated track on international law.', ['international-law-group:integrated']],
    ['Our country found it very difficult to endorse a dedicated group on capacity building.', ['capacity-building-group:cross-cutting']],
    ['Some delegations find it difficult to support a separate group on international law.', []],
    ['Would you find it difficult to support a separate group on international law?', []],
    ['We find it difficult to support the travel costs of our experts, and we want a dedicated group on capacity building.', ['capacity-building-group:dedicated']],
    ['We did not find it difficult to support a separate group on international law.', ['international-law-group:dedicated']],
  ],
  'mechanism-format: not wedded to a name or format, any single-track mechanism': [
    ['We are not wedded to any particular label for the future mechanism.', ['mechanism-format:open']],
    ['Our delegation has no fixed attachment to any particular format; what we need is one single-track mechanism.', ['mechanism-format:open']],
    ['We could accept any single-track mechanism agreed by consensus.', ['mechanism-format:open']],
    ['We are not wedded to any particular format for the informal meetings with stakeholders.', []],
    ['Some delegations are not wedded to any particular label for the future mechanism.', []],
    ['We can not accept any single-track mechanism that sidelines the OEWG.', []],
    ['Is any delegation wedded to any particular label for the future mechanism?', []],
    ['France said it could support any single-track mechanism.', [], 'DEU'],
  ],
  'a dedicated group "given", "granted" or "allocated" its own place': [
    ['We would like to see capacity building given its own dedicated group.', ['capacity-building-group:dedicated']],
    ['International law should be granted its own dedicated track in the future mechanism.', ['international-law-group:dedicated']],
    ['Capacity building must be allocated a separate working group.', ['capacity-building-group:dedicated']],
    ['Capacity building should not be given its own dedicated group.', ['capacity-building-group:cross-cutting']],
    ['Some delegations want capacity building given its own dedicated group.', []],
    ['Capacity building was given its own dedicated session in the last round of training funded by donors.', []],
    ['Should capacity building be given its own dedicated group?', []],
  ],
  'a proposal of one\'s own reiterated, renewed or recalled': [
    ['Kenya would like to reiterate its proposal for a global threat repository.', ['threat-repository:support'], 'KEN'],
    ['We wish to renew our call for a dedicated group on capacity building.', ['capacity-building-group:dedicated']],
    ['Kenya would like to reiterate its proposal for a global threat repository.', [], 'GHA'],
    ['Brazil wished to reiterate its call for a dedicated group on capacity building.', []],
    ['Kenya recalled its proposal for a global threat repository, and we take note of it.', [], 'GHA'],
  ],
  'threat-repository: the repository named again without its threats': [
    ['We opposed the repository from the outset.', ['threat-repository:oppose']],
    ['We support such a repository under the United Nations.', ['threat-repository:support']],
    ['We would back a voluntary repository under the United Nations.', ['threat-repository:support']],
    ['We support a repository of national views on international law.', []],
    ['We support the repository of best practices on capacity building.', []],
    ['Several states opposed the repository from the outset.', []],
    ['Would the repository be voluntary?', []],
    ['We do not oppose the repository.', []],
    ['We are against the repository of national views being made public.', []],
  ],
  'a clause ends before ", rather than": the words after it do not frame the cue before it': [
    ['Capacity building deserves its own dedicated group, rather than being spread across the work of the others.', ['capacity-building-group:dedicated']],
    ['We support a dedicated group on international law, rather than leaving it to others.', ['international-law-group:dedicated']],
    ['Capacity building should run through all groups, rather than a dedicated group on capacity building.', ['capacity-building-group:cross-cutting']],
    ['Other delegations want a dedicated group on international law, rather than a cross-cutting approach.', []],
    ['Many states prefer, rather than a new body, a dedicated group on international law.', []],
  ],
};

describe.each(Object.entries(CASES))('matchSentence on %s', (_name, cases) => {
  test.each(cases.map(([s, e, sp]) => [s, e, sp ?? 'XXX'] as const))('%s -> %j', (sentence, expected, speaker) => {
    expect(tag(sentence, speaker as string | string[])).toEqual(expected);
  });
});
