// npm run bench [-- --quick] [-- --only=engine,lsp] [-- --no-build]: every benchmark in one run, a table on stdout
// and bench/results.json. Inputs are generated from fixed seeds, so runs are comparable.
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { fmt } from '../bench/stats.mjs';

const quick = process.argv.includes('--quick');
const onlyArg = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
const only = onlyArg ? onlyArg.split(',') : null;
const require = createRequire(import.meta.url);

// `--no-build`: the caller (npm test's smoke run) has just built dist/ and out/.
if (!process.argv.includes('--no-build')) {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'test'], { stdio: 'inherit' });
}
const engine = require('../dist/engine.js');

const machine = {
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  platform: `${os.platform()} ${os.release()}`,
  date: new Date().toISOString(),
  quick,
};
console.log(
  `sourcelint bench${quick ? ' (quick)' : ''} — ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}\n`,
);

const sections = [
  ['engine', '../bench/engine.mjs'],
  ['pathological', '../bench/pathological.mjs'],
  ['worstcase', '../bench/worstcase.mjs'],
  ['lsp', '../bench/lsp-latency.mjs'],
  ['corpus', '../bench/corpus-run.mjs'],
  ['corpus-shapes', '../bench/corpus-shapes.mjs'],
  ['scale', '../bench/scale.mjs'],
  ['warmstart', '../bench/warmstart.mjs'],
  ['soak', '../bench/soak.mjs'],
];
const results = { machine };
let failed = 0;
let ran = 0;
for (const [name, file] of sections) {
  if (only && !only.includes(name)) continue;
  if (!existsSync(new URL(file, import.meta.url))) continue;
  const t = performance.now();
  ran++;
  try {
    const mod = await import(file);
    results[name] = await mod.run({ quick, engine });
  } catch (e) {
    failed++;
    results[name] = { error: String(e?.stack ?? e) };
    console.error(`bench ${name} failed: ${e?.stack ?? e}`);
  }
  console.log(`${name}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  print(name, results[name]);
}

function table(headers, rows) {
  const w = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => '| ' + cells.map((c, i) => String(c).padEnd(w[i])).join(' | ') + ' |';
  console.log(
    [line(headers), '|' + w.map((n) => '-'.repeat(n + 2)).join('|') + '|', ...rows.map(line)].join('\n') + '\n',
  );
}

function print(name, r) {
  if (!r || r.error) return;
  if (name === 'engine') {
    table(
      [
        'article',
        'bytes',
        'analyse p50 ms',
        'p95 ms',
        'MB/s',
        'newline scan MB/s',
        'tokenise MB/s',
        'ratio to tokenise',
      ],
      r.rows.map((x) => [
        x.size,
        x.bytes,
        fmt(x.analyzeMs.p50),
        fmt(x.analyzeMs.p95),
        fmt(x.mbPerS, 1),
        fmt(x.newlineScanMbPerS, 0),
        fmt(x.tokeniseMbPerS, 1),
        fmt(x.ratioToTokenise),
      ]),
    );
    const lin = r.linearity;
    if (r.rows.length < 2) console.log('linearity: needs two sizes or more (a full run has three)\n');
    else
      console.log(
        `linearity: time ∝ bytes^${fmt(lin.exponent, 3)} (fit over all sizes): a 10× longer article costs ${fmt(lin.perTenfold, 2)}× the time; ` +
          `${fmt(lin.sizeRatio, 1)}× the bytes took ${fmt(lin.timeRatio, 1)}× the time (${fmt(lin.endpointPerTenfold, 2)}× per 10× if spread evenly)\n`,
      );
  } else if (name === 'pathological') {
    table(
      ['input', 'bytes', 'ms'],
      r.rows.map((x) => [x.input, x.bytes, fmt(x.ms, 0)]),
    );
  } else if (name === 'lsp') {
    table(
      [
        'article',
        'first keystroke ms',
        'keystroke p50 ms',
        'p95 ms',
        'after debounce p95 ms',
        'hover p95 ms',
        'code action p95 ms',
        'stale publish',
      ],
      r.rows.map((x) => [
        x.size,
        fmt(x.firstKeystrokeMs, 1),
        fmt(x.keystrokeMs.p50, 1),
        fmt(x.keystrokeMs.p95, 1),
        fmt(x.afterDebounceMs.p95, 1),
        fmt(x.hoverMs.p95, 2),
        fmt(x.codeActionMs.p95, 2),
        x.stalePublish ? 'YES' : 'none',
      ]),
    );
    console.log(
      `(debounce: ${r.rows[0]?.debounceMs} ms, included in the keystroke columns; p50/p95 are over the edits after the first ${r.rows.map((x) => x.warmupKeystrokes).join('/')}, typed while V8 compiles the engine)\n`,
    );
  } else if (name === 'worstcase') {
    table(r.table.headers, r.table.rows);
    const s = r.summary;
    console.log(
      `worst case: time ∝ size^${fmt(s.worstExponent)} at worst for analyze(), ^${fmt(s.worstCheckExponent)} for check (goal ≤ ${s.exponentGoal}; ` +
        `check's times less ${fmt(r.startupMs, 0)} ms of start-up); lowest ratio to the tokenise floor ${fmt(s.lowestFloorRatio, 3)} (goal ≥ ${s.floorGoal})` +
        (s.shapesOverExponentGoal.length ? `\nover the exponent goal: ${s.shapesOverExponentGoal.join(', ')}` : '') +
        (s.shapesUnderFloorGoal.length
          ? `\nunder the floor goal: ${s.shapesUnderFloorGoal.length} of ${r.rows.length} shapes`
          : '') +
        '\n',
    );
  } else if (r.table) {
    table(r.table.headers, r.table.rows);
  } else console.log(JSON.stringify(r, null, 1) + '\n');
}

writeFileSync(new URL('../bench/results.json', import.meta.url), JSON.stringify(results, null, 1) + '\n');
console.log('wrote bench/results.json');
// One test per section for `npm test`'s smoke run (--quick): it ran to the end and gave figures.
console.log(`bench: ${ran - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
