import * as assert from 'node:assert/strict';
import { decodeEntry, encodeEntry, engineKey } from '../../server/src/cache/entry';
import { CorpusIndex } from '../../server/src/engine/duplicates/corpus';

const TEXT =
  'The harbour board said on Monday that the “new ferry” would not run until spring, because the crane failed.\n\nKorea’s minister said so.\n';

describe('corpus cache entries', () => {
  it('come back as they went in, and index the same as the text itself', () => {
    const c = new CorpusIndex();
    c.set('a', TEXT);
    const doc = c.indexed('a')!;
    const back = decodeEntry(encodeEntry(TEXT, doc))!;
    assert.equal(back.text, TEXT);
    assert.deepEqual(back.doc, doc);
    const warm = new CorpusIndex();
    warm.setIndexed('a', back.text, back.doc);
    warm.set('b', TEXT);
    c.set('b', TEXT);
    const found = (x: CorpusIndex) => {
      const m = x.matches('b');
      return { matches: m.matches, unchecked: m.unchecked };
    };
    assert.deepEqual(found(warm), found(c));
    assert.deepEqual(warm.lines.lineHashes('a'), c.lines.lineHashes('a'));
  });

  it('are refused when any byte is damaged or the length is wrong', () => {
    const c = new CorpusIndex();
    c.set('a', TEXT);
    const bytes = encodeEntry(TEXT, c.indexed('a')!);
    for (const at of [0, 8, 40, bytes.length - 5]) {
      const bad = bytes.slice();
      bad[at] ^= 1;
      assert.equal(decodeEntry(bad), undefined, `byte ${at}`);
    }
    assert.equal(decodeEntry(bytes.slice(0, bytes.length - 4)), undefined);
    assert.equal(decodeEntry(new Uint8Array(3)), undefined);
  });

  it('have an engine key that depends on the settings they were made with', () => {
    assert.equal(engineKey(15), engineKey(15));
    assert.notEqual(engineKey(15), engineKey(8));
  });
});
