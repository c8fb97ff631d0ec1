// Where a stance taken up from another delegation came from ("We agree with Ghana on the
// fund"): the build gives such a stance the speaker's sentence first and the other
// delegation's after it (scripts/tagging/echoes.ts). The other's stance is the one whose own
// sentence is that second piece of evidence.
import type { Span, Stance } from '../shared/dataset-schema';
import type { DatasetIndex } from '../shared/dataset-index';

const within = (inner: Span, outer: Span) => inner[0] >= outer[0] && inner[1] <= outer[1];
const sameSpan = (a: Span, b: Span) => a[0] === b[0] && a[1] === b[1];

/** The stance `stance` took up from another statement, or null when it is the speaker's own.
 *  (Evidence beyond the first sentence inside the speaker's own statement is the speaker's
 *  too: several sentences of one turn, or the sentence a reference points back to.) */
export function takenUpFrom(stance: Stance, index: DatasetIndex): Stance | null {
  const own = index.statement.get(stance.statement);
  const second = stance.evidence[1];
  if (!own || !second || within(second.span, own.span)) return null;
  // Rare (one sentence in thousands takes up another's view), so a scan rather than a table.
  for (const other of index.dataset.stances) {
    if (other.document === stance.document && other.issue === stance.issue && other.statement !== stance.statement && sameSpan(other.evidence[0]!.span, second.span)) return other;
  }
  return null;
}
