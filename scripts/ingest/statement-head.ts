// Where a statement's header ends and its speech begins: at the salutation ("Mr. Chair,",
// "Madam President,", "Excellencies,") or, without one, at the first paragraph of prose.
import type { Span } from '../../src/shared/dataset-schema';

const SALUTATION = /^(?:(?:Mr\.?|Mister|Madam|Madame|Mme\.?)\s+(?:Chair|President|Chairman|Chairperson|Co-Chairs?|Facilitator|Moderator)|(?:Distinguished|Dear|Honou?rable|Your)\s+(?:Chair|President|Co-Chairs?|Excellenc|colleagues|delegates)|Excellenc(?:y|ies)|Chair(?:person|man)?\s*,|Co-Chairs?\s*,|Thank\s+you(?:\s+(?:very\s+much|so\s+much))?,?\s+(?:(?:Mr\.?|Madam|Madame)\s+)?(?:Chair|President|Chairman|Chairperson|Co-Chairs?))/i;
const MAX_HEAD_PARAGRAPHS = 14;

/** Index of the first paragraph of the speech. */
export function bodyStartIndex(text: string, paragraphs: Span[]): number {
  const limit = Math.min(paragraphs.length, MAX_HEAD_PARAGRAPHS);
  for (let i = 0; i < limit; i++) if (SALUTATION.test(text.slice(paragraphs[i]![0], paragraphs[i]![1]))) return i;
  for (let i = 0; i < limit; i++) {
    const p = text.slice(paragraphs[i]![0], paragraphs[i]![1]);
    if (p.length > 220 && /[.!?]["”’)]?\s*$/.test(p)) return i;
  }
  return 0;
}
