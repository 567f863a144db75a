#!/usr/bin/env node
// Corpus benchmark for duplicated passages: a deterministic synthetic corpus (default 10,000
// articles of ~800 words, 2% sharing planted passages), written to a temp dir, then:
// cold index time, peak RSS, time to update after editing one file, planted-passage recall and
// precision; and jscpd on the same files in the same run, for time and recall side by side.
//
//   node bench/corpus.mjs [--docs N] [--words N] [--seed N] [--no-jscpd] [--json]
// Loads the engine from out/ (run `npx tsc -p test` first).

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { peerBin } from './peers.mjs';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const require = createRequire(import.meta.url);
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? dflt : Number(process.argv[i + 1]);
};
const DOCS = arg('--docs', 10_000);
const WORDS = arg('--words', 800);
const SEED = arg('--seed', 20260101);
const RUN_JSCPD = !process.argv.includes('--no-jscpd');
const AS_JSON = process.argv.includes('--json');

const out = path.join(ROOT, 'out', 'server', 'src', 'engine');
if (!fs.existsSync(path.join(out, 'duplicates', 'corpus.js'))) {
  console.error('bench/corpus: run `npx tsc -p test` first (loads the engine from out/)');
  process.exit(2);
}
const { CorpusIndex } = require(path.join(out, 'duplicates', 'corpus.js'));
const { findDuplicates } = require(path.join(out, 'duplicates', 'index.js'));
const { ArticleDoc } = require(path.join(out, 'document.js'));
const { DEFAULT_CONFIG } = require(path.join(out, 'config.js'));

// --- sourcelint, in a process of its own ----------------------------------------------------
// Indexing runs in a child process that reads the files from disk, as the server does, so its peak
// memory is sourcelint's alone (not the generator's).
function measure(files, planted, sharers, PLANTS, DOCS) {
  let peak = process.memoryUsage().rss;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const t0 = performance.now();
  const corpus = new CorpusIndex({ minWords: DEFAULT_CONFIG.duplicates.minWords });
  for (const f of files) corpus.set(f, fs.readFileSync(f, 'utf8'));
  const coldMs = performance.now() - t0;
  peak = Math.max(peak, process.memoryUsage().rss);

  // Recall / precision over the planted pairs: every file checked, like `sourcelint check` would.
  const t1 = performance.now();
  let tp = 0;
  let fp = 0;
  const hit = new Set();
  for (let i = 0; i < DOCS; i++) {
    const m = corpus.matches(files[i]).matches.filter((x) => !x.self);
    for (const x of m) {
      const j = files.indexOf(x.doc);
      const p = sharers.get(i);
      if (p !== undefined && sharers.get(j) === p) {
        tp++;
        hit.add(p);
      } else fp++;
    }
  }
  const checkAllMs = performance.now() - t1;
  const recall = hit.size / PLANTS;
  const precision = tp + fp ? tp / (tp + fp) : 1;

  // Update after one edit: replace a sentence in one sharing file, re-index it, re-check it.
  // (The first analysis builds the line table the boilerplate rule reads; the server does that once, at start.)
  const [ea, eb] = planted[0].files;
  const warmT = performance.now();
  findDuplicates(new ArticleDoc(corpus.text(files[eb])), DEFAULT_CONFIG, 'information', corpus, files[eb]);
  const firstAnalysisMs = performance.now() - warmT;
  const before = corpus.text(files[ea]);
  const edited = before.replace(/\.\s/, '. An editor added this sentence here. ');
  const t2 = performance.now();
  corpus.set(files[ea], edited);
  const found = findDuplicates(new ArticleDoc(edited), DEFAULT_CONFIG, 'information', corpus, files[ea]);
  const updateMs = performance.now() - t2;
  clearInterval(sample);
  peak = Math.max(peak, process.memoryUsage().rss);
  return {
    coldMs,
    checkAllMs,
    updateMs,
    firstAnalysisMs,
    found: found.length,
    recall,
    precision,
    peakKb: process.resourceUsage().maxRSS,
  };
}

const measureAt = process.argv.indexOf('--measure');
if (measureAt >= 0) {
  const spec = JSON.parse(fs.readFileSync(process.argv[measureAt + 1], 'utf8'));
  const r = measure(spec.files, spec.planted, new Map(spec.sharers), spec.PLANTS, spec.files.length);
  process.stdout.write(JSON.stringify(r));
  process.exit(0);
}

// --- deterministic corpus ---------------------------------------------------------------
let s = SEED >>> 0;
const rand = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
const pick = (a) => a[Math.floor(rand() * a.length)];
// A vocabulary with a news-like skew: common words often, rare words seldom.
const SYL = ['ka', 'lo', 'mi', 'ter', 'on', 'sa', 'vel', 'du', 'ri', 'pa', 'no', 'gen', 'bra', 'tis', 'ul', 'fe'];
const VOCAB = Array.from({ length: 6000 }, (_, i) =>
  i < 60
    ? [
        'the',
        'a',
        'of',
        'to',
        'in',
        'and',
        'said',
        'on',
        'for',
        'with',
        'was',
        'that',
        'by',
        'at',
        'as',
        'his',
        'her',
        'from',
        'it',
        'is',
      ][i % 20]
    : Array.from({ length: 2 + (i % 3) }, () => pick(SYL)).join(''),
);
const word = () => VOCAB[Math.floor(VOCAB.length * rand() ** 2.2)];
function sentence() {
  const n = 8 + Math.floor(rand() * 18);
  const w = Array.from({ length: n }, word);
  w[0] = w[0][0].toUpperCase() + w[0].slice(1);
  if (rand() < 0.15) return `“${w.join(' ')},” ${pick(['said', 'added', 'told reporters'])} ${pick(VOCAB)}.`;
  return w.join(' ') + '.';
}
function paragraph(words) {
  const out = [];
  let n = 0;
  while (n < words) {
    const t = sentence();
    out.push(t);
    n += t.split(' ').length;
  }
  return out.join(' ');
}
const PLANTS = Math.max(1, Math.round((DOCS * 0.02) / 2)); // each planted passage goes into 2 files
const passages = Array.from({ length: PLANTS }, () => paragraph(40 + Math.floor(rand() * 60)));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-bench-corpus-'));
const files = [];
const planted = []; // { passage, files: [i, j] }
const sharers = new Map();
for (let p = 0; p < PLANTS; p++) {
  let a = Math.floor(rand() * DOCS);
  while (sharers.has(a)) a = Math.floor(rand() * DOCS);
  let b = Math.floor(rand() * DOCS);
  while (b === a || sharers.has(b)) b = Math.floor(rand() * DOCS);
  sharers.set(a, p);
  sharers.set(b, p);
  planted.push({ passage: p, files: [a, b] });
}
for (let i = 0; i < DOCS; i++) {
  const paras = [];
  let n = 0;
  while (n < WORDS) {
    const t = paragraph(50 + Math.floor(rand() * 60));
    paras.push(t);
    n += t.split(' ').length;
  }
  if (sharers.has(i)) paras.splice(1 + Math.floor(rand() * (paras.length - 1)), 0, passages[sharers.get(i)]);
  const f = path.join(dir, `a${String(i).padStart(5, '0')}.txt`);
  fs.writeFileSync(f, `Headline number ${i}\n\n${paras.join('\n\n')}\n`);
  files.push(f);
}

const specFile = path.join(dir, 'spec.json');
fs.writeFileSync(specFile, JSON.stringify({ files, planted, sharers: [...sharers], PLANTS }));
const child = JSON.parse(
  execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--measure', specFile], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  }),
);
fs.rmSync(specFile);
const { coldMs, checkAllMs, updateMs, firstAnalysisMs, recall, precision } = child;
const found = { length: child.found };
const peak = child.peakKb * 1024;

// --- jscpd on the same files ------------------------------------------------------------
let jscpd = null;
if (RUN_JSCPD) {
  let bin;
  try {
    bin = peerBin('jscpd');
  } catch (e) {
    jscpd = { error: `jscpd could not be installed: ${e.message}` };
  }
  if (bin) {
    const report = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-bench-jscpd-'));
    const t3 = performance.now();
    let text = '';
    try {
      text = execFileSync(
        bin,
        ['--format', 'txt', '--min-tokens', '30', '--min-lines', '1', '--reporters', 'json', '--output', report, dir],
        { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] },
      );
    } catch (e) {
      text = String(e.stdout ?? '');
    }
    const ms = performance.now() - t3;
    let clones = [];
    try {
      clones = JSON.parse(fs.readFileSync(path.join(report, 'jscpd-report.json'), 'utf8')).duplicates ?? [];
    } catch {
      /* no report */
    }
    const jhit = new Set();
    let jtp = 0;
    for (const c of clones) {
      // Files are named aNNNNN.txt: the number is the index, whatever form of path jscpd reports.
      const num = (f) => Number(/a(\d{5})\.txt$/.exec(f?.name ?? f?.path ?? '')?.[1] ?? -1);
      const i = num(c.firstFile);
      const j = num(c.secondFile);
      const p = sharers.get(i);
      if (p !== undefined && sharers.get(j) === p) {
        jhit.add(p);
        jtp++;
      }
    }
    jscpd = {
      ms,
      clones: clones.length,
      recall: jhit.size / PLANTS,
      precision: clones.length ? jtp / clones.length : 1,
    };
    fs.rmSync(report, { recursive: true, force: true });
    void text;
  }
}
fs.rmSync(dir, { recursive: true, force: true });

const result = {
  docs: DOCS,
  wordsPerDoc: WORDS,
  plantedPassages: PLANTS,
  coldIndexMs: Math.round(coldMs),
  checkAllMs: Math.round(checkAllMs),
  updateMs: +updateMs.toFixed(1),
  firstAnalysisMs: Math.round(firstAnalysisMs),
  updateFindings: found.length,
  peakRssMB: Math.round(peak / 2 ** 20),
  recall,
  precision: +precision.toFixed(4),
  jscpd,
  timeRatio: jscpd?.ms ? +(jscpd.ms / coldMs).toFixed(1) : null,
  targets: { coldIndexMs: 5000, updateMs: 20, peakRssMB: 500, recall: 1, precision: 0.99 },
};
if (AS_JSON) console.log(JSON.stringify(result, null, 1));
else {
  const ok = (v, good) => (good ? `${v}  ok` : `${v}  MISSED`);
  console.log(
    `corpus: ${DOCS.toLocaleString('en')} articles × ~${WORDS} words, ${PLANTS} planted passages (each in 2 files)`,
  );
  console.log(`  cold index       ${ok(`${result.coldIndexMs} ms`, result.coldIndexMs <= 5000)}`);
  console.log(`  update one edit  ${ok(`${result.updateMs} ms`, result.updateMs <= 20)}`);
  console.log(`  peak RSS         ${ok(`${result.peakRssMB} MB`, result.peakRssMB <= 500)}`);
  console.log(`  recall           ${ok(recall.toFixed(3), recall === 1)}`);
  console.log(`  precision        ${ok(precision.toFixed(4), precision >= 0.99)}`);
  console.log(
    `  check all files  ${result.checkAllMs} ms (matches of every file); first analysis ${result.firstAnalysisMs} ms (builds line table)`,
  );
  if (jscpd?.error) console.log(`  jscpd: ${jscpd.error}`);
  else if (jscpd)
    console.log(
      `  jscpd            ${Math.round(jscpd.ms)} ms (${result.timeRatio}× our cold index), recall ${jscpd.recall.toFixed(3)}, ${jscpd.clones} clones`,
    );
}
