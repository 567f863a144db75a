// Duplicate detection must do work linear in the input on the corpus shapes of issue #17 (many
// near-identical files, one line in every file, paragraphs shared by many files, a file that is
// one repeated paragraph). Steps are counted in the hot loops (engine/duplicates/steps.ts), not
// timed, so a quadratic path fails on any machine: 4× the input may cost at most ~5× the steps.
import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../server/src/engine/config';
import { ArticleDoc } from '../../server/src/engine/document';
import { findDuplicates } from '../../server/src/engine/duplicates';
import { Corpus } from '../../server/src/engine/duplicates/corpus';
import { duplicateGroups } from '../../server/src/engine/duplicates/groups';
import { steps } from '../../server/src/engine/duplicates/steps';
import type { Finding } from '../../server/src/engine/types';
import { type ShapeFile, type ShapeName, shape } from '../helpers/corpus-shapes';

interface Run {
  bytes: number;
  check: number;
  groups: number;
  findings: Map<string, Finding[]>;
}

/** What `check` does for duplicates: every file into one corpus, then each file's findings. Steps of each part. */
function run(files: ShapeFile[], withGroups = true): Run {
  const corpus = new Corpus({ minWords: DEFAULT_CONFIG.duplicates.minWords });
  steps.n = 0;
  for (const f of files) corpus.set(f.name, f.text);
  const findings = new Map<string, Finding[]>();
  for (const f of files) findings.set(f.name, findDuplicates(new ArticleDoc(f.text), DEFAULT_CONFIG, 'information', corpus, f.name));
  const check = steps.n;
  steps.n = 0;
  if (withGroups) duplicateGroups(corpus, () => DEFAULT_CONFIG);
  return { bytes: files.reduce((s, f) => s + f.text.length, 0), check, groups: steps.n, findings };
}

const CASES: { shape: ShapeName; label: string; n: number; bytes?: number }[] = [
  // Sizes past the caps (8 other files read per hash): below them, work grows with the files per passage.
  { shape: 'near-identical', label: 'near-identical files (more files)', n: 12, bytes: 6000 },
  // (and past MAX_POSITIONS = 4 copies of each run in a file: 5 copies of the base articles, then 20)
  { shape: 'near-identical', label: 'near-identical files (longer files)', n: 3, bytes: 40000 },
  { shape: 'common-line', label: 'one common line in every file', n: 20, bytes: 2500 },
  { shape: 'shared-paragraphs', label: 'paragraphs shared by many files', n: 60 },
  { shape: 'one-paragraph-file', label: 'a file that is one repeated paragraph', n: 150, bytes: 3000 },
];

describe('duplicates: work grows linearly on the corpus shapes of #17', function () {
  this.timeout(120_000);

  for (const c of CASES) {
    it(`${c.label}: 4× the input, at most ~5× the steps`, () => {
      const longer = c.label.includes('longer');
      const small = run(shape(c.shape, c.n, c.bytes));
      const big = run(longer ? shape(c.shape, c.n, c.bytes! * 4) : shape(c.shape, c.n * 4, c.bytes));
      const size = big.bytes / small.bytes;
      assert.ok(size > 3.5 && size < 4.5, `input grew ${size.toFixed(2)}×`);
      const checkRatio = big.check / small.check;
      const groupRatio = big.groups / small.groups;
      console.log(`      ${c.label}: check ${small.check} -> ${big.check} (${checkRatio.toFixed(2)}×), groups ${small.groups} -> ${big.groups} (${groupRatio.toFixed(2)}×)`);
      assert.ok(checkRatio <= 5, `check: ${small.check} -> ${big.check} steps (${checkRatio.toFixed(1)}× for ${size.toFixed(1)}× the input)`);
      assert.ok(groupRatio <= 5, `groups: ${small.groups} -> ${big.groups} steps (${groupRatio.toFixed(1)}× for ${size.toFixed(1)}× the input)`);
    });
  }

  it('still reports what matters on those shapes', () => {
    // Near-identical files: every file has passages found in another file, pointing at it.
    const near = run(shape('near-identical', 16, 6000), false);
    for (const [name, fs] of near.findings) {
      assert.ok(fs.some((f) => f.related!.some((r) => r.doc !== name)), `${name}: no cross-file finding`);
    }
    // Shared paragraphs: each file's paragraphs are found elsewhere.
    const shared = run(shape('shared-paragraphs', 40), false);
    for (const [name, fs] of shared.findings) assert.ok(fs.some((f) => f.related!.some((r) => r.doc !== name)), `${name}: no cross-file finding`);
    // One repeated paragraph: one finding from the second copy to the end, pointing at the first;
    // and the article that holds that paragraph once is told about the other file.
    const files = shape('one-paragraph-file', 300, 3000);
    const one = run(files, false);
    const [f0, , f2] = files;
    const own = one.findings.get(f0.name)!.filter((f) => f.related!.some((r) => r.doc === f0.name));
    assert.equal(own.length, 1);
    assert.equal(own[0].start, f0.text.indexOf('\n\n') + 2, 'the second copy onwards is the repeat');
    assert.equal(own[0].end, f0.text.trimEnd().length);
    assert.equal(own[0].related![0].doc, f0.name);
    assert.equal(own[0].related![0].start, 0);
    const there = one.findings.get(f2.name)!;
    assert.equal(there.length, 1);
    assert.ok(there[0].related!.some((r) => r.doc === f0.name));
  });
});
