// From shared fingerprints to maximal shared runs of words, without going quadratic on
// repetitive text: a seed inside a run already tried on its diagonal is skipped, and a
// position (on either side) already covered by MAX_COVER runs is not paired again. Coverage
// is counted per word (a scan of the runs found was quadratic on near-identical paragraphs).

import type { Words } from './words';
import { work } from '../work';

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
/**
 * Positions of a seed's other copies paired with one position, earliest first (issue #17): a
 * phrase shorter than a duplicate repeated thousands of times paired every copy with every
 * other, and each pair scanned the runs already tried on its diagonal. The earliest copies are
 * the ones reported (and MAX_COVER runs a word end the pairing anyway); past this many, later
 * copies of a seed that is everywhere add only work.
 */
export const MAX_SEED_PAIRS = 32;
/** Seed pairs examined per pair of documents; only repetitive text comes near it. */
const MAX_PAIRS = 250_000;

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
  // Runs tried, by diagonal (their position - my position), short ones included so they are not retried.
  const byDiag = new Map<number, { a: number; b: number }[]>();
  const long: { a: number; b: number; diag: number }[] = [];
  const onDiagonal = (p: number, diag: number) => {
    const runs = byDiag.get(diag);
    if (!runs) return false;
    work.steps += runs.length;
    return runs.some((f) => f.a <= p && p < f.b);
  };
  // How many long runs cover each word (counting stops at MAX_COVER).
  const coverMine = new Uint8Array(own.count);
  const coverTheirs = new Uint8Array(theirs.count);
  const coveredMine = (p: number) => coverMine[p] >= MAX_COVER;
  const coveredTheirs = (q: number) => coverTheirs[q] >= MAX_COVER;
  const cover = (a: number, b: number, diag: number) => {
    for (let i = a; i < b; i++) if (coverMine[i] < MAX_COVER) coverMine[i]++;
    for (let i = a + diag; i < b + diag; i++) if (coverTheirs[i] < MAX_COVER) coverTheirs[i]++;
  };
  let budget = MAX_PAIRS;
  for (const { mine, theirs: ps } of groups) {
    for (const p of mine) {
      if (coveredMine(p)) continue;
      let paired = 0;
      for (const q of ps) {
        if (++paired > MAX_SEED_PAIRS) break;
        if (self && q >= p) break; // only earlier copies; positions ascend
        if (--budget < 0) return finish(long, self);
        const diag = q - p;
        if (onDiagonal(p, diag) || coveredTheirs(q)) continue;
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
        work.steps += k + (b - a);
        const tried = byDiag.get(diag);
        if (tried) tried.push({ a, b });
        else byDiag.set(diag, [{ a, b }]);
        if (b - a >= minWords) {
          long.push({ a, b, diag });
          cover(a, b, diag);
          if (coveredMine(p)) break;
        }
      }
    }
  }
  return finish(long, self);
}

const finish = (long: { a: number; b: number; diag: number }[], self: boolean) =>
  long.map((f) => ({ a: f.a, b: f.b, c: f.a + f.diag, d: f.b + f.diag, self }));
