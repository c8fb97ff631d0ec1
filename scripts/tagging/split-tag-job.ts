// Cutting step 5 into pieces of about equal text, for worker threads. Pure.
// Cuts fall between runs of one document's statements, and the pieces keep the statements'
// order, so concatenating the pieces' stances gives exactly the stances of the whole.
import type { DatasetDocument } from '../../src/shared/dataset-schema';
import type { TagJob } from '../pipeline/05-tag-stances';

export function splitTagJob(job: TagJob, pieces: number): TagJob[] {
  const total = job.statements.reduce((a, st) => a + (st.span[1] - st.span[0]), 0);
  const docs = new Map(job.documents.map((d) => [d.id, d]));
  const out: { job: TagJob; docs: Set<DatasetDocument> }[] = [];
  let before = 0; // text of the statements already placed
  let lastDoc: string | null = null;
  for (const st of job.statements) {
    // Which share of the text this run starts in decides its piece.
    const share = total > 0 ? Math.min(pieces - 1, Math.floor((before * pieces) / total)) : 0;
    if (out.length === 0 || (st.document !== lastDoc && share >= out.length)) {
      out.push({ job: { documents: [], statements: [], codebook: job.codebook, actors: job.actors }, docs: new Set() });
    }
    const piece = out[out.length - 1]!;
    const doc = docs.get(st.document);
    if (doc && !piece.docs.has(doc)) {
      piece.docs.add(doc);
      piece.job.documents.push(doc);
    }
    piece.job.statements.push(st);
    before += st.span[1] - st.span[0];
    lastDoc = st.document;
  }
  return out.map((p) => p.job);
}
