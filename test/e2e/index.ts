// Entry point the workbench calls in the extension host (extensionTestsPath):
// runs every *.test.js beside this file with mocha.
// The extension host's console is not the runner's terminal, so the reporter's
// output goes to a file through mocha's own Base.consoleLog, with a results
// summary beside it; scripts/e2e/run.mjs prints both.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';

export function artifactsDir(): string {
  // out/test/e2e/index.js → out/e2e, unless the launcher says otherwise.
  return process.env.SOURCELINT_E2E_ARTIFACTS ?? path.resolve(__dirname, '..', '..', 'e2e');
}

export function run(): Promise<void> {
  return runIn(__dirname, ['screenshot.js']);
}

/** Runs the *.test.js files of `testsDir` in name order, then `last` (files in the same folder). */
export function runIn(testsDir: string, last: string[]): Promise<void> {
  const dir = artifactsDir();
  fs.mkdirSync(dir, { recursive: true });
  const logFile = path.join(dir, 'mocha.log');
  const resultsFile = path.join(dir, 'results.json');
  fs.writeFileSync(logFile, '');
  fs.rmSync(resultsFile, { force: true });
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => {
    fs.appendFileSync(logFile, format(...args) + '\n');
  };

  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  const grep = process.env.SOURCELINT_E2E_GREP;
  if (grep) mocha.grep(grep);
  // Name order (activation.test.js needs to run first); the screenshot of the final state last.
  const files = fs.readdirSync(testsDir).filter((f) => f.endsWith('.test.js')).sort();
  for (const f of [...files, ...last]) mocha.addFile(path.join(testsDir, f));

  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const { passes = 0, failures: failed = 0, pending = 0 } = runner.stats ?? {};
        fs.writeFileSync(resultsFile, JSON.stringify({ passed: passes, failed, pending, files: files.length }) + '\n');
        if (failures > 0 || files.length === 0) reject(new Error(files.length ? `${failures} e2e test(s) failed` : 'no e2e test files found'));
        else resolve();
      });
      runner.on('fail', (test) => {
        if (!(test as Mocha.Test & { critical?: boolean }).critical) return;
        Mocha.reporters.Base.consoleLog(`\n  "${test.title}" failed: the extension cannot run, so the run stops here.\n`);
        runner.abort();
      });
    } catch (err) {
      fs.appendFileSync(logFile, `mocha could not start: ${(err as Error).stack ?? err}\n`);
      reject(err);
    }
  });
}
