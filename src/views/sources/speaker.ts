// Who spoke a statement and in whose name, as the reader and the search results name them.
import type { StatementMeta } from '../../shared/client-dataset';
import type { DatasetIndex } from '../../shared/dataset-index';

/** The speaker as written, else the resolved delegation's name, else "Unknown speaker". */
export function speakerName(index: DatasetIndex, s: StatementMeta): string {
  if (s.speaker.trim()) return s.speaker;
  if (s.actor) return index.actor.get(s.actor)?.name ?? s.actor;
  if (s.authors.length) return s.authors.map((a) => actorName(index, a)).join(', ');
  return 'Unknown speaker';
}

export function actorName(index: DatasetIndex, code: string): string {
  return index.actor.get(code)?.name ?? code;
}

/** How the speaker was found, when it is not simply written as a label. */
export const SPEAKER_SOURCE_NOTE: Record<StatementMeta['speakerSource'], string | null> = {
  label: null,
  floor: 'named when the Chair gave the floor',
  self: 'identified in the statement itself',
  header: 'from the document header',
  signatories: 'from the list of signatories',
  narrative: 'from the report’s narrative',
  unknown: 'speaker not identified',
};

/** The statement's "in whose name" lines: label and actor codes, empty lists left out. */
export function inWhoseName(s: StatementMeta): { label: string; codes: string[] }[] {
  const authorsBesidesSpeaker = s.authors.length === 1 && s.authors[0] === s.actor ? [] : s.authors;
  return [
    { label: 'for', codes: authorsBesidesSpeaker },
    { label: 'on behalf of', codes: s.onBehalfOf },
    { label: 'aligns with', codes: s.alignedWith },
    { label: 'aligned with this statement', codes: s.aligned },
  ].filter((r) => r.codes.length > 0);
}
