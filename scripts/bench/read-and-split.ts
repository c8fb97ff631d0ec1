// The floor a build is measured against: reading a folder's documents (from disk, as text)
// and splitting their whole text into sentences, nothing else.
import { performance } from 'node:perf_hooks';
import { loadSources } from '../ingest/load-metadata';
import { readDocuments } from '../pipeline/01-read-documents';
import { segmentSentences } from '../pipeline/04-segment-sentences';
import { readPipelineInput } from '../tagging/pipeline-input';
import type { PipelineInput } from '../pipeline/run-pipeline';

/** Milliseconds to read `input`'s documents and split them into sentences (with the disk
 *  read when given a folder). */
export async function readAndSplitMs(input: string | PipelineInput): Promise<number> {
  const t0 = performance.now();
  const pipelineInput = typeof input === 'string' ? await readPipelineInput(input) : input;
  const sources = pipelineInput.sources ? loadSources(pipelineInput.sources.text, pipelineInput.sources.file).sources : [];
  const { documents } = await readDocuments(pipelineInput.files, sources);
  let sentences = 0;
  for (const d of documents) sentences += segmentSentences(d.text, [0, d.text.length]).length;
  if (sentences === 0) throw new Error('no sentences to split: is the input folder empty?');
  return performance.now() - t0;
}
