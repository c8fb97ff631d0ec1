import { memo } from 'react';
import type { Issue } from '../../shared/dataset-schema';
import { positionColour, textOn } from '../../charts/palette';

/** Which colour means which position, issue by issue. */
export const OverviewLegend = memo(function OverviewLegend({ issues }: { issues: Issue[] }) {
  return (
    <details className="legend" open>
      <summary>Legend</summary>
      <dl>
        {issues.map((i) => (
          <div key={i.id} className="legend-row">
            <dt>{i.label}</dt>
            <dd>
              {i.positions.map((p) => {
                const bg = positionColour(i, p.id, p.id === 'value' ? 3 : null);
                return (
                  <span key={p.id} className="chip" style={{ background: bg, color: textOn(bg) }}>
                    {p.label}
                    {p.id === 'value' ? ' (darker = more)' : ''}
                  </span>
                );
              })}
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
});
