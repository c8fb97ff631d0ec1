// Numbers of groups as speeches say them -> a value: "three" -> 3, "2" -> 2,
// "two or (maybe) three" / "two to three" / "between two and four" -> [2, 3] / [2, 4].
import type { StanceValue } from '../../src/shared/dataset-schema';

const WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

function numberOf(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  return WORDS[word] ?? null;
}

export function parseCount(text: string): StanceValue | null {
  const nums = text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .map(numberOf)
    .filter((n): n is number => n !== null);
  if (nums.length === 0) return null;
  const lo = Math.min(...nums);
  const hi = Math.max(...nums);
  return lo === hi ? lo : [lo, hi];
}
