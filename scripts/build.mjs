// Bundles the client, the language server and the CLI into dist/ with esbuild.
import * as esbuild from 'esbuild';
import { chmodSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
// scripts/package.mjs builds into its staging folder, leaving the working dist/ alone.
const outdir = process.argv.includes('--outdir') ? process.argv[process.argv.indexOf('--outdir') + 1] : 'dist';
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // better-sqlite3 is a native addon (an optional dependency): loaded at run time, if it is there (server/src/cache/sqlite.ts).
  external: ['vscode', 'better-sqlite3'],
  define: { SOURCELINT_VERSION: JSON.stringify(version) },
  // Node 20 has \p{…} in regular expressions; without this esbuild writes each such literal as a
  // new RegExp(…) call, built again every time the expression runs (several times slower: the
  // letter tests of quotes, names and lines are in hot loops).
  supported: { 'regexp-unicode-property-escapes': true },
};
const executable = {
  name: 'executable',
  setup: (b) => b.onEnd(() => ['server.js', 'cli.js'].map((f) => join(outdir, f)).forEach((f) => existsSync(f) && chmodSync(f, 0o755))),
};
const builds = [
  { entryPoints: { extension: 'client/src/extension.ts' } },
  // The hashbang and the x bit make dist/server.js and dist/cli.js runnable as npm bins (sourcelint-server --stdio).
  { entryPoints: { server: 'server/src/server.ts', cli: 'server/src/cli.ts' }, banner: { js: '#!/usr/bin/env node' }, plugins: [executable] },
  { entryPoints: { engine: 'server/src/engine/index.ts', 'check-worker': 'server/src/check-worker.ts', 'analysis-worker': 'server/src/analysis-worker.ts' } },
];
const contexts = await Promise.all(builds.map((b) => esbuild.context({ ...common, ...b, outdir })));
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('watching for changes…');
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
