// From shared fingerprints to maximal shared runs of words, without going quadratic on
// repetitive text: a seed inside a run already tried on its diagonal is skipped, and a
// position (on either side) already covered by MAX_COVER runs is not paired again. Coverage
// is counted per word (a scan of the runs found was quadratic on near-identical paragraphs).
// All the work of one document's matching (every pair of documents) draws on one budget of steps
// (MatchScratch), so it is bounded by construction, linear in the document's words.

import { steps } from './steps';
import { TriedRuns } from './tried';
import { lowerBound, type Words } from './words';
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

/** Runs a word may lie in (per other document) before its fingerprints stop seeding new ones. */
const MAX_COVER = 3;
/**
 * Positions of a seed's other copies paired with one position, earliest first (issue #17): a
 * phrase shorter than a duplicate repeated thousands of times paired every copy with every
 * other, and each pair scanned the runs already tried on its diagonal. The earliest copies are
 * the ones reported (and MAX_COVER runs a word end the pairing anyway); past this many, later
 * copies of a seed that is everywhere add only work.
 */
export const MAX_SEED_PAIRS = 32;

export interface SeedGroup {
  mine: number[];
  theirs: number[];
}

/**
 * What one document's matching shares across the documents it is paired with: the steps left
 * (seed pairs tried, words compared while extending, runs scanned on a diagonal), and coverage
 * counters, cleared after each pair where they were raised (allocating them per pair cost as
 * much as the other document's length, for every pair).
 */
export class MatchScratch {
  coverMine: Uint8Array;
  coverTheirs = new Uint8Array(0);
  constructor(ownWords: number, public budget: number) {
    this.coverMine = new Uint8Array(ownWords);
  }

  theirs(n: number): Uint8Array {
    if (this.coverTheirs.length < n) this.coverTheirs = new Uint8Array(Math.max(n, this.coverTheirs.length * 2));
    return this.coverTheirs;
  }
}

export function findMatches(
  own: Words,
  theirs: Words,
  groups: SeedGroup[],
  k: number,
  minWords: number,
  self: boolean,
  scratch: MatchScratch,
  /** Every fingerprint position of `own`, ascending (all seeds are among them). */
  ownFp: Int32Array,
): Omit<Match, 'doc'>[] {
  const x = own.hashes;
  const y = theirs.hashes;
  // Runs tried (short ones included, so their seeds are not retried), by diagonal. A run costs a
  // step for each fingerprint it holds, as when each was marked one by one.
  const tried = new TriedRuns();
  const long: { a: number; b: number; diag: number }[] = [];
  let budget = scratch.budget;
  const markTried = (a: number, b: number, diag: number) => {
    budget -= lowerBound(ownFp, ownFp.length, b) - lowerBound(ownFp, ownFp.length, a);
    tried.add(a, b, diag);
  };
  // How many long runs cover each word (counting stops at MAX_COVER).
  const coverMine = scratch.coverMine;
  const coverTheirs = scratch.theirs(theirs.count);
  const coveredMine = (p: number) => coverMine[p] >= MAX_COVER;
  const coveredTheirs = (q: number) => coverTheirs[q] >= MAX_COVER;
  const cover = (a: number, b: number, diag: number) => {
    for (let i = a; i < b; i++) if (coverMine[i] < MAX_COVER) coverMine[i]++;
    for (let i = a + diag; i < b + diag; i++) if (coverTheirs[i] < MAX_COVER) coverTheirs[i]++;
  };
  const start = budget;
  outer: for (const { mine, theirs: ps } of groups) {
    for (const p of mine) {
      budget--;
      if (coveredMine(p)) continue;
      let paired = 0;
      for (const q of ps) {
        if (++paired > MAX_SEED_PAIRS) break;
        if (self && q >= p) break; // only earlier copies; positions ascend
        if (--budget < 0) break outer;
        const diag = q - p;
        if (tried.has(p, diag) || coveredTheirs(q)) continue;
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
        budget -= b - a;
        work.steps += k + (b - a);
        markTried(a, b, diag);
        if (b - a >= minWords) {
          long.push({ a, b, diag });
          cover(a, b, diag);
          budget -= b - a;
          if (coveredMine(p)) break;
        }
      }
    }
  }
  // Clear the counters for the next pair (only where runs raised them: already paid for above).
  for (const f of long) {
    coverMine.fill(0, f.a, f.b);
    coverTheirs.fill(0, f.a + f.diag, f.b + f.diag);
  }
  steps.n += start - budget;
  scratch.budget = budget;
  return long.map((f) => ({ a: f.a, b: f.b, c: f.a + f.diag, d: f.b + f.diag, self }));
}
