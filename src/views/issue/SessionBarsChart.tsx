// Positions by session as stacked bars: container (colours, legend, frame) and render
// (recharts). Rows come from session-bars-model.ts.
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { Issue } from '../../shared/dataset-schema';
import { ChartFrame } from '../../charts/ChartFrame';
import { positionColour } from '../../charts/palette';
import { plural } from '../../components/format';
import { sessionBarsTable, type SessionBarRow, type SessionBarsModel } from './session-bars-model';
import type { IssueCategory } from './issue-categories-list';
import { useChartWidth } from './use-chart-width';

interface Series {
  category: IssueCategory;
  colour: string;
}

export function SessionBarsChart({ issue, model, sessionName, shortName }: { issue: Issue; model: SessionBarsModel; sessionName: (s: number) => string; shortName: (s: number) => string }) {
  const [ref, width] = useChartWidth<HTMLDivElement>();
  const series: Series[] = model.categories.map((c) => ({ category: c, colour: positionColour(issue, c.position, c.value) }));
  const last = model.rows[model.rows.length - 1];
  return (
    <div ref={ref}>
      <ChartFrame
        testId="session-bars"
        title={`${issue.label}: positions by session`}
        caption={`n = ${plural(last?.positioned ?? 0, 'delegation')} positioned by ${last ? sessionName(last.session) : 'the last session'}. Each bar counts every delegation's latest position up to that session (carried forward); "+k new" counts those with evidence in that session.`}
        source="Common Ground stance data, OEWG 2021-2025 record"
        fileName={`positions-by-session-${issue.id}`}
        table={() => sessionBarsTable(model, sessionName)}
      >
        {series.length === 0 ? (
          <p className="empty">No delegation has taken a position on this issue in these sessions.</p>
        ) : (
          <>
            <Legend series={series} />
            <SessionBarsPlot rows={model.rows} series={series} width={width} shortName={shortName} sessionName={sessionName} />
          </>
        )}
      </ChartFrame>
    </div>
  );
}

function Legend({ series }: { series: Series[] }) {
  return (
    <ul className="legend" aria-label="Positions">
      {series.map((s) => (
        <li key={s.category.key}>
          <span className="swatch" style={{ background: s.colour }} aria-hidden="true" />
          {s.category.label}
        </li>
      ))}
    </ul>
  );
}

interface TickProps {
  x?: number;
  y?: number;
  payload?: { value: number };
}

function SessionBarsPlot({ rows, series, width, shortName, sessionName }: { rows: readonly SessionBarRow[]; series: Series[]; width: number; shortName: (s: number) => string; sessionName: (s: number) => string }) {
  const fresh = new Map(rows.map((r) => [r.session, r.fresh]));
  const Tick = ({ x = 0, y = 0, payload }: TickProps) => (
    <g transform={`translate(${x},${y})`}>
      <text dy={12} textAnchor="middle" fill="#333" fontSize={12}>
        {payload ? shortName(payload.value) : ''}
      </text>
      <text dy={26} textAnchor="middle" fill="#555" fontSize={11}>
        {payload ? `+${fresh.get(payload.value) ?? 0} new` : ''}
      </text>
    </g>
  );
  return (
    <BarChart width={width} height={280} data={rows as SessionBarRow[]} margin={{ top: 8, right: 12, bottom: 8, left: 0 }} accessibilityLayer>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="session" tick={<Tick />} interval={0} height={40} />
      <YAxis allowDecimals={false} width={40} label={{ value: 'delegations', angle: -90, position: 'insideLeft', fontSize: 12, fill: '#333' }} />
      <Tooltip
        isAnimationActive={false}
        content={({ active, payload }) => {
          const row = active ? (payload?.[0]?.payload as SessionBarRow | undefined) : undefined;
          if (!row) return null;
          return (
            <div className="chart-tooltip">
              <strong>{sessionName(row.session)}</strong>
              <ul>
                {series.map((s, i) => (row.counts[i] ? <li key={s.category.key}>{s.category.label}: {row.counts[i]}</li> : null))}
              </ul>
              <span>
                {plural(row.positioned, 'delegation')} positioned, {row.fresh} newly evidenced
              </span>
            </div>
          );
        }}
      />
      {series.map((s, i) => (
        <Bar key={s.category.key} name={s.category.label} dataKey={(r: SessionBarRow) => r.counts[i] ?? 0} stackId="positions" fill={s.colour} stroke="#fff" strokeWidth={1} isAnimationActive={false} />
      ))}
    </BarChart>
  );
}
