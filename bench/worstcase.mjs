// Worst-case inputs (issue #17): every shape of test/helpers/worstcase.ts (long lines, one huge
// paragraph, thousands of identical paragraphs or quotes, unclosed quotes, many speakers, Markdown
// built to backtrack, seeded fuzz shapes) at three sizes, through analyze() in this process and
// `sourcelint check` as a user runs it. Per shape: the power law fitted to the times (log-log
// slope: 1 is linear, 2 quadratic; goal ≤ 1.15) and the ratio to a tokenise floor timed in turn
// with analyze on the same text (a bare UTF-8 read, word tokenise and hash; goal ≥ 0.25). Times are
// the fastest of a few runs; `check` runs once a size (a process each, start-up taken off).
// The step-count test (test/unit/worstcase.test.ts) runs the same shapes at small sizes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmt } from './stats.mjs';

const require = createRequire(import.meta.url);
const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const CLI = path.join(ROOT, 'dist', 'cli.js');
const EXPONENT_GOAL = 1.15;
const FLOOR_GOAL = 0.25;

/** The floor: the text read back from UTF-8 bytes, split into words, each lower-cased and hashed. */
function floor(bytes) {
  const text = bytes.toString('utf8');
  let h = 0x811c9dc5;
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const w = m[0].toLowerCase();
    for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 16777619);
  }
  return h;
}

/** Least-squares slope of log(time) on log(size). */
function exponent(sizes, times) {
  const xs = sizes.map(Math.log10);
  const ys = times.map((t) => Math.log10(Math.max(t, 0.01)));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  const sxx = xs.reduce((a, x) => a + (x - mx) ** 2, 0);
  return sxx ? xs.reduce((a, x, i) => a + (x - mx) * (ys[i] - my), 0) / sxx : NaN;
}

/**
 * The fastest of `runs` timings of each function, run in turn: on a shared machine the fastest
 * is the one least slowed by others, and what the fit needs is the cost of the input, not the load.
 */
function fastest(fns, { runs, warmup }) {
  for (let i = 0; i < warmup; i++) for (const fn of fns) fn();
  const best = fns.map(() => Infinity);
  for (let i = 0; i < runs; i++) {
    fns.forEach((fn, k) => {
      const t = performance.now();
      fn();
      best[k] = Math.min(best[k], performance.now() - t);
    });
  }
  return best;
}

function checkMs(dir, name, text, format) {
  const file = path.join(dir, `${name}.${format === 'markdown' ? 'md' : 'txt'}`);
  writeFileSync(file, text);
  const t = performance.now();
  try {
    execFileSync(process.execPath, [CLI, 'check', '--format', 'json', file], {
      stdio: ['ignore', 'ignore', 'ignore'],
      maxBuffer: 1 << 30,
    });
  } catch (e) {
    if (e.status !== 1) throw e; // 1: findings were reported
  }
  return performance.now() - t;
}

export async function run({ quick }) {
  const { SHAPES } = require('../out/test/helpers/worstcase.js');
  const engine = require('../dist/engine.js');
  const sizes = quick ? [2_000, 8_000] : [64_000, 256_000, 1_000_000];
  // Runs per size (after warm-up runs): smaller sizes also warm the engine up for the larger.
  const runsFor = (size) =>
    quick ? { runs: 1, warmup: 1 } : size >= 1e6 ? { runs: 2, warmup: 0 } : { runs: 3, warmup: 1 };
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sourcelint-worstcase-'));
  const rows = [];
  try {
    // What `check` costs with nothing to analyse (Node starting, the bundle loading): taken off its times before the fit.
    const startup = Math.min(checkMs(dir, 'empty', '', undefined), checkMs(dir, 'empty', '', undefined));
    for (const [k, shape] of SHAPES.entries()) {
      const r = { shape: shape.name, bytes: [], analyzeMs: [], floorRatio: [], checkMs: [] };
      for (const size of sizes) {
        const text = shape.make(size);
        const bytes = Buffer.from(text, 'utf8');
        const [an, fl] = fastest(
          [() => engine.analyze(text, { format: shape.format }), () => floor(bytes)],
          runsFor(size),
        );
        r.bytes.push(bytes.length);
        r.analyzeMs.push(an);
        r.floorRatio.push(fl / an);
        // --quick (npm test's smoke run) checks one shape through the CLI: the spawns would be most of its time.
        if (!quick || k === 0) r.checkMs.push(checkMs(dir, `shape${k}-${size}`, text, shape.format));
      }
      r.exponent = exponent(r.bytes, r.analyzeMs);
      r.checkExponent =
        r.checkMs.length === sizes.length
          ? exponent(
              r.bytes,
              r.checkMs.map((t) => Math.max(1, t - startup)),
            )
          : NaN;
      r.minFloorRatio = Math.min(...r.floorRatio);
      rows.push(r);
    }
    const worst = Math.max(...rows.map((r) => r.exponent));
    const worstCheck = Math.max(...rows.map((r) => (Number.isFinite(r.checkExponent) ? r.checkExponent : -Infinity)));
    const lowFloor = Math.min(...rows.map((r) => r.minFloorRatio));
    const sizeLabel = sizes.map((s) => (s >= 1e6 ? `${s / 1e6}M` : `${s / 1e3}K`)).join('/');
    return {
      sizes,
      startupMs: startup,
      rows,
      summary: {
        worstExponent: worst,
        worstCheckExponent: worstCheck,
        lowestFloorRatio: lowFloor,
        exponentGoal: EXPONENT_GOAL,
        floorGoal: FLOOR_GOAL,
        shapesOverExponentGoal: rows
          .filter((r) => r.exponent > EXPONENT_GOAL || r.checkExponent > EXPONENT_GOAL)
          .map((r) => r.shape),
        shapesUnderFloorGoal: rows.filter((r) => r.minFloorRatio < FLOOR_GOAL).map((r) => r.shape),
      },
      table: {
        headers: [
          'shape',
          `analyze ms (${sizeLabel} chars)`,
          'exponent',
          `check ms (${sizeLabel})`,
          'check exponent',
          'floor ratio (lowest)',
        ],
        rows: rows.map((r) => [
          r.shape,
          r.analyzeMs.map((t) => fmt(t, 0)).join(' / '),
          `${fmt(r.exponent)}${r.exponent > EXPONENT_GOAL ? ' (over)' : ''}`,
          r.checkMs.length ? r.checkMs.map((t) => fmt(t, 0)).join(' / ') : '-',
          Number.isFinite(r.checkExponent)
            ? `${fmt(r.checkExponent)}${r.checkExponent > EXPONENT_GOAL ? ' (over)' : ''}`
            : '-',
          `${fmt(r.minFloorRatio, 3)}${r.minFloorRatio < FLOOR_GOAL ? ' (under)' : ''}`,
        ]),
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
