// The 2-D map of delegations (classical MDS on 1 - CA) with each delegation's path across
// the sessions up to the one shown, labels for the chosen delegations, and its table.
import { useId, useMemo, useState } from 'react';
import { MapContainer } from '../../charts/map/MapContainer';
import { mapModel, mapTableRows } from '../../charts/map/map-model';
import { ChartFrame } from '../../charts/ChartFrame';
import { formatDate, plural } from '../../components/format';
import { useMapTrajectories } from '../../queries/use-convergence';
import type { DatasetIndex } from '../../shared/dataset-index';
import type { ActorCode } from '../../shared/ids';
import type { ConvergenceState } from './convergence-params';

export interface MapSectionProps {
  ready?: boolean; // false until the matrix is on screen: its computation goes first
  index: DatasetIndex;
  state: ConvergenceState;
  labelOf: (session: number) => string;
  nameOf: (code: string) => string;
  keep: (code: string) => boolean;
  update: (changes: Record<string, string | null>, options?: { replace?: boolean }) => void;
}

/** With this many delegations or fewer on the map, every one is labelled. */
const LABEL_ALL = 30;

export function MapSection({ index, state, labelOf, nameOf, keep, update, ready = true }: MapSectionProps) {
  const query = useMapTrajectories(ready);
  const chosen = useMemo(() => new Set(state.mark), [state.mark]);
  const model = useMemo(
    () => (query.data ? mapModel(query.data.trajectories, { upTo: state.at, keep: keep as (c: ActorCode) => boolean, chosen, nameOf }) : undefined),
    [query.data, state.at, keep, chosen, nameOf],
  );
  const excluded = query.data?.windows.filter((w) => w.window.to <= state.at).at(-1)?.excluded.filter(keep).length ?? 0;
  const setMark = (codes: string[]) => update({ mark: codes.length ? codes.join(',') : null });

  return (
    <section className="convergence-map" data-testid="map-section" aria-labelledby="map-heading">
      <h2 id="map-heading">The room as a map</h2>
      <p className="muted">
        Closer delegations agree more (distance 1 − CA, classical multidimensional scaling; the axes have no meaning). Each
        path follows a delegation through the sessions up to the {labelOf(state.at)}; the slider above moves the map too.
      </p>
      <MarkPicker marked={state.mark} candidates={model?.paths.map((p) => p.actor)} nameOf={nameOf} onChange={setMark} />
      {query.error && <p role="alert" className="banner banner-error">The map could not be computed: {query.error.message}</p>}
      {!query.data && !query.error && <p role="status" className="status">Placing the delegations…</p>}
      {model && model.paths.length === 0 && (
        <p className="banner" data-testid="map-empty">
          Too few delegations hold positions on 3 or more issues as of the {labelOf(state.at)} to draw a map.
        </p>
      )}
      {model && model.paths.length > 0 && (
        <ChartFrame
          testId="map-chart"
          title={`Map of the room as of the ${labelOf(state.at)}`}
          caption={
            `n = ${plural(model.placed, 'delegation')} placed, paths over ${plural(model.sessions, 'session')}` +
            `${excluded ? `; ${plural(excluded, 'delegation')} positioned on fewer than 3 issues ${excluded === 1 ? 'is' : 'are'} not placed` : ''}. ` +
            `Labelled: ${model.paths.filter((p) => p.chosen).map((p) => p.actor).join(', ') || (model.paths.length <= LABEL_ALL ? 'all' : 'none chosen')}.`
          }
          source={`Common Ground dataset, latest evidence ${formatDate(index.dataset.latestEvidence)}; maps aligned session to session (Procrustes).`}
          fileName={`map-S${state.first}-S${state.at}`}
          table={() => mapTableRows(model)}
        >
          <MapContainer model={model} labelAll={model.paths.length <= LABEL_ALL} />
        </ChartFrame>
      )}
    </section>
  );
}

function MarkPicker({ marked, candidates, nameOf, onChange }: { marked: readonly string[]; candidates: readonly string[] | undefined; nameOf: (c: string) => string; onChange: (codes: string[]) => void }) {
  const id = useId();
  const [text, setText] = useState('');
  const options = (candidates ?? []).filter((c) => !marked.includes(c));
  const add = () => {
    const q = text.trim().toLowerCase();
    const hit = options.find((c) => c.toLowerCase() === q || nameOf(c).toLowerCase() === q) ?? options.find((c) => nameOf(c).toLowerCase().startsWith(q));
    if (q && hit) {
      onChange([...marked, hit]);
      setText('');
    }
  };
  return (
    <div className="toolbar mark-picker" data-testid="mark-picker">
      <label>
        Label a delegation{' '}
        <input
          list={`${id}-list`}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
      </label>
      <datalist id={`${id}-list`}>
        {options.map((c) => (
          <option key={c} value={c}>
            {nameOf(c)}
          </option>
        ))}
      </datalist>
      <button type="button" onClick={add}>
        Add
      </button>
      {marked.length > 0 && (
        <ul className="chips" aria-label="Labelled delegations">
          {marked.map((c) => (
            <li key={c}>
              {nameOf(c)} ({c}){candidates && !candidates.includes(c) ? ', not on the map' : ''}{' '}
              <button type="button" aria-label={`Remove ${nameOf(c)}`} onClick={() => onChange(marked.filter((m) => m !== c))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
