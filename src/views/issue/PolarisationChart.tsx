// The polarisation line over sessions, with the balanced panel's polarisation at the first
// and last sessions with evidence: container (caption, frame, summary) and render (recharts).
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { Issue } from '../../shared/dataset-schema';
import { ChartFrame } from '../../charts/ChartFrame';
import { plural } from '../../components/format';
import { fixed, trendTable, type IssueTrend } from './polarisation-model';
import { useChartWidth } from './use-chart-width';

interface LineRow {
  session: number;
  polarisation: number | null;
  panel: number | null;
  n: number;
}

export function PolarisationChart({ issue, trend, sessionName, shortName }: { issue: Issue; trend: IssueTrend; sessionName: (s: number) => string; shortName: (s: number) => string }) {
  const [ref, width] = useChartWidth<HTMLDivElement>();
  const c = trend.convergence;
  const rows: LineRow[] = trend.points.map((p) => ({
    session: p.session,
    polarisation: p.polarisation ?? null,
    panel: c && p.session === c.first ? (c.before ?? null) : c && p.session === c.last ? (c.after ?? null) : null,
    n: p.n,
  }));
  const ns = trend.points.map((p) => p.n);
  const nText = ns.length ? `n = ${Math.min(...ns)} to ${Math.max(...ns)} delegations per session` : 'n = 0';
  const panelText = c
    ? `balanced panel of ${plural(c.panel, 'delegation')} positioned in both the ${sessionName(c.first)} and the ${sessionName(c.last)}`
    : 'no balanced panel (fewer than two sessions with evidence)';
  return (
    <div ref={ref}>
      <ChartFrame
        testId="polarisation"
        title={`${issue.label}: polarisation over sessions`}
        caption={`${nText}; ${panelText}. Polarisation is the mean distance between two positioned delegations (0 all agree, 1 as far apart as the scale allows).`}
        source="Common Ground stance data, OEWG 2021-2025 record"
        fileName={`polarisation-${issue.id}`}
        table={() => trendTable(trend, sessionName)}
      >
        {trend.points.every((p) => p.polarisation === undefined) ? (
          <p className="empty">Polarisation needs at least two delegations positioned on this issue.</p>
        ) : (
          <LineChart width={width} height={240} data={rows} margin={{ top: 8, right: 12, bottom: 8, left: 0 }} accessibilityLayer>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="session" tickFormatter={(s: number) => shortName(s)} interval={0} />
            <YAxis domain={[0, 1]} width={40} />
            <Tooltip
              isAnimationActive={false}
              content={({ active, payload }) => {
                const row = active ? (payload?.[0]?.payload as LineRow | undefined) : undefined;
                if (!row) return null;
                return (
                  <div className="chart-tooltip">
                    <strong>{sessionName(row.session)}</strong>
                    <br />
                    Polarisation {row.polarisation === null ? 'n/a' : row.polarisation.toFixed(2)} (n = {row.n})
                    {row.panel !== null && c ? (
                      <>
                        <br />
                        Balanced panel {row.panel.toFixed(2)} (n = {c.panel})
                      </>
                    ) : null}
                  </div>
                );
              }}
            />
            <Legend />
            <Line name="All positioned delegations" dataKey="polarisation" stroke="#0072B2" strokeWidth={2} connectNulls={false} isAnimationActive={false} />
            <Line name={`Balanced panel (n = ${c?.panel ?? 0})`} dataKey="panel" stroke="#D55E00" strokeWidth={2} strokeDasharray="6 4" connectNulls isAnimationActive={false} />
          </LineChart>
        )}
      </ChartFrame>
      <ConvergenceSummary trend={trend} sessionName={sessionName} />
    </div>
  );
}

function ConvergenceSummary({ trend, sessionName }: { trend: IssueTrend; sessionName: (s: number) => string }) {
  const c = trend.convergence;
  if (!c) {
    return (
      <p data-testid="convergence-summary">
        Convergence needs evidence from two sessions;{' '}
        {trend.evidenced.length === 1 ? `there is evidence only from the ${sessionName(trend.evidenced[0]!)}.` : 'there is none in these sessions.'}
      </p>
    );
  }
  if (c.change === undefined) {
    return (
      <p data-testid="convergence-summary">
        Between the {sessionName(c.first)} and the {sessionName(c.last)} the balanced panel has {plural(c.panel, 'delegation')}: too few to measure convergence (at least 2 needed).
      </p>
    );
  }
  const direction = c.interval && c.interval.high < 0 ? 'converged' : c.interval && c.interval.low > 0 ? 'diverged' : c.change < 0 ? 'moved closer, within the margin of error' : c.change > 0 ? 'moved apart, within the margin of error' : 'did not move';
  return (
    <p data-testid="convergence-summary">
      Between the {sessionName(c.first)} and the {sessionName(c.last)}, on the balanced panel of {plural(c.panel, 'delegation')}, polarisation went from {fixed(c.before)} to {fixed(c.after)} (change {signed(c.change)}
      {c.interval ? `, 95% interval ${signed(c.interval.low)} to ${signed(c.interval.high)}` : ''}): the room {direction}.
    </p>
  );
}

function signed(v: number): string {
  const s = v.toFixed(2);
  return v > 0 ? `+${s}` : v < 0 ? `−${s.slice(1)}` : s;
}
