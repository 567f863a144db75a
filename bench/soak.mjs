// Soak: one stdio client opens 200 articles and edits them 20 times a second (loopback only).
// Checks every publish carries a version the client sent for that document, never an older one
// than already published, with ranges inside that version's text; no request fails; and the
// server's RSS after the run is within 10% of its RSS after warm-up, and so is its V8 heap after a
// full GC (the leak check proper: RSS also moves with how much memory V8 and ICU keep committed).
//   node bench/soak.mjs [--seconds 60] [--docs 200] [--rate 20] [--json]
// Also a section of `npm run bench` (60 s; 8 s with --quick). Needs `npm run build` first.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { rng } from './generate.mjs';

const require = createRequire(import.meta.url);
const {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
} = require('vscode-languageserver-protocol/node');
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const NAMES = ['Ines Moreau', 'Tomas Oyelaran', 'Lisbeth Aaland', 'Ruth Okafor', 'Dmitri Sala', 'Nadia Kerr'];
const ROLES = ['who chairs the harbour board', 'a ferry captain', 'the council treasurer', 'a shop owner on the quay'];
const WORDS =
  'ferry pier storm council budget repairs weather island harbour timetable tickets passengers schedule morning evening'.split(
    ' ',
  );

function article(r, i) {
  const pick = (a) => a[Math.floor(r() * a.length)];
  const paras = [`Harbour report ${i}`, ''];
  for (let p = 0; p < 8; p++) {
    const w = Array.from({ length: 12 }, () => pick(WORDS)).join(' ');
    if (r() < 0.5) paras.push(`“The ${w} will be fine,” said ${pick(NAMES)}, ${pick(ROLES)}.`, '');
    else paras.push(`The ${w} was discussed again on Tuesday${r() < 0.2 ? ', and “nobody agreed' : ''}.`, '');
  }
  return paras.join(r() < 0.3 ? '\r\n' : '\n');
}

function positionAt(text, offset) {
  let line = 0;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      start = i + 1;
    }
  }
  return { line, character: offset - start };
}

function lineLengths(text) {
  return text.split(/\r\n|\r|\n/).map((l) => l.length);
}

function rssOf(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    if (m) return Number(m[1]) * 1024;
  } catch {
    /* not Linux */
  }
  return NaN;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Preloaded into the server and (Node preloads into workers too) its analysis threads: on SIGUSR2
// the server collects its garbage and asks each worker to do the same; each prints its heap.
const GC_HOOK = `const wt = require('node:worker_threads');
const say = () => process.stderr.write('heapUsed ' + wt.threadId + ' ' + process.memoryUsage().heapUsed + '\\n');
if (wt.isMainThread) {
  const workers = [];
  const Worker = wt.Worker;
  wt.Worker = class extends Worker { constructor(...a) { super(...a); workers.push(this); } };
  process.on('SIGUSR2', () => { global.gc(); say(); for (const w of workers) w.postMessage({ type: 'gc' }); });
} else {
  wt.parentPort.on('message', (m) => { if (m && m.type === 'gc') { global.gc(); say(); } });
}
`;

/**
 * RSS of the idle server after a full garbage collection in every thread (the server runs with
 * --expose-gc and GC_HOOK preloaded: test instrumentation, not part of dist/), so the figure is
 * live memory, not how far the heaps happened to grow before their next collection.
 */
async function idleRss(proc, heap, ms = 2000) {
  const from = heap.stderr().length;
  proc.kill('SIGUSR2');
  await sleep(500);
  // The heap of every thread (the server and its analysis threads), each after its own full GC.
  const last = new Map();
  for (const m of heap
    .stderr()
    .slice(from)
    .matchAll(/heapUsed (\d+) (\d+)/g))
    last.set(m[1], Number(m[2]));
  heap.push(last.size ? [...last.values()].reduce((a, b) => a + b, 0) : NaN);
  let low = Infinity;
  for (let t = 0; t < ms; t += 200) {
    low = Math.min(low, rssOf(proc.pid));
    await sleep(200);
  }
  return low;
}

export async function soak({
  seconds = 60,
  docs = 200,
  rate = 20,
  warmupSeconds = Math.min(20, Math.max(3, seconds / 3)),
  log = () => {},
} = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-soak-'));
  const r = rng(42);
  const texts = new Map();
  for (let i = 0; i < docs; i++) {
    const file = path.join(dir, `a${String(i).padStart(3, '0')}.txt`);
    const text = article(r, i);
    fs.writeFileSync(file, text);
    texts.set(pathToFileURL(file).href, text);
  }
  const gcHook = path.join(dir, 'gc-on-sigusr2.cjs');
  fs.writeFileSync(gcHook, GC_HOOK);
  const proc = spawn(
    process.execPath,
    ['--expose-gc', '--require', gcHook, path.join(ROOT, 'dist', 'server.js'), '--stdio'],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let stderr = '';
  proc.stderr.on('data', (d) => (stderr += d));
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));

  const uris = [...texts.keys()];
  const version = new Map(uris.map((u) => [u, 1]));
  const shapes = new Map(uris.map((u) => [u, new Map([[1, lineLengths(texts.get(u))]])])); // version -> line lengths
  const lastPublished = new Map();
  const problems = [];
  const errors = [];
  let publishes = 0;
  let requests = 0;
  const problem = (m) => problems.length < 20 && problems.push(m);

  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    publishes++;
    if (!shapes.has(p.uri)) return problem(`publish for an unknown document ${p.uri}`);
    if (p.version === undefined)
      return p.diagnostics.length ? problem(`publish without a version for ${p.uri}`) : undefined;
    const shape = shapes.get(p.uri).get(p.version);
    if (!shape) return problem(`publish for ${p.uri} at version ${p.version}, which the client never sent`);
    if ((lastPublished.get(p.uri) ?? 0) > p.version)
      problem(`stale publish: ${p.uri} version ${p.version} after ${lastPublished.get(p.uri)}`);
    lastPublished.set(p.uri, p.version);
    for (const d of p.diagnostics) {
      for (const pos of [d.range.start, d.range.end]) {
        if (pos.line >= shape.length || pos.character > shape[pos.line])
          problem(`${p.uri}@${p.version}: ${d.code} at ${pos.line}:${pos.character} is outside the text`);
      }
    }
  });
  conn.onNotification('window/logMessage', (p) => {
    if (p.type === 1) problem(`server error: ${p.message.slice(0, 300)}`);
  });
  conn.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.onRequest('window/showMessageRequest', (p) => (problem(`popup: ${p.message}`), null));
  conn.onNotification('window/showMessage', (p) => problem(`popup: ${p.message}`));
  conn.onNotification('$/progress', () => undefined);
  conn.onNotification(() => undefined);
  conn.listen();

  const request = (method, params) => {
    requests++;
    return conn.sendRequest(method, params).catch((e) => errors.length < 20 && errors.push(`${method}: ${e.message}`));
  };

  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(dir).href,
    workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'soak' }],
    capabilities: {
      workspace: { configuration: true },
      textDocument: {
        publishDiagnostics: { versionSupport: true, relatedInformation: true },
        hover: { contentFormat: ['markdown'] },
      },
      window: { workDoneProgress: true },
    },
  });
  await conn.sendNotification('initialized', {});
  for (const u of uris)
    await conn.sendNotification('textDocument/didOpen', {
      textDocument: { uri: u, languageId: 'plaintext', version: 1, text: texts.get(u) },
    });

  const edit = async () => {
    const u = uris[Math.floor(r() * uris.length)];
    const text = texts.get(u);
    const at = Math.floor(r() * (text.length + 1));
    // Do not split a CRLF or a surrogate pair: editors never do.
    const safe = text[at - 1] === '\r' && text[at] === '\n' ? at - 1 : at;
    const roll = r();
    let end = safe;
    let insert = '';
    if (roll < 0.6) insert = r() < 0.5 ? ` ${WORDS[Math.floor(r() * WORDS.length)]}` : 'x';
    else if (roll < 0.75) insert = r() < 0.5 ? '“' : '”';
    else if (roll < 0.85) insert = '\n';
    else end = Math.min(text.length, safe + Math.floor(r() * 12));
    if (text[end - 1] === '\r' && text[end] === '\n') end++;
    const next = text.slice(0, safe) + insert + text.slice(end);
    const v = version.get(u) + 1;
    const range = { start: positionAt(text, safe), end: positionAt(text, end) };
    texts.set(u, next);
    version.set(u, v);
    shapes.get(u).set(v, lineLengths(next));
    await conn.sendNotification('textDocument/didChange', {
      textDocument: { uri: u, version: v },
      contentChanges: [{ range, text: insert }],
    });
    // Now and then the user hovers or asks for fixes, as they would while typing.
    if (roll < 0.1) void request('textDocument/hover', { textDocument: { uri: u }, position: range.start });
    else if (roll > 0.95)
      void request('textDocument/codeAction', { textDocument: { uri: u }, range, context: { diagnostics: [] } });
  };

  const samples = []; // RSS every 5 s of editing, to tell a leak (steady climb) from heap sizing (a plateau)
  let lastSample = 0;
  const run = async (secs) => {
    const interval = 1000 / rate;
    const t0 = performance.now();
    let n = 0;
    while (performance.now() - t0 < secs * 1000) {
      await edit();
      n++;
      if (performance.now() - lastSample > 5000) {
        lastSample = performance.now();
        samples.push(Math.round(rssOf(proc.pid) / 2 ** 20));
      }
      const wait = t0 + n * interval - performance.now();
      if (wait > 0) await sleep(wait);
    }
    return n;
  };

  /** Waits until every document's latest version has been published (or the deadline). */
  const settle = async (ms = 60_000) => {
    const end = Date.now() + ms;
    while (Date.now() < end) {
      if (uris.every((u) => lastPublished.get(u) === version.get(u))) return true;
      await sleep(100);
    }
    return false;
  };

  const t0 = performance.now();
  let settledOpen = await settle();
  const warmEdits = await run(warmupSeconds);
  settledOpen = (await settle()) && settledOpen;
  const heap = Object.assign([], { stderr: () => stderr });
  const rssWarm = await idleRss(proc, heap);
  log(`warm-up: ${warmEdits} edits, RSS ${(rssWarm / 2 ** 20).toFixed(1)} MiB`);
  const edits = await run(seconds);
  const settled = await settle();
  const rssAfter = await idleRss(proc, heap);
  const totalMs = performance.now() - t0;
  log(`run: ${edits} edits in ${seconds} s, RSS ${(rssAfter / 2 ** 20).toFixed(1)} MiB`);

  if (!settledOpen || !settled) problem("not every document's last version was published within 60 s");
  const alive = proc.exitCode === null;
  if (!alive) problem(`server exited (${proc.exitCode}): ${stderr.slice(-500)}`);
  try {
    await Promise.race([conn.sendRequest('shutdown'), sleep(2000)]);
    await conn.sendNotification('exit');
  } catch {
    /* gone */
  }
  await sleep(200);
  if (proc.exitCode === null) proc.kill('SIGKILL');
  conn.dispose();
  fs.rmSync(dir, { recursive: true, force: true });

  const growth = rssAfter / rssWarm - 1;
  return {
    docs,
    seconds,
    rate,
    edits,
    editsPerSecond: edits / seconds,
    warmupEdits: warmEdits,
    publishes,
    requests,
    errors,
    problems,
    rssWarmMiB: rssWarm / 2 ** 20,
    rssAfterMiB: rssAfter / 2 ** 20,
    rssGrowth: growth,
    rssSamplesMiB: samples,
    heapWarmMiB: heap[0] / 2 ** 20,
    heapAfterMiB: heap[1] / 2 ** 20,
    heapGrowth: heap[1] / heap[0] - 1,
    totalSeconds: totalMs / 1000,
    ok:
      problems.length === 0 &&
      errors.length === 0 &&
      Number.isFinite(growth) &&
      growth <= 0.1 &&
      heap[1] / heap[0] - 1 <= 0.1,
  };
}

/** The `npm run bench` section. */
export async function run({ quick }) {
  const res = await soak({ seconds: quick ? 8 : 60, log: (m) => console.log(`soak ${m}`) });
  const pct = (x) => `${(x * 100).toFixed(1)}%`;
  return {
    ...res,
    table: {
      headers: [
        'docs',
        'seconds',
        'edits/s',
        'publishes',
        'requests',
        'errors',
        'problems',
        'RSS warm MiB',
        'RSS after MiB',
        'RSS growth',
        'heap after GC MiB',
        'heap growth',
        'ok',
      ],
      rows: [
        [
          res.docs,
          res.seconds,
          res.editsPerSecond.toFixed(1),
          res.publishes,
          res.requests,
          res.errors.length,
          res.problems.length,
          res.rssWarmMiB.toFixed(1),
          res.rssAfterMiB.toFixed(1),
          pct(res.rssGrowth),
          `${res.heapWarmMiB.toFixed(1)} → ${res.heapAfterMiB.toFixed(1)}`,
          pct(res.heapGrowth),
          res.ok ? 'yes' : 'NO',
        ],
      ],
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const arg = (name, d) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? Number(process.argv[i + 1]) : d;
  };
  const res = await soak({
    seconds: arg('seconds', 60),
    docs: arg('docs', 200),
    rate: arg('rate', 20),
    log: (m) => !process.argv.includes('--json') && console.log(m),
  });
  if (process.argv.includes('--json')) console.log(JSON.stringify(res));
  else {
    for (const p of [...res.problems, ...res.errors]) console.log(`  ${p}`);
    console.log(`RSS every 5 s (MiB): ${res.rssSamplesMiB.join(' ')}`);
    console.log(
      `V8 heap used after a full GC: ${res.heapWarmMiB.toFixed(1)} → ${res.heapAfterMiB.toFixed(1)} MiB (${(res.heapGrowth * 100).toFixed(1)}%)`,
    );
    console.log(
      `soak: ${res.edits} edits (${res.editsPerSecond.toFixed(1)}/s) over ${res.docs} docs, ${res.publishes} publishes, ${res.requests} requests, ${res.errors.length} errors, ${res.problems.length} problems; RSS ${res.rssWarmMiB.toFixed(1)} → ${res.rssAfterMiB.toFixed(1)} MiB (${(res.rssGrowth * 100).toFixed(1)}%): ${res.ok ? 'ok' : 'FAILED'}`,
    );
  }
  process.exit(res.ok ? 0 : 1);
}
