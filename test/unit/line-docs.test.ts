// LineDocs: the typed table under the boilerplate line table, checked against a Map doing the same.
import * as assert from 'node:assert/strict';
import { LineDocs } from '../../server/src/engine/boilerplate/line-docs';

/** A small deterministic generator (mulberry32). */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('line docs', () => {
  it('hold what a Map of arrays holds through adds, removes, growing and runs shifted back', () => {
    const random = rng(17);
    // Few distinct hashes, some 52-bit, some equal in their low 32 bits, and 0: long probe runs and collisions.
    const hashes = Array.from({ length: 300 }, (_, i) =>
      i === 0 ? 0 : i % 3 ? Math.floor(random() * 2 ** 52) : (i % 7) * 2 ** 32 + 5,
    );
    const table = new LineDocs(4);
    const model = new Map<number, number[]>();
    for (let step = 0; step < 20_000; step++) {
      const h = hashes[Math.floor(random() * hashes.length)];
      const doc = Math.floor(random() * 6);
      const docs = model.get(h) ?? [];
      if (docs.includes(doc)) {
        table.remove(h, doc);
        docs.splice(docs.indexOf(doc), 1);
        if (docs.length) model.set(h, docs);
        else model.delete(h);
      } else {
        table.add(h, doc);
        model.set(h, [...docs, doc]);
      }
      if (step % 997 === 0 || step === 19_999) {
        for (const k of hashes) {
          const got = table.get(k);
          const want = model.get(k);
          assert.deepEqual(got === undefined ? undefined : typeof got === 'number' ? [got] : [...got], want, `${k}`);
        }
        assert.equal(table.size, model.size);
      }
    }
  });

  it('keep a line one document holds as its number, and its documents in the order they came', () => {
    const t = new LineDocs();
    t.add(2 ** 51 + 3, 4);
    assert.equal(t.get(2 ** 51 + 3), 4);
    t.add(2 ** 51 + 3, 1);
    t.add(2 ** 51 + 3, 9);
    assert.deepEqual(t.get(2 ** 51 + 3), [4, 1, 9]);
    t.remove(2 ** 51 + 3, 1);
    t.remove(2 ** 51 + 3, 4);
    assert.equal(t.get(2 ** 51 + 3), 9);
    t.remove(2 ** 51 + 3, 9);
    assert.equal(t.get(2 ** 51 + 3), undefined);
    assert.equal(t.size, 0);
  });
});
