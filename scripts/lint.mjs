#!/usr/bin/env node
// The lint gate: Biome's lint rules and format check (biome.jsonc says which files and rules).
// Prints one line a problem and ends with "lint: N passed, N failed": files checked clean,
// files with problems. A crash, or no file checked, is a failure.
//
//   node scripts/lint.mjs [--root DIR]
//
// --root checks another folder (with its own biome.jsonc and .gitignore) instead of this repository.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIOME = path.join(ROOT, 'node_modules', '@biomejs', 'biome', 'bin', 'biome');
const args = process.argv.slice(2);
const rootArg = args.indexOf('--root');
const cwd = rootArg >= 0 ? path.resolve(args[rootArg + 1]) : ROOT;

const finish = (passed, failed) => {
  console.log(`lint: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
};

const r = spawnSync(process.execPath, [BIOME, 'check', '--reporter=json', '--max-diagnostics=none', '.'], {
  cwd,
  encoding: 'utf8',
  maxBuffer: 256 << 20,
});
// The JSON reporter is marked experimental: the version is pinned, and anything unreadable fails.
const json = (r.stdout ?? '').split('\n').find((l) => l.startsWith('{'));
let report;
try {
  report = JSON.parse(json ?? '');
} catch {
  console.error(`lint: biome printed no report (exit ${r.status ?? r.signal}):\n${r.error ?? ''}${r.stderr}${r.stdout}`);
  finish(0, 1);
}

const bad = new Set();
let unplaced = 0;
for (const d of report.diagnostics) {
  const file = d.location?.path;
  const at = d.location?.start?.line ? `:${d.location.start.line}:${d.location.start.column}` : '';
  const message = d.category === 'format' ? 'not formatted (npm run format writes it)' : d.message;
  console.log(`${file ?? '(biome)'}${at} ${d.severity} ${d.category}: ${message}`);
  if (file) bad.add(file);
  else unplaced++;
}
const s = report.summary;
const checked = s.changed + s.unchanged;
if (checked === 0) console.error('lint: no file was checked');
if (s.diagnosticsNotPrinted) console.error(`lint: ${s.diagnosticsNotPrinted} problems were not reported`);
// Biome's own verdict counts too: an error it raised but did not place in a file is still a failure.
let failed = bad.size + unplaced + (checked === 0 ? 1 : 0) + (s.diagnosticsNotPrinted ? 1 : 0);
if (failed === 0 && r.status !== 0) failed = 1;
finish(Math.max(0, checked - bad.size), failed);
