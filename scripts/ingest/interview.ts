// Interviews published as questions and answers ("Q: ...", "A: ..."): the answers are the
// interviewee's, whom the header names ("An interview with the Ambassador of Indonesia"); the
// questions are the interviewer's, who speaks for no delegation, so they are no one's turns.
import type { Span } from '../../src/shared/dataset-schema';
import type { Turn } from '../pipeline/types';
import type { ActorRegistry } from './actor-registry';
import { findNames } from './name-finder';
import type { ReaderWarning } from './reader';

// "Q:", "A.", "Question:", "**A:**" (Markdown bold) at a paragraph's start.
const QA_LABEL = /^[ \t]*(?:\*\*|__)?(Q|A|Question|Answer)(?:\*\*|__)?[ \t]*[:.](?:\*\*|__)?[ \t]+(?=\S)/;
/** Fewer answers than this, and the text is no interview ("A. Introduction" is a heading). */
const MIN_ANSWERS = 2;

export interface InterviewReading {
  turns: Turn[];
  /** The header: what precedes the first question or answer. */
  head: Span | null;
  warnings: ReaderWarning[];
}

/** Each paragraph's question or answer label, if the paragraphs are an interview's; else null. */
export function interviewLabels(text: string, paragraphs: Span[]): (RegExpExecArray | null)[] | null {
  const labels = paragraphs.map((p) => QA_LABEL.exec(text.slice(p[0], Math.min(p[1], p[0] + 40))));
  const answers = labels.filter((m) => m && m[1]!.startsWith('A')).length;
  const questions = labels.filter((m) => m && m[1]!.startsWith('Q')).length;
  return answers >= MIN_ANSWERS && questions > 0 ? labels : null;
}

/** `paragraphs` read as an interview, or null if they are not one. */
export function readInterview(text: string, paragraphs: Span[], registry: ActorRegistry, line: (offset: number) => number): InterviewReading | null {
  const labels = interviewLabels(text, paragraphs);
  if (!labels) return null;

  const first = labels.findIndex((m) => m !== null);
  const head: Span | null = first > 0 ? [paragraphs[0]![0], paragraphs[first - 1]![1]] : null;
  const warnings: ReaderWarning[] = [];
  const named = head ? [...new Set(findNames(text, registry, head[0], head[1]).map((m) => m.code).filter((c) => registry.carriesStances(c)))] : [];
  const interviewee = named.length === 1 ? registry.byCode(named[0]!) ?? null : null;
  if (!interviewee) {
    const why = named.length === 0 ? 'names no delegation' : `names several delegations (${named.join(', ')})`;
    warnings.push({ line: line(paragraphs[first]![0]), message: `interview whose header ${why}; the answers' speaker is unknown` });
  }

  const speaker = interviewee ? { speaker: interviewee.name, speakerSource: 'header' as const } : { speaker: '', speakerSource: 'unknown' as const };
  const turns: Turn[] = [];
  let answering: Turn | null = null;
  for (let i = first; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const m = labels[i];
    if (m) {
      answering = null;
      if (!m[1]!.startsWith('A')) continue;
      const span: Span = [p[0] + m[0].length, p[1]];
      answering = { ...speaker, names: [], span, line: line(span[0]) };
      turns.push(answering);
    } else if (answering) {
      answering.span = [answering.span[0], p[1]];
    }
  }
  return { turns, head, warnings };
}
