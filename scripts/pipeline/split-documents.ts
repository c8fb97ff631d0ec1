// Cutting steps 2-5 into shares of about equal text, for worker threads. Pure.
// Each share is a run of consecutive documents, so concatenating the shares' results in
// order gives exactly the result of the whole.
import type { ReadDocument } from './types';

export function splitDocuments(documents: ReadDocument[], shares: number): ReadDocument[][] {
  const total = documents.reduce((a, d) => a + d.text.length, 0);
  const out: ReadDocument[][] = [];
  let before = 0; // text of the documents already placed
  for (const doc of documents) {
    // Which share of the text a document starts in decides its share.
    const share = total > 0 ? Math.min(shares - 1, Math.floor((before * shares) / total)) : 0;
    if (out.length === 0 || share >= out.length) out.push([]);
    out[out.length - 1]!.push(doc);
    before += doc.text.length;
  }
  return out;
}
