import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { analyzePart } from '../../server/src/engine/analyze';
import { AttributionMemo, MemoShelf } from '../../server/src/engine/attribution/memo';
import { commonPrefix, commonSuffix } from '../../server/src/engine/affixes';
import { formatOf } from '../../server/src/engine/markdown';
import { SAMPLES } from '../helpers/fixtures';

// The server keeps attribution's per-paragraph work between edits of a document. Whatever the
// edits, the analysis with the memo must equal the analysis without it.
const samples = fs.readdirSync(SAMPLES).filter((f) => /\.(txt|article|md)$/.test(f));

const PIECES = [
  'x',
  ' ',
  '\n',
  '\n\n',
  '"',
  '“',
  '”',
  "'",
  ', she said.',
  ' Mara Quist said',
  ' He ',
  'Quist',
  ': ',
  '. "We',
  '" ',
];

describe('attribution memo (reuse between edits)', () => {
  for (const name of samples) {
    it(`${name}: typed and deleted edits give the same analysis as a fresh one`, () => {
      const original = fs.readFileSync(path.join(SAMPLES, name), 'utf8');
      const format = formatOf(name);
      const edit = fc.record({
        at: fc.nat(),
        // Often where the last edit was, as when typing (the analysis then resumes at its paragraph).
        near: fc.boolean(),
        del: fc.nat({ max: 30 }),
        ins: fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })),
      });
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
          const memo = new AttributionMemo();
          let text = original;
          let last = 0;
          analyzePart(text, 'local', { memo, format });
          for (const e of edits) {
            const at = (e.near ? last + (e.at % 7) : e.at) % (text.length + 1);
            last = at + e.ins.length;
            text = text.slice(0, at) + e.ins + text.slice(Math.min(text.length, at + e.del));
            assert.deepEqual(analyzePart(text, 'local', { memo, format }), analyzePart(text, 'local', { format }));
          }
        }),
        { numRuns: 40, seed: 8 },
      );
    });
  }

  it('reuses every paragraph but the edited one, before and after the edit', () => {
    const paras = Array.from(
      { length: 30 },
      (_, i) => `"Line ${i} of the plan holds," said Ines Varga${i}. She added: "It is ${i}."`,
    );
    let text = paras.join('\n\n');
    const memo = new AttributionMemo();
    analyzePart(text, 'local', { memo });
    assert.equal(memo.computed, 30);
    const at = text.indexOf('Line 12') + 4;
    text = `${text.slice(0, at)} new${text.slice(at)}`;
    let withMemo = analyzePart(text, 'local', { memo });
    assert.equal(memo.reused, 29);
    assert.equal(memo.computed, 1);
    assert.equal(memo.skipped, 0, 'no checkpoint yet: speakers resolved from the top');
    // Typing on in the same paragraph resumes there: the 12 paragraphs before it are not read at all.
    text = `${text.slice(0, at)}w${text.slice(at)}`;
    withMemo = analyzePart(text, 'local', { memo });
    assert.deepEqual([memo.skipped, memo.computed, memo.reused], [12, 1, 17]);
    assert.deepEqual(withMemo, analyzePart(text, 'local'));
    // Quotes after the edit kept their speakers and moved with the text.
    const last = withMemo.quotes[withMemo.quotes.length - 1];
    assert.equal(last.speaker?.name, 'Ines Varga29');
    assert.equal(text.slice(last.start, last.end), 'It is 29.');
  });

  it('resuming at the edited paragraph: pronouns and later mentions reach speakers named before it', () => {
    const paras = [
      '"We start on Monday," said Ines Varga.',
      'It was quiet on the quay.',
      'It rained all day.',
      'It goes on here.',
      '"It will hold," she said.',
      'Varga, the harbour master, spoke again later. "Fine," Varga said.',
    ];
    let text = paras.join('\n\n');
    const memo = new AttributionMemo();
    analyzePart(text, 'local', { memo });
    let at = text.indexOf('It goes on here') + 'It goes'.length;
    for (const ch of ' and') {
      text = text.slice(0, at) + ch + text.slice(at++);
      assert.deepEqual(analyzePart(text, 'local', { memo }), analyzePart(text, 'local'));
    }
    assert.equal(memo.skipped, 3, 'the last edits resumed at the edited paragraph');
    const held = analyzePart(text, 'local', { memo }).quotes.find((q) => q.text === 'It will hold,');
    assert.equal(held?.speaker?.name, 'Ines Varga');
    assert.equal(held?.speaker?.affiliation, 'harbour master');
    // An edit after the checkpoint changes what the entity named before it becomes.
    text = text.replace('the harbour master', 'the pier warden');
    const after = analyzePart(text, 'local', { memo });
    assert.equal(memo.skipped, 3);
    assert.deepEqual(after, analyzePart(text, 'local'));
    assert.equal(after.quotes.find((q) => q.text === 'It will hold,')?.speaker?.affiliation, 'pier warden');
  });

  it('repeated paragraphs each keep their own place', () => {
    const para = '"We will reopen the pier," said Tomas Ebbe, the harbour master.';
    let text = [para, 'Other news.', para, para].join('\n\n');
    const memo = new AttributionMemo();
    analyzePart(text, 'local', { memo });
    text = `Intro line.\n\n${text}`;
    const r = analyzePart(text, 'local', { memo });
    assert.equal(memo.reused, 4);
    assert.deepEqual(r, analyzePart(text, 'local'));
    assert.deepEqual(
      r.quotes.map((q) => text.slice(q.source!.start, q.source!.end)),
      ['Tomas Ebbe', 'Tomas Ebbe', 'Tomas Ebbe'],
    );
  });

  it('finds the common prefix and suffix across chunk boundaries', () => {
    const a = 'a'.repeat(9000) + 'XY' + 'b'.repeat(9000);
    const b = 'a'.repeat(9000) + 'Z' + 'b'.repeat(9000);
    assert.equal(commonPrefix(a, b), 9000);
    assert.equal(commonSuffix(a, b, 9000), 9000);
    assert.equal(commonPrefix('abc', 'abc'), 3);
    assert.equal(commonSuffix('abc', 'abc', 3), 0, 'the suffix never overlaps the prefix');
    assert.equal(commonSuffix('aa', 'aaa', 2), 0);
    assert.equal(commonPrefix('', 'abc'), 0);
  });

  it('keeps memos for the few long documents edited last', () => {
    const long = 'x'.repeat(100);
    const shelf = new MemoShelf(2, 50);
    const a = shelf.for('a', long);
    const b = shelf.for('b', long);
    assert.equal(shelf.for('a', long), a);
    shelf.for('c', long); // drops b, the least recent
    assert.equal(shelf.for('a', long), a);
    assert.notEqual(shelf.for('b', long), b);
    assert.equal(shelf.for(undefined, long), undefined);
    assert.equal(shelf.for('a', 'short'), undefined, 'a short text gets no memo');
    assert.notEqual(shelf.for('a', long), a, 'and its old memo is dropped');
  });
});
