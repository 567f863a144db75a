#!/usr/bin/env node
// Attribution accuracy gate: runs the built CLI on the seeds, the mutated seeds and PolNeAR
// dev, scores each with ../shared/eval/score.mjs and exits 1 if any threshold of issue 5 is
// missed. Prints one table per corpus. PolNeAR is skipped (with a note) when it is absent.
//
//   node scripts/score-accuracy.mjs [--misses] [--shared DIR]
//
// --misses also prints the scorer's miss lines (what to look at when a number drops).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
const sharedArg = args.indexOf('--shared');
const SHARED = path.resolve(
  sharedArg >= 0 ? args[sharedArg + 1] : (process.env.SOURCELINT_SHARED ?? path.join(ROOT, '..', 'shared')),
);
const EVAL = path.join(SHARED, 'eval');
const CLI = path.join(ROOT, 'dist', 'cli.js');

if (!fs.existsSync(path.join(EVAL, 'score.mjs'))) {
  console.error(`score-accuracy: no scorer at ${EVAL}/score.mjs (set --shared or SOURCELINT_SHARED)`);
  process.exit(2);
}
if (!fs.existsSync(CLI))
  spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { stdio: 'inherit', cwd: ROOT });

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-accuracy-'));
const rel = (p) => path.relative(ROOT, p);

/** Runs the CLI over `dir` and the scorer against `gold`; returns the scorer's JSON. */
function score(name, dir, gold) {
  const report = path.join(tmp, `${name}.json`);
  const cli = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', rel(dir)], {
    cwd: ROOT,
    maxBuffer: 256 << 20,
    encoding: 'utf8',
  });
  if (!cli.stdout.startsWith('{'))
    throw new Error(`${name}: the CLI printed no JSON report (exit ${cli.status}): ${cli.stderr.slice(0, 400)}`);
  fs.writeFileSync(report, cli.stdout);
  const sc = spawnSync(
    process.execPath,
    [path.join(EVAL, 'score.mjs'), report, gold, '--corpus-root', ROOT, '--json'],
    { encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  if (sc.status !== 0) throw new Error(`${name}: scorer failed: ${sc.stderr}`);
  return JSON.parse(sc.stdout);
}

const rows = [];
let failed = 0;
function check(corpus, metric, value, op, limit, detail = '') {
  const ok = op === '>=' ? value >= limit : op === '<=' ? value <= limit : value === limit;
  if (!ok) failed++;
  rows.push({ corpus, metric, value, want: `${op} ${limit}`, ok, detail });
}

const started = Date.now();
const seeds = score('seeds', path.join(SHARED, 'seeds'), path.join(EVAL, 'gold', 'seeds'));
check(
  'seeds',
  'quotes F1',
  seeds.quotes.f1,
  '>=',
  0.97,
  `tp ${seeds.quotes.tp} fp ${seeds.quotes.fp} fn ${seeds.quotes.fn}`,
);
check('seeds', 'speaker accuracy', seeds.speaker.accuracy, '>=', 0.95, `${seeds.speaker.right}/${seeds.speaker.total}`);
check(
  'seeds',
  'affiliation accuracy',
  seeds.affiliation.accuracy,
  '>=',
  0.9,
  `${seeds.affiliation.right}/${seeds.affiliation.total}`,
);
check(
  'seeds',
  'unattributed warnings',
  seeds.unattributed.fp + seeds.unattributed.tp,
  '==',
  0,
  'the seeds have no 4+ word unattributed quote',
);

const mut = score('mutated', path.join(EVAL, 'mutated'), path.join(EVAL, 'gold', 'mutated'));
check(
  'mutated',
  'unattributed recall',
  mut.unattributed.recall,
  '==',
  1,
  `tp ${mut.unattributed.tp} fn ${mut.unattributed.fn}`,
);
check('mutated', 'unattributed precision', mut.unattributed.precision, '>=', 0.9, `fp ${mut.unattributed.fp}`);
check('mutated', 'speaker accuracy', mut.speaker.accuracy, '>=', 0.95, `${mut.speaker.right}/${mut.speaker.total}`);

const misses = [...seeds.misses, ...mut.misses];
const dev = path.join(EVAL, 'external', 'polnear', 'data', 'dev');
if (fs.existsSync(path.join(dev, 'text'))) {
  const gold = path.join(tmp, 'pn-dev');
  const g = spawnSync(process.execPath, [path.join(EVAL, 'polnear-gold.mjs'), dev, gold], { encoding: 'utf8' });
  if (g.status !== 0) throw new Error(`polnear-gold failed: ${g.stderr}`);
  const pn = score('polnear-dev', path.join(dev, 'text'), gold);
  const attributed = fs
    .readdirSync(gold)
    .map((f) => JSON.parse(fs.readFileSync(path.join(gold, f), 'utf8')).quotes.filter((q) => q.attributed).length)
    .reduce((a, b) => a + b, 0);
  check('polnear dev', 'quote recall', pn.quotes.recall, '>=', 0.98, `tp ${pn.quotes.tp} fn ${pn.quotes.fn}`);
  check('polnear dev', 'source accuracy', pn.source.accuracy, '>=', 0.92, `${pn.source.right}/${pn.source.total}`);
  const rate = +(pn.unattributed.fp / Math.max(1, attributed)).toFixed(4);
  check(
    'polnear dev',
    'unattributed FP rate',
    rate,
    '<=',
    0.02,
    `${pn.unattributed.fp} of ${attributed} attributed quotes`,
  );
  misses.push(...pn.misses.filter((m) => !m.startsWith('duplicate')));
} else {
  console.log(`(PolNeAR dev not found under ${dev}: skipped)`);
}

// The real-page development set (eval/README.md): its tune half's figures may not fall below
// what they were when this gate was set (issue 16's goals are higher; see the README).
{
  const { scorePages } = await import('./score-pages.mjs');
  const p = scorePages('tune', false);
  const m = scorePages('tune', true);
  if (p && m) {
    check('pages tune', 'quotes F1', p.quotes.f1, '>=', 0.98, `tp ${p.quotes.tp} fp ${p.quotes.fp} fn ${p.quotes.fn}`);
    check('pages tune', 'speaker accuracy', p.speaker.accuracy, '>=', 0.9, `${p.speaker.right}/${p.speaker.total}`);
    check(
      'pages tune',
      'affiliation accuracy',
      p.affiliation.accuracy,
      '>=',
      0.92,
      `${p.affiliation.right}/${p.affiliation.total}`,
    );
    check(
      'pages tune',
      'unattributed recall (mutated)',
      m.unattributed.recall,
      '>=',
      0.91,
      `tp ${m.unattributed.tp} fn ${m.unattributed.fn}`,
    );
    check(
      'pages tune',
      'unattributed precision (mutated)',
      m.unattributed.precision,
      '>=',
      0.94,
      `tp ${m.unattributed.tp} fp ${m.unattributed.fp}`,
    );
    check('pages tune', 'unattributed false warnings (untouched)', p.unattributed.fp, '<=', 5, '');
    check('pages tune', 'boilerplate precision', p.boilerplate.precision, '>=', 0.98, `fp ${p.boilerplate.fp}`);
    check('pages tune', 'unbalanced false warnings', p.unbalanced.fp, '<=', 0, '');
  }
}

if (showMisses)
  for (const m of misses.filter((m) => /^(quote|speaker|affiliation|source|unattributed)/.test(m))) console.log(m);
const w = [12, 24, 8, 8, 4];
const line = (c) => c.map((x, i) => String(x).padEnd(w[i] ?? 0)).join(' | ');
console.log(line(['corpus', 'metric', 'value', 'want', 'ok']) + ' | detail');
console.log(w.map((n) => '-'.repeat(n)).join('-|-') + '-|-------');
for (const r of rows) console.log(line([r.corpus, r.metric, r.value, r.want, r.ok ? 'ok' : 'MISS']) + ` | ${r.detail}`);
console.log(
  `\n${failed ? `${failed} threshold(s) missed` : 'all thresholds met'} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
);
// The line scripts/test.mjs counts.
console.log(`accuracy: ${rows.length - failed} passed, ${failed} failed`);
fs.rmSync(tmp, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
