// The runs already tried while matching two documents, per diagonal (q - p), for "does this seed
// lie in a run tried on its diagonal". Runs on one diagonal are maximal stretches of equal words,
// so they never overlap: each diagonal keeps its runs as sorted [a, b) pairs and is searched by
// bisection. (A set of every fingerprint position a run holds answered the same question, but
// filling it cost as many inserts as fingerprints in the run, for every pair of documents: most
// of `check` on near-identical files.)

export class TriedRuns {
  private byDiag = new Map<number, number[]>();

  /** Whether p lies in a run tried on `diag`. */
  has(p: number, diag: number): boolean {
    const runs = this.byDiag.get(diag);
    if (!runs) return false;
    const i = lastStartAtOrBefore(runs, p);
    return i >= 0 && p < runs[i + 1];
  }

  /** Records the run [a, b) on `diag` (not overlapping one recorded). */
  add(a: number, b: number, diag: number): void {
    const runs = this.byDiag.get(diag);
    if (!runs) {
      this.byDiag.set(diag, [a, b]);
      return;
    }
    // Seeds mostly come in text order, so the run usually goes last.
    if (runs[runs.length - 2] < a) {
      runs.push(a, b);
      return;
    }
    runs.splice(lastStartAtOrBefore(runs, a) + 2, 0, a, b);
  }
}

/** Index (even) of the last pair whose start is ≤ x, or -2 if none. */
function lastStartAtOrBefore(runs: number[], x: number): number {
  let lo = 0;
  let hi = runs.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runs[2 * mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return 2 * (lo - 1);
}
