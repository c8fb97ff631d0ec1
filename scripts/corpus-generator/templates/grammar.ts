// A tiny template grammar: "{slot}" is replaced by a random expansion of the slot, which
// may itself contain slots. Variables passed by the caller win over the shared slots.
import type { Rng } from '../prng';

export type Slots = Readonly<Record<string, readonly string[]>>;

const SLOT = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

export function expand(rng: Rng, template: string, slots: Slots, vars: Readonly<Record<string, string>> = {}, depth = 0): string {
  if (depth > 6 || !template.includes('{')) return template;
  return template.replace(SLOT, (whole, name: string) => {
    const v = vars[name];
    if (v !== undefined) return v;
    const options = slots[name];
    if (!options) return whole;
    return expand(rng, rng.pick(options), slots, vars, depth + 1);
  });
}
