// Performance marks the benchmark reads (npm run bench): when the data was ready, when the
// first chart was on screen (each set once per page load), and every time the convergence
// matrix of a window is on screen (set on each change, with the window as its detail), and
// when every session's matrix has been computed ahead.
const seen = new Set<string>();

export function markOnce(name: 'cg:data-ready' | 'cg:first-chart'): void {
  if (seen.has(name) || typeof performance === 'undefined' || !performance.mark) return;
  seen.add(name);
  performance.mark(name);
}

/** The agreement matrix of `window` (its label, "S0-S9") is on screen. */
export function markMatrixShown(window: string): void {
  if (typeof performance === 'undefined' || !performance.mark) return;
  try {
    performance.mark('cg:matrix-shown', { detail: window });
  } catch {
    // a browser without mark details: the benchmark is the only reader
  }
}

/** Every session's matrix is computed (the convergence view's look-ahead is done). */
export function markMatricesAhead(): void {
  if (typeof performance !== 'undefined' && performance.mark) performance.mark('cg:matrices-ahead');
}
