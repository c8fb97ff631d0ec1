// The figures proposed for the number of thematic groups over time: one mark per delegation
// statement, a range as a vertical segment. Container (scales, hover) and render (SVG).
import { useState } from 'react';
import { scaleLinear, scaleUtc } from 'd3-scale';
import type { DatasetIndex } from '../../shared/dataset-index';
import type { Issue } from '../../shared/dataset-schema';
import { ChartFrame } from '../../charts/ChartFrame';
import { formatDate, plural } from '../../components/format';
import { valueText } from '../../components/position-label';
import type { Proposal } from './proposals-model';
import { useChartWidth } from './use-chart-width';

const HEIGHT = 260;
const MARGIN = { top: 12, right: 16, bottom: 32, left: 40 };
const DOT = '#0072B2';
const DAY = 86_400_000;
const SPREAD = 12; // px between marks of the same day
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface ProposalMark {
  readonly proposal: Proposal;
  readonly name: string;
  readonly cx: number;
  readonly y1: number; // low end
  readonly y2: number; // high end (equal to y1 for a single figure)
}

function utc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

export function ProposalsDotPlot({ issue, index, items, sessionName }: { issue: Issue; index: DatasetIndex; items: readonly Proposal[]; sessionName: (s: number | null) => string }) {
  const [ref, width] = useChartWidth<HTMLDivElement>();
  const [active, setActive] = useState<number | null>(null);
  const name = (code: string) => index.actor.get(code)?.name ?? code;
  const delegations = new Set(items.map((p) => p.actor)).size;

  const times = items.map((p) => utc(p.x).getTime());
  const lo = times.length ? Math.min(...times) : Date.now();
  const hi = times.length ? Math.max(...times) : Date.now();
  const pad = Math.max(30 * DAY, (hi - lo) * 0.05);
  const x = scaleUtc().domain([new Date(lo - pad), new Date(hi + pad)]).range([MARGIN.left, width - MARGIN.right]);
  const top = Math.max(issue.range?.[1] ?? 0, ...items.map((p) => p.high), 1);
  const y = scaleLinear().domain([0, top]).nice().range([HEIGHT - MARGIN.bottom, MARGIN.top]);

  // Marks of the same day sit side by side (in actor order), not on top of each other.
  const slots = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const p of items) counts.set(p.x, (counts.get(p.x) ?? 0) + 1);
  const marks: ProposalMark[] = items.map((p) => {
    const slot = slots.get(p.x) ?? 0;
    slots.set(p.x, slot + 1);
    const offset = (slot - ((counts.get(p.x) ?? 1) - 1) / 2) * SPREAD;
    return { proposal: p, name: name(p.actor), cx: x(utc(p.x)) + offset, y1: y(p.low), y2: y(p.high) };
  });
  const describe = (m: ProposalMark) =>
    `${m.name}: ${valueText(m.proposal.value)} · ${formatDate(m.proposal.date)} · ${sessionName(m.proposal.session)}${m.proposal.joint ? ' (joint statement)' : ''}`;
  const activeMark = active === null ? undefined : marks[active];

  return (
    <div ref={ref}>
      <ChartFrame
        testId="proposals"
        title="Number of thematic groups proposed over time"
        caption={`n = ${plural(items.length, 'statement')} with a figure, by ${plural(delegations, 'delegation')}. One mark per delegation statement; a range is a segment.`}
        source="Common Ground stance data, OEWG 2021-2025 record"
        fileName={`proposals-${issue.id}`}
        table={() => [
          ['delegation', 'figure', 'date', 'session', 'statement'],
          ...items.map((p) => [name(p.actor), valueText(p.value), p.date ?? '', sessionName(p.session), p.statement]),
        ]}
      >
        {items.length === 0 ? (
          <p className="empty">No delegation has named a number of groups in these sessions.</p>
        ) : (
          <>
            <p className="chart-readout" aria-live="polite">
              {activeMark ? describe(activeMark) : 'Point at a mark to see who proposed it.'}
            </p>
            <DotPlotSvg width={width} marks={marks} x={x} y={y} active={active} onActive={setActive} describe={describe} />
          </>
        )}
      </ChartFrame>
    </div>
  );
}

function DotPlotSvg({
  width, marks, x, y, active, onActive, describe,
}: {
  width: number;
  marks: ProposalMark[];
  x: ReturnType<typeof scaleUtc<number>>;
  y: ReturnType<typeof scaleLinear<number>>;
  active: number | null;
  onActive: (i: number | null) => void;
  describe: (m: ProposalMark) => string;
}) {
  const yTicks = y.ticks(Math.min(8, y.domain()[1]!)).filter((t) => Number.isInteger(t));
  const [d0, d1] = x.domain() as [Date, Date];
  const short = d1.getTime() - d0.getTime() < 150 * DAY; // a few months: label days
  const label = (t: Date) => (short ? `${t.getUTCDate()} ${MONTHS[t.getUTCMonth()]}` : `${MONTHS[t.getUTCMonth()]} ${t.getUTCFullYear()}`);
  const xTicks = x.ticks(Math.max(2, Math.floor(width / 110))).filter((t, i, all) => i === 0 || label(t) !== label(all[i - 1]!));
  return (
    <svg width={width} height={HEIGHT} role="img" aria-label="Dot plot of the number of thematic groups proposed, by date" onMouseLeave={() => onActive(null)}>
      <g className="axis">
        {yTicks.map((t) => (
          <g key={t}>
            <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(t)} y2={y(t)} stroke="#e3e3e3" />
            <text x={MARGIN.left - 6} y={y(t)} dy="0.32em" textAnchor="end" fontSize={12} fill="#333">
              {t}
            </text>
          </g>
        ))}
        {xTicks.map((t) => (
          <text key={t.getTime()} x={x(t)} y={HEIGHT - MARGIN.bottom + 18} textAnchor="middle" fontSize={12} fill="#333">
            {label(t)}
          </text>
        ))}
        <line x1={MARGIN.left} x2={width - MARGIN.right} y1={HEIGHT - MARGIN.bottom} y2={HEIGHT - MARGIN.bottom} stroke="#555" />
      </g>
      {marks.map((m, i) => (
        <g key={`${m.proposal.actor} ${m.proposal.statement} ${i}`} className="mark" onMouseEnter={() => onActive(i)} data-actor={m.proposal.actor}>
          <title>{describe(m)}</title>
          {m.y1 !== m.y2 && <line x1={m.cx} x2={m.cx} y1={m.y1} y2={m.y2} stroke={DOT} strokeWidth={active === i ? 5 : 3} />}
          <circle cx={m.cx} cy={m.y1} r={active === i ? 7 : 5} fill={DOT} stroke="#fff" />
          {m.y1 !== m.y2 && <circle cx={m.cx} cy={m.y2} r={active === i ? 7 : 5} fill={DOT} stroke="#fff" />}
        </g>
      ))}
    </svg>
  );
}
