// TriedRuns (engine/duplicates/tried.ts) answers "does p lie in a run tried on this diagonal"
// from sorted runs per diagonal; checked against a plain list of every run on random runs added
// in random order (the order seeds come in is not always text order).
import * as assert from 'node:assert/strict';
import { TriedRuns } from '../../server/src/engine/duplicates/tried';
import { prng } from '../helpers/worstcase';

describe('duplicates: runs tried per diagonal', () => {
  it('finds a position in exactly the runs added on its diagonal', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const rnd = prng(seed);
      const tried = new TriedRuns();
      const all: { a: number; b: number; diag: number }[] = [];
      // Disjoint runs on each of a few diagonals, then added in a shuffled order.
      for (const diag of [-7, 0, 3, 250]) {
        for (let a = Math.floor(rnd() * 5); a < 400; ) {
          const b = a + 1 + Math.floor(rnd() * 12);
          all.push({ a, b, diag });
          a = b + Math.floor(rnd() * 9); // runs may touch (a gap of 0)
        }
      }
      for (let i = all.length - 1; i > 0; i--) {
        const j = Math.floor(rnd() * (i + 1));
        [all[i], all[j]] = [all[j], all[i]];
      }
      const added: typeof all = [];
      for (const r of all) {
        tried.add(r.a, r.b, r.diag);
        added.push(r);
        if (added.length % 17 !== 0) continue; // check part-way through as well as at the end
        check(tried, added, seed);
      }
      check(tried, added, seed);
    }
  });

  it('knows nothing of a diagonal no run was added on', () => {
    const tried = new TriedRuns();
    tried.add(10, 20, 5);
    assert.equal(tried.has(15, 5), true);
    assert.equal(tried.has(15, 4), false);
    assert.equal(tried.has(20, 5), false); // runs are half-open
    assert.equal(tried.has(9, 5), false);
  });
});

function check(tried: TriedRuns, runs: { a: number; b: number; diag: number }[], seed: number) {
  for (const diag of [-7, 0, 3, 250, 1]) {
    for (let p = 0; p < 420; p++) {
      const want = runs.some((r) => r.diag === diag && r.a <= p && p < r.b);
      assert.equal(tried.has(p, diag), want, `seed ${seed}: p ${p} on diagonal ${diag}`);
    }
  }
}
