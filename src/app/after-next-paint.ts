// Work that should wait until the browser has shown the current frame: posting a large job
// to a worker (copying it takes the main thread) or storing a first load for offline use.

/** A frame can fail to come (the page hidden meanwhile): the task then runs after this long. */
const FALLBACK_MS = 250;

/** Runs `task` once, in a task of its own after the next frame is painted (soon, where no
 *  frame is painted; after FALLBACK_MS at the latest). */
export function afterNextPaint(task: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    task();
  };
  const fallback = setTimeout(run, FALLBACK_MS);
  if (typeof requestAnimationFrame === 'function' && typeof document !== 'undefined' && !document.hidden) requestAnimationFrame(() => setTimeout(run, 0));
  else setTimeout(run, 0);
}
