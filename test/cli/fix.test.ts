import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ChangedSinceReadError, replaceFileAtomic } from '../../server/src/io/atomic';
import { CLI, runCli } from '../helpers/cli';
import { fixture } from '../helpers/fixtures';
import { tempFolder } from '../helpers/temp-folder';

const STORY = 'Council backs the night bus\n\nThe night bus will run until 2 a.m. from May, the council said.\n\n';
const BEFORE = `${STORY}Advertisement\n\nRiders had asked for it for years, said Bea Lorn.\n\nShare\n`;
const AFTER = `${STORY}Riders had asked for it for years, said Bea Lorn.\n`;

describe('sourcelint fix', () => {
  const tmp = tempFolder('sl-fix-');
  const write = tmp.write;

  it('--dry-run prints a unified diff and writes nothing', () => {
    const p = write('a.txt', BEFORE);
    const mtime = fs.statSync(p).mtimeMs;
    const r = runCli(['fix', '--dry-run', 'a.txt'], { cwd: tmp.dir });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(
      r.stdout,
      [
        '--- a/a.txt',
        '+++ b/a.txt',
        '@@ -2,8 +2,4 @@',
        ' ',
        ' The night bus will run until 2 a.m. from May, the council said.',
        ' ',
        '-Advertisement',
        '-',
        ' Riders had asked for it for years, said Bea Lorn.',
        '-',
        '-Share',
        '',
      ].join('\n'),
    );
    assert.match(r.stderr, /a\.txt: would remove 2 boilerplate lines/);
    assert.equal(fs.readFileSync(p, 'utf8'), BEFORE);
    assert.equal(fs.statSync(p).mtimeMs, mtime);
    assert.deepEqual(fs.readdirSync(tmp.dir), ['a.txt']);
  });

  it('removes the lines in place, keeps the file mode, CRLF and BOM, and leaves no temp file', () => {
    const p = write('a.txt', BEFORE);
    fs.chmodSync(p, 0o640);
    const q = write('sub/b.txt', fixture('boilerplate/crlf-bom.txt'));
    write('sub/clean.txt', fixture('boilerplate/clean.txt'));
    const r = runCli(['fix', '.'], { cwd: tmp.dir });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(fs.readFileSync(p, 'utf8'), AFTER);
    assert.equal(fs.statSync(p).mode & 0o777, 0o640);
    const b = fs.readFileSync(q);
    assert.deepEqual([...b.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'BOM kept');
    assert.ok(!/[^\r]\n/.test(b.toString('utf8')), 'still CRLF');
    assert.equal(fs.readFileSync(path.join(tmp.dir, 'sub/clean.txt'), 'utf8'), fixture('boilerplate/clean.txt'));
    assert.deepEqual(fs.readdirSync(tmp.dir).sort(), ['a.txt', 'sub']);
    assert.deepEqual(fs.readdirSync(path.join(tmp.dir, 'sub')).sort(), ['b.txt', 'clean.txt']);
    const again = runCli(['fix', '.'], { cwd: tmp.dir });
    assert.equal(again.code, 0);
    assert.match(again.stderr, /no boilerplate to remove/);
    assert.equal(runCli(['check', '.'], { cwd: tmp.dir }).stdout.includes('boilerplate'), false);
  });

  it('uses the patterns of .sourcelintrc.json and names an invalid one by file and key', () => {
    write('.sourcelintrc.json', JSON.stringify({ boilerplate: { patterns: ['/^Tip line: /', '/(x)\\1/'] } }));
    const p = write('a.txt', `${STORY}Tip line: call the desk.\n`);
    const r = runCli(['fix', 'a.txt'], { cwd: tmp.dir });
    assert.equal(r.code, 0, r.stderr);
    assert.match(
      r.stderr,
      /\.sourcelintrc\.json: "boilerplate\.patterns\[1\]" \/\(x\)\\1\/ is not a valid linear-time regular expression/,
    );
    assert.equal(fs.readFileSync(p, 'utf8'), STORY.replace(/\n\n$/, '\n'));
  });

  it('removes a line repeated across enough unrelated articles, as check reports it', () => {
    const footer = 'Tips? Write to the Lantern desk at the old post office.';
    const story = (i: number) =>
      `Story ${i} about item ${i}\n\nThe town of place-${i} voted on measure ${i} today, officials said.\n\n`;
    for (let i = 1; i <= 4; i++) write(`s${i}.txt`, story(i) + footer + '\n');
    assert.match(runCli(['check', '.'], { cwd: tmp.dir }).stdout, /repeated line/);
    const r = runCli(['fix', '.'], { cwd: tmp.dir });
    assert.equal(r.code, 0, r.stderr);
    for (let i = 1; i <= 4; i++)
      assert.equal(fs.readFileSync(path.join(tmp.dir, `s${i}.txt`), 'utf8'), story(i).replace(/\n\n$/, '\n'));
  });

  it('names unreadable input and exits 2', () => {
    const r = runCli(['fix', 'missing.txt'], { cwd: tmp.dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /missing\.txt: no such file or directory/);
  });

  it('refuses to replace a file that changed since it was read', () => {
    const p = write('a.txt', BEFORE);
    const read = fs.readFileSync(p);
    fs.appendFileSync(p, 'A line the writer added meanwhile.\n');
    assert.throws(() => replaceFileAtomic(p, Buffer.from(AFTER), read), ChangedSinceReadError);
    assert.equal(fs.readFileSync(p, 'utf8'), BEFORE + 'A line the writer added meanwhile.\n');
    assert.deepEqual(fs.readdirSync(tmp.dir), ['a.txt'], 'no temp file left');
    replaceFileAtomic(p, Buffer.from(AFTER), fs.readFileSync(p));
    assert.equal(fs.readFileSync(p, 'utf8'), AFTER);
  });

  it('writes through a symbolic link to its target instead of replacing the link', function () {
    if (process.platform === 'win32') this.skip();
    const target = write('real.txt', BEFORE);
    const link = path.join(tmp.dir, 'link.txt');
    fs.symlinkSync(target, link);
    replaceFileAtomic(link, Buffer.from(AFTER), fs.readFileSync(link));
    assert.ok(fs.lstatSync(link).isSymbolicLink());
    assert.equal(fs.readFileSync(target, 'utf8'), AFTER);
  });

  it('killed midway, leaves every file either old or new', async () => {
    const names: string[] = [];
    for (let i = 0; i < 300; i++)
      names.push(
        path.basename(write(`f${String(i).padStart(3, '0')}.txt`, BEFORE.replace('Bea Lorn', `Bea Lorn ${i}`))),
      );
    const child = spawn(process.execPath, [CLI, 'fix', '.'], { cwd: tmp.dir, stdio: ['ignore', 'ignore', 'pipe'] });
    await new Promise<void>((resolve) => {
      let seen = 0;
      child.stderr!.on('data', (d: Buffer) => {
        seen += (d.toString().match(/removed/g) ?? []).length;
        if (seen >= 20 && child.exitCode === null) child.kill('SIGKILL');
      });
      child.on('exit', () => resolve());
    });
    let old = 0;
    let fixed = 0;
    names.forEach((n, i) => {
      const text = fs.readFileSync(path.join(tmp.dir, n), 'utf8');
      if (text === BEFORE.replace('Bea Lorn', `Bea Lorn ${i}`)) old++;
      else if (text === AFTER.replace('Bea Lorn', `Bea Lorn ${i}`)) fixed++;
      else assert.fail(`${n} is neither the old nor the new text:\n${text}`);
    });
    assert.equal(old + fixed, names.length);
    assert.ok(fixed >= 20, `${fixed} fixed before the kill`);
  });

  it('is listed in the help', () => {
    assert.match(runCli(['--help']).stdout, /fix \[paths…\]/);
    assert.match(runCli(['fix', '--help']).stdout, /--dry-run/);
  });
});
