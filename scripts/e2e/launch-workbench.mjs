#!/usr/bin/env node
// Stands in for the VS Code executable that @vscode/test-electron's runTests()
// starts: serves the workbench with code-server, opens it in headless Chromium
// with the extension-test payload, and exits with the suite's exit code.
// Reads --extensionDevelopmentPath, --extensionTestsPath and the folder to open;
// ignores the other desktop flags (their --user-data-dir would be too deep for
// code-server's socket path).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { locate, node24Env } from './setup.mjs';

const TIMEOUT_MS = Number(process.env.SOURCELINT_E2E_TIMEOUT_MS || 600_000);
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function parseArgs(argv) {
  const opts = { folder: undefined, devPath: undefined, testsPath: undefined };
  for (const a of argv) {
    const m = /^--(extensionDevelopmentPath|extensionTestsPath)=(.*)$/.exec(a);
    if (m) opts[m[1] === 'extensionTestsPath' ? 'testsPath' : 'devPath'] = path.resolve(m[2]);
    else if (!a.startsWith('-') && !opts.folder) opts.folder = path.resolve(a);
  }
  if (!opts.devPath || !opts.testsPath)
    throw new Error('launcher: --extensionDevelopmentPath and --extensionTestsPath are required');
  return opts;
}

const log = (m) => console.log(`[e2e launcher] ${m}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const tail = (file, n = 40) => {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-n).join('\n');
  } catch {
    return '(none)';
  }
};

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net
      .createServer()
      .once('error', reject)
      .listen(0, '127.0.0.1', () => {
        const { port } = srv.address();
        srv.close(() => resolve(port));
      });
  });
}

function healthy(port) {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/healthz', timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
  });
}

const opts = parseArgs(process.argv.slice(2));
const artifacts = path.resolve(process.env.SOURCELINT_E2E_ARTIFACTS || path.join(opts.devPath, 'out', 'e2e'));
fs.mkdirSync(artifacts, { recursive: true });
const csLog = path.join(artifacts, 'code-server.log');
const consoleLog = path.join(artifacts, 'browser-console.log');
// Short paths: code-server puts a socket in here and sockets are limited to 107 chars.
const tmp = fs.mkdtempSync('/tmp/sle2e-');
const dirs = Object.fromEntries(['user', 'ext', 'config', 'data', 'tmp', 'run'].map((d) => [d, path.join(tmp, d)]));
for (const d of Object.values(dirs)) fs.mkdirSync(d, { mode: 0o700 });
// A quiet workbench: no AI features, no git scanning, no start page; they only slow the run.
const USER_SETTINGS = {
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'github.gitAuthentication': false,
  'workbench.startupEditor': 'none',
  'workbench.enableExperiments': false,
  'workbench.tips.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'editor.wordWrap': 'on', // the screenshot shows whole paragraphs
  'editor.minimap.enabled': false,
};
fs.mkdirSync(path.join(dirs.user, 'User'));
fs.writeFileSync(path.join(dirs.user, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));

let server;
let browser;
let page;
let cleaning;
async function cleanup() {
  cleaning ??= (async () => {
    await browser?.close().catch(() => {});
    if (server && server.exitCode === null && server.signalCode === null) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {}
      const gone = new Promise((r) => server.once('exit', r));
      if ((await Promise.race([gone.then(() => true), sleep(5000).then(() => false)])) === false) {
        try {
          process.kill(-server.pid, 'SIGKILL');
        } catch {}
      }
    }
    fs.rmSync(tmp, { recursive: true, force: true });
  })();
  return cleaning;
}
let interrupted = false;
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    if (interrupted) return;
    interrupted = true;
    log(`${sig}: stopping code-server and the browser`);
    cleanup().finally(() => process.exit(130));
  });
}

async function fail(reason) {
  if (interrupted) return; // cleanup is under way; what broke now is a consequence
  console.error(`[e2e launcher] ${reason}`);
  fs.writeFileSync(path.join(artifacts, 'launcher-failure.txt'), reason); // for the runner's last word
  if (page) {
    const shot = path.join(artifacts, 'failure.png');
    if (
      await page.screenshot({ path: shot }).then(
        () => true,
        () => false,
      )
    )
      console.error(`[e2e launcher] screenshot: ${shot}`);
  }
  console.error(`--- code-server log (tail of ${csLog}) ---\n${tail(csLog)}`);
  console.error(`--- browser console (tail of ${consoleLog}) ---\n${tail(consoleLog)}`);
  await cleanup();
  process.exit(1);
}

/** Drags the sash on the side bar's right edge so that the side bar is `width` px wide. */
async function dragSideBarEdge(width) {
  const box = await page.locator('.part.sidebar').boundingBox();
  if (!box) throw new Error('no side bar to widen');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width + 1, y);
  await page.mouse.down();
  await page.mouse.move(box.x + width, y, { steps: 5 });
  await page.mouse.up();
}

/** The suite asks for a screenshot by writing a request file (it can't reach the page itself). */
async function serveScreenshotRequests(stop) {
  const req = path.join(artifacts, 'screenshot.request');
  while (!stop.done) {
    if (fs.existsSync(req)) {
      // { path, waitFor?, sideBarWidth?, clicks? }: waitFor is a selector that must be visible first
      // (the state the picture is for); then the side bar's edge is dragged and the clicks made.
      const { path: target, waitFor, sideBarWidth, clicks = [] } = JSON.parse(fs.readFileSync(req, 'utf8'));
      fs.rmSync(req);
      let result = 'ok';
      try {
        if (waitFor) await page.locator(waitFor).first().waitFor({ state: 'visible', timeout: 10_000 });
        if (sideBarWidth) await dragSideBarEdge(sideBarWidth);
        for (const sel of clicks) await page.locator(sel).first().click({ timeout: 10_000 });
        if (sideBarWidth || clicks.length) await sleep(500);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        await page.screenshot({ path: target });
      } catch (e) {
        result = `error: ${e.message}`;
      }
      fs.writeFileSync(path.join(artifacts, 'screenshot.done'), result);
    }
    await sleep(200);
  }
}

async function main() {
  const p = locate();
  for (const [what, file] of [
    ['node 24', p.node],
    ['code-server', p.codeServer],
    ['chromium', p.chromium],
  ]) {
    if (!fs.existsSync(file)) await fail(`${what} not found at ${file}: run \`node scripts/e2e/setup.mjs\` first`);
  }
  for (const f of ['screenshot.request', 'screenshot.done']) fs.rmSync(path.join(artifacts, f), { force: true });
  const out = fs.openSync(csLog, 'w');
  const csEnv = {
    ...process.env,
    ...node24Env(p),
    EXTENSIONS_GALLERY: '{}', // no marketplace to ask
    XDG_CONFIG_HOME: dirs.config,
    XDG_DATA_HOME: dirs.data,
    XDG_RUNTIME_DIR: dirs.run,
    TMPDIR: dirs.tmp,
    SOURCELINT_E2E_ARTIFACTS: artifacts,
  };
  // The installed-package run (run.mjs): the .vsix goes into this run's fresh extensions dir first.
  const vsix = process.env.SOURCELINT_E2E_VSIX;
  if (vsix) {
    const r = spawnSync(
      p.node,
      [p.codeServer, '--user-data-dir', dirs.user, '--extensions-dir', dirs.ext, '--install-extension', vsix],
      { env: csEnv, encoding: 'utf8', timeout: 120_000 },
    );
    fs.appendFileSync(csLog, `$ code-server --install-extension ${vsix}\n${r.stdout}${r.stderr}\n`);
    if (r.status !== 0)
      await fail(
        `code-server --install-extension ${vsix} exited ${r.status ?? r.signal ?? r.error}:\n${r.stdout}${r.stderr}`,
      );
    log(
      `installed ${path.basename(vsix)}: ${fs
        .readdirSync(dirs.ext)
        .filter((d) => !d.startsWith('.'))
        .join(', ')}`,
    );
  }
  const port = await freePort();
  server = spawn(
    p.node,
    [
      p.codeServer,
      '--auth',
      'none',
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--ignore-last-opened',
      '--user-data-dir',
      dirs.user,
      '--extensions-dir',
      dirs.ext,
      '--vscode-option',
      'enable-smoke-test-driver',
    ],
    {
      detached: true, // own process group, so cleanup reaches the extension host too
      stdio: ['ignore', out, out],
      env: csEnv,
    },
  );
  server.once('exit', (code, sig) => {
    if (!cleaning) fail(`code-server exited early (${code ?? sig})`);
  });
  const deadline = Date.now() + TIMEOUT_MS;
  const t0 = Date.now();
  while (!(await healthy(port))) {
    if (Date.now() - t0 > 60_000) await fail('code-server did not answer /healthz within 60 s');
    await sleep(250);
  }
  log(`code-server up on port ${port} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  browser = await chromium.launch({
    executablePath: p.chromium,
    headless: true,
    args: CHROMIUM_ARGS,
    // Playwright's own handlers would exit before our cleanup and leave code-server running.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  // Clipboard permissions: the suite reads back what "Copy source list" copied.
  page = await browser.newPage({
    viewport: { width: 1400, height: 900 },
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const consoleOut = fs.createWriteStream(consoleLog);
  page.on('console', (m) => consoleOut.write(`[${m.type()}] ${m.text()}\n`));
  page.on('pageerror', (e) => consoleOut.write(`[pageerror] ${e.message}\n`));
  let exited;
  const exitCode = new Promise((r) => {
    exited = r;
  });
  await page.exposeFunction('codeAutomationExit', (code) => {
    exited(Number(code) || 0);
  });

  const remote = (f) => `vscode-remote://127.0.0.1:${port}${f}`;
  const payload = [
    ['extensionDevelopmentPath', remote(opts.devPath)],
    ['extensionTestsPath', remote(opts.testsPath)],
    ['skipWelcome', 'true'],
  ];
  const url = `http://127.0.0.1:${port}/?${opts.folder ? `folder=${encodeURIComponent(opts.folder)}&` : ''}payload=${encodeURIComponent(JSON.stringify(payload))}`;
  await page.goto(url);

  const stop = { done: false };
  const shots = serveScreenshotRequests(stop);
  const timer = sleep(Math.max(0, deadline - Date.now())).then(() => 'timeout');
  const code = await Promise.race([exitCode, timer]);
  stop.done = true;
  await shots;
  if (code === 'timeout') await fail(`the suite did not finish within ${TIMEOUT_MS / 1000} s`);
  log(`suite exited with code ${code} after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const t1 = Date.now();
  await cleanup();
  log(`stopped code-server and the browser in ${((Date.now() - t1) / 1000).toFixed(1)} s`);
  process.exit(code);
}

main().catch((e) => fail(`launcher error: ${e?.stack ?? e}`));
