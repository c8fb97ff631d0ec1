// The frame every chart sits in: title, caption with n, source line, exports (SVG, PNG,
// CSV) and a table alternative for keyboard and screen-reader users.
import { useRef, useState, type ReactNode } from 'react';
import { downloadBlob, downloadText } from '../components/download';
import { toCsv } from '../components/csv';
import { standaloneSvg, svgToPng, type ChartCaption } from './export-chart';

export interface ChartFrameProps extends ChartCaption {
  fileName: string; // without extension
  table: () => (string | number | null | undefined)[][]; // header row first
  children: ReactNode;
  testId?: string;
}

export function ChartFrame({ title, caption, source, fileName, table, children, testId }: ChartFrameProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [asTable, setAsTable] = useState(false);
  const svg = () => ref.current?.querySelector('svg') ?? null;
  const exportSvg = () => {
    const el = svg();
    if (el) downloadText(`${fileName}.svg`, standaloneSvg(el, { title, caption, source }), 'image/svg+xml');
  };
  const exportPng = async () => {
    const el = svg();
    if (el) downloadBlob(`${fileName}.png`, await svgToPng(standaloneSvg(el, { title, caption, source })));
  };
  const rows = asTable ? table() : [];
  return (
    <figure className="chart-frame" data-testid={testId}>
      <figcaption>
        <strong>{title}</strong>
        <span className="muted small"> {caption}</span>
      </figcaption>
      <div ref={ref} className="chart-body" hidden={asTable}>
        {children}
      </div>
      {asTable && (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                {rows[0]?.map((h, i) => (
                  <th key={i} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.slice(1).map((r, i) => (
                <tr key={i}>
                  {r.map((c, j) => (
                    <td key={j}>{c ?? ''}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="muted small">Source: {source}</p>
      <div className="toolbar">
        <button type="button" onClick={() => setAsTable((v) => !v)} aria-pressed={asTable}>
          {asTable ? 'Show chart' : 'Show as table'}
        </button>
        <button type="button" onClick={exportSvg} disabled={asTable}>
          SVG
        </button>
        <button type="button" onClick={exportPng} disabled={asTable}>
          PNG
        </button>
        <button type="button" onClick={() => downloadText(`${fileName}.csv`, toCsv(table()), 'text/csv')}>
          CSV
        </button>
      </div>
    </figure>
  );
}
