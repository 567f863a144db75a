import * as assert from 'node:assert/strict';
import { LineIndex } from '../../server/src/engine/text';
import { runCli } from '../helpers/cli';
import { fixture, fixturePath } from '../helpers/fixtures';

const range = (text: string, from: string, to: string) => {
  const lines = new LineIndex(text);
  const s = text.indexOf(from);
  const e = text.indexOf(to, s) + to.length;
  return { start: lines.positionAt(s), end: lines.positionAt(e) };
};

describe('sourcelint duplicates, and check across files', () => {
  const ferry = fixturePath('duplicates/ferry-strike.txt');
  const brief = fixturePath('duplicates/ferry-strike-brief.txt');

  it('check: one corpus of all inputs, with related paths and ranges in JSON', () => {
    const r = runCli(['check', '--format', 'json', ferry, brief]);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const files = JSON.parse(r.stdout).files as {
      path: string;
      diagnostics: { code: string; range: unknown; related?: { path: string; range: unknown }[] }[];
    }[];
    const b = files.find((f) => f.path === brief)!;
    const dups = b.diagnostics.filter((d) => d.code === 'duplicate-passage');
    assert.equal(dups.length, 2);
    const briefText = fixture('duplicates/ferry-strike-brief.txt');
    const ferryText = fixture('duplicates/ferry-strike.txt');
    assert.deepEqual(dups[0].range, range(briefText, 'Crews on', 'morning bell.'));
    assert.deepEqual(dups[0].related, [
      {
        path: ferry,
        range: range(ferryText, 'Crews on', 'morning bell.'),
        message: 'Same passage in ferry-strike.txt (28 words)',
      },
    ]);
  });

  it('check on one file alone finds no cross-file duplicates', () => {
    const r = runCli(['check', '--format', 'json', brief]);
    const d = JSON.parse(r.stdout).files[0].diagnostics as { code: string }[];
    assert.ok(!d.some((x) => x.code === 'duplicate-passage'));
  });

  it('duplicates: groups largest first, in text', () => {
    const r = runCli(['duplicates', fixturePath('duplicates')]);
    assert.equal(r.code, 0, r.stderr);
    const blocks = r.stdout.trim().split('\n\n');
    assert.equal(blocks.length, 3);
    // The bakery story repeats its own opening paragraph (two copies in one file).
    assert.match(blocks[0], /^2 copies, 29 words: "A fire in the ovens/);
    assert.match(blocks[0], /bakery-fire\.txt:3:1-3:157\n.*bakery-fire\.txt:9:1-9:157$/);
    assert.match(blocks[1], /^2 copies, 28 words: "Crews on the Marrow Sound/);
    assert.match(blocks[1], /ferry-strike-brief\.txt:3:1-5:31\n.*ferry-strike\.txt:3:1-3:167$/);
    assert.match(blocks[2], /^2 copies, 23 words: "Talks are set/);
    assert.match(r.stderr, /3 duplicated passages in 3 of 3 files/);
  });

  it('duplicates: JSON, and bad usage exits 2', () => {
    const r = runCli(['duplicates', '--format', 'json', ferry, brief]);
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout) as { version: number; groups: { words: number; copies: { path: string }[] }[] };
    assert.equal(report.version, 1);
    assert.deepEqual(
      report.groups.map((g) => g.words),
      [28, 23],
    );
    assert.deepEqual(report.groups[0].copies.map((c) => c.path).sort(), [brief, ferry].sort());
    assert.equal(runCli(['duplicates', '--format', 'xml', ferry]).code, 2);
    assert.equal(runCli(['duplicates', '/no/such/dir']).code, 2);
  });
});
