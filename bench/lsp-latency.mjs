// Keystroke-to-diagnostics, hover and code-action latency over real LSP: the built server as a
// child process over stdio, edits typed one character at a time.
import { createRequire } from 'node:module';
import { article, bigText } from './generate.mjs';
import { median, p95 } from './stats.mjs';

const require = createRequire(import.meta.url);
const { LspClient } = require('../out/test/helpers/lsp.js');

const DEBOUNCE_MS = 75;

async function typing(label, text, keystrokes, warmup) {
  const client = new LspClient({ initializationOptions: { debounceMs: DEBOUNCE_MS } });
  await client.initialize();
  const uri = `file:///bench/${label.replace(/\W+/g, '-')}.article`;
  await client.open(uri, text, 'news-article', 1);
  await client.diagnosticsAt(uri, 1);
  // Type into the middle of the text, at the end of a paragraph.
  let at = text.indexOf('\n', Math.floor(text.length / 2));
  if (at < 0) at = text.length;
  const before = text.slice(0, at);
  const line = (before.match(/\n/g) ?? []).length;
  let character = at - (before.lastIndexOf('\n') + 1);
  const latencies = [];
  const word = ' and the ferry ran late';
  // The first edits of a session run while V8 is still compiling the engine's hot paths
  // (measured: about 15 analyses before a 20,000-word article reaches its steady time). They
  // are typed and timed apart; the figures below are for the edits after them.
  const warm = [];
  for (let k = 0; k < warmup + keystrokes; k++) {
    const v = k + 2;
    const ch = word[k % word.length];
    const sent = performance.now();
    await client.change(uri, v, [{ range: { start: { line, character }, end: { line, character } }, text: ch }]);
    await client.waitForDiagnostics(uri, (p) => p.version === v, 30_000);
    (k < warmup ? warm : latencies).push(performance.now() - sent);
    character++;
  }
  // A burst of fast edits: publishes must never go back in version, and the last must be the last edit.
  const firstBurst = client.published.length;
  const burstStart = warmup + keystrokes + 2;
  for (let k = 0; k < 20; k++) {
    await client.change(uri, burstStart + k, [
      { range: { start: { line, character }, end: { line, character } }, text: 'x' },
    ]);
    character++;
    await new Promise((r) => setTimeout(r, 10));
  }
  await client.waitForDiagnostics(uri, (p) => p.version === burstStart + 19, 30_000);
  const versions = client.published
    .slice(firstBurst)
    .filter((p) => p.uri === uri)
    .map((p) => p.version);
  const stale =
    versions.some((v, i) => i > 0 && v < versions[i - 1]) || versions[versions.length - 1] !== burstStart + 19;

  // Hover and code actions at spread positions of the current text.
  const hoverMs = [];
  const actionMs = [];
  const lines = text.split('\n').length;
  const diags = client.published.filter((p) => p.uri === uri).pop().diagnostics;
  for (let k = 0; k < 60; k++) {
    const pos = { line: Math.floor((k * 7919) % lines), character: 3 };
    let t = performance.now();
    await client.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: pos });
    hoverMs.push(performance.now() - t);
    const d = diags[k % Math.max(1, diags.length)];
    t = performance.now();
    await client.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: d ? d.range : { start: pos, end: pos },
      context: { diagnostics: d ? [d] : [] },
    });
    actionMs.push(performance.now() - t);
  }
  await client.shutdown();
  return {
    size: label,
    keystrokes,
    warmupKeystrokes: warmup,
    firstKeystrokeMs: warm[0] ?? latencies[0],
    warmupMs: warm.length ? { p50: median(warm), max: Math.max(...warm) } : null,
    debounceMs: DEBOUNCE_MS,
    keystrokeMs: { p50: median(latencies), p95: p95(latencies) },
    afterDebounceMs: { p50: median(latencies) - DEBOUNCE_MS, p95: p95(latencies) - DEBOUNCE_MS },
    hoverMs: { p50: median(hoverMs), p95: p95(hoverMs) },
    codeActionMs: { p50: median(actionMs), p95: p95(actionMs) },
    stalePublish: stale,
  };
}

export async function run({ quick }) {
  const cases = quick
    ? [['2,000 words', article(7, 2000), 5, 2]]
    : [
        ['2,000 words', article(7, 2000), 40, 20],
        ['20,000 words', article(8, 20000), 30, 20],
        ['1 MB', bigText(9, 1_000_000), 20, 10],
      ];
  const rows = [];
  for (const [label, text, n, warmup] of cases) rows.push(await typing(label, text, n, warmup));
  return { rows };
}
