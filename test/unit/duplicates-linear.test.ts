// Duplicate detection must do work linear in the input on the corpus shapes of issue #17 (many
// near-identical files, one line in every file, paragraphs shared by many files, a file that is
// one repeated paragraph). Steps are counted in the hot loops (engine/duplicates/steps.ts), not
// timed, so a quadratic path fails on any machine: 4× the input may cost at most ~5× the steps.
import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../server/src/engine/config';
import { ArticleDoc } from '../../server/src/engine/document';
import { findBoilerplate } from '../../server/src/engine/boilerplate';
import { findDuplicates } from '../../server/src/engine/duplicates';
import {
  CorpusIndex,
  MATCH_STEPS_BASE,
  MATCH_STEPS_PER_WORD,
  MAX_DOCS_PER_HASH,
  MAX_POSITIONS,
} from '../../server/src/engine/duplicates/corpus';
import { MatchScratch, findMatches } from '../../server/src/engine/duplicates/match';
import { tokenize } from '../../server/src/engine/duplicates/words';
import { duplicateGroups } from '../../server/src/engine/duplicates/groups';
import { steps } from '../../server/src/engine/duplicates/steps';
import type { Finding } from '../../server/src/engine/types';
import { type ShapeFile, type ShapeName, shape } from '../helpers/corpus-shapes';

interface Run {
  bytes: number;
  check: number;
  groups: number;
  /** The boilerplate rule's corpus evidence (engine/boilerplate/evidence.ts), which reads the same corpus's line table. */
  boilerplate: number;
  findings: Map<string, Finding[]>;
}

/** What `check` does for duplicates: every file into one corpus, then each file's findings. Steps of each part. */
function run(files: ShapeFile[], withGroups = true): Run {
  const corpus = new CorpusIndex({ minWords: DEFAULT_CONFIG.duplicates.minWords });
  steps.n = 0;
  for (const f of files) corpus.set(f.name, f.text);
  const findings = new Map<string, Finding[]>();
  for (const f of files)
    findings.set(f.name, findDuplicates(new ArticleDoc(f.text), DEFAULT_CONFIG, 'information', corpus, f.name));
  const check = steps.n;
  steps.n = 0;
  for (const f of files) findBoilerplate(new ArticleDoc(f.text), DEFAULT_CONFIG, 'warning', corpus.lines, f.name);
  const boilerplate = steps.n;
  steps.n = 0;
  if (withGroups) duplicateGroups(corpus, () => DEFAULT_CONFIG);
  return { bytes: files.reduce((s, f) => s + f.text.length, 0), check, groups: steps.n, boilerplate, findings };
}

const CASES: { shape: ShapeName; label: string; n: number; bytes?: number }[] = [
  // Sizes past the caps (8 other files read per hash): below them, work grows with the files per passage.
  { shape: 'near-identical', label: 'near-identical files (more files)', n: 12, bytes: 6000 },
  // (and past MAX_POSITIONS = 8 copies of each run in a file: 8.5 copies of the base articles, then 34)
  { shape: 'near-identical', label: 'near-identical files (longer files)', n: 2, bytes: 64000 },
  // (40 -> 160 files: past MAX_EVIDENCE_DOCS = 32 other files read per line by the boilerplate evidence)
  { shape: 'common-line', label: 'one common line in every file', n: 40, bytes: 2500 },
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
      // (+1: a shape with no line in several files gives the evidence nothing to do)
      const bpRatio = (big.boilerplate + 1) / (small.boilerplate + 1);
      console.log(
        `      ${c.label}: check ${small.check} -> ${big.check} (${checkRatio.toFixed(2)}×), groups ${small.groups} -> ${big.groups} (${groupRatio.toFixed(2)}×), ` +
          `boilerplate evidence ${small.boilerplate} -> ${big.boilerplate} (${bpRatio.toFixed(2)}×)`,
      );
      assert.ok(
        checkRatio <= 5,
        `check: ${small.check} -> ${big.check} steps (${checkRatio.toFixed(1)}× for ${size.toFixed(1)}× the input)`,
      );
      assert.ok(
        groupRatio <= 5,
        `groups: ${small.groups} -> ${big.groups} steps (${groupRatio.toFixed(1)}× for ${size.toFixed(1)}× the input)`,
      );
      // Asserted on the one-common-line shape, where it was quadratic. (Near-identical files reach
      // MAX_RELATED_CHECKS = 256 pair checks per file only past ~260 files, too large for a unit test.)
      if (c.shape === 'common-line')
        assert.ok(
          bpRatio <= 5,
          `boilerplate evidence: ${small.boilerplate} -> ${big.boilerplate} steps (${bpRatio.toFixed(1)}× for ${size.toFixed(1)}× the input)`,
        );
    });
  }

  it('still reports what matters on those shapes', () => {
    // Near-identical files: every file has passages found in another file, pointing at it.
    const near = run(shape('near-identical', 16, 6000), false);
    for (const [name, fs] of near.findings) {
      assert.ok(
        fs.some((f) => f.related!.some((r) => r.doc !== name)),
        `${name}: no cross-file finding`,
      );
      for (const f of fs) {
        // More copies than linked: one in each file first, not all five in the first file.
        const files = Number(/in (\d+) other files/.exec(f.message)?.[1] ?? 0);
        if (/copies in all/.test(f.message) && files >= 4)
          assert.ok(new Set(f.related!.map((r) => r.doc)).size >= 4, f.message);
        // Files said to be unchecked and files named never add up to more than the corpus holds.
        const unchecked = Number(/(\d+) more files? shares?/.exec(f.message)?.[1] ?? 0);
        assert.ok(files + unchecked <= 15, f.message);
      }
    }
    // Shared paragraphs: each file's paragraphs are found elsewhere.
    const shared = run(shape('shared-paragraphs', 40), false);
    for (const [name, fs] of shared.findings)
      assert.ok(
        fs.some((f) => f.related!.some((r) => r.doc !== name)),
        `${name}: no cross-file finding`,
      );
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

describe('duplicates: the caps that bound matching (engine/duplicates/corpus.ts, match.ts)', () => {
  const para = (i: number) => `Harbour notes ${i}: the ferry schedule changes again next week.`;
  const SHARED =
    'The night ferry left the harbour late again because the crew waited for the last train from the city, and the council said it would review the timetable.';

  it(`MAX_DOCS_PER_HASH (${MAX_DOCS_PER_HASH}): a passage in 20 files links the first copies and counts the rest`, () => {
    const corpus = new CorpusIndex();
    const names = Array.from({ length: 20 }, (_, i) => `f${String(i).padStart(2, '0')}`);
    // Saved versions of one story: a line of their own, then the shared passage.
    const version = (i: number) =>
      `Version ${i} of the ferry story\n\n${SHARED}\n\nThe operator apologised to passengers.\n\nA new timetable starts in May.`;
    names.forEach((n, i) => corpus.set(n, version(i)));
    const late = findDuplicates(new ArticleDoc(corpus.text('f19')!), DEFAULT_CONFIG, 'information', corpus, 'f19');
    assert.equal(late.length, 1);
    assert.deepEqual(
      late[0].related!.map((r) => r.doc),
      ['f00', 'f01', 'f02', 'f03', 'f04'],
      'the first copies, maxRelated of them',
    );
    assert.match(late[0].message, new RegExp(`in ${MAX_DOCS_PER_HASH} other files`));
    assert.match(
      late[0].message,
      new RegExp(`${19 - MAX_DOCS_PER_HASH} more files share some of its wording \\(not checked\\)`),
    );
    const first = findDuplicates(new ArticleDoc(corpus.text('f00')!), DEFAULT_CONFIG, 'information', corpus, 'f00');
    assert.equal(first.length, 1);
    assert.equal(first[0].related![0].doc, 'f01');
    // Under the cap nothing changes: every other file is read, none left unchecked.
    const few = new CorpusIndex();
    names.slice(0, MAX_DOCS_PER_HASH + 1).forEach((n, i) => few.set(n, version(i)));
    const all = findDuplicates(new ArticleDoc(few.text('f00')!), DEFAULT_CONFIG, 'information', few, 'f00');
    assert.match(all[0].message, new RegExp(`in ${MAX_DOCS_PER_HASH} other files`));
    assert.doesNotMatch(all[0].message, /not checked/);
  });

  it(`MAX_POSITIONS (${MAX_POSITIONS}): a run repeated 20 times in a file is still found from another file, and as a repeat`, () => {
    const corpus = new CorpusIndex();
    const sentence =
      'Crews on the Marrow Sound ferries stopped work at dawn on Tuesday, leaving four thousand commuters stranded.';
    const rep = `Strike diary\n\n${Array(20).fill(sentence).join('\n\n')}\n`;
    corpus.set('rep', rep);
    corpus.set('once', `${para(1)}\n\n${sentence}\n\n${para(2)}\n`);
    const once = findDuplicates(new ArticleDoc(corpus.text('once')!), DEFAULT_CONFIG, 'information', corpus, 'once');
    assert.equal(once.length, 1);
    assert.equal(corpus.text('once')!.slice(once[0].start, once[0].end), sentence);
    assert.ok(once[0].related!.some((r) => r.doc === 'rep'));
    const own = findDuplicates(new ArticleDoc(rep), DEFAULT_CONFIG, 'information', corpus, 'rep').filter((f) =>
      f.related!.some((r) => r.doc === 'rep'),
    );
    assert.equal(own.length, 1);
    assert.equal(own[0].start, rep.indexOf(sentence) + sentence.length + 2, 'from the second copy');
    assert.equal(own[0].end, rep.trimEnd().length);
  });

  it('the step budget: matching stops when it runs out (MATCH_STEPS_PER_WORD per word of the document)', () => {
    const text = Array.from({ length: 400 }, (_, i) => `word${i % 97} other${i % 89} more${i % 83}`).join(' ');
    const w = tokenize(text);
    const positions = Array.from({ length: w.count - 8 }, (_, i) => i);
    const groups = [{ mine: positions, theirs: positions.slice(0, MAX_POSITIONS) }];
    const before = steps.n;
    const scratch = new MatchScratch(w.count, 500);
    findMatches(w, w, groups, 8, 15, false, scratch, Int32Array.from(positions));
    const used = steps.n - before;
    assert.ok(scratch.budget <= 0, 'ran out');
    // One extension may finish past the budget: at most the length of the two texts.
    assert.ok(used <= 500 + 2 * (w.count + w.count), `used ${used} steps`);
    assert.ok(MATCH_STEPS_PER_WORD * 1000 + MATCH_STEPS_BASE > 0);
  });
});
