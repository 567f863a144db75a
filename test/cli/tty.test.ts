// The CLI on a terminal (a real pseudo-terminal from util-linux `script`) and through a pipe.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CLI, runCli } from '../helpers/cli';
import { ROOT } from '../helpers/fixtures';
import { tempFolder } from '../helpers/temp-folder';

const ESC = '\x1b';
const COLOUR = /\x1b\[(3\d|9\d)m/;
const PROGRESS = /\r\x1b\[2Ksourcelint: (reading|indexing|analysing)/;
const plain = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Runs the CLI with stdout and stderr on a pseudo-terminal; returns what the terminal showed. */
function onTty(args: string[], env: NodeJS.ProcessEnv = {}) {
  const cmd = [process.execPath, CLI, ...args].map(quote).join(' ');
  const r = spawnSync('script', ['-qec', cmd, '/dev/null'], {
    cwd: ROOT,
    env: { ...process.env, TERM: 'xterm-256color', NO_COLOR: '', FORCE_COLOR: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  assert.equal(r.error, undefined);
  return { code: r.status, screen: r.stdout };
}

describe('sourcelint on a terminal and through a pipe', function () {
  this.timeout(60_000);
  const tmp = tempFolder('sl-tty-', {
    once: true,
    // 60 short articles, each with one unclosed quotation: a "long run" (> 50 files).
    prepare: (t) => {
      for (let i = 0; i < 60; i++)
        t.write(
          `brief-${i}.txt`,
          `Brief ${i}\n\nThe ferry from pier ${i} left late, and the captain called it “a long morning.\n`,
        );
    },
  });

  it('colours findings, shows a progress line and a count on a terminal', () => {
    const r = onTty(['check', tmp.dir]);
    assert.equal(r.code, 1);
    assert.match(r.screen, /\x1b\[33mwarning\x1b\[39m/);
    assert.match(r.screen, PROGRESS);
    assert.match(r.screen, /indexing 60 files/);
    assert.match(plain(r.screen), /60 warnings in 60 of 60 files/);
    // The progress line is cleared before the report starts.
    const firstFinding = r.screen.indexOf('brief-');
    assert.ok(r.screen.lastIndexOf('\r\x1b[2K', firstFinding) >= 0);
  });

  it('respects NO_COLOR on a terminal', () => {
    const r = onTty(['check', tmp.dir], { NO_COLOR: '1' });
    assert.equal(r.code, 1);
    assert.doesNotMatch(r.screen, COLOUR);
    assert.match(r.screen, /: warning unbalanced-quote /);
  });

  it('shows no progress line for a short run on a terminal', () => {
    const r = onTty(['check', path.join(tmp.dir, 'brief-1.txt')]);
    assert.equal(r.code, 1);
    assert.doesNotMatch(r.screen, PROGRESS);
    assert.match(plain(r.screen), /1 warning in 1 of 1 file\r?\n$/);
  });

  it('prints nothing but the report when piped', () => {
    const r = runCli(['check', tmp.dir], { env: { NO_COLOR: '', TERM: 'xterm-256color' } });
    assert.equal(r.code, 1);
    assert.equal(r.stderr, '');
    const lines = r.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 60);
    for (const l of lines) assert.match(l, /^\S+brief-\d+\.txt:3:\d+: warning unbalanced-quote /);
    assert.ok(!r.stdout.includes(ESC));
    const json = runCli(['check', '--format', 'json', tmp.dir], { env: { NO_COLOR: '' } });
    assert.equal(JSON.parse(json.stdout).files.length, 60);
    assert.equal(json.stderr, '');
  });

  it('prints the version from package.json and help with examples for every command', () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    for (const flag of ['--version', '-v']) assert.equal(runCli([flag]).stdout, `${version}\n`);
    const main = runCli(['--help']);
    assert.equal(main.code, 0);
    const commands = [...main.stdout.matchAll(/^ {2}(\w+) \[paths…\]/gm)].map((m) => m[1]);
    assert.deepEqual(commands, ['check', 'fix', 'duplicates']);
    for (const c of commands) {
      for (const args of [
        [c, '--help'],
        [c, '-h'],
        ['help', c],
      ]) {
        const h = runCli(args);
        assert.equal(h.code, 0, args.join(' '));
        assert.match(h.stdout, new RegExp(`^Usage: sourcelint ${c}`));
        assert.match(h.stdout, new RegExp(`Examples:\\n(  sourcelint ${c} .+\\n)+`));
        assert.equal(h.stderr, '');
      }
    }
    const none = runCli([]);
    assert.equal(none.code, 2);
    assert.equal(none.stdout, '');
    assert.match(none.stderr, /Usage: sourcelint <command>/);
    assert.equal(runCli(['help', 'publish']).code, 2);
  });
});
