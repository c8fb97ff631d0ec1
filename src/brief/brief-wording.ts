// The brief's own words: generated sentences (each starting with GENERATED_PREFIX), the
// lines every renderer prints, and the notes on method. Renderers only add layout, so the
// screen, the Markdown and the Word file say the same thing. No quote marks in here: they
// belong to exact source text only.
import type { Interval } from '../analysis/interval';
import { evidenceWhen, formatDate, formatMeasure, formatShare, joinNames, plural, sessionText } from './brief-format';
import {
  GENERATED_PREFIX,
  type AnnexCell,
  type Brief,
  type BridgingEntry,
  type Holder,
  type IssueSection,
  type KeyQuote,
  type MajorityShare,
  type SessionRef,
  type Trend,
} from './brief-types';

const P = GENERATED_PREFIX;
/** Bridging scores closer than this are tied. */
const TIE = 1e-9;

export function issueSummary(s: {
  n: number;
  majority: MajorityShare | undefined;
  trend: Trend;
  bridging: readonly BridgingEntry[];
  groups: string; // what the bridging groups are: "regional groups", "blocs"
}): string[] {
  if (s.n === 0 || !s.majority) return [`${P} no delegation among those chosen has a position on this issue in the period.`];
  const m = s.majority;
  const out = [
    `${P} ${plural(s.n, 'delegation')} ${s.n === 1 ? 'has' : 'have'} a position on this issue; ${m.label} is held by ${m.count} of them (${formatShare(m.share)}), ${
      m.absolute ? 'a majority' : m.tied ? 'tied for the most held and short of a majority' : 'the most held but short of a majority'
    }.`,
  ];
  const t = s.trend;
  if (t.kind === 'measured' && t.direction && t.before !== undefined && t.after !== undefined) {
    const from = formatMeasure(t.before);
    const to = formatMeasure(t.after);
    const phrase =
      t.direction === 'converging'
        ? `the room converged: polarisation fell from ${from} to ${to}`
        : t.direction === 'diverging'
          ? `the room diverged: polarisation rose from ${from} to ${to}`
          : t.direction === 'unchanged'
            ? `polarisation did not change (${from})`
            : `polarisation went from ${from} to ${to}, but the 95% interval of the change includes zero: no clear change`;
    out.push(`${P} among the ${plural(t.panel, 'delegation')} with a position at both the ${t.first.label} and the ${t.last.label}, ${phrase}.`);
  }
  const best = s.bridging[0];
  if (best) {
    const across = `across the ${best.support.length} ${s.groups} with a position`;
    const tied = s.bridging.filter((e) => Math.abs(e.score - best.score) < TIE);
    if (tied.length > 1) {
      out.push(`${P} ${across}, ${joinNames(tied.map((e) => e.label))} have equally broad support (bridging score ${formatMeasure(best.score)}): no position bridges better than another.`);
    } else {
      const majority = best.majority ? ', which is also the most held position' : `, while the most held position is ${m.label}`;
      out.push(`${P} ${across}, the position with the broadest support is ${best.label} (bridging score ${formatMeasure(best.score)})${majority}.`);
    }
  }
  return out;
}

/** The "level of convergence" lines: polarisation and majority share, each with its n. */
export function levelLines(s: IssueSection): string[] {
  if (s.n === 0) return ['Delegations with a position: 0. No measure of convergence without positions.'];
  const lines = [`Delegations with a position: ${s.n}.`];
  lines.push(
    s.polarisation === undefined
      ? 'Polarisation: not measured (needs 2 delegations with a position).'
      : `Polarisation: ${formatMeasure(s.polarisation)} (0 all in one position, 1 every pair at opposite ends; n = ${s.n}).`,
  );
  if (s.majority) {
    lines.push(
      `Majority share: ${formatShare(s.majority.share)}, ${s.majority.label} held by ${s.majority.count} of ${s.n}${s.majority.absolute ? '' : ' (no majority)'}.`,
    );
  }
  lines.push(trendLine(s.trend));
  return lines;
}

export function trendLine(t: Trend): string {
  if (t.kind === 'none') return `Trend: ${t.reason}`;
  const between = `between the ${t.first.label} and the ${t.last.label}`;
  if (t.change === undefined || t.before === undefined || t.after === undefined) {
    return `Trend ${between}: not measured, the balanced panel has ${plural(t.panel, 'delegation')} (needs 2).`;
  }
  return `Trend ${between}: polarisation ${formatMeasure(t.before)} to ${formatMeasure(t.after)}, change ${formatMeasure(t.change)}${intervalText(t.interval)}, on a balanced panel of ${plural(t.panel, 'delegation')} (${t.direction}).`;
}

function intervalText(i: Interval | undefined): string {
  return i ? ` (95% interval ${formatMeasure(i.low)} to ${formatMeasure(i.high)})` : '';
}

/** "Argentina (6 Dec 2024, 1 statement)", with carried and joint-only flags. */
export function holderText(h: Holder): string {
  const notes = [evidenceWhen(h.date, h.sessionLabel), plural(h.statements, 'statement')];
  if (h.carried) notes.push('carried from before the period');
  if (h.jointOnly) notes.push('joint statements only');
  return `${h.name} (${notes.join(', ')})`;
}

export function holdersLine(holders: readonly Holder[]): string {
  return `Holders (${holders.length}): ${holders.map(holderText).join('; ')}.`;
}

/** The citation under a quote: delegation, document title, session, date. */
export function citationParts(q: KeyQuote): { delegations: string; title: string; rest: string } {
  const joint = q.delegations.length > 1 ? ' (joint statement)' : '';
  return { delegations: `${q.delegationNames}${joint}`, title: q.documentTitle, rest: `${q.session}, ${formatDate(q.date)}` };
}

export function citationText(q: KeyQuote): string {
  const c = citationParts(q);
  return `${c.delegations}, ${c.title}, ${c.rest}`;
}

export function bridgingLine(e: BridgingEntry): string {
  const support = e.support.map((s) => `${s.group} ${s.agree} of ${s.positioned}`).join(', ');
  return `${e.label}: bridging score ${formatMeasure(e.score)}${e.majority ? ' (the majority position)' : ''}; holders per group: ${support}.`;
}

/** "1st substantive session to 4th substantive session, OEWG 2021-2025 (13 Dec 2021 to 6 Dec 2024)". */
export function periodText(from: SessionRef, to: SessionRef): string {
  const dates = `${formatDate(from.start)} to ${formatDate(to.end)}`;
  if (from.id === to.id) return `${from.label}, ${from.process} (${dates})`;
  if (from.process === to.process) return `${from.label} to ${to.label}, ${from.process} (${dates})`;
  return `${sessionText(from)} to ${sessionText(to)} (${dates})`;
}

export const METHOD_NOTES: readonly string[] = [
  "A delegation's position is its latest evidenced position up to the end of the period, carried forward until contradicted and shown with the date of its last evidence; silence is no position.",
  'Polarisation is the mean disagreement between every two delegations with a position on the issue, from 0 (all hold one position) to 1 (every pair at opposite ends of the scale).',
  'Majority share is the share of the delegations with a position that hold the most held one; a majority means more than half.',
  'Trend compares polarisation at the first and the last session of the period with evidence on the issue, among the delegations with a position at both (the balanced panel), with a 95% bootstrap interval; a negative change means the room converged.',
  'A bridging position is one every group can live with: the geometric mean over groups of the share of members holding it, smoothed as (holders + 1) / (members with a position + 2).',
  'Key quotes: up to three per position, the most confident tagging first, then the most recent, each from a different delegation; only words in quote marks are exact text of the cited document.',
];

export function briefTitle(labels: readonly string[]): string {
  return labels.length <= 3 ? `Chair's brief: ${joinNames(labels)}` : `Chair's brief on ${labels.length} issues`;
}

/** The lines under the title: period, delegations, record, bridging basis. */
export function headerLines(brief: Brief): string[] {
  const d = brief.delegations;
  return [
    `Period: ${periodText(brief.period.from, brief.period.to)}.`,
    `Delegations: ${d.label}${d.chosen !== null ? ` (${d.chosen} chosen)` : ''}; ${d.positioned} with a position on a chosen issue.`,
    `Record: dataset ${brief.record.contentHash.slice(0, 12)}, codebook ${brief.record.codebookVersion}, latest evidence used ${formatDate(brief.record.latestEvidence)}.`,
    `Bridging positions: ${brief.bridging.note}`,
  ];
}

export function majorityHeading(s: IssueSection): string {
  return s.majority?.absolute ? 'Majority position' : 'Most held position, no majority';
}

export const NO_OTHER_POSITION = 'No other position is held.';
export const NO_QUOTE = 'No quote in the record for this position.';
export const OPEN_INTRO = `${GENERATED_PREFIX} the points below are drawn from the counts above.`;
export const OPEN_NONE = `${GENERATED_PREFIX} nothing stands out from the counts.`;
export const ANNEX_TITLE = "Annex: every delegation's position";
export const ANNEX_EMPTY = 'No chosen delegation has a position on a chosen issue in the period.';

export function annexIntro(rows: number): string {
  return `Positions held at the end of the period, with the date of the last evidence; an empty cell is no position. ${plural(rows, 'delegation')}.`;
}

export function annexCellText(c: AnnexCell): string {
  return `${c.label}, ${evidenceWhen(c.date, c.sessionLabel)}${c.carried ? ' (carried)' : ''}`;
}
