// Repetitive input must not make duplicate detection quadratic (generous ceilings: a
// quadratic pairing of 10,000 copies would take minutes, not seconds).
import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../server/src/engine/config';
import { ArticleDoc } from '../../server/src/engine/document';
import { findDuplicates } from '../../server/src/engine/duplicates';
import { CorpusIndex } from '../../server/src/engine/duplicates/corpus';

// The rule alone (other rules have their own pathological-input checks).
const dups = (text: string, corpus?: CorpusIndex, docId?: string) =>
  findDuplicates(new ArticleDoc(text), DEFAULT_CONFIG, 'information', corpus, docId);

const SENTENCE =
  'The night ferry left the harbour late again because the crew waited for the last train from the city.';

describe('duplicates: repetitive input', function () {
  this.timeout(60_000);

  it('one sentence repeated 10,000 times in one file: one finding, quickly', () => {
    const text = Array(10_000).fill(SENTENCE).join(' ');
    const t0 = Date.now();
    const found = dups(text);
    const ms = Date.now() - t0;
    assert.equal(found.length, 1);
    assert.equal(found[0].start, SENTENCE.length + 1, 'the second copy onwards is the repeat');
    assert.equal(found[0].end, text.length);
    assert.ok(found[0].related!.length >= 1 && found[0].related![0].start === 0);
    assert.ok(ms < 10_000, `took ${ms} ms`);
  });

  it('two such files, and 300 files sharing one paragraph, stay fast', () => {
    const corpus = new CorpusIndex();
    const text = Array(10_000).fill(SENTENCE).join('\n');
    corpus.set('a', text);
    corpus.set('b', text + '\nA different ending line for this one.');
    const para = `${SENTENCE} ${SENTENCE}`;
    // 300 saved versions of one story (not boilerplate: they share most of their lines).
    for (let i = 0; i < 300; i++)
      corpus.set(
        `f${i}`,
        `Version ${i} of the ferry story\n\n${para}\n\nThe operator apologised to passengers.\n\nA new timetable starts in May.`,
      );
    const t0 = Date.now();
    const a = dups(corpus.text('a')!, corpus, 'a');
    const f7 = dups(corpus.text('f7')!, corpus, 'f7');
    const ms = Date.now() - t0;
    assert.ok(a.length >= 1);
    assert.equal(f7.length, 1);
    assert.equal(f7[0].related!.length, 5, 'capped at maxRelated');
    assert.match(f7[0].message, /the first 5 are linked/);
    assert.ok(ms < 20_000, `took ${ms} ms`);
  });
});
