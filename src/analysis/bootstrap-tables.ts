// Precomputed tables that make the bootstrap of chance-corrected agreement cheap for a
// whole matrix (18 528 pairs x 200 resamples for 193 delegations): the resample plan of
// each sample size as counts and as subset-sum lookups, and the per-resample chance sums
// of each issue set. They change how the sums are computed, not which issues are drawn.
//
// Numeric policy: counts are small integers (how often a slot is drawn, <= n); lookups
// hold exact integer sums of counts (bytes for n <= 255, else 16-bit); chance sums are
// doubles, sum over drawn slots of E_t, so they differ from a draw-by-draw sum only in the
// order of additions (about 1e-15).

/** Bit-chunk width of the bootstrap lookup tables: 2^7 = 128 entries per chunk. */
export const CHUNK = 7;
export const CHUNK_SIZE = 1 << CHUNK;
/** The memo of chance sums per issue set is emptied beyond this many sets (memory bound). */
const MAX_CACHED_SETS = 8192;

/**
 * The bootstrap plan of one sample size n, in the form the hot loop wants: how often each
 * slot is drawn in each resample, and per resample and chunk of 7 slots the summed counts
 * of every subset of the chunk. A resample's sum over the slots where a pair agrees fully
 * (x = 1, the common case) is then one lookup per chunk instead of one add per draw.
 */
export interface SizePlan {
  readonly n: number;
  readonly counts: Float64Array; // resamples x n
  readonly chunks: number;
  // resamples x chunks x CHUNK_SIZE; sums of counts are integers <= n, and bytes (n <= 255)
  // keep the table small enough to stay in cache: it is read at random.
  readonly lookup: Uint8Array | Uint16Array;
}

export function sizePlan(n: number, resamples: number, plan: Uint16Array): SizePlan {
  const counts = new Float64Array(resamples * n);
  for (let i = 0; i < plan.length; i++) counts[Math.floor(i / n) * n + plan[i]!]!++;
  const chunks = Math.ceil(n / CHUNK);
  const lookup = n <= 255 ? new Uint8Array(resamples * chunks * CHUNK_SIZE) : new Uint16Array(resamples * chunks * CHUNK_SIZE);
  for (let r = 0; r < resamples; r++) {
    for (let c = 0; c < chunks; c++) {
      const base = (r * chunks + c) * CHUNK_SIZE;
      for (let m = 1; m < CHUNK_SIZE; m++) {
        const low = m & -m;
        const slot = c * CHUNK + (31 - Math.clz32(low));
        lookup[base + m] = lookup[base + (m ^ low)]! + (slot < n ? counts[r * n + slot]! : 0);
      }
    }
  }
  return { n, counts, chunks, lookup };
}

/**
 * Per resample, the sum of E_t over the drawn issues, memoised per issue set: every pair
 * sharing the same issues shares these sums. Valid within one window only (E_t is fixed
 * per issue there); a negative issue set (more than 30 issues) is never memoised. Stored in one growing slab (rows of
 * `resamples`) to spare the allocator; emptied beyond MAX_CACHED_SETS sets.
 */
export function chanceSumMemo(resamples: number) {
  const rows = new Map<number, number>(); // issue set (bit mask) -> row in slab
  let slab = new Float64Array(resamples * 256); // grows by doubling
  return (plan: SizePlan, issueSet: number, e: Float64Array): { slab: Float64Array; offset: number } => {
    const known = issueSet >= 0 ? rows.get(issueSet) : undefined;
    if (known !== undefined) return { slab, offset: known * resamples };
    if (rows.size >= MAX_CACHED_SETS) rows.clear();
    const row = rows.size;
    if ((row + 1) * resamples > slab.length) {
      const grown = new Float64Array(slab.length * 2);
      grown.set(slab);
      slab = grown;
    }
    const { n, counts } = plan;
    const offset = row * resamples;
    for (let r = 0; r < resamples; r++) {
      let sum = 0;
      for (let k = 0; k < n; k++) sum += counts[r * n + k]! * e[k]!;
      slab[offset + r] = sum;
    }
    if (issueSet >= 0) rows.set(issueSet, row);
    return { slab, offset };
  };
}
