// The project's test command: builds, then runs every suite (lint, unit, LSP, CLI, accuracy, bench, e2e)
// and ends with one line "N passed, N failed" over all of them.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const args = process.argv.slice(2);
const only = args.filter((a) => !a.startsWith('--'));
const node = process.execPath;

function run(cmd, argv, { capture = true } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let out = '';
    const tee = (stream, into) =>
      stream.on('data', (d) => {
        into.write(d);
        if (capture) out += d;
      });
    tee(child.stdout, process.stdout);
    tee(child.stderr, process.stderr);
    child.on('close', (code, signal) => resolve({ code: code ?? 1, signal, out }));
  });
}

const mocha = (glob) => [node, ['node_modules/mocha/bin/mocha.js', '--config', 'test/.mocharc.json', glob]];
// Mocha prints "N passing" and "N failing" (and "N pending", counted as failed: nothing may be skipped).
const mochaCounts = (out) => {
  const n = (re) => Number(out.match(re)?.[1] ?? 0);
  return { passed: n(/(\d+) passing/), failed: n(/(\d+) failing/) + n(/(\d+) pending/) };
};
// Our own scripts end with "<name>: N passed, N failed".
const lineCounts = (out) => {
  const m = [...out.matchAll(/^\w[\w-]*: (\d+) passed, (\d+) failed$/gm)].pop();
  return m ? { passed: Number(m[1]), failed: Number(m[2]) } : { passed: 0, failed: 0 };
};

const suites = [
  // Biome's lint rules and format check (scripts/lint.mjs: N = files clean, files with problems).
  { name: 'lint', script: 'scripts/lint.mjs', counts: lineCounts },
  { name: 'unit', cmd: mocha('out/test/unit/**/*.test.js'), counts: mochaCounts },
  { name: 'lsp', cmd: mocha('out/test/lsp/**/*.test.js'), counts: mochaCounts },
  { name: 'cli', cmd: mocha('out/test/cli/**/*.test.js'), counts: mochaCounts },
  { name: 'accuracy', script: 'scripts/score-accuracy.mjs', counts: lineCounts },
  // A smoke run of every benchmark (not their figures: timings on a shared machine are noise).
  { name: 'bench', script: 'scripts/bench.mjs', args: ['--quick', '--no-build'], counts: lineCounts },
  { name: 'e2e', script: 'scripts/e2e/run.mjs', args: ['--no-build'], counts: lineCounts },
];

let passed = 0;
let failed = 0;
const summary = [];
const step = async (label, cmd, argv) => {
  process.stdout.write(`\n▶ ${label}\n`);
  const r = await run(cmd, argv, { capture: false });
  if (r.code !== 0) {
    console.error(`✖ ${label} failed (exit ${r.code}${r.signal ? `, ${r.signal}` : ''})`);
    console.log(`${passed} passed, ${failed + 1} failed`);
    process.exit(1);
  }
};

// Debian packages first: the lsp suite runs Neovim, the e2e suite Chromium (setup.mjs installs them as
// root). Not fatal here: without them those tests fail and say what is missing.
if (!only.length || only.includes('lsp') || only.includes('e2e')) {
  process.stdout.write('\n▶ Debian packages\n');
  const r = await run(node, ['scripts/e2e/setup.mjs', '--apt-only'], { capture: false });
  if (r.code !== 0) console.error('⚠ Debian packages missing: the tests that need them will fail');
}
await step('build', node, ['scripts/build.mjs']);
await step('compile tests', node, ['node_modules/typescript/bin/tsc', '-p', 'test']);

for (const s of suites) {
  if (only.length && !only.includes(s.name)) continue;
  process.stdout.write(`\n▶ ${s.name}\n`);
  let r;
  if (s.script) {
    if (!existsSync(s.script)) {
      console.error(`✖ ${s.name}: ${s.script} is missing`);
      failed++;
      summary.push(`${s.name}: missing`);
      continue;
    }
    r = await run(node, [s.script, ...(s.args ?? [])]);
  } else r = await run(s.cmd[0], s.cmd[1]);
  const c = s.counts(r.out);
  // A suite that crashed or ran nothing is a failure, whatever it printed.
  if ((r.code !== 0 && c.failed === 0) || c.passed + c.failed === 0) c.failed++;
  passed += c.passed;
  failed += c.failed;
  summary.push(`${s.name}: ${c.passed} passed, ${c.failed} failed`);
}

console.log('\n' + summary.map((l) => '  ' + l).join('\n'));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
