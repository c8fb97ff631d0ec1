// The corpus plan: which documents, of which shape, at which session and meeting, with
// which speakers. Per unit of scale the plan holds what the seed corpus in data/raw/ holds
// in bytes, in the proportions of the real record: one DiploAI session report, one
// unofficial transcript, six national or group statements, one joint statement and two
// narrative reports (about 0.3 MB together).
//
// Speakers are dealt from a deck holding every delegation once per point of activity
// (1..3), reshuffled when empty, so every member state takes the floor once the corpus
// has a few hundred turns (from about N = 4).
import { meetingDate, meetingsOf, type CalendarSession } from './calendar';
import type { Topic } from './issues';
import { Rng } from './prng';
import { ARAB_GROUP, EU_CODE, NAM_GROUP, ROSTER, STATES, type Bloc } from './roster';

export type DocumentKind = 'statement' | 'joint-statement' | 'session-report' | 'transcript' | 'report';

export interface DocumentPlan {
  /** Position in the plan; files are numbered by date afterwards. */
  index: number;
  kind: DocumentKind;
  session: CalendarSession;
  meeting: number; // 1-based
  date: string; // YYYY-MM-DD, within the session's dates
  topic: Topic;
  /** Speakers in order (meetings), the author (statements), signatories (joint), the delegations a report covers. */
  speakers: string[];
  /** Seed of the document's own random stream. */
  seed: number;
}

/** Documents per unit of scale. */
export const PER_UNIT: Readonly<Record<DocumentKind, number>> = { 'session-report': 1, transcript: 1, statement: 6, 'joint-statement': 1, report: 2 };

/** Meeting-by-meeting programme of a five-day substantive session (ten meetings). */
const PROGRAMME: readonly Topic[] = ['general', 'threats', 'norms', 'norms', 'international-law', 'cbms', 'capacity-building', 'capacity-building', 'rid', 'rid'];
const ORGANISATIONAL: readonly Topic[] = ['organisational', 'organisational', 'general', 'general'];
/** Sessions that close by adopting a progress or final report. */
const REPORT_SESSIONS = new Set([3, 5, 8, 11]);

export function topicOf(session: CalendarSession, meeting: number): Topic {
  if (session.number === 0) return ORGANISATIONAL[(meeting - 1) % ORGANISATIONAL.length] as Topic;
  const last = meetingsOf(session);
  if (meeting === last && REPORT_SESSIONS.has(session.number)) return 'report';
  // Later sessions give more of their time to the future mechanism.
  if (session.number >= 7 && meeting >= last - 3) return 'rid';
  return PROGRAMME[Math.min(PROGRAMME.length - 1, Math.floor(((meeting - 1) / last) * PROGRAMME.length))] as Topic;
}

class Deck {
  private cards: string[] = [];
  constructor(private readonly rng: Rng) {}

  private refill(): void {
    const cards: string[] = [];
    for (const d of ROSTER) for (let i = 0; i < d.activity; i++) cards.push(d.code);
    this.cards = this.rng.shuffle(cards);
  }

  /** `n` distinct delegations, in order of the deck. */
  deal(n: number): string[] {
    const out: string[] = [];
    const skipped: string[] = [];
    let guard = 0;
    while (out.length < n && guard++ < 10_000) {
      if (this.cards.length === 0) this.refill();
      const c = this.cards.pop() as string;
      if (out.includes(c)) skipped.push(c);
      else out.push(c);
    }
    this.cards.push(...skipped);
    return out;
  }
}

/** Sessions for `count` documents: spread evenly (stratified), in random order. */
function spreadSessions(rng: Rng, sessions: readonly CalendarSession[], count: number, weight: (s: CalendarSession) => number): CalendarSession[] {
  const total = sessions.reduce((a, s) => a + weight(s), 0);
  const out: CalendarSession[] = [];
  const offset = rng.next();
  for (let i = 0; i < count; i++) {
    let u = ((i + offset) / count) * total;
    let chosen = sessions[sessions.length - 1] as CalendarSession;
    for (const s of sessions) {
      u -= weight(s);
      if (u < 0) {
        chosen = s;
        break;
      }
    }
    out.push(chosen);
  }
  return rng.shuffle(out);
}

const SIGNATORY_BLOCS: readonly { bloc: Bloc; weight: number }[] = [
  { bloc: 'sov', weight: 5 },
  { bloc: 'west', weight: 3 },
  { bloc: 'middle', weight: 2 },
  { bloc: 'arab', weight: 1 },
];

export function planCorpus(scale: number, seed: number, sessions: readonly CalendarSession[]): DocumentPlan[] {
  const rng = new Rng(seed).fork('plan');
  const deck = new Deck(rng.fork('deck'));
  const plans: DocumentPlan[] = [];
  const kinds = Object.keys(PER_UNIT) as DocumentKind[];
  const counts = kinds.map((k) => ({ kind: k, count: Math.max(1, Math.round(PER_UNIT[k] * scale)) }));
  const assignments = counts.map(({ kind, count }) => ({
    kind,
    sessions: spreadSessions(rng, sessions, count, (s) => (s.number === 0 ? (kind === 'statement' || kind === 'report' ? 0.5 : 0) : 1)),
  }));
  // Interleave the kinds so that the deck deals each kind a fair share of delegations.
  const longest = Math.max(...assignments.map((a) => a.sessions.length));
  for (let i = 0; i < longest; i++) {
    for (const { kind, sessions: list } of assignments) {
      const session = list[i];
      if (!session) continue;
      const meeting = 1 + rng.int(meetingsOf(session));
      const topic = kind === 'joint-statement' ? rng.pick<Topic>(session.number >= 7 ? ['report', 'rid', 'rid'] : ['report', 'general']) : topicOf(session, meeting);
      plans.push({
        index: plans.length,
        kind,
        session,
        meeting,
        date: meetingDate(session, meeting),
        topic,
        speakers: speakersFor(rng, deck, kind),
        seed: rng.fork(`doc-${plans.length}`).seed,
      });
    }
  }
  return plans;
}

function speakersFor(rng: Rng, deck: Deck, kind: DocumentKind): string[] {
  switch (kind) {
    case 'session-report':
      return deck.deal(rng.between(30, 40));
    case 'transcript':
      return deck.deal(rng.between(30, 40));
    case 'statement':
      // Group statements are published more often than their share of the floor.
      return rng.chance(0.14) ? [rng.weighted([EU_CODE, NAM_GROUP, ARAB_GROUP], (g) => (g === EU_CODE ? 3 : 1))] : deck.deal(1);
    case 'report':
      return deck.deal(rng.between(18, 30));
    case 'joint-statement': {
      const { bloc } = rng.weighted(SIGNATORY_BLOCS, (b) => b.weight);
      const members = STATES.filter((s) => s.bloc === bloc).map((s) => s.code);
      return rng.sample(members, Math.min(members.length, rng.between(4, 11)));
    }
  }
}
