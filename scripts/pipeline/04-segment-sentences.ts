// Step 4: a statement's text -> sentence spans (offsets into the document text).
// Paragraphs first, then sentences inside them (scripts/ingest/sentence-spans.ts). A regular
// expression scan rather than an NLP library's segmenter (wink-nlp was measured): it handles the
// abbreviations of diplomatic prose ("H.E.", "para.", "No.") and runs about ten times faster,
// which the ingest budget needs.
import type { Span } from '../../src/shared/dataset-schema';
import { sentenceSpans } from '../ingest/sentence-spans';

export function segmentSentences(text: string, span: Span): Span[] {
  return sentenceSpans(text, span);
}
