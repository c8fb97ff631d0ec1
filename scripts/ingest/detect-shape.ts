// Which of the record's shapes a text is, from cues every such document carries, and the
// reader for it. The checks run in order, most specific first: a session report also
// contains "Speaker: text" turns, a transcript also gives the floor, a statement may
// mention a joint statement deep in its body.
import type { DocumentKind } from '../../src/shared/dataset-schema';
import type { ActorRegistry } from './actor-registry';
import { interviewLabels } from './interview';
import { nameLineApart, nameLineKind } from './name-lines';
import { paragraphSpans } from './paragraphs';
import { pipeTables, rowHolders } from './pipe-tables';
import { readGeneric, labelCount } from './read-generic';
import { JOINT_LETTER, JOINT_TEXT, readJointStatement } from './read-joint-statement';
import { readNarrative } from './read-narrative';
import { MACHINE_ANALYSIS, readSessionReport, transcriptBounds } from './read-session-report';
import { readStatement } from './read-statement';
import { readTranscript } from './read-transcript';
import type { Reader } from './reader';
import { creditOf } from './reported-speech';
import { sentenceSpans } from './sentence-spans';

export interface Detection {
  kind: DocumentKind;
  recognised: boolean;
  /** The cue that decided, for the build report. */
  cue: string;
}

const FLOOR = /\b(?:give|giving|gave)\s+(?:now\s+)?the\s+floor\b|\byou\s+have\s+the\s+floor\b|\bto\s+be\s+followed\s+by\b|,\s+please\.|\bthe\s+floor\s+is\s+yours\b/gi;
const STATEMENT_CUES = /^\s*(?:(?:national\s+)?statement|remarks|intervention|speech|address|explanation\s+of\s+(?:vote|position)|(?:non-|position\s+|working\s+)?paper|(?:national\s+|written\s+)?(?:submission|contribution)|comments|views)\b.*\b(?:by|of|from|delivered)\b|permanent\s+mission\s+of|check\s+against\s+delivery|^\s*(?:Mr\.?|Madam)\s+(?:Chair|President)\s*,?\s*$/im;
const JOINT = new RegExp(JOINT_TEXT, 'i');
const LETTER = new RegExp(JOINT_LETTER, 'im');
const WE_LIST = /^[\s*_]*We,\s+/m;
const TRANSCRIPT_TITLE = /\btranscript\b|\bverbatim\s+record\b/i;
const SAMPLE = 20000;
const SUMMARY_PARAGRAPH = /^\s*(?:The\s+)?(?:representative|delegate|observer|speaker)s?\s+(?:of|for)\s/;

export function detectShape(text: string, registry: ActorRegistry): Detection {
  const head = text.slice(0, 4000);
  if (transcriptBounds(text) && MACHINE_ANALYSIS.test(text)) return { kind: 'session-report', recognised: true, cue: '"Session Transcript" with analysis sections' };
  if (JOINT.test(head.slice(0, 800))) return { kind: 'joint-statement', recognised: true, cue: '"joint statement" (or comments, submission, ...) in the title' };
  if (LETTER.test(head.slice(0, 800))) return { kind: 'joint-statement', recognised: true, cue: 'a letter from the representatives of several states' };
  const sample = text.slice(0, SAMPLE);
  const paragraphs = paragraphSpans(sample).flatMap((p) => nameLineApart(sample, p, registry));
  const nameLines = paragraphs.filter((p) => !sample.slice(p[0], p[1]).includes('\n') && nameLineKind(sample.slice(p[0], p[1]), registry) !== null).length;
  if (interviewLabels(sample, paragraphs)) return { kind: 'transcript', recognised: true, cue: 'questions and answers ("Q:", "A:")' };
  const floor = [...sample.matchAll(FLOOR)].length;
  if (TRANSCRIPT_TITLE.test(head.slice(0, 600)) && (nameLines >= 2 || floor >= 2 || labelCount(sample) >= 2)) return { kind: 'transcript', recognised: true, cue: 'titled a transcript' };
  if (nameLines >= 3 && floor >= 2) return { kind: 'transcript', recognised: true, cue: 'name lines and floor-giving' };
  if (labelCount(sample) >= 3 && floor >= 2) return { kind: 'transcript', recognised: true, cue: '"Name:" labels and floor-giving' };
  const we = WE_LIST.exec(head);
  if (we && head.slice(we.index, we.index + 600).split(',').length > 3) return { kind: 'joint-statement', recognised: true, cue: '"We, A, B and C" opening' };
  const spans = paragraphs.slice(0, 60).flatMap((p) => sentenceSpans(sample, p));
  const sentences = spans.length;
  // A speech says "we" and "my delegation"; a report of one speaks of delegations.
  const firstPerson = [...sample.matchAll(/\b(?:I|we|We|my delegation|My delegation|our delegation|Our delegation)\b/g)].length;
  const speech = STATEMENT_CUES.test(head) && firstPerson >= Math.max(2, sentences * 0.1);
  if (speech) return { kind: 'statement', recognised: true, cue: 'statement header' };
  // Reported speech: many sentences credit delegations ("France highlighted that ..."); asked
  // only now, since a statement's sentences need not be (reading who each credits is slow).
  const credited = spans.filter((s) => creditOf(sample, s, registry)).length;
  if (credited >= 3 && credited >= sentences * 0.15) {
    // A meeting summary gives a paragraph to each representative: a session report, read as
    // reported speech paragraph by paragraph (read-session-report.ts).
    const representatives = paragraphs.filter((p) => SUMMARY_PARAGRAPH.test(sample.slice(p[0], p[1]))).length;
    if (representatives >= 3) return { kind: 'session-report', recognised: true, cue: `meeting summary (${representatives} paragraphs open "The representative of ...")` };
    return { kind: 'report', recognised: true, cue: `${credited} of ${sentences} sentences report a delegation` };
  }
  if (STATEMENT_CUES.test(head)) return { kind: 'statement', recognised: true, cue: 'statement header' };
  // An analyst's comparison: a table with a row per delegation, read row by row (read-narrative.ts).
  const rows = delegationRows(sample, registry);
  if (rows >= MIN_TABLE_ROWS) return { kind: 'report', recognised: true, cue: `a table with a row for each of ${rows} delegations` };
  return { kind: labelCount(sample) >= 2 ? 'transcript' : 'statement', recognised: false, cue: 'none' };
}

const MIN_TABLE_ROWS = 3;

/** How many rows of the text's pipe tables open with a delegation's name. */
function delegationRows(text: string, registry: ActorRegistry): number {
  return pipeTables(text)
    .flatMap((t) => t.rows)
    .filter((r) => rowHolders(text, r, registry).length > 0).length;
}

const READERS: Record<DocumentKind, Reader> = {
  statement: readStatement,
  'joint-statement': readJointStatement,
  'session-report': readSessionReport,
  transcript: readTranscript,
  report: readNarrative,
};

/** The reader for a kind; an unrecognised document without a `kind` in sources.yaml gets
 *  the generic "Name: text" reader. */
export function readerFor(kind: DocumentKind, detection: Detection, fromSources: boolean): Reader {
  if (!fromSources && !detection.recognised) return readGeneric;
  return READERS[kind];
}
