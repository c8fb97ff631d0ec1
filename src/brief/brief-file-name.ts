// File names that say what and when: brief-<issues>-<years>.<ext>, e.g.
// brief-stakeholders-2022-2024.docx.
//
// Issues: ids sharing their first word are named together by their common word prefix,
// made plural (stakeholder-participation + stakeholder-veto -> stakeholders); an issue
// alone keeps its first two words (mechanism-format, legally-binding). More than
// MAX_NAMED such names give "<n>-issues". Years: the start year of the window's first
// session and the end year of its last, once when equal.
import type { Brief } from './brief-types';

const MAX_NAMED = 3;

export function briefFileName(brief: Pick<Brief, 'issues' | 'period'>, ext: string): string {
  const from = brief.period.from.start.slice(0, 4);
  const to = brief.period.to.end.slice(0, 4);
  const years = from === to ? from : `${from}-${to}`;
  return `brief-${issuesSlug(brief.issues.map((i) => i.id))}-${years}.${ext.replace(/^\./, '')}`;
}

export function issuesSlug(ids: readonly string[]): string {
  const byFirst = new Map<string, string[][]>();
  for (const id of ids) {
    const words = id.split('-');
    const list = byFirst.get(words[0]!) ?? [];
    list.push(words);
    byFirst.set(words[0]!, list);
  }
  if (byFirst.size > MAX_NAMED) return `${ids.length}-issues`;
  const names = [...byFirst.values()].map((group) => {
    if (group.length === 1) return group[0]!.slice(0, 2).join('-');
    const prefix = commonPrefix(group);
    const last = prefix[prefix.length - 1]!;
    prefix[prefix.length - 1] = /(s|ing)$/.test(last) ? last : `${last}s`;
    return prefix.join('-');
  });
  return names.join('-') || 'no-issue';
}

function commonPrefix(group: readonly string[][]): string[] {
  const out: string[] = [];
  for (let i = 0; ; i++) {
    const word = group[0]![i];
    if (word === undefined || group.some((w) => w[i] !== word)) return out;
    out.push(word);
  }
}
