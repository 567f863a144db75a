import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../helpers/cli';
import { fixture } from '../helpers/fixtures';
import { newsroom } from '../helpers/newsroom';
import { inTempFolder } from '../helpers/temp-folder';

describe('sourcelint check --jobs', () => {
  it('gives the same report with worker threads as without, duplicates across workers included', () => {
    inTempFolder('sl-jobs-', (dir) => {
      const body = fixture('sources/ferry.txt');
      for (let i = 0; i < 6; i++)
        fs.writeFileSync(
          path.join(dir, `s${i}.txt`),
          `Story ${i}, a different headline for each\n\n${i % 2 ? body : body.replace('Passengers were unhappy.', 'Riders were not pleased.')}`,
        );
      const one = runCli(['check', '--format', 'json', '--jobs', '1', dir]);
      const three = runCli(['check', '--format', 'json', '--jobs', '3', dir]);
      assert.equal(three.code, one.code, three.stderr);
      assert.equal(three.stdout, one.stdout);
      const report = JSON.parse(three.stdout);
      assert.ok(
        report.files.every((f: { diagnostics: { code: string }[] }) =>
          f.diagnostics.some((d) => d.code === 'duplicate-passage'),
        ),
      );
    });
  });

  it('gives the same text, JSON and SARIF with --jobs 2 as with --jobs 1, Markdown and a file over maxFileSize included', function () {
    this.timeout(60_000);
    const dir = newsroom();
    try {
      for (const format of ['text', 'json', 'sarif']) {
        const one = runCli(['check', '--format', format, '--jobs', '1', dir]);
        const two = runCli(['check', '--format', format, '--jobs', '2', dir]);
        assert.equal(one.code, 1, one.stderr);
        assert.deepEqual(two, one, format);
        assert.match(one.stdout, /duplicate-passage/);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects a bad --jobs value', () => {
    const r = runCli(['check', '--jobs', 'many', 'samples']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--jobs must be a whole number from 1 to 64/);
  });
});
