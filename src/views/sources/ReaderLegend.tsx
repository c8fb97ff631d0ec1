// The positions tagged in the document, in their highlight colours, with how many stances
// carry each: the key to the coloured sentences.
import type { Stance } from '../../shared/dataset-schema';
import type { DatasetIndex } from '../../shared/dataset-index';
import { positionColour, textOn } from '../../charts/palette';
import { taggedPositions } from './reader-model';

export function ReaderLegend({ index, stances }: { index: DatasetIndex; stances: readonly Stance[] }) {
  if (stances.length === 0) {
    return <p className="muted">No sentence of this document is tagged with a stance yet.</p>;
  }
  const rows = taggedPositions(stances);
  return (
    <div className="reader-legend" data-testid="reader-legend">
      <p className="small">Highlighted sentences carry a stance: hover over one, or reach it with the Tab key, to see the issue and position.</p>
      <ul>
        {rows.map((r) => {
          const issue = index.issue.get(r.issue);
          const label = issue?.positions.find((p) => p.id === r.position)?.label ?? r.position;
          const colour = issue ? positionColour(issue, r.position) : '#9a9a9a';
          return (
            <li key={`${r.issue}/${r.position}`}>
              <span className="swatch" style={{ backgroundColor: colour, color: textOn(colour) }}>
                {label}
              </span>{' '}
              {issue?.label ?? r.issue} ({r.stances})
            </li>
          );
        })}
      </ul>
    </div>
  );
}
