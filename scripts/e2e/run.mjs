#!/usr/bin/env node
// `npm run test:e2e`: builds, makes sure the e2e route is installed, and runs
// the mocha suite in test/e2e inside a real VS Code workbench (code-server in
// headless Chromium) through @vscode/test-electron's runTests().
// Its last line is always `e2e: N passed, N failed`; a failed step counts as a failure.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';
import { SetupError, ensureSetup } from './setup.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const artifacts = path.join(root, 'out', 'e2e');
const screenshots = path.join(root, 'out', 'e2e-screenshots');
const vsixArtifacts = path.join(artifacts, 'vsix');
// The installed-.vsix run comes after the suite unless --no-vsix, or a grep that does not pick it.
const grep = process.env.SOURCELINT_E2E_GREP;
const withVsix = !process.argv.includes('--no-vsix') && (!grep || new RegExp(grep).test('installed .vsix'));
const started = Date.now();
const secs = (t) => `${((Date.now() - t) / 1000).toFixed(1)} s`;

class StepError extends Error {}

async function step(name, fn) {
  const t = Date.now();
  console.log(`[e2e] ${name}…`);
  try {
    const r = await fn();
    console.log(`[e2e] ${name}: done in ${secs(t)}`);
    return r;
  } catch (e) {
    throw new StepError(e instanceof SetupError ? e.message : `step "${name}" failed: ${e?.message ?? e}`);
  }
}

function npmRun(script) {
  const r = spawnSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`npm run ${script} exited ${r.status ?? r.signal}`);
}

/** The workbench silently skips an extension that asks for a newer VS Code than it is. */
function checkEngine(vscodeVersion) {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const wanted = pkg.engines?.vscode ?? '';
  const min = /(\d+)\.(\d+)\.(\d+)/.exec(wanted)?.slice(1).map(Number);
  const have = vscodeVersion.split('.').map(Number);
  if (!min) throw new Error(`package.json engines.vscode is "${wanted}", not a version`);
  const cmp = min.map((v, i) => v - (have[i] ?? 0)).find((d) => d !== 0) ?? 0;
  if (cmp > 0)
    throw new Error(
      `package.json engines.vscode "${wanted}" is newer than the VS Code ${vscodeVersion} inside code-server; the workbench would not load the extension`,
    );
}

function makeWorkspace() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcelint-e2e-ws-'));
  fs.cpSync(path.join(root, 'test', 'e2e', 'workspace'), dir, { recursive: true });
  return dir;
}

function readResults(dir = artifacts) {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, 'results.json'), 'utf8'));
  } catch {
    return undefined;
  }
}

/** One workbench session through runTests(); `dir` gets the suite's logs and results.json. */
function workbenchRun({ dir, devPath, testsPath, workspace, env = {} }) {
  return runTests({
    vscodeExecutablePath: path.join(root, 'scripts', 'e2e', 'launch-workbench.mjs'),
    extensionDevelopmentPath: devPath,
    extensionTestsPath: testsPath,
    launchArgs: [workspace],
    extensionTestsEnv: { SOURCELINT_E2E_ARTIFACTS: dir, SOURCELINT_E2E_SCREENSHOTS: screenshots, ...env },
  }).catch((e) => {
    // A failing test ends the run with code 1 too; only say more when the suite did not report.
    if (readResults(dir)) return;
    const why = path.join(dir, 'launcher-failure.txt');
    throw fs.existsSync(why) ? new Error(fs.readFileSync(why, 'utf8')) : e;
  });
}

/**
 * The packaged extension: `npm run package` into out/e2e/vsix/, then a second, short workbench
 * session where code-server installs it with --install-extension into a fresh extensions dir.
 * runTests() wants a development extension to host the tests: an empty probe extension stands in,
 * so sourcelint itself is only the installed copy.
 */
async function vsixRun() {
  const version = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version;
  const vsix = path.join(vsixArtifacts, `sourcelint-${version}.vsix`);
  fs.mkdirSync(vsixArtifacts, { recursive: true });
  await step('package (.vsix)', () => {
    const r = spawnSync('npm', ['run', '--silent', 'package', '--', vsix], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`npm run package exited ${r.status ?? r.signal}:\n${r.stdout}${r.stderr}`);
  });
  const probe = path.join(vsixArtifacts, 'probe');
  fs.mkdirSync(probe, { recursive: true });
  fs.writeFileSync(
    path.join(probe, 'package.json'),
    JSON.stringify({ name: 'e2e-probe', publisher: 'sourcelint-e2e', version: '0.0.0', engines: { vscode: '*' } }),
  );
  const workspace = makeWorkspace();
  try {
    await step('workbench run (installed .vsix)', () =>
      workbenchRun({
        dir: vsixArtifacts,
        devPath: probe,
        workspace,
        testsPath: path.join(root, 'out', 'test', 'e2e', 'vsix', 'index.js'),
        env: { SOURCELINT_E2E_VSIX: vsix },
      }),
    );
  } finally {
    if (!process.env.SOURCELINT_E2E_KEEP) fs.rmSync(workspace, { recursive: true, force: true });
  }
}

// The screenshots the README shows, copied into images/ with --update-screenshots (never in CI).
const README_IMAGES = {
  'problems-panel.png': 'problems.png',
  'sources-view.png': 'sources-view.png',
  'hover.png': 'hover.png',
};

async function main() {
  let problem;
  let workspace;
  // Nothing from an earlier run may be taken for this one's results (nor a deleted test's output).
  const build = !process.argv.includes('--no-build'); // --no-build: reuse dist/ and out/ while iterating
  for (const d of [artifacts, screenshots, ...(build ? [path.join(root, 'out', 'test', 'e2e')] : [])])
    fs.rmSync(d, { recursive: true, force: true });
  fs.mkdirSync(artifacts, { recursive: true });
  try {
    if (build) {
      await step('build', () => npmRun('build'));
      await step('compile-tests', () => npmRun('compile-tests'));
    }
    const setup = await step('setup (apt packages, node 24, code-server, chromium)', () => ensureSetup());
    console.log(
      `[e2e] code-server ${setup.versions.codeServer} with VS Code ${setup.versions.vscode}; ${setup.chromiumVersion}`,
    );
    await step('engines.vscode check', () => checkEngine(setup.versions.vscode));
    workspace = await step('test workspace', () => makeWorkspace());
    await step('workbench run', () =>
      workbenchRun({
        dir: artifacts,
        devPath: root,
        workspace,
        testsPath: path.join(root, 'out', 'test', 'e2e', 'index.js'),
      }),
    );
    if (withVsix) await vsixRun();
  } catch (e) {
    problem = e instanceof StepError ? e.message : `unexpected error: ${e?.stack ?? e}`;
  } finally {
    if (workspace && !process.env.SOURCELINT_E2E_KEEP) fs.rmSync(workspace, { recursive: true, force: true });
  }

  for (const [dir, what] of [
    [artifacts, 'in the workbench'],
    [vsixArtifacts, 'installed .vsix'],
  ]) {
    const mochaLog = path.join(dir, 'mocha.log');
    if (fs.existsSync(mochaLog))
      process.stdout.write(`\n--- mocha (${what}) ---\n${fs.readFileSync(mochaLog, 'utf8')}\n`);
  }
  const results = readResults();
  if (!problem && results && withVsix) {
    const v = readResults(vsixArtifacts);
    if (!v) problem = 'the installed .vsix run reported no results';
    else if (v.passed + v.failed === 0) problem = 'the installed .vsix run ran no test';
    else for (const k of ['passed', 'failed', 'pending']) results[k] += v[k];
  }
  if (fs.existsSync(screenshots)) console.log(`[e2e] screenshots: ${screenshots}`);
  console.log(`[e2e] logs: ${artifacts}; total ${secs(started)}`);
  if (!problem && !results) problem = 'the suite reported no results';
  else if (!problem && results.passed + results.failed === 0) problem = 'the suite ran no test';
  // A pending (skipped) test counts as failed: nothing here may be skipped.
  else if (!problem && results.pending) problem = `${results.pending} test(s) pending (skipped)`;
  if (problem) console.error(`[e2e] ${problem}`);
  const passed = results?.passed ?? 0;
  const failed =
    (results?.failed ?? 0) + (results?.pending ?? 0) + (problem && !results?.failed && !results?.pending ? 1 : 0);
  if (process.argv.includes('--update-screenshots')) {
    if (failed > 0) console.log('[e2e] images/ left as it was: the run failed');
    else
      for (const [shot, image] of Object.entries(README_IMAGES)) {
        if (!fs.existsSync(path.join(screenshots, shot))) continue; // not taken in a grep run
        fs.copyFileSync(path.join(screenshots, shot), path.join(root, 'images', image));
        console.log(`[e2e] images/${image} updated`);
      }
  }
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

main();
