// A sentence that carries one or more stances: coloured by the first stance's position, with
// the issue and position in a tooltip shown on hover and on keyboard focus.
import { useId } from 'react';
import type { Stance } from '../../shared/dataset-schema';
import type { DatasetIndex } from '../../shared/dataset-index';
import { positionColour, textOn } from '../../charts/palette';
import { actorName } from './speaker';

const UNKNOWN_COLOUR = '#9a9a9a';

/** "Mechanism format: PoA (France)", with the figure of a numeric position and a correction mark. */
export function stanceLabel(index: DatasetIndex, st: Stance): string {
  const issue = index.issue.get(st.issue);
  const position = issue?.positions.find((p) => p.id === st.position);
  const value = st.value === null ? '' : ` ${Array.isArray(st.value) ? st.value.join('–') : st.value}`;
  const who = st.actors.map((a) => actorName(index, a)).join(', ');
  return `${issue?.label ?? st.issue}: ${position?.label ?? st.position}${value} (${who})${st.source === 'override' ? ', corrected' : ''}`;
}

export function stanceColour(index: DatasetIndex, st: Stance): string {
  const issue = index.issue.get(st.issue);
  return issue ? positionColour(issue, st.position, st.value) : UNKNOWN_COLOUR;
}

export function TaggedSentence({ text, stances, index }: { text: string; stances: readonly Stance[]; index: DatasetIndex }) {
  const tipId = useId();
  const labels = [...new Set(stances.map((st) => stanceLabel(index, st)))];
  const colours = [...new Set(stances.map((st) => stanceColour(index, st)))];
  const colour = colours[0] ?? UNKNOWN_COLOUR;
  // A second position on the same words shows as a band under the first colour.
  const style = { backgroundColor: colour, color: textOn(colour), ...(colours[1] ? { boxShadow: `inset 0 -0.25em 0 ${colours[1]}` } : {}) };
  return (
    <span className="tagged">
      <mark
        tabIndex={0}
        title={labels.join('\n')}
        aria-describedby={tipId}
        style={style}
        data-testid="tagged-sentence"
        data-positions={stances.map((st) => `${st.issue}:${st.position}`).join(' ')}
      >
        {text}
      </mark>
      <span role="tooltip" id={tipId} className="tag-tip">
        {labels.map((l) => (
          <span key={l} className="tag-tip-line">
            {l}
          </span>
        ))}
      </span>
    </span>
  );
}
