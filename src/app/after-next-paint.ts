// Work that should wait until the browser has shown the current frame: posting a large job
// to a worker (copying it takes the main thread) or marking that a chart is on screen.

/** Runs `task` once the next frame is painted (soon, where no frame is painted). */
export function afterNextPaint(task: () => void): void {
  const later = () => setTimeout(task, 0);
  if (typeof requestAnimationFrame === 'function' && typeof document !== 'undefined' && !document.hidden) requestAnimationFrame(later);
  else later();
}
