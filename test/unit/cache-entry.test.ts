import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CorpusCache } from '../../server/src/cache/corpus-cache';
import { decodeEntry, encodeEntry, engineKey, entryIntact } from '../../server/src/cache/entry';
import { setIndexed } from '../../server/src/cache/indexed';
import { CorpusIndexes } from '../../server/src/engine/duplicates/corpora';
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

  it('are replaced and removed as texts are (their fingerprints winnowed again from the word hashes)', () => {
    const other = `Elsewhere. ${TEXT}`;
    const fresh = new CorpusIndex();
    const warm = new CorpusIndex();
    for (const [id, text] of [
      ['a', TEXT],
      ['b', other],
    ]) {
      fresh.set(id, text);
      const entry = encodeEntry(text, fresh.indexed(id)!);
      const back = decodeEntry(entry)!;
      warm.setIndexed(id, back.text, back.doc, back.utf8);
    }
    const found = (x: CorpusIndex, id: string) => {
      const m = x.matches(id);
      return { matches: m.matches, unchecked: m.unchecked };
    };
    assert.equal(warm.text('a'), TEXT);
    assert.deepEqual(warm.indexed('b'), fresh.indexed('b'));
    assert.deepEqual(found(warm, 'b'), found(fresh, 'b'));
    assert.ok(found(warm, 'b').matches.length > 0, 'b shares a passage with a');
    // Replaced and removed: their fingerprints leave the postings.
    for (const x of [warm, fresh]) {
      x.set('a', 'Nothing alike at all, only a short and different note about the weather on the coast.');
      x.set('c', TEXT);
      x.delete('b');
      x.set('d', other);
    }
    assert.deepEqual(found(warm, 'd'), found(fresh, 'd'));
    assert.deepEqual(
      found(warm, 'd').matches.map((m) => m.doc),
      found(fresh, 'd').matches.map((m) => m.doc),
    );
    assert.ok(found(warm, 'd').matches.some((m) => m.doc === 'c'));
    assert.ok(!found(warm, 'd').matches.some((m) => m.doc === 'a' || m.doc === 'b'));
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

  it('are checked whole without decoding (entryIntact), as decodeEntry checks them', () => {
    const c = new CorpusIndex();
    c.set('a', TEXT);
    const bytes = encodeEntry(TEXT, c.indexed('a')!);
    assert.equal(entryIntact(bytes), true);
    // At an odd offset of a larger buffer (as a binding may hand it over): still whole.
    const shifted = new Uint8Array(bytes.length + 4);
    shifted.set(bytes, 4);
    assert.equal(entryIntact(shifted.subarray(4)), true);
    for (const at of [0, 8, 40, bytes.length - 5]) {
      const bad = bytes.slice();
      bad[at] ^= 1;
      assert.equal(entryIntact(bad), false, `byte ${at}`);
    }
    assert.equal(entryIntact(bytes.slice(0, bytes.length - 4)), false);
  });

  it('that do not decode are refused by setIndexed without a text (the engine host then says so), and the index is left as it was', () => {
    const c = new CorpusIndex();
    c.set('a', TEXT);
    const bad = encodeEntry(TEXT, c.indexed('a')!);
    bad[bad.length - 5] ^= 1;
    const corpora = new CorpusIndexes();
    assert.equal(setIndexed(corpora, '', 'a', undefined, bad), false);
    assert.equal(corpora.get('').has('a'), false);
    // With the text at hand, the text is indexed instead.
    assert.equal(setIndexed(corpora, '', 'a', TEXT, bad), true);
    assert.equal(corpora.get('').text('a'), TEXT);
  });

  it('are stored and read back by row, with every key in one query', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-cache-unit-'));
    try {
      const cache = CorpusCache.open(path.join(dir, 'c.sqlite'), 15, () => undefined);
      assert.ok(cache, 'SQLite is needed here');
      const c = new CorpusIndex();
      c.set('a', TEXT);
      const data = encodeEntry(TEXT, c.indexed('a')!);
      cache.put('/x/a.txt', { size: 10, mtime: 1.5, hash: 'h1', data });
      cache.put('/x/b.txt', { size: 20, mtime: 2.5, hash: 'h2', data });
      cache.flush();
      // Replaced: the key and the entry are the new ones.
      cache.put('/x/a.txt', { size: 11, mtime: 3.5, hash: 'h3', data });
      cache.flush();
      const keys = cache.keys();
      assert.deepEqual([...keys.keys()].sort(), ['/x/a.txt', '/x/b.txt']);
      const a = keys.get('/x/a.txt')!;
      assert.deepEqual({ size: a.size, mtime: a.mtime, hash: a.hash }, { size: 11, mtime: 3.5, hash: 'h3' });
      assert.deepEqual(new Uint8Array(cache.dataOf(a.row)!), data);
      assert.equal(cache.dataOf(a.row + 1000), undefined);
      cache.close();
      // After close: nothing, and no throw.
      assert.equal(cache.keys().size, 0);
      assert.equal(cache.dataOf(a.row), undefined);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('have an engine key that depends on the settings they were made with', () => {
    assert.equal(engineKey(15), engineKey(15));
    assert.notEqual(engineKey(15), engineKey(8));
  });
});
