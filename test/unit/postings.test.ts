// Postings: the hash table under the corpus index, grown as it fills or made room for at once.
import * as assert from 'node:assert/strict';
import { CorpusIndex } from '../../server/src/engine/duplicates/corpus';
import { Postings } from '../../server/src/engine/duplicates/postings';

const all = (p: Postings, h: number) => {
  const out: [number, number][] = [];
  p.forEach(h, (d, pos) => (out.push([d, pos]), true));
  return out;
};

describe('postings', () => {
  it('keep every posting, in order, through growing and through reserve', () => {
    const grown = new Postings(() => true, 4);
    const reserved = new Postings(() => true, 4);
    reserved.add(7, 0, 1);
    reserved.reserve(20_000); // after a posting: it is carried over
    for (let i = 0; i < 5000; i++) {
      const h = (i * 2654435761) | 0;
      for (const p of [grown, reserved]) {
        p.add(h, i % 13, i);
        p.add(h, (i + 1) % 13, i + 1, true);
      }
    }
    grown.add(7, 0, 1);
    for (const h of [7, 0, (17 * 2654435761) | 0, (4999 * 2654435761) | 0, 12345])
      assert.deepEqual(all(reserved, h).sort(), all(grown, h).sort(), `hash ${h}`);
    assert.equal(reserved.docCount((3 * 2654435761) | 0), 2);
    assert.equal(reserved.live, grown.live);
  });

  it('count a lone posting while its document lives, and make a chain of it when a second comes', () => {
    const live = new Set([1, 2, 3]);
    const p = new Postings((d) => live.has(d), 8);
    p.add(5, 1, 10);
    assert.equal(p.docCount(5), 1);
    live.delete(1); // its document removed, as CorpusIndex.drop does: forgetDoc, then dropped
    p.forgetDoc(5);
    p.dropped(1);
    assert.equal(p.docCount(5), 0);
    p.add(5, 2, 20); // onto the dead one: a chain, still counting live documents only
    p.add(5, 2, 21, false);
    p.add(5, 3, 30);
    assert.equal(p.docCount(5), 2);
    assert.deepEqual(all(p, 5), [
      [2, 20],
      [2, 21],
      [3, 30],
    ]);
    assert.equal(p.garbage, 0, 'the walk unlinked the dead posting');
    live.delete(2);
    p.forgetDoc(5);
    p.dropped(2);
    assert.equal(p.docCount(5), 1);
    assert.deepEqual(all(p, 5), [[3, 30]]);
    assert.equal(p.live, 1);
  });

  it('unlink dead lone postings and chains on a walk, and do not carry emptied keys when growing', () => {
    const live = new Set<number>();
    const p = new Postings((d) => live.has(d), 4);
    for (let d = 0; d < 3; d++) {
      live.add(d);
      p.add(100 + d, d, d); // lone postings
      p.add(200, d, d); // one chain
    }
    for (let d = 0; d < 3; d++) {
      live.delete(d);
      p.forgetDoc(100 + d);
      p.forgetDoc(200);
    }
    p.dropped(6);
    for (const h of [100, 101, 102, 200]) assert.deepEqual(all(p, h), []);
    assert.equal(p.garbage, 0);
    live.add(9);
    for (let i = 0; i < 6; i++) p.add(300 + i, 9, i);
    for (let i = 0; i < 200; i++) p.add(1000 + i, 9, i); // grows the table several times over
    for (const h of [100, 200]) assert.equal(p.docCount(h), 0);
    assert.deepEqual(all(p, 305), [[9, 5]]);
    assert.deepEqual(all(p, 1199), [[9, 199]]);
    assert.equal(p.live, 206);
  });

  it('an index told how many documents are coming finds what one not told finds', () => {
    const texts = Array.from(
      { length: 60 },
      (_, i) =>
        `Story ${i}. The harbour board met on day ${i % 7} and said the night ferry to the island would stop in November because the crane failed. Item ${i * 3} was heard.`,
    );
    const told = new CorpusIndex();
    told.expect(texts.length);
    const plain = new CorpusIndex();
    texts.forEach((t, i) => {
      told.set(`d${i}`, t);
      plain.set(`d${i}`, t);
    });
    for (const id of ['d0', 'd31', 'd59']) {
      const a = told.matches(id);
      const b = plain.matches(id);
      assert.deepEqual(a.matches, b.matches);
      assert.equal(a.unchecked, b.unchecked);
      assert.ok(a.matches.length > 0, 'the shared sentence is found');
    }
  });
});
