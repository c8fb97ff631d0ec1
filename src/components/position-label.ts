// How a position reads on screen: the codebook label, or the figure itself on the numeric
// issue ("3", "2–3"). Never in quote marks: labels are ours, not source text.
import type { Issue, StanceValue } from '../shared/dataset-schema';

/** 3 -> "3"; [2, 3] -> "2–3" (en dash). */
export function valueText(value: StanceValue): string {
  return Array.isArray(value) ? `${value[0]}–${value[1]}` : String(value);
}

export function positionLabel(issue: Issue | undefined, position: string, value: StanceValue | null): string {
  if (value !== null) return valueText(value);
  return issue?.positions.find((p) => p.id === position)?.label ?? position;
}
