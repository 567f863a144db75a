import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine/analyze';
import { DEFAULT_CONFIG, type Config } from '../../server/src/engine/config';
import { ArticleDoc } from '../../server/src/engine/document';
import { CorpusIndex } from '../../server/src/engine/duplicates/corpus';
import { findDuplicates } from '../../server/src/engine/duplicates';

// Invented articles: one shared passage of 20 words, the rest their own.
const shared =
  'The harbour board voted late on Tuesday to close the old ferry ramp until engineers finish a full inspection of its pilings.';
const first = `Ferry ramp shut\n\nGulls circled the quay at dawn.\n\n${shared}\n`;
const second = `Quay news in brief\n\nA bakery on Mill Lane reopened after a fire.\n\n${shared}\n`;
const withMinWords = (minWords: number): Config => ({
  ...DEFAULT_CONFIG,
  duplicates: { ...DEFAULT_CONFIG.duplicates, minWords },
});
const dupIn = (fs: { code: string }[]) => fs.filter((f) => f.code === 'duplicate-passage').length;

describe('corpus rules read the corpus, analyze keeps it', () => {
  it('findDuplicates only reads: it refuses a corpus that does not hold the document, or is indexed too coarsely, and changes nothing', () => {
    const corpus = new CorpusIndex({ minWords: 15 });
    corpus.set('first', first);
    corpus.set('second', second);
    const doc = new ArticleDoc(first);
    assert.equal(findDuplicates(doc, DEFAULT_CONFIG, 'warning', corpus, 'first').length, 1);
    assert.throws(() => findDuplicates(doc, withMinWords(8), 'warning', corpus, 'first'), /indexed for 15 words/);
    assert.equal(corpus.minWords, 15, 'the index was not re-made for a finer minWords');
    assert.throws(
      () => findDuplicates(new ArticleDoc(second), DEFAULT_CONFIG, 'warning', corpus, 'third'),
      /does not hold/,
    );
    assert.throws(() => findDuplicates(doc, DEFAULT_CONFIG, 'warning', corpus), /does not hold/);
    assert.deepEqual(corpus.ids().sort(), ['first', 'second']);
  });

  it('analyze brings the corpus to the text and minWords it analyses, and holds an unsaved text only while it runs', () => {
    const corpus = new CorpusIndex({ minWords: 15 });
    corpus.set('second', second);
    assert.equal(dupIn(analyze(first, { corpus }).findings), 1, 'an unsaved text is checked against the corpus');
    assert.deepEqual(corpus.ids(), ['second']);
    assert.equal(dupIn(analyze(first, { corpus, docId: 'first', config: withMinWords(8) }).findings), 1);
    assert.equal(corpus.minWords, 8);
    assert.equal(corpus.text('first'), first);
  });
});
