// A duplicate finding's key (engine/duplicates/passage-key.ts) folds only the head of a long
// passage; it must equal folding the whole passage and cutting it, on passages of every length,
// with long runs of spaces, non-ASCII letters (a final sigma lower-cases by what follows it) and
// letters that lower-case to two characters.
import * as assert from 'node:assert/strict';
import { KEY_LEN, passageKey } from '../../server/src/engine/duplicates/passage-key';
import { prng } from '../helpers/worstcase';

const whole = (text: string, start: number, end: number) => text.slice(start, end).replace(/\s+/g, ' ').toLowerCase().slice(0, KEY_LEN);

const PIECES = ['The ', 'harbour ', 'WILL ', 'reopen', ' ', '   ', '\n\n', '\t', ' '.repeat(300), '\u00a0', 'ΟΔΟΣ ', 'Σ', 'İstanbul ', 'Ärger ', '“', '”', '.', 'x'];

describe('duplicates: the key of a duplicated passage', () => {
  it('is the whole passage folded and cut, computed from its head', () => {
    const rnd = prng(11);
    for (let n = 0; n < 3000; n++) {
      // Mostly ASCII (the short way), some with other letters anywhere (the long way).
      const pool = rnd() < 0.5 ? PIECES.slice(0, 9) : PIECES;
      let text = '';
      const len = Math.floor(rnd() * 300);
      for (let i = 0; i < len; i++) text += pool[Math.floor(rnd() * pool.length)];
      const start = Math.floor(rnd() * Math.min(text.length, 50));
      const end = start + Math.floor(rnd() * (text.length - start + 1));
      assert.equal(passageKey(text, start, end), whole(text, start, end), JSON.stringify(text.slice(start, start + 60)));
    }
  });

  it('holds KEY_LEN characters of a long passage', () => {
    const text = 'Word and word. '.repeat(1000);
    assert.equal(passageKey(text, 0, text.length).length, KEY_LEN);
    // A head that is mostly spaces folds too short: the whole passage is folded then.
    const spaced = 'a' + ' '.repeat(2000) + 'b '.repeat(300);
    assert.equal(passageKey(spaced, 0, spaced.length), whole(spaced, 0, spaced.length));
  });
});
