// Draws the 2-D map: a path per delegation through the sessions shown, a point where it
// stands now, labels for the chosen delegations (or all of them when few), and a scale bar.
// Only draws.
import type { ScaleLinear } from 'd3-scale';
import { LABEL_FONT, type MapLabel } from './map-labels';
import type { MapModel, MapPath } from './map-model';

export interface MapScales {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  unit: number; // px per unit of distance
}

const CHOSEN = '#0072B2';
const OTHER = '#767676';
const OTHER_PATH = '#c4c4c4';

export interface MapRenderProps {
  model: MapModel;
  scales: MapScales;
  width: number;
  height: number;
  labels: readonly MapLabel[];
  onHover: (actor: string | null) => void;
}

export function MapRender({ model, scales, width, height, labels, onHover }: MapRenderProps) {
  const bar = 0.5 * scales.unit;
  return (
    <svg
      className="delegation-map"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      data-testid="delegation-map"
      role="img"
      aria-label={`Map of ${model.placed} delegations: closer points agree more; paths show the sessions up to now.`}
      onMouseLeave={() => onHover(null)}
    >
      <rect x={0} y={0} width={width} height={height} fill="#ffffff" />
      {model.paths.map((p) => (
        <MapPathMark key={p.actor} path={p} scales={scales} onHover={onHover} />
      ))}
      <g className="map-labels" pointerEvents="none">
        {labels.map((l) => (
          <text key={l.key} x={l.x} y={l.y} textAnchor={l.anchor} fontSize={LABEL_FONT} fontWeight={l.chosen ? 700 : 400} fill="#1a1a1a" className="map-label">
            {l.text}
          </text>
        ))}
      </g>
      <g transform={`translate(${width - 16 - bar}, ${height - 14})`} fontSize={11} aria-hidden="true">
        <line x1={0} x2={bar} y1={0} y2={0} stroke="#333333" strokeWidth={2} />
        <text x={bar / 2} y={-5} textAnchor="middle">
          0.5 of 1 − CA
        </text>
      </g>
    </svg>
  );
}

function MapPathMark({ path, scales, onHover }: { path: MapPath; scales: MapScales; onHover: (a: string) => void }) {
  const points = path.points.map((p) => `${scales.x(p.x).toFixed(1)},${scales.y(p.y).toFixed(1)}`).join(' ');
  const cx = scales.x(path.current.x);
  const cy = scales.y(path.current.y);
  const colour = path.chosen ? CHOSEN : OTHER;
  return (
    <g data-actor={path.actor} className={path.chosen ? 'map-path chosen' : 'map-path'} onMouseEnter={() => onHover(path.actor)}>
      {path.points.length > 1 && (
        <polyline
          points={points}
          fill="none"
          stroke={path.chosen ? CHOSEN : OTHER_PATH}
          strokeWidth={path.chosen ? 2 : 1}
          strokeOpacity={path.chosen ? 0.9 : 0.8}
        />
      )}
      {path.chosen &&
        path.points.slice(0, -1).map((p) => <circle key={p.label} cx={scales.x(p.x)} cy={scales.y(p.y)} r={2} fill={CHOSEN} />)}
      <circle cx={cx} cy={cy} r={path.chosen ? 5 : 3.5} fill={colour} stroke="#ffffff" strokeWidth={1}>
        <title>
          {path.name} ({path.actor}), {path.current.label}
          {path.points.length > 1 ? `; path from ${path.points[0]!.label}` : ''}
        </title>
      </circle>
    </g>
  );
}
