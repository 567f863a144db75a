import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { type Words, tokenize, tokenizeEdited } from '../../server/src/engine/duplicates/words';

// The duplicates index tokenises each new version of an edited document from the last one: the
// words must be exactly those of a fresh tokenisation, whatever the edit.
const plain = (w: Words) => ({
  starts: [...w.starts.subarray(0, w.count)],
  ends: [...w.ends.subarray(0, w.count)],
  hashes: [...w.hashes.subarray(0, w.count)],
});

const PIECES = ['a', 'Ab', ' ', "'", '’', 'n’t', '\u200b', '-', '. ', '\n', '😀', 'é', 'ÉCOLE', "''x", '“', '42'];
const base =
  "The harbour’s crane failed. Korea's ferry didn't run — 42 boats waited.\n\nÉcole d’été: ‘quoted’ ''words'' here.";

describe('words of an edited text', () => {
  it('equal a fresh tokenisation after any sequence of edits', () => {
    const edit = fc.record({
      at: fc.nat(),
      near: fc.boolean(),
      del: fc.nat({ max: 6 }),
      ins: fc.oneof(
        fc.constantFrom(...PIECES),
        fc.string({ maxLength: 3 }),
        fc.string({ unit: 'grapheme', maxLength: 2 }),
      ),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 10 }), (edits) => {
        let text = base.repeat(3);
        tokenizeEdited(text);
        let last = 0;
        for (const e of edits) {
          const at = (e.near ? last + (e.at % 4) : e.at) % (text.length + 1);
          text = text.slice(0, at) + e.ins + text.slice(Math.min(text.length, at + e.del));
          last = at + e.ins.length;
          assert.deepEqual(plain(tokenizeEdited(text)), plain(tokenize(text)));
        }
      }),
      { numRuns: 400, seed: 11 },
    );
  });

  it('an unrelated text is tokenised whole, and the same text twice gives the same words', () => {
    const a = tokenizeEdited('One two three.');
    assert.deepEqual(
      plain(tokenizeEdited('Completely different words here')),
      plain(tokenize('Completely different words here')),
    );
    assert.equal(tokenizeEdited('Completely different words here').count, 4);
    assert.equal(a.count, 3);
  });
});
