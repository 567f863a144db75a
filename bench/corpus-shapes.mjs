// Corpus shapes of issue #17 (many near-identical files, one line in every file, paragraphs shared
// by many files, a file that is one repeated paragraph), generated from a seed at three sizes:
// check in this process (every file read into one corpus, then analysed against it, as the CLI
// does), the duplicates rule alone (corpus + findings of every file), and the floor: reading the
// same files, tokenising and fingerprinting them, measured in the same run; a full run also times
// `sourcelint check --format json` itself (its own process, as a user runs it). Reports the
// power-law exponent of time in bytes over the three sizes (goal <= 1.15) and floor ÷ check (goal >= 0.25).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmt } from './stats.mjs';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const require = createRequire(import.meta.url);
const CLI = path.join(ROOT, 'dist', 'cli.js');

// [shape, sizes (files, or repeats for the one-file shape), bytes per file]
const FULL = [
  ['near-identical', [15, 30, 60], 100_000], // the top size is the 60 × 100 KB
  // (The boilerplate rule's corpus evidence, repeatedLines in engine/boilerplate/evidence.ts, was
  // quadratic in the files that hold a line; it reads at most MAX_EVIDENCE_DOCS of them now.)
  ['common-line', [125, 250, 500], 3000],
  ['shared-paragraphs', [250, 500, 1000]],
  ['one-paragraph-file', [1500, 3000, 6000], 3000], // up to ~1.8 MB in one file (maxFileSize is 2 MB)
];
const QUICK = [
  ['near-identical', [3, 6, 12], 10_000],
  ['common-line', [20, 40, 80], 2000],
  ['shared-paragraphs', [40, 80, 160]],
  ['one-paragraph-file', [100, 200, 400], 2000],
];

/** Least-squares slope of log(ms) on log(bytes). */
function exponent(points) {
  const xs = points.map((p) => Math.log(p.bytes));
  const ys = points.map((p) => Math.log(Math.max(p.ms, 0.01)));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * (ys[i] - my);
    den += (x - mx) ** 2;
  });
  return num / den;
}

const best = (n, fn) => {
  let ms = Infinity;
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    fn();
    ms = Math.min(ms, performance.now() - t);
  }
  return ms;
};

export async function run({ quick }) {
  const { shape } = require('../out/test/helpers/corpus-shapes.js');
  const { tokenize, winnow, gramSize } = require('../out/server/src/engine/duplicates/words.js');
  const { CorpusIndex } = require('../out/server/src/engine/duplicates/corpus.js');
  const { findDuplicates } = require('../out/server/src/engine/duplicates/index.js');
  const { ArticleDoc } = require('../out/server/src/engine/document.js');
  const { DEFAULT_CONFIG } = require('../out/server/src/engine/config.js');
  const { analyze } = require('../out/server/src/engine/analyze.js');
  const t = DEFAULT_CONFIG.duplicates.minWords;
  const k = gramSize(t);
  const rows = [];
  const fits = [];
  for (const [name, sizes, bytes] of quick ? QUICK : FULL) {
    const points = [];
    for (const n of sizes) {
      const files = shape(name, n, bytes);
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), `sl-shapes-${name}-`));
      try {
        const paths = files.map((f) => {
          const p = path.join(dir, f.name);
          fs.writeFileSync(p, f.text);
          return p;
        });
        const total = files.reduce((s, f) => s + Buffer.byteLength(f.text), 0);
        // The floor: read + tokenise + fingerprint every file (best of 3: it is the yardstick).
        const floorMs = best(3, () => {
          for (const p of paths) winnow(tokenize(fs.readFileSync(p, 'utf8')), k, t - k + 1);
        });
        // The duplicates rule alone, in this process: what check does for it.
        const dupMs = best(2, () => {
          const corpus = new CorpusIndex({ minWords: t });
          for (const f of files) corpus.set(f.name, f.text);
          for (const f of files) findDuplicates(new ArticleDoc(f.text), DEFAULT_CONFIG, 'information', corpus, f.name);
        });
        // Check in this process: read every file into one corpus, then analyse each against it.
        let dups = 0;
        const checkMs = best(1, () => {
          const corpus = new CorpusIndex({ minWords: t });
          const texts = paths.map((p) => fs.readFileSync(p, 'utf8'));
          texts.forEach((text, i) => corpus.set(paths[i], text));
          dups = 0;
          texts.forEach((text, i) => {
            dups += analyze(text, { corpus, docId: paths[i] }).findings.filter(
              (f) => f.code === 'duplicate-passage',
            ).length;
          });
        });
        // The CLI itself (full runs only: a process start is most of a quick run's time).
        let cliMs = NaN;
        if (!quick) {
          const t0 = performance.now();
          const r = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', dir], {
            encoding: 'utf8',
            maxBuffer: 1 << 30,
          });
          cliMs = performance.now() - t0;
          if (r.status !== 0 && r.status !== 1)
            throw new Error(`check on ${name} × ${n} exited ${r.status}: ${r.stderr.slice(-500)}`);
          JSON.parse(r.stdout);
        }
        const row = {
          shape: name,
          size: n,
          files: files.length,
          bytes: total,
          floorMs,
          dupMs,
          checkMs,
          cliMs,
          floorRatio: floorMs / checkMs,
          cliFloorRatio: floorMs / cliMs,
          duplicateFindings: dups,
        };
        rows.push(row);
        points.push(row);
        if (!quick)
          process.stderr.write(
            `corpus-shapes: ${name} × ${n}: check ${fmt(checkMs, 0)} ms, duplicates ${fmt(dupMs, 0)} ms, CLI ${fmt(cliMs, 0)} ms, floor ${fmt(floorMs, 0)} ms\n`,
          );
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }
    fits.push({
      shape: name,
      checkExponent: exponent(points.map((p) => ({ bytes: p.bytes, ms: p.checkMs }))),
      cliExponent: quick ? NaN : exponent(points.map((p) => ({ bytes: p.bytes, ms: p.cliMs }))),
      duplicatesExponent: exponent(points.map((p) => ({ bytes: p.bytes, ms: p.dupMs }))),
      floorExponent: exponent(points.map((p) => ({ bytes: p.bytes, ms: p.floorMs }))),
    });
  }
  const fitOf = (s) => fits.find((f) => f.shape === s);
  return {
    rows,
    fits,
    table: {
      headers: [
        'shape',
        'size',
        'files',
        'MB',
        'floor ms',
        'duplicates ms',
        'check ms',
        'floor ÷ check',
        'CLI ms',
        'floor ÷ CLI',
        'dup findings',
        'exponent check / dup / CLI / floor',
      ],
      rows: rows.map((r, i) => {
        const last = i === rows.length - 1 || rows[i + 1].shape !== r.shape;
        const f = fitOf(r.shape);
        return [
          r.shape,
          r.size,
          r.files,
          fmt(r.bytes / 1e6, 2),
          fmt(r.floorMs, 0),
          fmt(r.dupMs, 0),
          fmt(r.checkMs, 0),
          fmt(r.floorRatio, 3),
          quick ? 'n/a' : fmt(r.cliMs, 0),
          quick ? 'n/a' : fmt(r.cliFloorRatio, 3),
          r.duplicateFindings,
          last
            ? `${fmt(f.checkExponent, 2)} / ${fmt(f.duplicatesExponent, 2)} / ${fmt(f.cliExponent, 2)} / ${fmt(f.floorExponent, 2)}`
            : '',
        ];
      }),
    },
  };
}

// `node bench/corpus-shapes.mjs [--quick]` on its own (after npm run build and npm run compile-tests).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const r = await run({ quick: process.argv.includes('--quick') });
  console.log(JSON.stringify(r, null, 1));
}
