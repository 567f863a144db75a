import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine/analyze';
import { DEFAULT_CONFIG, mergeConfig, type ConfigProblem } from '../../server/src/engine/config';
import { findingKey, ignoreKey } from '../../server/src/engine/ignore';

describe('ignored findings', () => {
  const text = 'Intro line.\n\nThe chef called it “a bold menu. Diners agreed.\n';

  it('drops a finding recorded by rule and normalised text, wherever it moves', () => {
    const [f] = analyze(text).findings;
    const key = findingKey(f, text);
    const config = mergeConfig(DEFAULT_CONFIG, { ignore: [{ rule: 'unbalanced-quote', text: key }] });
    assert.deepEqual(analyze(text, { config }).findings, []);
    // An edit above the finding does not bring it back.
    const moved = 'A new first paragraph.\n\n' + text;
    assert.deepEqual(analyze(moved, { config }).findings, []);
    // Another rule with the same text is not ignored.
    const other = mergeConfig(DEFAULT_CONFIG, { ignore: [{ rule: 'boilerplate', text: key }] });
    assert.equal(analyze(text, { config: other }).findings.filter((x) => x.code === 'unbalanced-quote').length, 1);
  });

  it('applies a per-file entry to that file only', () => {
    const [f] = analyze(text).findings;
    const config = mergeConfig(DEFAULT_CONFIG, {
      ignore: [{ rule: 'unbalanced-quote', text: findingKey(f, text), file: 'news/a.txt' }],
    });
    assert.deepEqual(analyze(text, { config, relPath: 'news/a.txt' }).findings, []);
    assert.equal(analyze(text, { config, relPath: 'news/b.txt' }).findings.length, 1);
  });

  it('normalises case, quote style, dashes and spacing', () => {
    assert.equal(ignoreKey('  “A  Bold” menu — Yes '), ignoreKey('"a bold" menu - yes'.replace('-', '\u2014')));
  });

  it('reports malformed entries by key', () => {
    const problems: ConfigProblem[] = [];
    mergeConfig(DEFAULT_CONFIG, { ignore: [{ rule: 'nope', text: 'x' }, { rule: 'boilerplate' }] }, problems);
    assert.deepEqual(
      problems.map((p) => p.key),
      ['ignore[0]', 'ignore[1]'],
    );
  });
});
