// Performance marks the benchmark reads (npm run bench): when the data was ready and when
// the first chart was on screen. Each is set once per page load.
const seen = new Set<string>();

export function markOnce(name: 'cg:data-ready' | 'cg:first-chart'): void {
  if (seen.has(name) || typeof performance === 'undefined' || !performance.mark) return;
  seen.add(name);
  performance.mark(name);
}
