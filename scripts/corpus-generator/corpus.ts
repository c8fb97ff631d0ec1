// The generator's pure core: scale, seed and the session calendar in; files, their
// sources.yaml entries and the ground truth out. Nothing here touches the disk.
import { createHash } from 'node:crypto';
import { sessionName, type CalendarSession } from './calendar';
import type { EmittedStance } from './compose/stance-record';
import { PositionBook, type HeldPosition } from './drift';
import { topicModel } from './issues';
import { planCorpus, type DocumentKind, type DocumentPlan } from './plan';
import { Rng, seedOf } from './prng';
import { writeJointStatement } from './writers/joint-statement';
import { writeNarrativeReport } from './writers/narrative-report';
import { writeSessionReport } from './writers/session-report';
import { writeStatement } from './writers/statement';
import { writeTranscript } from './writers/transcript';
import type { WrittenDocument } from './writers/written';

export interface CorpusOptions {
  /** Size as a multiple of data/raw/ (about 0.3 MB per unit); > 0. */
  scale: number;
  seed: number | string;
  sessions: readonly CalendarSession[];
}

export interface GeneratedFile {
  name: string;
  text: string;
}

/** One sources.yaml entry. */
export interface SourceRecord {
  file: string;
  title: string;
  kind: DocumentKind;
  date: string;
  session: string;
  meeting?: string;
  agenda?: string;
}

/** Ground truth: the position a delegation holds on an issue at a session, and how many
 *  sentences of the corpus state it on the delegation's behalf (0: held but not said). */
export interface TruthRow extends HeldPosition {
  expressed: number;
}

/** Ground truth per sentence, in the shape of the evaluation gold (one row per actor). */
export interface StanceRow {
  doc: string;
  session: number;
  actor: string;
  issue: string;
  position: string;
  value?: number | [number, number];
  quote: string;
}

export interface GeneratedCorpus {
  files: GeneratedFile[];
  sources: SourceRecord[];
  stances: StanceRow[];
  truth: TruthRow[];
}

const WRITERS: Record<DocumentKind, (rng: Rng, plan: DocumentPlan, book: PositionBook) => WrittenDocument> = {
  statement: writeStatement,
  'joint-statement': writeJointStatement,
  'session-report': writeSessionReport,
  transcript: writeTranscript,
  report: writeNarrativeReport,
};
const KIND_ORDER: DocumentKind[] = ['statement', 'joint-statement', 'transcript', 'session-report', 'report'];

/** The positions every delegation holds per session: depends on the seed only, not the scale. */
export function groundTruth(seed: number | string, sessions: readonly CalendarSession[]): HeldPosition[] {
  return new PositionBook(seedOf(seed), sessions.map((s) => s.number)).all();
}

export function generateCorpus(options: CorpusOptions): GeneratedCorpus {
  if (!(options.scale > 0) || !Number.isFinite(options.scale)) throw new Error(`scale must be a positive number, got ${options.scale}`);
  if (options.sessions.length === 0) throw new Error('the session calendar is empty');
  const seed = seedOf(options.seed);
  const book = new PositionBook(seed, options.sessions.map((s) => s.number));
  const plans = planCorpus(options.scale, seed, options.sessions);
  const written = plans.map((plan) => ({ plan, doc: WRITERS[plan.kind](new Rng(plan.seed), plan, book) }));
  written.sort((a, b) => a.plan.date.localeCompare(b.plan.date) || a.plan.meeting - b.plan.meeting || KIND_ORDER.indexOf(a.plan.kind) - KIND_ORDER.indexOf(b.plan.kind) || a.plan.index - b.plan.index);

  const files: GeneratedFile[] = [];
  const sources: SourceRecord[] = [];
  const stances: StanceRow[] = [];
  const expressed = new Map<string, number>();
  written.forEach(({ plan, doc }, i) => {
    const name = `${String(i).padStart(5, '0')}_${createHash('sha256').update(doc.text).digest('hex').slice(0, 16)}.txt`;
    files.push({ name, text: doc.text });
    const meetingKinds: DocumentKind[] = ['transcript', 'session-report'];
    sources.push({
      file: name,
      title: doc.title,
      kind: plan.kind,
      date: plan.date,
      session: sessionName(plan.session),
      ...(meetingKinds.includes(plan.kind) ? { meeting: String(plan.meeting) } : {}),
      agenda: topicModel(plan.topic).label,
    });
    for (const s of doc.stances) {
      for (const actor of s.actors) {
        stances.push({ doc: name, session: plan.session.number, actor, issue: s.issue, position: s.position, ...(s.value !== undefined ? { value: s.value } : {}), quote: s.quote });
        const k = `${plan.session.number}|${actor}|${s.issue}`;
        expressed.set(k, (expressed.get(k) ?? 0) + 1);
      }
    }
  });
  const truth = book.all().map((h) => ({ ...h, expressed: expressed.get(`${h.session}|${h.actor}|${h.issue}`) ?? 0 }));
  return { files, sources, stances, truth };
}

export type { EmittedStance };
