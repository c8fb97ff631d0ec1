// buildBrief(dataset, options): the chair's brief as data. Pure: the same dataset and
// options give the same brief in the app and on the command line.
//
// Every measure is computed on the chosen delegations only (options.groups filters the
// observations before anything else), in the chosen window, with the analysis module's
// functions: positionsInWindow, issuePolarisation, majorityPosition, issueConvergence,
// bridgingPositions. Throws, naming the value, on an unknown issue or a session number that
// is not in the calendar.
import { observationsFromDataset } from '../analysis/observations';
import { windowLabel, type SessionWindow } from '../analysis/session-window';
import { positionsInWindow, type WindowPositions } from '../analysis/window-positions';
import { indexDataset, type DatasetIndex } from '../shared/dataset-index';
import type { Issue } from '../shared/dataset-schema';
import type { ClientDataset } from '../shared/client-dataset';
import { sessionByNumber, sessionRef } from './brief-format';
import { GENERATED_LABEL, type Brief, type BriefOptions } from './brief-types';
import { briefAnnex } from './brief-annex';
import { briefTitle, METHOD_NOTES } from './brief-wording';
import { bridgingBasis } from './bridging-basis';
import { issueSection } from './issue-section';
import { DEFAULT_QUOTES_PER_POSITION } from './key-quotes';

const indexes = new WeakMap<ClientDataset, DatasetIndex>();

export function buildBrief(dataset: ClientDataset, options: BriefOptions): Brief {
  let index = indexes.get(dataset);
  if (!index) {
    index = indexDataset(dataset);
    indexes.set(dataset, index);
  }
  const issues = chosenIssues(dataset, options.issues);
  const { window } = options;
  const from = sessionByNumber(dataset, window.from);
  const to = sessionByNumber(dataset, window.to);
  const calendar = [...new Set(dataset.sessions.map((s) => s.number))].sort((a, b) => a - b).join(', ') || 'empty';
  if (!from) throw new Error(`unknown session ${window.from}: not in the calendar (sessions ${calendar})`);
  if (!to) throw new Error(`unknown session ${window.to}: not in the calendar (sessions ${calendar})`);

  let observations = observationsFromDataset(dataset);
  const chosen = options.groups ? new Set<string>(options.groups) : null;
  if (chosen) observations = observations.filter((o) => chosen.has(o.actor));
  const cache = new Map<string, WindowPositions>();
  const positionsAt = (w: SessionWindow) => {
    const key = windowLabel(w);
    let p = cache.get(key);
    if (!p) {
      p = positionsInWindow(observations, w);
      cache.set(key, p);
    }
    return p;
  };
  const positions = positionsAt(window);
  const basis = bridgingBasis(index, positions, issues, options.bridging ?? 'auto');
  const ctx = { index, observations, window, positions, positionsAt, basis, quotesPerPosition: options.quotesPerPosition ?? DEFAULT_QUOTES_PER_POSITION };
  const sections = issues.map((issue) => issueSection(ctx, issue));
  const annex = briefAnnex(index, positions, issues);

  let latest: string | null = null;
  for (const p of positions.positions) if (p.date && issues.some((i) => i.id === p.issue) && (!latest || p.date > latest)) latest = p.date;

  return {
    title: briefTitle(issues.map((i) => i.label)),
    label: GENERATED_LABEL,
    period: { window, from: sessionRef(from), to: sessionRef(to) },
    delegations: {
      label: chosen ? (options.groupsLabel ?? `${chosen.size} chosen delegations`) : 'all delegations',
      filtered: chosen !== null,
      chosen: chosen ? chosen.size : null,
      positioned: annex.rows.length,
    },
    record: { contentHash: dataset.contentHash, codebookVersion: dataset.codebookVersion, latestEvidence: latest },
    bridging: basis,
    method: METHOD_NOTES,
    issues: sections,
    annex,
  };
}

/** The issues in the order asked, duplicates dropped; throws on an unknown id or none. */
export function chosenIssues(dataset: Pick<ClientDataset, 'issues'>, ids: readonly string[]): Issue[] {
  if (ids.length === 0) throw new Error('choose at least one issue');
  const byId = new Map(dataset.issues.map((i) => [i.id as string, i]));
  const out: Issue[] = [];
  for (const id of ids) {
    const issue = byId.get(id);
    if (!issue) throw new Error(`unknown issue "${id}" (known: ${dataset.issues.map((i) => i.id).join(', ')})`);
    if (!out.includes(issue)) out.push(issue);
  }
  return out;
}
