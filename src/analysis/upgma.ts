// Average-linkage hierarchical clustering (UPGMA) on a distance matrix.
//
// Numeric policy: distances are non-negative doubles; the distance between two clusters is
// the mean distance between their members. Merge heights never decrease. Two candidate
// merges within TIE_EPSILON of each other are a tie, broken by the smallest label in each
// cluster (lower pair of labels first, in code-unit order), so results do not depend on
// input order. O(n^3) time, O(n^2) memory: 193 delegations take a few milliseconds.

/** Candidate distances closer than this are tied. */
export const TIE_EPSILON = 1e-12;

/** One merge; nodes 0..n-1 are the leaves, merge m creates node n + m. */
export interface Merge {
  readonly left: number; // the child holding the smaller label
  readonly right: number;
  readonly height: number; // average distance between the two clusters
  readonly size: number; // leaves under the new node
}

export interface Dendrogram {
  readonly merges: readonly Merge[]; // n - 1 merges, in order
  // Leaves in drawing order: depth first, left child (smaller label) first.
  readonly order: readonly number[];
}

export function upgma(labels: readonly string[], distances: Float64Array): Dendrogram {
  const n = labels.length;
  if (distances.length !== n * n) throw new Error(`upgma: ${distances.length} distances for ${n} labels`);
  const sorted = labels.map((_, i) => i).sort((a, b) => (labels[a]! < labels[b]! ? -1 : labels[a]! > labels[b]! ? 1 : a - b));
  const rank = new Int32Array(n); // smallest label rank in the cluster held in slot i
  sorted.forEach((leaf, r) => (rank[leaf] = r));
  const d = Float64Array.from(distances);
  const size = new Int32Array(n).fill(1);
  const node = Int32Array.from({ length: n }, (_, i) => i);
  const active = Array.from({ length: n }, (_, i) => i);
  const merges: Merge[] = [];

  while (active.length > 1) {
    let bestP = -1;
    let bestQ = -1;
    let best = Infinity;
    let bestLow = 0;
    let bestHigh = 0;
    // The scan runs once per merge over every active pair (the view's first open runs it
    // before the JIT has warmed up): loop invariants are hoisted, the bound kept with best.
    const count = active.length;
    let limit = best + TIE_EPSILON;
    for (let x = 0; x < count; x++) {
      const p = active[x]!;
      const row = p * n;
      const rankP = rank[p]!;
      for (let y = x + 1; y < count; y++) {
        const q = active[y]!;
        const v = d[row + q]!;
        if (v > limit) continue;
        const rankQ = rank[q]!;
        const low = rankP < rankQ ? rankP : rankQ;
        const high = rankP < rankQ ? rankQ : rankP;
        if (v < best - TIE_EPSILON || low < bestLow || (low === bestLow && high < bestHigh)) {
          if (v < best) {
            best = v;
            limit = best + TIE_EPSILON;
          }
          bestP = p;
          bestQ = q;
          bestLow = low;
          bestHigh = high;
        }
      }
    }
    const [keep, drop] = rank[bestP]! < rank[bestQ]! ? [bestP, bestQ] : [bestQ, bestP];
    const sk = size[keep]!;
    const sd = size[drop]!;
    merges.push({ left: node[keep]!, right: node[drop]!, height: d[keep * n + drop]!, size: sk + sd });
    for (const k of active) {
      if (k === keep || k === drop) continue;
      const v = (sk * d[keep * n + k]! + sd * d[drop * n + k]!) / (sk + sd);
      d[keep * n + k] = v;
      d[k * n + keep] = v;
    }
    size[keep] = sk + sd;
    node[keep] = n + merges.length - 1;
    active.splice(active.indexOf(drop), 1);
  }
  return { merges, order: leafOrder(n, merges) };
}

function leafOrder(n: number, merges: readonly Merge[]): number[] {
  if (n === 0) return [];
  const order: number[] = [];
  const stack = [n + merges.length - 1];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (id < n) {
      order.push(id);
      continue;
    }
    const m = merges[id - n]!;
    stack.push(m.right, m.left);
  }
  return order;
}

/** Clusters (as leaf lists in drawing order) after the first `mergeCount` merges. */
export function clustersAfter(n: number, dendrogram: Dendrogram, mergeCount: number): number[][] {
  const parent = Int32Array.from({ length: n + dendrogram.merges.length }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (let m = 0; m < mergeCount; m++) {
    const merge = dendrogram.merges[m]!;
    parent[find(merge.left)] = n + m;
    parent[find(merge.right)] = n + m;
  }
  const clusters = new Map<number, number[]>();
  for (const leaf of dendrogram.order) {
    const root = find(leaf);
    const list = clusters.get(root);
    if (list) list.push(leaf);
    else clusters.set(root, [leaf]);
  }
  return [...clusters.values()];
}
