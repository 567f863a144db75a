// The CLI on files that are not articles and on hostile folders: it names each file and the reason,
// exits 2 only for what the user named directly, stays inside the folder it was given, runs nothing
// from the workspace, and prints file names and text so they cannot forge report lines.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CLI, runCli } from '../helpers/cli';
import { inTempFolder, tempFolder } from '../helpers/temp-folder';

const ARTICLE = 'Harbour news.\n\nThe pier reopens in spring, said Ines Moreau of the harbour board.\n';
const UNCLOSED = 'Harbour news.\n\nMoreau called it “a good day. Then she left.\n';

describe('CLI robustness', function () {
  this.timeout(60_000);
  const tmp = tempFolder('sl-cli-robust-', { prepare: (t) => fs.chmodSync(t.dir, 0o755) });
  const at = tmp.at;

  it('an unreadable file named directly: "permission denied" and exit 2 (run as an unprivileged user)', () => {
    fs.writeFileSync(at('secret.txt'), ARTICLE);
    fs.chmodSync(at('secret.txt'), 0o000);
    fs.writeFileSync(at('open.txt'), UNCLOSED);
    fs.chmodSync(at('open.txt'), 0o644);
    // Root reads any file whatever its mode, so the CLI runs as `nobody` when the tests run as root.
    const asNobody = process.getuid?.() === 0;
    const argv = [CLI, 'check', at('secret.txt'), at('open.txt')];
    const r = asNobody
      ? spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, ...argv], {
          encoding: 'utf8',
          cwd: tmp.dir,
        })
      : spawnSync(process.execPath, argv, { encoding: 'utf8', cwd: tmp.dir });
    assert.equal(r.error, undefined, String(r.error));
    assert.equal(r.status, 2, r.stderr);
    assert.equal(r.stderr.trim(), `sourcelint: ${at('secret.txt')}: permission denied`);
    assert.match(r.stdout, /open\.txt:3:\d+: warning unbalanced-quote/, 'the readable file is still checked');
  });

  it('an unreadable file inside a folder is skipped with one line and does not change the exit code', () => {
    fs.writeFileSync(at('fine.txt'), ARTICLE);
    spawnSync('mkfifo', [at('pipe.txt')]);
    assert.ok(fs.lstatSync(at('pipe.txt')).isFIFO(), 'a FIFO named like an article');
    fs.symlinkSync(at('nowhere.txt'), at('dangling.txt'));
    const r = runCli(['check', '--follow-symlinks', tmp.dir]);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stderr.trim().split('\n');
    assert.deepEqual(
      lines.filter((l) => l.includes('pipe.txt')),
      [`sourcelint: ${at('pipe.txt')}: skipped: not a regular file`],
    );
    assert.deepEqual(
      lines.filter((l) => l.includes('dangling.txt')),
      [`sourcelint: ${at('dangling.txt')}: skipped: no such file or directory`],
    );
  });

  it('a FIFO or a dangling link named directly: named with the reason, exit 2, and no hang', () => {
    spawnSync('mkfifo', [at('fifo.txt')]);
    fs.symlinkSync(at('gone.txt'), at('link.txt'));
    let r = runCli(['check', at('fifo.txt')]);
    assert.equal(r.code, 2);
    assert.equal(r.stderr.trim(), `sourcelint: ${at('fifo.txt')}: not a regular file`);
    r = runCli(['check', at('link.txt')]);
    assert.equal(r.code, 2);
    assert.equal(r.stderr.trim(), `sourcelint: ${at('link.txt')}: no such file or directory`);
  });

  it('symbolic link loops end: not followed by default, reported once with --follow-symlinks', () => {
    fs.mkdirSync(at('a'));
    fs.writeFileSync(at('a', 'story.txt'), ARTICLE);
    fs.symlinkSync(at('a'), at('a', 'again')); // directory loop
    fs.symlinkSync(at('b.txt'), at('c.txt'));
    fs.symlinkSync(at('c.txt'), at('b.txt')); // file loop
    let r = runCli(['check', '--format', 'json', tmp.dir]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(
      JSON.parse(r.stdout).files.map((f: { path: string }) => path.relative(tmp.dir, f.path)),
      [path.join('a', 'story.txt')],
    );
    r = runCli(['check', '--format', 'json', '--follow-symlinks', tmp.dir]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(
      JSON.parse(r.stdout).files.map((f: { path: string }) => path.relative(tmp.dir, f.path)),
      [path.join('a', 'story.txt')],
    );
    for (const name of ['b.txt', 'c.txt']) {
      assert.equal(r.stderr.split('\n').filter((l) => l.includes(name)).length, 1, r.stderr);
      assert.match(r.stderr, new RegExp(`${name}: skipped: symbolic link loop`));
    }
    r = runCli(['check', at('b.txt')]);
    assert.equal(r.code, 2);
    assert.equal(r.stderr.trim(), `sourcelint: ${at('b.txt')}: symbolic link loop`);
  });

  it('a directory named like an article is walked, not read; named directly with nothing in it, exit 2', () => {
    fs.mkdirSync(at('issue.txt'));
    fs.writeFileSync(at('issue.txt', 'inner.txt'), UNCLOSED);
    fs.mkdirSync(at('empty.article'));
    let r = runCli(['check', tmp.dir]);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /issue\.txt\/inner\.txt:3:/);
    assert.equal(r.stderr, '');
    r = runCli(['check', at('empty.article')]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /empty\.article: no articles found/);
  });

  it('a symbolic link out of the folder is not followed unless --follow-symlinks', () => {
    inTempFolder('sl-outside-', (outside) => {
      fs.writeFileSync(path.join(outside, 'elsewhere.txt'), UNCLOSED);
      fs.mkdirSync(at('ws'));
      fs.writeFileSync(at('ws', 'home.txt'), ARTICLE);
      fs.symlinkSync(path.join(outside, 'elsewhere.txt'), at('ws', 'linked.txt'));
      fs.symlinkSync(outside, at('ws', 'linked-dir'));
      let r = runCli(['check', '--format', 'json', at('ws')]);
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(
        JSON.parse(r.stdout).files.map((f: { path: string }) => path.basename(f.path)),
        ['home.txt'],
      );
      r = runCli(['check', '--format', 'json', '--follow-symlinks', at('ws')]);
      assert.equal(r.code, 1, r.stderr);
      assert.deepEqual(
        JSON.parse(r.stdout)
          .files.map((f: { path: string }) => path.basename(f.path))
          .sort(),
        ['elsewhere.txt', 'home.txt', 'linked.txt'],
      );
    });
  });

  it('runs nothing named by the workspace: shell syntax in file names and rc values stays text', () => {
    const names = ['$(touch pwned-a).txt', '`touch pwned-b`.txt', 'x; touch pwned-c.txt', 'it\'s "odd" & <b>.txt'];
    for (const n of names) fs.writeFileSync(at(n), UNCLOSED);
    fs.writeFileSync(
      at('.sourcelintrc.json'),
      JSON.stringify({
        include: ['**/*.txt'],
        boilerplate: { patterns: ['$(touch pwned-d)', '/`touch pwned-e`/'] },
        __proto__: { polluted: 'yes' },
        constructor: { prototype: { polluted: 'yes' } },
      }),
    );
    const r = runCli(['check', '--format', 'json', tmp.dir], { cwd: tmp.dir });
    assert.equal(r.code, 1, r.stderr);
    assert.deepEqual(
      fs.readdirSync(tmp.dir).filter((n) => n.startsWith('pwned')),
      [],
    );
    const report = JSON.parse(r.stdout);
    assert.deepEqual(report.files.map((f: { path: string }) => path.basename(f.path)).sort(), [...names].sort());
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('a file name or article text with line breaks and terminal escapes cannot forge or hide report lines', () => {
    const evil = 'a\nfake.txt:1:1: error unbalanced-quote forged\r\u001b[2K.txt';
    fs.writeFileSync(at(evil), 'He said “it\u001b[31m was\u0007 fine.\n');
    const r = runCli(['check', tmp.dir]);
    assert.equal(r.code, 1, r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 1, `one finding, one line:\n${r.stdout}`);
    assert.ok(
      !/[\u0000-\u0008\u000b-\u001f\u007f]/.test(r.stdout),
      `control characters escaped: ${JSON.stringify(r.stdout)}`,
    );
    assert.ok(lines[0].includes('\\n') && lines[0].includes('\\u001b'), lines[0]);
    // JSON keeps the name exactly (JSON.stringify encodes it).
    const json = runCli(['check', '--format', 'json', tmp.dir]);
    assert.equal(path.basename(JSON.parse(json.stdout).files[0].path), evil);
  });
});
