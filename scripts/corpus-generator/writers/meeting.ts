// What the two meeting shapes (unofficial transcript, DiploAI report) share: the order of
// speakers, how the Chair and the record name a delegation, and the Chair's own lines,
// which give the floor and sum up the room but never take a position.
import { issuesOnTable, type Topic } from '../issues';
import type { Rng } from '../prng';
import { delegation, EU_CODE, groupSpeaker, type Delegation } from '../roster';
import { PHRASEBOOK } from '../templates/phrasebook';
import { inSentence } from '../name-variants';

export interface MeetingTurn {
  /** Whose positions the turn states (state, EU or group). */
  author: Delegation;
  /** Who reads it out: the author, or the state speaking for a group. */
  reader: Delegation;
}

/** Group statements come first, as the Chair's list puts them. */
export function orderTurns(speakers: readonly string[], session: number): MeetingTurn[] {
  const turns = speakers.map((code) => {
    const author = delegation(code);
    const reader = author.kind === 'group' ? delegation(groupSpeaker(code, session)) : author;
    return { author, reader };
  });
  const groups = turns.filter((t) => t.author.kind !== 'state');
  // A state that reads a group statement does not also speak for itself at the same meeting.
  const readers = new Set(groups.map((g) => g.reader.code));
  return [...groups, ...turns.filter((t) => t.author.kind === 'state' && !readers.has(t.author.code))];
}

// Slips of the record (the reporter's speech-to-text, a tired Chair): accepted by a
// reader only as near matches with a warning.
const SLIPS: Record<string, string> = { COL: 'Columbia', CZE: 'Chiquilla', PHL: 'Philipines', KAZ: 'Kazakstan', AZE: 'Azerbaidjan', SLV: 'Salvador' };

/** How the Chair calls a delegation: mostly its spoken name, sometimes another variant, rarely a slip. */
export function callName(rng: Rng, d: Delegation, slips = true): string {
  if (slips && SLIPS[d.code] && rng.chance(0.04)) return SLIPS[d.code] as string;
  if (d.code === EU_CODE) return rng.pick(['European Union', 'the European Union', 'EU']);
  const name = rng.chance(0.75) ? (d.names[0] as string) : rng.pick(d.names);
  return name === 'United Kingdom' && rng.chance(0.3) ? 'the UK' : name;
}

/** How a transcript's name line or a report's label names a delegation (fixed per document).
 *  Web transcripts sometimes keep the article ("The Netherlands"); DiploAI labels never do. */
export function labelName(rng: Rng, d: Delegation, article = true): string {
  if (d.code === EU_CODE) return 'European Union';
  const name = rng.chance(0.7) ? (d.names[0] as string) : rng.pick(d.names);
  return article && /^the /.test(inSentence(name)) && rng.chance(0.3) ? `The ${name}` : name;
}

export const CHAIR_REMARKS = [
  'Delegates, we have about {n} delegations inscribed to speak and I’d like to hear everyone, so I’d like to urge all delegations to stick within the time limit of five minutes.',
  'May I once again appeal to all of you to be very succinct and brief.',
  'I encourage you to react to the ideas and proposals that have been made so far, so that we can have a real conversation.',
  'We have a long list of speakers, so I will now introduce the timer.',
  'Let me remind delegations that longer statements can be posted on the website of the Working Group.',
];

/** The Chair summing up the room: names issues and options, commits to nothing. */
export function chairSummary(rng: Rng, topic: Topic, session: number): string[] {
  const issues = issuesOnTable(topic, session).map((i) => PHRASEBOOK[i.id]);
  const out: string[] = [];
  for (const issue of rng.sample(issues, Math.min(issues.length, rng.between(1, 3)))) {
    const options = Object.values(issue.positions).flatMap((p) => p.favour ?? []);
    const a = options.length ? rng.pick(options) : rng.pick(issue.mention);
    const b = rng.pick(issue.mention);
    out.push(
      rng.pick([
        `I heard support for ${a} from a number of delegations, while others expressed reservations.`,
        `Some of you spoke about ${a}; others raised questions about ${b}.`,
        `There is a diversity of views on ${b}, and we will need to continue our discussions.`,
        `I sense that there is a lot of common ground on ${b}, even if the details still need to be worked out.`,
        `On ${b}, the discussion was rich, and I will reflect on how to capture it in the report.`,
      ]),
    );
  }
  return out;
}
