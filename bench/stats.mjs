// Timing helpers for the benchmarks: repeated runs, median and p95.
export function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}
export const median = (xs) => quantile(xs, 0.5);
export const p95 = (xs) => quantile(xs, 0.95);

/**
 * Times several functions in turn (one run of each per round, after warm-up) until `minMs` have
 * passed and each ran `minRuns` times, so that a slow spell of a shared machine slows all of
 * them alike and ratios between them stay fair. One result per function, in order.
 */
export function timeInterleaved(fns, { minRuns = 5, minMs = 300, warmup = 2, maxRuns = 500 } = {}) {
  for (let i = 0; i < warmup; i++) for (const fn of fns) fn();
  const times = fns.map(() => []);
  const t0 = performance.now();
  while (times[0].length < maxRuns && (times[0].length < minRuns || performance.now() - t0 < minMs)) {
    fns.forEach((fn, k) => {
      const t = performance.now();
      fn();
      times[k].push(performance.now() - t);
    });
  }
  return times.map((ts) => ({ median: median(ts), p95: p95(ts), runs: ts.length }));
}

export const fmt = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : String(x));
