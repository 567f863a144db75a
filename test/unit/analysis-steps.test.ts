import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analysisSteps, analyze, finish } from '../../server/src/engine/analyze';
import { AttributionMemo } from '../../server/src/engine/attribution/memo';
import { DEFAULT_CONFIG } from '../../server/src/engine/config';
import { CorpusIndex } from '../../server/src/engine/duplicates/corpus';
import { formatOf, prepareText } from '../../server/src/engine/markdown';
import { sampleFiles } from '../helpers/fixtures';
import type { Analysis } from '../../server/src/engine/types';

// The language server's engine host runs an analysis one rule at a time (analysisSteps), on the
// text it blanked once, a long text's article rules apart: drained, the steps must give exactly
// what analyze gives.

function drain(steps: Generator<void, Analysis>): { analysis: Analysis; pauses: number } {
  let pauses = 0;
  for (;;) {
    const s = steps.next();
    if (s.done) return { analysis: s.value, pauses };
    pauses++;
  }
}

describe('analysis one rule at a time', () => {
  const files = sampleFiles();
  const corpus = new CorpusIndex();
  for (const f of files) corpus.set(f, prepareText(fs.readFileSync(f, 'utf8'), formatOf(f)));

  for (const file of files) {
    it(`${path.basename(file)}: the steps, drained, equal analyze (with ignores, and with a memo)`, () => {
      const text = fs.readFileSync(file, 'utf8');
      const format = formatOf(file);
      const prepared = prepareText(text, format);
      const first = analyze(text, { corpus, docId: file, format }).findings[0];
      assert.ok(first, 'the sample has findings to compare');
      const configs = [
        DEFAULT_CONFIG,
        { ...DEFAULT_CONFIG, ignore: [{ rule: first.code, text: text.slice(first.start, first.end) }] },
      ];
      for (const config of configs) {
        const whole = analyze(text, { config, corpus, docId: file, format });
        const { analysis, pauses } = drain(analysisSteps(text, prepared, { config, corpus, docId: file }));
        assert.deepEqual(analysis, whole);
        assert.ok(pauses >= 4, 'it pauses between rules');
        // The host's split for a long text: the article rules on its helper, the corpus rules in turns.
        const local = drain(analysisSteps(text, prepared, { config, docId: file }, 'local')).analysis;
        const rest = drain(analysisSteps(text, prepared, { config, corpus, docId: file }, 'corpus')).analysis;
        assert.deepEqual(finish(text, [...local.findings, ...rest.findings], local.quotes, { config }), whole);
        const memo = new AttributionMemo();
        drain(analysisSteps(text, prepared, { config, corpus, docId: file, memo }));
        assert.deepEqual(drain(analysisSteps(text, prepared, { config, corpus, docId: file, memo })).analysis, whole);
      }
    });
  }
});
