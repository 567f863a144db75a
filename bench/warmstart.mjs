// Warm start (issue #17): the language server started on a generated workspace three times in one
// run: without a cache, cold (the cache is written), and warm (every file's entry from the cache).
// Each: initialize → index complete, and → first diagnostics of one article opened then, and peak RSS.
// Then warm again with the article opened at once, as an editor restoring its tabs does: → its first
// diagnostics (the article alone, while the corpus loads) and → its complete ones (after the load).
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

/** `atOnce`: the article is opened right after initialize, not once the corpus is indexed. */
async function start(dir, init, atOnce = false) {
  const client = new LspClient({ folder: dir, initializationOptions: init });
  let indexMs = 0;
  // Publishes before this one were made before the corpus had loaded.
  let publishedBeforeIndexed = 0;
  const t = performance.now();
  const t0 = Date.now(); // publishes are stamped with Date.now() as they arrive
  const indexed = new Promise((resolve) =>
    client.conn.onNotification('sourcelint/status', (p) => {
      if (p.indexing !== null) return;
      indexMs = performance.now() - t;
      publishedBeforeIndexed = client.published.length;
      resolve();
    }),
  );
  await client.initialize();
  if (!atOnce) await indexed;
  const first = path.join(dir, fs.readdirSync(dir).sort()[0]);
  const uri = pathToFileURL(first).href;
  await client.open(uri, fs.readFileSync(first, 'utf8'), 'plaintext', 1);
  const firstPublish = await client.waitForDiagnostics(uri, (p) => p.version === 1, 120_000);
  await indexed;
  // The complete diagnostics: the first publish made after the load ended.
  const complete = await client.waitForDiagnostics(
    uri,
    (p) => p.version === 1 && client.published.indexOf(p) >= publishedBeforeIndexed,
    120_000,
  );
  const rssMb = peakMb(client.proc.pid);
  await client.shutdown();
  const fromCache = Number(/\((\d[\d,]*) from the cache\)/.exec(client.logs.join('\n'))?.[1]?.replace(/,/g, '') ?? 0);
  return {
    indexMs,
    firstDiagnosticsMs: firstPublish.at - t0,
    completeDiagnosticsMs: complete.at - t0,
    rssMb,
    fromCache,
    findings: JSON.stringify(complete.diagnostics),
    firstFindings: firstPublish.diagnostics.length,
    completeFindings: complete.diagnostics.length,
  };
}

// `--articles=N` (npm run bench -- --only=warmstart --articles=2000): another size, while iterating.
const articlesArg = Number(process.argv.find((a) => a.startsWith('--articles='))?.slice(11));

export async function run({ quick }) {
  const n = articlesArg > 0 ? articlesArg : quick ? 40 : 10000;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `sl-warm-${n}-`));
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-warm-cache-'));
  try {
    for (let i = 0; i < n; i++)
      fs.writeFileSync(path.join(dir, `a${String(i).padStart(5, '0')}.txt`), article(5000 + i, 800));
    const none = await start(dir, { cache: false });
    const cold = await start(dir, { cacheDir });
    const warm = await start(dir, { cacheDir });
    const atOnce = await start(dir, { cacheDir }, true);
    // Opened at once, the article may be open before the load reaches it: then it is not read from disk.
    for (const [name, r, least] of [
      ['a warm cache', warm, n],
      ['a warm cache and the article opened at once', atOnce, n - 1],
    ]) {
      if (r.findings !== none.findings) throw new Error(`findings with ${name} differ from those without a cache`);
      if (r.fromCache < least)
        throw new Error(`a start with ${name} took ${r.fromCache} of ${n} entries from the cache`);
    }
    const cacheMb =
      fs.readdirSync(cacheDir).reduce((s, f) => s + fs.statSync(path.join(cacheDir, f)).size, 0) / 2 ** 20;
    const rows = [
      ['no cache', none],
      ['cold (writes cache)', cold],
      ['warm', warm],
      ['warm, article opened at once', atOnce],
    ].map(([run, r]) => ({ run, ...r, findings: undefined }));
    return {
      articles: n,
      measured:
        'language server: initialize → indexed, → first diagnostics of one article (opened once indexed, or at once), and → its complete diagnostics (the first publish after the load)',
      cacheMb,
      rows,
      table: {
        headers: [
          'run',
          'articles',
          '→ indexed s',
          '→ first diagnostics s (findings)',
          '→ complete diagnostics s (findings)',
          'peak RSS MB',
          'entries from cache',
        ],
        rows: rows.map((r) => [
          r.run,
          n,
          fmt(r.indexMs / 1000, 2),
          `${fmt(r.firstDiagnosticsMs / 1000, 2)} (${r.firstFindings})`,
          `${fmt(r.completeDiagnosticsMs / 1000, 2)} (${r.completeFindings})`,
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
