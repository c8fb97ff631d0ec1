// The chair's brief: choose issues, a period and delegations (by default what the URL's
// filters say, the same parameters as the overview), read the drafted brief, export it as
// Markdown, Word or PDF (print). The brief is built once per choice and every export
// writes that same object.
import { useMemo } from 'react';
import { buildBrief } from '../../brief/build-brief';
import { resolveDelegations } from '../../brief/delegation-filter';
import type { Brief } from '../../brief/brief-types';
import { useSearchParams } from '../../app/use-search-params';
import { Coverage } from '../../components/Coverage';
import { useDatasetIndex } from '../../queries/use-dataset';
import { BriefControls } from './BriefControls';
import { BriefDocument } from './BriefDocument';
import { BriefExports } from './BriefExports';
import { parseBriefParams } from './brief-params';
import './brief.css';
import './brief-print.css';

type Drafted = { brief: Brief; error?: undefined } | { brief?: undefined; error: string };

export function BriefView() {
  const index = useDatasetIndex();
  const { dataset } = index;
  const [params, update] = useSearchParams();
  const key = params.toString();
  const choice = useMemo(() => parseBriefParams(params, dataset), [key, dataset]); // eslint-disable-line react-hooks/exhaustive-deps
  const stances = useMemo(() => new Map(dataset.stances.map((s) => [s.id, s])), [dataset]);
  const drafted = useMemo<Drafted | null>(() => {
    if (choice.issues.length === 0) return null;
    try {
      const delegations = resolveDelegations(dataset, choice.filter);
      const brief = buildBrief(dataset, {
        issues: choice.issues,
        window: choice.window,
        ...(delegations.actors ? { groups: delegations.actors, groupsLabel: delegations.label } : {}),
      });
      return { brief };
    } catch (e) {
      return { error: (e as Error).message };
    }
  }, [choice, dataset]);

  return (
    <section className="brief-view" data-testid="brief-view">
      <div className="brief-screen-only">
        <h1>Chair&apos;s brief</h1>
        <Coverage index={index} window={choice.window} />
        <p className="muted">
          Choose the issues, the period and the delegations; the brief below is drafted from the tagged record and exported exactly as shown.
        </p>
        {choice.ignored.length > 0 && (
          <p className="banner banner-warn" data-testid="brief-ignored">
            Not in this dataset, so left out: {choice.ignored.join(', ')}.
          </p>
        )}
        <BriefControls dataset={dataset} choice={choice} update={update} />
        {drafted?.brief && <BriefExports brief={drafted.brief} />}
      </div>
      {drafted === null && (
        <p className="status" data-testid="brief-empty">
          Choose at least one issue to draft a brief.
        </p>
      )}
      {drafted?.error && (
        <p role="alert" className="banner banner-error">
          The brief could not be drafted: {drafted.error}
        </p>
      )}
      {drafted?.brief && <BriefDocument brief={drafted.brief} index={index} stances={stances} />}
    </section>
  );
}
