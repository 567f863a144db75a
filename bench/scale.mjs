// Corpus scale: the language server indexing a whole workspace (initialize → index complete),
// the CLI on the same folder with 1 and 2 worker threads, and cspell on the same bytes.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { article } from './generate.mjs';
import { fmt } from './stats.mjs';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const require = createRequire(import.meta.url);
const { LspClient } = require('../out/test/helpers/lsp.js');
const CLI = path.join(ROOT, 'dist', 'cli.js');

function corpusDir(n) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `sl-scale-${n}-`));
  for (let i = 0; i < n; i++)
    fs.writeFileSync(path.join(dir, `a${String(i).padStart(5, '0')}.txt`), article(5000 + i, 800));
  return dir;
}

const peakKb = (pid) => {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
  } catch {
    return NaN;
  }
};

async function serverStart(dir) {
  const client = new LspClient({ folder: dir });
  let sawProgress = false;
  const done = new Promise((resolve) =>
    client.conn.onNotification('sourcelint/status', (p) => {
      if (p.indexing) sawProgress = true;
      else resolve();
    }),
  );
  const t = performance.now();
  await client.initialize();
  await done;
  const ms = performance.now() - t;
  // Then one article opened: its diagnostics come after the analysis thread has indexed every
  // file it was sent (and built the boilerplate line table), so the peak below includes that.
  const first = path.join(dir, fs.readdirSync(dir).sort()[0]);
  const uri = pathToFileURL(first).href;
  await client.open(uri, fs.readFileSync(first, 'utf8'), 'plaintext', 1);
  await client.diagnosticsAt(uri, 1);
  const firstDiagnosticsMs = performance.now() - t;
  const rssKb = peakKb(client.proc.pid);
  await client.shutdown();
  return { ms, firstDiagnosticsMs, rssMb: rssKb / 1024, progress: sawProgress };
}

function timed(cmd, args, cwd = ROOT) {
  const t = performance.now();
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - t;
  const rss = Number(/MAXRSS_KB (\d+)/.exec(r.stderr ?? '')?.[1]);
  return {
    ms,
    rssMb: rss / 1024,
    status: r.status,
    tail: (r.stdout ?? '').slice(-300) + (r.stderr ?? '').slice(-300),
    error: r.status !== 0 && r.status !== 1 ? (r.stderr ?? '').slice(-500) : undefined,
  };
}

export async function run({ quick }) {
  const sizes = quick ? [50] : [1000, 10000];
  const rows = [];
  for (const n of sizes) {
    const dir = corpusDir(n);
    try {
      const server = await serverStart(dir);
      const cli = (jobs) =>
        timed(process.execPath, [
          '-r',
          path.join(ROOT, 'bench', 'maxrss.cjs'),
          CLI,
          'check',
          '--format',
          'json',
          '--jobs',
          String(jobs),
          dir,
        ]);
      const one = cli(1);
      const two = cli(2);
      // cspell only looks below its working folder: run it in the corpus, and check it read every file.
      const cspell = timed(
        process.execPath,
        [path.join(ROOT, 'node_modules', 'cspell', 'bin.mjs'), '--no-progress', '--no-must-find-files', '**/*.txt'],
        dir,
      );
      const checked = Number(/Files checked: (\d+)/.exec(cspell.tail)?.[1]);
      if (checked !== n) throw new Error(`cspell checked ${checked} of ${n} files`);
      rows.push({
        articles: n,
        server,
        cli1: one,
        cli2: two,
        cspell,
        cliArticlesPerS: { one: n / (one.ms / 1000), two: n / (two.ms / 1000) },
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  return {
    rows,
    table: {
      headers: [
        'articles',
        'server start → indexed s',
        'server → first diagnostics s',
        'server peak RSS MB',
        'CLI 1 worker s',
        'CLI 2 workers s',
        'articles/s (1 / 2)',
        'CLI peak RSS MB (1 / 2)',
        'cspell s',
        'CLI ÷ cspell',
      ],
      rows: rows.map((r) => [
        r.articles,
        fmt(r.server.ms / 1000, 1),
        fmt(r.server.firstDiagnosticsMs / 1000, 1),
        fmt(r.server.rssMb, 0),
        fmt(r.cli1.ms / 1000, 1),
        fmt(r.cli2.ms / 1000, 1),
        `${fmt(r.cliArticlesPerS.one, 0)} / ${fmt(r.cliArticlesPerS.two, 0)}`,
        `${fmt(r.cli1.rssMb, 0)} / ${fmt(r.cli2.rssMb, 0)}`,
        fmt(r.cspell.ms / 1000, 1),
        fmt(Math.min(r.cli1.ms, r.cli2.ms) / r.cspell.ms, 2),
      ]),
    },
  };
}
