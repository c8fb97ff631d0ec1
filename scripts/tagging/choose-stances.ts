// A statement's hits -> one stance per (holders, issue). Conflicting cues resolve to the most
// explicit one (highest confidence; the earliest among equals), and the stance keeps the
// evidence of both: the winner's sentences first, then the others'.
import type { StanceValue } from '../../src/shared/dataset-schema';
import type { Span } from '../../src/shared/dataset-schema';

export interface LocatedHit {
  holders: string[]; // actor codes, sorted
  issue: string;
  position: string;
  value: StanceValue | null;
  rule: string;
  confidence: number;
  span: Span; // the sentence
}

export interface Chosen {
  holders: string[];
  issue: string;
  position: string;
  value: StanceValue | null;
  confidence: number;
  evidence: { span: Span; rule: string }[];
}

/** Evidence kept per stance, winner's first. */
const MAX_EVIDENCE = 6;
/** Each further sentence agreeing with the winner adds this much confidence (capped at 0.98). */
const AGREEMENT_BONUS = 0.03;

export function chooseStances(hits: LocatedHit[], issueOrder: string[]): Chosen[] {
  const groups = new Map<string, LocatedHit[]>();
  for (const h of hits) {
    const key = `${h.holders.join('+')}|${h.issue}`;
    const g = groups.get(key);
    if (g) g.push(h);
    else groups.set(key, [h]);
  }
  const out: Chosen[] = [];
  for (const g of groups.values()) {
    let win = g[0]!;
    for (const h of g) if (h.confidence > win.confidence) win = h;
    const same = (h: LocatedHit) => h.position === win.position && JSON.stringify(h.value) === JSON.stringify(win.value);
    const agreeing = g.filter(same);
    const others = g.filter((h) => !same(h));
    const evidence: Chosen['evidence'] = [];
    const seen = new Set<string>();
    for (const h of [win, ...agreeing, ...others]) {
      const key = `${h.span[0]}:${h.span[1]}:${h.rule}`;
      if (seen.has(key) || evidence.length >= MAX_EVIDENCE) continue;
      seen.add(key);
      evidence.push({ span: h.span, rule: h.rule });
    }
    const sentences = new Set(agreeing.map((h) => h.span[0])).size;
    const confidence = Math.min(0.98, win.confidence + AGREEMENT_BONUS * (sentences - 1));
    out.push({ holders: win.holders, issue: win.issue, position: win.position, value: win.value, confidence: round(confidence), evidence });
  }
  const rank = new Map(issueOrder.map((id, i) => [id, i]));
  return out.sort((a, b) => (rank.get(a.issue) ?? 0) - (rank.get(b.issue) ?? 0) || a.holders.join().localeCompare(b.holders.join()));
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
