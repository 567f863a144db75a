import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine/analyze';
import { DEFAULT_CONFIG, type Config } from '../../server/src/engine/config';
import { ArticleDoc } from '../../server/src/engine/document';
import { CorpusIndex } from '../../server/src/engine/duplicates/corpus';
import { duplicateGroups } from '../../server/src/engine/duplicates/groups';
import { findDuplicates } from '../../server/src/engine/duplicates';
import { tokenize } from '../../server/src/engine/duplicates/words';
import type { Finding } from '../../server/src/engine/types';
import { fixture } from '../helpers/fixtures';
import { mulberry32 } from '../helpers/rng';

const dups = (text: string, corpus?: CorpusIndex, docId?: string, config: Config = DEFAULT_CONFIG): Finding[] =>
  analyze(text, { config, corpus, docId }).findings.filter((f) => f.code === 'duplicate-passage');

const withDup = (minWords: number, maxRelated = 5): Config => ({
  ...DEFAULT_CONFIG,
  duplicates: { minWords, maxRelated },
});

/** Span of a paragraph (or any snippet) in a text, by its opening and closing words. */
function spanOf(text: string, from: string, to: string): { start: number; end: number } {
  const start = text.indexOf(from);
  assert.ok(start >= 0, `"${from}" not in text`);
  const end = text.indexOf(to, start) + to.length;
  assert.ok(end > start, `"${to}" not after "${from}"`);
  return { start, end };
}

// Deterministic word soup, for texts that share nothing by chance.
const rng = mulberry32;
const soup = (rand: () => number, n: number) =>
  Array.from({ length: n }, () => 'w' + Math.floor(rand() * 5000).toString(36)).join(' ');

describe('duplicates: normalised words', () => {
  it('reads the same words across quotes, apostrophes, dashes, case, spacing and line breaks', () => {
    const a = tokenize('“Don’t stop,” she said — the Mayor’s\nword.');
    const b = tokenize('"DON\'T   stop," she said -- the mayor\'s word.');
    assert.deepEqual([...a.hashes.subarray(0, a.count)], [...b.hashes.subarray(0, b.count)]);
    assert.equal(a.count, 7);
  });

  it('keeps the exact offsets of each word', () => {
    const text = '  Café–owner’s  42 “rooms”';
    const w = tokenize(text);
    const got = Array.from({ length: w.count }, (_, i) => text.slice(w.starts[i], w.ends[i]));
    assert.deepEqual(got, ['Café', 'owner’s', '42', 'rooms']);
  });

  it('does not join words across an apostrophe used as a quotation mark', () => {
    const w = tokenize("the 'dilemma' ahead");
    assert.equal(w.count, 3);
  });
});

describe('duplicates: guarantee of winnowing', () => {
  it('finds every shared run of exactly minWords words, and never one word shorter', () => {
    const rand = rng(7);
    for (let trial = 0; trial < 150; trial++) {
      const t = 5 + (trial % 16); // minWords 5..20
      for (const len of [t, t - 1]) {
        const corpus = new CorpusIndex({ minWords: t });
        const shared = soup(rand, len);
        const a = `${soup(rand, 40)} zzleft ${shared} zzright ${soup(rand, 40)}`;
        const b = `${soup(rand, 30)} yyleft ${shared} yyright ${soup(rand, 50)}`;
        corpus.set('a', a);
        corpus.set('b', b);
        const found = dups(a, corpus, 'a', withDup(t));
        if (len < t) {
          assert.equal(found.length, 0, `trial ${trial}: a run of ${len} < ${t} words was reported`);
          continue;
        }
        assert.equal(found.length, 1, `trial ${trial}: run of ${t} words missed`);
        assert.equal(a.slice(found[0].start, found[0].end), shared);
        const rel = found[0].related![0];
        assert.equal(rel.doc, 'b');
        assert.equal(b.slice(rel.start, rel.end), shared);
      }
    }
  });
});

describe('duplicates: findings', () => {
  const ferry = fixture('duplicates/ferry-strike.txt');
  const brief = fixture('duplicates/ferry-strike-brief.txt');
  const bakery = fixture('duplicates/bakery-fire.txt');

  it('flags each shared passage once, whole, with the other copy as related (reflowed lines match)', () => {
    const corpus = new CorpusIndex();
    corpus.set('ferry.txt', ferry);
    corpus.set('brief.txt', brief);
    const found = dups(brief, corpus, 'brief.txt');
    // The first paragraph is reflowed in the brief, and the last follows it with no blank line:
    // still two passages, as they stand apart in the other file.
    assert.equal(found.length, 2);
    const [f, g] = found;
    assert.equal(f.severity, 'information');
    assert.deepEqual({ start: f.start, end: f.end }, spanOf(brief, 'Crews on', 'morning bell.'));
    assert.deepEqual({ start: g.start, end: g.end }, spanOf(brief, 'Talks are', 'in the chair.'));
    assert.match(f.message, /^Duplicated passage \(28 words\): also in ferry\.txt\.$/);
    assert.deepEqual(
      found.map((x) => x.related!.map((r) => ({ doc: r.doc, start: r.start, end: r.end }))),
      [
        [{ doc: 'ferry.txt', ...spanOf(ferry, 'Crews on', 'morning bell.') }],
        [{ doc: 'ferry.txt', ...spanOf(ferry, 'Talks are', 'in the chair.') }],
      ],
    );
    assert.match(f.related![0].message, /Same passage in ferry\.txt \(28 words\)/);
    const back = dups(ferry, corpus, 'ferry.txt');
    assert.deepEqual(
      back.map((b) => ferry.slice(b.start, b.end).slice(0, 9)),
      ['Crews on ', 'Talks are'],
    );
    assert.ok(back.every((b) => b.related!.length === 1 && b.related![0].doc === 'brief.txt'));
    assert.ok(!back.some((b) => b.fixes), 'no removal fix for a copy in another file');
  });

  it('flags the later copy of a passage repeated in one article, and its fix removes it cleanly', () => {
    const found = dups(bakery);
    assert.equal(found.length, 1);
    const f = found[0];
    const second = bakery.lastIndexOf('A fire in the ovens');
    assert.equal(f.start, second);
    assert.equal(f.end, bakery.trimEnd().length);
    assert.equal(f.related![0].start, bakery.indexOf('A fire in the ovens'));
    assert.match(f.message, /earlier in this article/);
    assert.equal(f.fixes![0].title, 'Remove the duplicated passage');
    const e = f.fixes![0].edits[0];
    const fixed = bakery.slice(0, e.start) + e.newText + bakery.slice(e.end);
    assert.equal(fixed, bakery.slice(0, second).replace(/\n+$/, '\n'));
    assert.deepEqual(dups(fixed), []);
  });

  it('removes a repeated paragraph from the middle without leaving a blank paragraph', () => {
    const p1 = 'The council met on Monday to settle the budget for the coming year and the new library wing.';
    const text = `Title\n\n${p1}\n\nA different paragraph follows here.\n\n${p1}\n\nThe end of it all.\n`;
    const [f] = dups(text);
    const e = f.fixes![0].edits[0];
    assert.equal(
      text.slice(0, e.start) + text.slice(e.end),
      `Title\n\n${p1}\n\nA different paragraph follows here.\n\nThe end of it all.\n`,
    );
  });

  it('caps related locations and says how many copies there are', () => {
    // Eight saved versions of one story (so its lines are not boilerplate repeated across unrelated articles).
    const corpus = new CorpusIndex();
    const story = fixture('duplicates/ferry-strike.txt').split('\n').slice(1).join('\n');
    for (let i = 0; i < 8; i++) corpus.set(`copy${i}.txt`, `Ferry crews, version ${i}\n${story}`);
    const found = dups(corpus.text('copy3.txt')!, corpus, 'copy3.txt', withDup(15, 3));
    assert.equal(found.length, 1);
    assert.equal(found[0].start, corpus.text('copy3.txt')!.indexOf('Crews on'));
    assert.equal(found[0].related!.length, 3);
    assert.match(found[0].message, /in 7 other files/);
    assert.match(found[0].message, /7 copies in all; the first 3 are linked/);
  });

  it('leaves passages on boilerplate lines to the boilerplate rule', () => {
    const promo =
      'Sign up for our free morning newsletter to get the biggest stories of the day delivered straight to your inbox before breakfast.';
    const corpus = new CorpusIndex();
    const a = `Harbour dredging starts\n\nDredgers began work in the east basin on Monday.\n\n${promo}\n`;
    const b = `Library reopens\n\nThe Quillan library reopened its doors after a long refit.\n\n${promo}\n`;
    corpus.set('a', a);
    corpus.set('b', b);
    assert.deepEqual(dups(a, corpus, 'a'), []);
    assert.ok(analyze(a, { corpus, docId: 'a' }).findings.some((f) => f.code === 'boilerplate'));
  });

  it('can be turned off and its severity changed', () => {
    assert.deepEqual(
      dups(bakery, undefined, undefined, { ...DEFAULT_CONFIG, severity: { 'duplicate-passage': 'off' } }),
      [],
    );
    assert.equal(
      dups(bakery, undefined, undefined, { ...DEFAULT_CONFIG, severity: { 'duplicate-passage': 'warning' } })[0]
        .severity,
      'warning',
    );
  });
});

describe('duplicates: corpus upkeep', () => {
  const ferry = fixture('duplicates/ferry-strike.txt');
  const brief = fixture('duplicates/ferry-strike-brief.txt');

  it('follows replace and delete, and analyses the editor text over the indexed one', () => {
    const corpus = new CorpusIndex();
    corpus.set('ferry', ferry);
    corpus.set('brief', 'Nothing in common yet.');
    assert.deepEqual(dups(ferry, corpus, 'ferry'), []);
    corpus.set('brief', brief);
    assert.equal(dups(ferry, corpus, 'ferry').length, 2);
    // The text given to analyze wins over the indexed one, and is indexed from then on.
    assert.equal(dups(brief.slice(0, brief.indexOf('Talks are')), corpus, 'brief').length, 1);
    assert.equal(dups(ferry, corpus, 'ferry').length, 1);
    assert.ok(corpus.delete('brief'));
    assert.deepEqual(dups(ferry, corpus, 'ferry'), []);
    assert.equal(corpus.has('brief'), false);
    assert.equal(corpus.set('ferry', ferry), false, 'same text: nothing to do');
  });

  it('survives many replacements (dead postings are reclaimed) and stays exact', () => {
    const corpus = new CorpusIndex();
    const rand = rng(3);
    corpus.set('stable', ferry);
    for (let i = 0; i < 300; i++) corpus.set('churn', soup(rand, 400));
    corpus.set('churn', brief);
    assert.equal(dups(ferry, corpus, 'stable').length, 2);
  });

  it('lowers its guaranteed length when a setting asks for shorter passages', () => {
    const corpus = new CorpusIndex({ minWords: 15 });
    const a = 'alpha beta gamma delta epsilon zeta eta theta one two three';
    const b = 'omicron pi beta gamma delta epsilon zeta eta theta sigma tau';
    corpus.set('a', a);
    corpus.set('b', b);
    const found = dups(a, corpus, 'a', withDup(7));
    assert.equal(corpus.minWords, 7);
    assert.equal(found.length, 1);
    assert.equal(a.slice(found[0].start, found[0].end), 'beta gamma delta epsilon zeta eta theta');
  });

  it('gives back every text exactly as set, however it is stored', () => {
    const corpus = new CorpusIndex();
    const texts: Record<string, string> = {
      curly: '\ufeff“Quoted,” she said.\r\nNext line — with a dash.\n',
      lone: 'A lone surrogate \ud800 here, and one at the end \udc00',
      astral: 'Emoji 😀 and CJK 漢字 in one line.',
      long: 'word '.repeat(70_000),
    };
    for (const [id, t] of Object.entries(texts)) corpus.set(id, t);
    for (const [id, t] of Object.entries(texts)) {
      assert.equal(corpus.text(id), t, id);
      assert.equal(corpus.set(id, t), false, `${id}: the same text again is no change`);
      assert.equal(corpus.set(id, t + ' '), true, `${id}: a changed text is a change`);
    }
  });

  it('exposes line statistics to the boilerplate rule', () => {
    const corpus = new CorpusIndex();
    corpus.set('x', 'One line here.\nAnother line.');
    corpus.set('y', 'One line here.');
    assert.equal(corpus.lines.docsWithLine(corpus.lines.lineHashes('y')![0]).length, 2);
    corpus.delete('x');
    assert.equal(corpus.lines.docsWithLine(corpus.lines.lineHashes('y')![0]).length, 1);
  });
});

describe('duplicates: groups across the corpus', () => {
  it('groups every copy of a passage, largest first', () => {
    const corpus = new CorpusIndex();
    const long =
      'Crews on the Marrow Sound ferries stopped work at dawn on Tuesday, leaving about four thousand commuters to find another way across.';
    const short = 'The owners said they hoped to reopen within a month once the ovens had been replaced and inspected.';
    corpus.set('a', `${long}\n\nFirst story ends here.`);
    corpus.set('b', `Second begins.\n\n${long}\n\n${short}`);
    corpus.set('c', `${short}\n\nThird story, and ${long}`);
    const groups = duplicateGroups(corpus, () => DEFAULT_CONFIG);
    assert.equal(groups.length, 2);
    assert.deepEqual(
      groups.map((g) => g.copies.map((c) => c.doc)),
      [
        ['a', 'b', 'c'],
        ['b', 'c'],
      ],
    );
    assert.equal(groups[0].words, 22);
    for (const c of groups[0].copies) assert.equal(corpus.text(c.doc)!.slice(c.start, c.end), long);
  });

  it('findDuplicates works on its own, without a corpus', () => {
    const doc = new ArticleDoc(fixture('duplicates/bakery-fire.txt'));
    assert.equal(findDuplicates(doc, DEFAULT_CONFIG, 'hint').length, 1);
  });
});
