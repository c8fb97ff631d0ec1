// What a writer reports back about the stances it put into words: the ground truth at the
// level of sentences, in the shape of the evaluation gold (tests/gold/*.jsonl).
import type { IssueId } from '../issues';

export interface EmittedStance {
  /** Every delegation the sentence commits (joint signatories, a reported list, a group). */
  actors: string[];
  issue: IssueId;
  position: string;
  value?: number | [number, number];
  quote: string;
}
