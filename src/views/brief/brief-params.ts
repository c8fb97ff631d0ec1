// The brief's choices as they live in the URL, the same parameters as the overview's
// filters (?issues=&from=&to=&region=&eu=1&group=), so a filtered view's link drafts the
// brief of exactly what it showed. No `issues` means every issue; `issues=none` means none
// chosen yet. Values the dataset does not know are dropped and reported, never guessed.
import { sessionWindow, type SessionWindow } from '../../analysis/session-window';
import { groupChoices, REGIONS, type DelegationFilter } from '../../brief/delegation-filter';
import type { Region } from '../../shared/dataset-schema';
import type { ClientDataset } from '../../shared/client-dataset';
import type { IssueId } from '../../shared/ids';

export const NO_ISSUES = 'none';

export interface BriefChoice {
  readonly issues: readonly IssueId[]; // in codebook order
  readonly window: SessionWindow;
  readonly filter: DelegationFilter;
  readonly ignored: readonly string[]; // what the URL asked for that the dataset lacks
}

export function parseBriefParams(params: URLSearchParams, dataset: Pick<ClientDataset, 'issues' | 'sessions' | 'actors' | 'statements' | 'documents'>): BriefChoice {
  const ignored: string[] = [];
  const raw = params.get('issues');
  let issues: IssueId[];
  if (raw === null || raw === '') issues = dataset.issues.map((i) => i.id);
  else if (raw === NO_ISSUES) issues = [];
  else {
    const asked = raw.split(',').filter(Boolean);
    for (const id of asked) if (!dataset.issues.some((i) => i.id === id)) ignored.push(`issue ${id}`);
    issues = dataset.issues.filter((i) => asked.includes(i.id)).map((i) => i.id);
  }

  const numbers = [...new Set(dataset.sessions.map((s) => s.number))].sort((a, b) => a - b);
  const first = numbers[0] ?? 0;
  const last = numbers[numbers.length - 1] ?? 0;
  const session = (key: 'from' | 'to', fallback: number) => {
    const v = params.get(key);
    if (v === null) return fallback;
    if (/^\d+$/.test(v) && numbers.includes(Number(v))) return Number(v);
    ignored.push(`session ${v} (${key})`);
    return fallback;
  };
  const from = session('from', first);
  const to = Math.max(session('to', last), from);

  const regionParam = params.get('region');
  let region: Region | null = null;
  if (regionParam) {
    if (REGIONS.includes(regionParam as Region)) region = regionParam as Region;
    else ignored.push(`regional group ${regionParam}`);
  }
  let group = params.get('group') || null;
  if (group && !groupChoices(dataset).some((g) => g.id === group)) {
    ignored.push(`group ${group}`);
    group = null;
  }
  return { issues, window: sessionWindow(from, to), filter: { region, eu: params.get('eu') === '1', group }, ignored };
}

/** The URL changes that choose `issues` (all of them is the absence of the parameter). */
export function issuesParam(chosen: readonly string[], all: readonly string[]): string | null {
  if (chosen.length === 0) return NO_ISSUES;
  if (chosen.length === all.length) return null;
  return all.filter((id) => chosen.includes(id)).join(',');
}
