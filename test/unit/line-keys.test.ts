import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { LineTable } from '../../server/src/engine/boilerplate/evidence';
import { keyWordCount, lineKey, lineKeysOf } from '../../server/src/engine/boilerplate/lines';
import { hash52 } from '../../server/src/engine/hash';

// Line keys are reused between versions of an edited text, and the line table updates only the
// lines an edit changed: both must equal what a fresh computation gives.
const fresh = (text: string) => {
  const keys = text.split(/\r\n|\r|\n/).map(lineKey);
  return { keys, hashes: keys.map((k) => (k ? hash52(k) : 0)), words: keys.map(keyWordCount) };
};

const PIECES = ['x', ' ', '\n', '\r\n', '\r', '\n\n', 'Subscribe now', '“', '—', 'Ab'];
const base = [
  'Harbour news',
  '',
  'Subscribe now for more.',
  'The ferry ran late,\r\nsaid the pilot.',
  '  Indented   line  ',
  'Last line',
].join('\n');
const edits = fc.array(
  fc.record({
    at: fc.nat(),
    del: fc.nat({ max: 12 }),
    ins: fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })),
  }),
  {
    minLength: 1,
    maxLength: 8,
  },
);
const apply = (text: string, e: { at: number; del: number; ins: string }) => {
  const at = e.at % (text.length + 1);
  return text.slice(0, at) + e.ins + text.slice(Math.min(text.length, at + e.del));
};

describe('line keys between versions of a text', () => {
  it('equal fresh keys after any sequence of edits (CR, CRLF and LF lines)', () => {
    fc.assert(
      fc.property(edits, (es) => {
        let text = base;
        lineKeysOf(text);
        for (const e of es) {
          text = apply(text, e);
          const got = lineKeysOf(text);
          assert.deepEqual({ keys: got.keys, hashes: got.hashes, words: got.words }, fresh(text));
        }
      }),
      { numRuns: 300, seed: 3 },
    );
  });

  it('the line table after edits of one document equals one built from the final texts', () => {
    fc.assert(
      fc.property(edits, (es) => {
        const table = new LineTable();
        table.set('other', 'Subscribe now for more.\nA line of its own');
        let text = base;
        table.set('a', text);
        for (const e of es) table.set('a', (text = apply(text, e)));
        const built = new LineTable();
        built.set('other', 'Subscribe now for more.\nA line of its own');
        built.set('a', text);
        assert.deepEqual(table.lineHashes('a'), built.lineHashes('a'));
        const all = new Set([...fresh(text).hashes, ...fresh(base).hashes, ...table.lineHashes('other')!]);
        for (const h of all)
          assert.deepEqual([...table.docsWithLine(h)].sort(), [...built.docsWithLine(h)].sort(), `line hash ${h}`);
      }),
      { numRuns: 200, seed: 4 },
    );
  });
});
