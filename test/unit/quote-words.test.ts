// The scanning word count and title test of a quotation (engine/attribution/quote-words.ts) give
// the answers of the split-based versions they replace, on every kind of space, on letters outside
// ASCII and the Basic Multilingual Plane, and on random strings built from those pieces.
import * as assert from 'node:assert/strict';
import { isSpace, titleLike, wordCount } from '../../server/src/engine/attribution/quote-words';
import { prng } from '../helpers/worstcase';

const splitWordCount = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

function splitTitleLike(s: string): boolean {
  const words = s.trim().split(/\s+/);
  const t = s.trim();
  if (/[!?]$/.test(t) || (/\.$/.test(t) && words.length < 5) || (/,$/.test(t) && words.length < 3)) return false;
  return words.every((w) => {
    // Opening marks and brackets before the word's first letter do not count ("‘Shocking’").
    const core = w.replace(/^[([‘'“"«]+(?=.)/u, '');
    return core.length < 4 || /^[\p{Lu}\p{N}]/u.test(core) || SMALL_WORDS.has(core.toLowerCase());
  });
}
const SMALL_WORDS = new Set(
  'after from with into over upon onto than degli della delle dello dans avec pour para yang dari untuk dengan und der die das den von'.split(
    ' ',
  ),
);

const PIECES = [
  ' ',
  '‘',
  '(',
  'after',
  'After',
  '  ',
  '\n',
  '\t',
  '\u00a0',
  '\u2003',
  '\u3000',
  '\ufeff',
  '\u2028',
  '\u200b', // \u200b is not a space
  'the',
  'plan',
  'Plan',
  'PLAN',
  'Ária',
  'ária',
  'Ωmega',
  'ωmega',
  '𝐀bcd',
  '𝐚bcd',
  '\ud835',
  '2024',
  '١٢٣٤',
  '—',
  '…',
  '“',
  '”',
  '.',
  ',',
  '!',
  '?',
  'a',
  'I',
  'x.',
  'Co,',
];

describe('attribution: word counts and titles of a quotation', () => {
  it('treats as a space exactly what /\\s/ matches', () => {
    for (let c = 0; c <= 0xffff; c++)
      assert.equal(isSpace(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
  });

  it('counts words and tells titles as the split versions do', () => {
    const rnd = prng(7);
    for (let n = 0; n < 5000; n++) {
      const len = Math.floor(rnd() * 12);
      let s = '';
      for (let i = 0; i < len; i++) s += PIECES[Math.floor(rnd() * PIECES.length)];
      assert.equal(wordCount(s), splitWordCount(s), JSON.stringify(s));
      assert.equal(titleLike(s), splitTitleLike(s), JSON.stringify(s));
    }
  });

  it('on examples', () => {
    assert.equal(wordCount('  “It is — fine,” '), 3);
    assert.equal(titleLike('Justice Against Sponsors of Terrorism Act'), true);
    assert.equal(titleLike('The Apprentice'), true);
    assert.equal(titleLike('we are in'), true); // short words only
    assert.equal(titleLike('we are ready to go home'), false);
    assert.equal(titleLike('Ready Now.'), false); // a sentence's full stop, under five words
    assert.equal(titleLike('Takin’ It To the Streets,'), true);
    // Small words a title keeps in lower case, and marks or brackets before a capital.
    assert.equal(titleLike('Lanterns after Lanterns after Lanterns'), true);
    assert.equal(titleLike('La Casa degli Specchi'), true);
    assert.equal(titleLike('Harbour Master Calls ‘Reckless’ Dredging Plan Unsafe.'), true);
    assert.equal(titleLike('Ferry (North Pier) Timetable'), true);
    assert.equal(titleLike('waited after dinner for hours'), false);
  });
});
