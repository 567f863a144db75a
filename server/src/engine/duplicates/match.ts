// From shared fingerprints to maximal shared runs of words, without going quadratic on
// repetitive text: a seed inside a run already found on its diagonal is skipped, and a
// position already covered by MAX_COVER runs is not paired again.

import type { Words } from './words';

export interface Match {
  /** The other document (filled in by the corpus). */
  doc: string;
  /** Word range [a, b) in this document. */
  a: number;
  b: number;
  /** Word range [c, d) in the other document (same length). */
  c: number;
  d: number;
  /** The other copy is earlier in this same document. */
  self: boolean;
}

const MAX_COVER = 3;

export interface SeedGroup {
  mine: number[];
  theirs: number[];
}

export function findMatches(
  own: Words,
  theirs: Words,
  groups: SeedGroup[],
  k: number,
  minWords: number,
  self: boolean,
): Omit<Match, 'doc'>[] {
  const x = own.hashes;
  const y = theirs.hashes;
  const found: { a: number; b: number; diag: number; long: boolean }[] = [];
  const onDiagonal = (p: number, diag: number) => found.some((f) => f.diag === diag && f.a <= p && p < f.b);
  const coverage = (p: number) => {
    let n = 0;
    for (const f of found) if (f.long && f.a <= p && p < f.b) n++;
    return n;
  };
  for (const { mine, theirs: ps } of groups) {
    for (const p of mine) {
      for (const q of ps) {
        if (self && q >= p) break; // only earlier copies; positions ascend
        const diag = q - p;
        if (onDiagonal(p, diag)) continue;
        if (coverage(p) >= MAX_COVER) break;
        let same = true;
        for (let j = 0; j < k && same; j++) same = x[p + j] === y[q + j];
        if (!same) continue; // hash collision
        let a = p;
        let c = q;
        while (a > 0 && c > 0 && x[a - 1] === y[c - 1]) {
          a--;
          c--;
        }
        let b = p + k;
        let d = q + k;
        while (b < own.count && d < theirs.count && x[b] === y[d]) {
          b++;
          d++;
        }
        found.push({ a, b, diag, long: b - a >= minWords });
      }
    }
  }
  return found.filter((f) => f.long).map((f) => ({ a: f.a, b: f.b, c: f.a + f.diag, d: f.b + f.diag, self }));
}
