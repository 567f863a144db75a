import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, analyzePart, finish } from '../../server/src/engine/analyze';
import { DEFAULT_CONFIG } from '../../server/src/engine/config';
import { CorpusIndex } from '../../server/src/engine/duplicates/corpus';
import { formatOf, prepareText } from '../../server/src/engine/markdown';
import { sampleFiles } from '../helpers/fixtures';

// The two parts of an analysis, run apart and joined with finish, must give exactly what
// analyze gives, for every sample, with and without ignores.

describe('analysis in two parts', () => {
  const files = sampleFiles();
  const corpus = new CorpusIndex();
  for (const f of files) corpus.set(f, prepareText(fs.readFileSync(f, 'utf8'), formatOf(f)));

  for (const file of files) {
    it(`${path.basename(file)}: local part + corpus part, joined, equal the whole`, () => {
      const text = fs.readFileSync(file, 'utf8');
      const first = analyze(text, { corpus, docId: file, format: formatOf(file) }).findings[0];
      const configs = [
        DEFAULT_CONFIG,
        { ...DEFAULT_CONFIG, ignore: first ? [{ rule: first.code, text: text.slice(first.start, first.end) }] : [] },
      ];
      for (const config of configs) {
        const options = { config, corpus, docId: file, format: formatOf(file) };
        const whole = analyze(text, options);
        const local = analyzePart(text, 'local', options);
        const rest = analyzePart(text, 'corpus', options);
        assert.equal(rest.quotes.length, 0);
        assert.deepEqual(finish(text, [...local.findings, ...rest.findings], local.quotes, options), whole);
      }
      assert.ok(
        analyze(text, { corpus, docId: file, format: formatOf(file) }).findings.length > 0,
        'the sample has findings to compare',
      );
    });
  }
});
