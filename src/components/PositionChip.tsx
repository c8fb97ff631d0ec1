// A position as a coloured chip with its label in text, so colour is never the only cue.
import type { Issue, StanceValue } from '../shared/dataset-schema';
import { positionColour, textOn } from '../charts/palette';
import { positionLabel } from './position-label';
import './position-chip.css';

export function PositionChip({ issue, position, value }: { issue: Issue; position: string; value: StanceValue | null }) {
  const background = positionColour(issue, position, value);
  return (
    <span className="position-chip" style={{ background, color: textOn(background) }} data-position={position}>
      {positionLabel(issue, position, value)}
    </span>
  );
}
