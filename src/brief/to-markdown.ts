// The brief as Markdown. Layout only: every sentence comes from the model or brief-wording.
//
// Quotes are written verbatim between “ and ” in a block quote (a line break in the source
// continues the block quote), so the file carries the exact words; other third-party text
// (names, titles, labels) has Markdown's inline markup characters escaped.
import type { Brief, IssueSection, KeyQuote, PositionSection } from './brief-types';
import {
  ANNEX_EMPTY,
  ANNEX_TITLE,
  annexCellText,
  annexIntro,
  bridgingLine,
  citationParts,
  headerLines,
  holdersLine,
  levelLines,
  majorityHeading,
  NO_OTHER_POSITION,
  NO_QUOTE,
  OPEN_INTRO,
  OPEN_NONE,
} from './brief-wording';

export function toMarkdown(brief: Brief): string {
  const out: string[] = [];
  out.push(`# ${esc(brief.title)}`, '', `*${esc(brief.label)}*`, '');
  for (const line of headerLines(brief)) out.push(`- ${esc(line)}`);
  out.push('', '## How to read this brief', '', 'Notes written by Common Ground:', '');
  for (const note of brief.method) out.push(`- ${esc(note)}`);
  brief.issues.forEach((s, i) => out.push('', ...issueMarkdown(s, i + 1)));
  out.push('', ...annexMarkdown(brief), '');
  return out.join('\n');
}

function issueMarkdown(s: IssueSection, number: number): string[] {
  const out = [`## ${number}. ${esc(s.label)}`, '', `**Question:** ${esc(s.question)}`, '', '### Level of convergence', ''];
  for (const line of levelLines(s)) out.push(`- ${esc(line)}`);
  out.push('');
  for (const sentence of s.summary) out.push(esc(sentence), '');
  const [first, ...others] = s.positions;
  if (first) {
    out.push(`### ${majorityHeading(s)}: ${esc(first.label)} (${first.count} of ${s.n})`, '', ...positionBody(first));
    out.push('### Other positions', '');
    if (others.length === 0) out.push(NO_OTHER_POSITION, '');
    for (const p of others) out.push(`#### ${esc(p.label)} (${p.count} of ${s.n})`, '', ...positionBody(p));
  }
  out.push('### Bridging positions', '', esc(s.bridgingNote), '');
  for (const e of s.bridging) out.push(`- ${esc(bridgingLine(e))}`);
  if (s.bridging.length) out.push('');
  out.push('### Points still open', '');
  if (s.open.length === 0) out.push(OPEN_NONE);
  else {
    out.push(OPEN_INTRO, '');
    for (const p of s.open) out.push(`- ${esc(p.text)}`);
  }
  return out;
}

function positionBody(p: PositionSection): string[] {
  const out = [esc(holdersLine(p.holders)), ''];
  if (p.quotes.length === 0) out.push(NO_QUOTE, '');
  for (const q of p.quotes) out.push(...quoteMarkdown(q), '');
  return out;
}

function quoteMarkdown(q: KeyQuote): string[] {
  const c = citationParts(q);
  return [`> “${q.text.split('\n').join('\n> ')}”`, '>', `> — ${esc(c.delegations)}, *${esc(c.title)}*, ${esc(c.rest)}`];
}

function annexMarkdown(brief: Brief): string[] {
  const a = brief.annex;
  const out = [`## ${ANNEX_TITLE}`, ''];
  if (a.rows.length === 0) return [...out, ANNEX_EMPTY];
  out.push(annexIntro(a.rows.length), '');
  out.push(`| Delegation | ${a.issues.map((i) => cell(i.label)).join(' | ')} |`);
  out.push(`|---|${a.issues.map(() => '---').join('|')}|`);
  for (const row of a.rows) {
    const cells = row.cells.map((c) => (c ? cell(annexCellText(c)) : ''));
    out.push(`| ${cell(`${row.name} (${row.code})`)} | ${cells.join(' | ')} |`);
  }
  return out;
}

/** Escapes Markdown's inline markup in text that is not a quote. */
export function esc(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}

function cell(text: string): string {
  return esc(text).replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}
