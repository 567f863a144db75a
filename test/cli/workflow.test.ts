import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { CLI } from '../helpers/cli';
import { ROOT } from '../helpers/fixtures';
import { inTempFolder } from '../helpers/temp-folder';

// The code-scanning workflow in the README, checked as far as this machine can run it: it parses,
// names the actions it needs, and its shell step, with the local CLI in place of `npx sourcelint`,
// writes a SARIF file and passes when there are findings.
describe('README code-scanning workflow', () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const block = /## GitHub code scanning[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
  const workflow = parse(block ?? '') as {
    on: string[];
    jobs: {
      lint: {
        permissions: Record<string, string>;
        steps: { uses?: string; run?: string; with?: Record<string, unknown> }[];
      };
    };
  };

  it('parses, and uploads the SARIF file it writes with permission to do so', () => {
    assert.ok(block, 'the README has the workflow');
    const { steps, permissions } = workflow.jobs.lint;
    assert.equal(permissions['security-events'], 'write');
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'));
    const run = steps.find((s) => s.run?.includes('sourcelint check'));
    assert.ok(upload && run);
    assert.ok(run.run!.includes(`> ${upload.with!.sarif_file}`), 'the step writes the file the upload reads');
  });

  it('its check step passes on findings, writes valid JSON SARIF, and fails on bad input', () => {
    inTempFolder('sl-wf-', (dir) => {
      fs.mkdirSync(path.join(dir, 'articles'));
      fs.copyFileSync(
        path.join(ROOT, 'samples', 'harbour-bridge.txt'),
        path.join(dir, 'articles', 'harbour-bridge.txt'),
      );
      const step = workflow.jobs.lint.steps.find((s) => s.run?.includes('sourcelint check'))!.run!;
      const local = step.replace('npx --yes sourcelint', `"${process.execPath}" "${CLI}"`);
      const ok = spawnSync('bash', ['-ec', local], { cwd: dir, encoding: 'utf8' });
      assert.equal(ok.status, 0, ok.stderr);
      const sarif = JSON.parse(fs.readFileSync(path.join(dir, 'sourcelint.sarif'), 'utf8'));
      assert.equal(sarif.version, '2.1.0');
      assert.ok(sarif.runs[0].results.length > 0, 'the sample has findings');
      fs.rmSync(path.join(dir, 'articles'), { recursive: true });
      const bad = spawnSync('bash', ['-ec', local], { cwd: dir, encoding: 'utf8' });
      assert.notEqual(bad.status, 0, 'a missing folder fails the job');
    });
  });
});
