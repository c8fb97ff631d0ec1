// Tags against a gold file: precision, recall and F1 per issue and overall, micro-averaged
// over (document, actor, issue, position) units (for the numeric `value` position the value
// must match too), plus issue detection ignoring the position, and every miss with its sentence.
import type { Dataset, StanceValue } from '../../src/shared/dataset-schema';

export interface GoldUnit {
  doc: string; // file path relative to the input folder
  actor: string;
  issue: string;
  position: string;
  value?: StanceValue;
  quote?: string;
}

export interface Scores {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Miss {
  doc: string;
  actor: string;
  issue: string;
  position: string;
  sentence: string;
}

export interface Evaluation {
  overall: Scores;
  byIssue: Map<string, Scores>;
  detection: Scores; // (document, actor, issue), position ignored
  falsePositives: Miss[];
  falseNegatives: Miss[];
}

/** JSON Lines -> gold units; extra keys are ignored, bad lines are reported with their number. */
export function parseGold(text: string): { units: GoldUnit[]; problems: string[] } {
  const units: GoldUnit[] = [];
  const problems: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const o = JSON.parse(line) as Record<string, unknown>;
      const { doc, actor, issue, position, value, quote } = o;
      if (typeof doc !== 'string' || typeof actor !== 'string' || typeof issue !== 'string' || typeof position !== 'string') {
        problems.push(`line ${i + 1}: needs string doc, actor, issue and position`);
        return;
      }
      const okValue = value === undefined || value === null || typeof value === 'number' || (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'number'));
      if (!okValue) {
        problems.push(`line ${i + 1}: value must be a number or [min, max]`);
        return;
      }
      units.push({ doc, actor, issue, position, ...(value != null ? { value: value as StanceValue } : {}), ...(typeof quote === 'string' ? { quote } : {}) });
    } catch (e) {
      problems.push(`line ${i + 1}: ${(e as Error).message}`);
    }
  });
  return { units, problems };
}

export function valueKey(v: StanceValue | null | undefined): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v[0] === v[1] ? String(v[0]) : `${v[0]}-${v[1]}`;
  return String(v);
}

const unitKey = (doc: string, actor: string, issue: string, position: string, value: string) => [doc, actor, issue, position, position === 'value' ? value : ''].join('\u0000');

function scores(tp: number, fp: number, fn: number): Scores {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export function evaluate(dataset: Dataset, gold: GoldUnit[]): Evaluation {
  const fileOf = new Map(dataset.documents.map((d) => [d.id as string, d.file]));
  const predicted = new Map<string, Miss & { issue: string }>();
  for (const s of dataset.stances) {
    const doc = fileOf.get(s.document) ?? s.document;
    for (const actor of s.actors) {
      const key = unitKey(doc, actor, s.issue, s.position, valueKey(s.value));
      if (!predicted.has(key)) predicted.set(key, { doc, actor, issue: s.issue, position: s.position + (s.value !== null ? ` ${valueKey(s.value)}` : ''), sentence: s.quote });
    }
  }
  const expected = new Map<string, Miss>();
  for (const g of gold) {
    expected.set(unitKey(g.doc, g.actor, g.issue, g.position, valueKey(g.value)), {
      doc: g.doc,
      actor: g.actor,
      issue: g.issue,
      position: g.position + (g.value !== undefined ? ` ${valueKey(g.value)}` : ''),
      sentence: g.quote ?? '(no quote in the gold file)',
    });
  }
  const issues = new Set<string>([...[...predicted.values()].map((p) => p.issue), ...gold.map((g) => g.issue)]);
  const counts = new Map<string, { tp: number; fp: number; fn: number }>([...issues].sort().map((i) => [i, { tp: 0, fp: 0, fn: 0 }]));
  const falsePositives: Miss[] = [];
  const falseNegatives: Miss[] = [];
  for (const [k, p] of predicted) {
    const c = counts.get(p.issue)!;
    if (expected.has(k)) c.tp++;
    else {
      c.fp++;
      falsePositives.push(p);
    }
  }
  for (const [k, g] of expected) {
    if (predicted.has(k)) continue;
    counts.get(g.issue)!.fn++;
    falseNegatives.push(g);
  }
  const byIssue = new Map([...counts].map(([i, c]) => [i, scores(c.tp, c.fp, c.fn)]));
  const total = [...counts.values()].reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });

  const detKey = (m: { doc: string; actor: string; issue: string }) => [m.doc, m.actor, m.issue].join('\u0000');
  const detPred = new Set([...predicted.values()].map(detKey));
  const detGold = new Set([...expected.values()].map(detKey));
  const detTp = [...detPred].filter((k) => detGold.has(k)).length;

  const order = (a: Miss, b: Miss) => a.doc.localeCompare(b.doc) || a.actor.localeCompare(b.actor) || a.issue.localeCompare(b.issue);
  return {
    overall: scores(total.tp, total.fp, total.fn),
    byIssue,
    detection: scores(detTp, detPred.size - detTp, detGold.size - detTp),
    falsePositives: falsePositives.sort(order),
    falseNegatives: falseNegatives.sort(order),
  };
}

const f3 = (x: number) => x.toFixed(3);

export function formatEvaluation(e: Evaluation): string {
  const lines: string[] = [];
  const row = (name: string, s: Scores) => `${name.padEnd(32)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}   ${f3(s.precision)}  ${f3(s.recall)}  ${f3(s.f1)}`;
  lines.push(`${'issue'.padEnd(32)} ${'tp'.padStart(4)} ${'fp'.padStart(4)} ${'fn'.padStart(4)}   prec.  recall  F1`);
  for (const [i, s] of e.byIssue) lines.push(row(i, s));
  lines.push(row('all issues (micro)', e.overall));
  lines.push(row('issue detection (no position)', e.detection));
  const miss = (m: Miss) => `  ${m.doc} ${m.actor} ${m.issue}: ${m.position}\n      "${m.sentence}"`;
  lines.push('', `false positives (${e.falsePositives.length}):`, ...e.falsePositives.map(miss));
  lines.push('', `false negatives (${e.falseNegatives.length}):`, ...e.falseNegatives.map(miss));
  lines.push('', `micro-F1 ${f3(e.overall.f1)} precision ${f3(e.overall.precision)} recall ${f3(e.overall.recall)}`);
  return lines.join('\n') + '\n';
}
