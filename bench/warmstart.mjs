// Warm start (issue #17): the language server started on a generated workspace three times in one
// run: without a cache, cold (the cache is written), and warm (every file's entry from the cache).
// Each: initialize → index complete, and → first diagnostics of one opened article, and peak RSS.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { article } from './generate.mjs';
import { fmt } from './stats.mjs';

const require = createRequire(import.meta.url);
const { LspClient } = require('../out/test/helpers/lsp.js');

const peakMb = (pid) => Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024;

async function start(dir, init) {
  const client = new LspClient({ folder: dir, initializationOptions: init });
  const indexed = new Promise((resolve) =>
    client.conn.onNotification('sourcelint/status', (p) => p.indexing === null && resolve()),
  );
  const t = performance.now();
  await client.initialize();
  await indexed;
  const indexMs = performance.now() - t;
  const first = path.join(dir, fs.readdirSync(dir).sort()[0]);
  const uri = pathToFileURL(first).href;
  await client.open(uri, fs.readFileSync(first, 'utf8'), 'plaintext', 1);
  const diagnostics = (await client.waitForDiagnostics(uri, (p) => p.version === 1, 120_000)).diagnostics;
  const firstDiagnosticsMs = performance.now() - t;
  const rssMb = peakMb(client.proc.pid);
  await client.shutdown();
  const fromCache = Number(/\((\d[\d,]*) from the cache\)/.exec(client.logs.join('\n'))?.[1]?.replace(/,/g, '') ?? 0);
  return { indexMs, firstDiagnosticsMs, rssMb, fromCache, findings: JSON.stringify(diagnostics) };
}

export async function run({ quick }) {
  const n = quick ? 40 : 10000;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `sl-warm-${n}-`));
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-warm-cache-'));
  try {
    for (let i = 0; i < n; i++)
      fs.writeFileSync(path.join(dir, `a${String(i).padStart(5, '0')}.txt`), article(5000 + i, 800));
    const none = await start(dir, { cache: false });
    const cold = await start(dir, { cacheDir });
    const warm = await start(dir, { cacheDir });
    if (warm.findings !== none.findings) throw new Error('findings with a warm cache differ from those without');
    if (warm.fromCache !== n) throw new Error(`warm start took ${warm.fromCache} of ${n} entries from the cache`);
    const cacheMb =
      fs.readdirSync(cacheDir).reduce((s, f) => s + fs.statSync(path.join(cacheDir, f)).size, 0) / 2 ** 20;
    const rows = [
      ['no cache', none],
      ['cold (writes cache)', cold],
      ['warm', warm],
    ].map(([run, r]) => ({ run, ...r, findings: undefined }));
    return {
      articles: n,
      measured: 'language server: initialize → indexed, and → first diagnostics of one opened article',
      cacheMb,
      rows,
      table: {
        headers: ['run', 'articles', '→ indexed s', '→ first diagnostics s', 'peak RSS MB', 'entries from cache'],
        rows: rows.map((r) => [
          r.run,
          n,
          fmt(r.indexMs / 1000, 2),
          fmt(r.firstDiagnosticsMs / 1000, 2),
          fmt(r.rssMb, 0),
          r.fromCache,
        ]),
      },
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(cacheDir, { recursive: true, force: true });
  }
}
