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
