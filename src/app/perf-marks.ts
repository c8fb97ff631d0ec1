// Performance marks the benchmark reads (npm run bench): when the data was ready, when the
// first chart was on screen (each set once per page load), and every time the convergence
// matrix of a window is on screen (set on each change, with the window as its detail), and
// when every session's matrix has been computed ahead.
//
// "On screen" marks are taken at the start of the frame that paints the chart: they are
// called from layout effects (run as the chart is put in the page, before the paint) and
// wait for the next animation frame. Taken in the effect itself, a mark would come before
// the picture; taken after the paint, it would wait behind whatever task is queued next
// (the view's look-ahead work), which is not the chart's time.

const seen = new Set<string>();

export function markOnce(name: 'cg:data-ready' | 'cg:first-chart'): void {
  if (seen.has(name) || typeof performance === 'undefined' || !performance.mark) return;
  seen.add(name);
  if (name === 'cg:first-chart') atNextFrame(() => performance.mark(name));
  else performance.mark(name);
}

/** The agreement matrix of `window` (its label, "S0-S9") is on screen. */
export function markMatrixShown(window: string): void {
  if (typeof performance === 'undefined' || !performance.mark) return;
  atNextFrame(() => {
    try {
      performance.mark('cg:matrix-shown', { detail: window });
    } catch {
      // a browser without mark details: the benchmark is the only reader
    }
  });
}

/** Every session's matrix is computed (the convergence view's look-ahead is done). */
export function markMatricesAhead(): void {
  if (typeof performance !== 'undefined' && performance.mark) performance.mark('cg:matrices-ahead');
}

/** Runs `task` at the start of the next animation frame (soon, where no frame is drawn). */
function atNextFrame(task: () => void): void {
  if (typeof requestAnimationFrame === 'function' && typeof document !== 'undefined' && !document.hidden) requestAnimationFrame(() => task());
  else setTimeout(task, 0);
}
