// What every Markdown brief must satisfy, whatever the record: the structure, quotes that
// are exact text of their documents (and the only text in quote marks), every position
// with its holders, and counts equal to the analysis module's, recomputed here.
import { expect } from 'vitest';
import { issuePolarisation, majorityPosition } from '../../src/analysis/issue-polarisation';
import { observationsFromDataset } from '../../src/analysis/observations';
import { positionsInWindow } from '../../src/analysis/window-positions';
import { formatMeasure, formatShare } from '../../src/brief/brief-format';
import type { Brief, BriefOptions } from '../../src/brief/brief-types';
import type { Dataset } from '../../src/shared/dataset-schema';

/** The quotes of a Markdown brief: block quotes opening with “ and closing with ”. */
export function markdownQuotes(md: string): string[] {
  const quotes: string[] = [];
  const lines = md.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith('> “')) continue;
    const parts = [lines[i]!.slice(2)];
    while (!parts[parts.length - 1]!.endsWith('”')) parts.push(lines[++i]!.replace(/^> ?/, ''));
    const joined = parts.join('\n');
    quotes.push(joined.slice(1, -1));
  }
  return quotes;
}

/** The chunks of a Markdown brief between level-2 headings, by heading. */
export function sections(md: string): Array<{ heading: string; body: string }> {
  return md
    .split(/^## /m)
    .slice(1)
    .map((chunk) => {
      const nl = chunk.indexOf('\n');
      return { heading: chunk.slice(0, nl), body: chunk.slice(nl + 1) };
    });
}

export function checkMarkdownBrief(md: string, brief: Brief, dataset: Dataset, options: BriefOptions): void {
  // Structure: title, generated label, method, one section per issue in order, the annex.
  const lines = md.split('\n');
  expect(lines[0]).toBe(`# ${brief.title}`);
  expect(lines[2]).toBe('*Drafted by Common Ground from the tagged record; check before use.*');
  const chunks = sections(md);
  expect(chunks.map((c) => c.heading)).toEqual([
    'How to read this brief',
    ...brief.issues.map((s, i) => `${i + 1}. ${s.label}`),
    "Annex: every delegation's position",
  ]);

  // Quotes: exact substrings of their documents, and nothing else is in quote marks.
  const quotes = markdownQuotes(md);
  const modelQuotes = brief.issues.flatMap((s) => s.positions.flatMap((p) => p.quotes));
  expect(quotes).toEqual(modelQuotes.map((q) => q.text));
  for (const q of modelQuotes) {
    const doc = dataset.documents.find((d) => d.id === q.document)!;
    expect(doc.text.includes(q.text), `quote of ${q.stance} is in ${doc.id}`).toBe(true);
  }
  let rest = md;
  for (const q of modelQuotes) rest = rest.replace(`“${q.text.split('\n').join('\n> ')}”`, '');
  expect(rest).not.toMatch(/[“”]/);

  // Counts, recomputed with the analysis module on the same delegations and window.
  let observations = observationsFromDataset(dataset);
  if (options.groups) {
    const keep = new Set<string>(options.groups);
    observations = observations.filter((o) => keep.has(o.actor));
  }
  const positions = positionsInWindow(observations, options.window);
  brief.issues.forEach((s, i) => {
    const body = chunks[i + 1]!.body;
    const issue = dataset.issues.find((x) => x.id === s.id)!;
    const held = positions.positions.filter((p) => p.issue === s.id);
    expect(body).toContain(`**Question:** ${issue.question}`);
    expect(body).toContain(`- Delegations with a position: ${held.length}.`);
    const polarisation = issuePolarisation(positions, issue).polarisation;
    if (polarisation !== undefined) expect(body).toContain(`- Polarisation: ${formatMeasure(polarisation)} `);
    const majority = majorityPosition(positions, issue);
    if (majority) expect(body).toContain(`- Majority share: ${formatShare(majority.share)}, `);
    for (const heading of ['### Level of convergence', '### Bridging positions', '### Points still open']) expect(body).toContain(heading);
    if (held.length > 0) expect(body).toContain('### Other positions');

    // Every position lists every one of its holders, and as many as its heading says.
    const blocks = body.split(/^#{3,4} /m).filter((b) => /^(Majority position|Most held position, no majority): |^[^\n]* \(\d+ of \d+\)\n/.test(b));
    expect(blocks.length).toBe(new Set(held.map((h) => h.key)).size);
    for (const block of blocks) {
      const [, count, n] = /\((\d+) of (\d+)\)\n/.exec(block)!;
      expect(Number(n)).toBe(held.length);
      const holders = /^Holders \((\d+)\): (.*)\.$/m.exec(block)!;
      expect(holders[1]).toBe(count);
      expect(holders[2]!.split('; ')).toHaveLength(Number(count));
    }
    for (const p of held) {
      const name = dataset.actors.find((a) => a.code === p.actor)?.name ?? p.actor;
      const section = s.positions.find((x) => x.key === p.key)!;
      expect(section.holders.some((h) => h.code === p.actor)).toBe(true);
      expect(body).toMatch(new RegExp(`^Holders \\(${section.count}\\): .*${escapeRegExp(name)} \\(`, 'm'));
    }
  });

  // The annex: one row per delegation with a position on a chosen issue, a column per issue.
  const annex = chunks[chunks.length - 1]!.body;
  const chosen = new Set<string>(brief.issues.map((s) => s.id));
  const positioned = new Set(positions.positions.filter((p) => chosen.has(p.issue)).map((p) => p.actor));
  const rows = annex.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Delegation |'));
  expect(rows).toHaveLength(positioned.size);
  if (positioned.size > 0) expect(annex).toContain(`| Delegation | ${brief.issues.map((s) => s.label).join(' | ')} |`);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
