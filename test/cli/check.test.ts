import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { runCli } from '../helpers/cli';
import { ROOT } from '../helpers/fixtures';
import { tempFolder } from '../helpers/temp-folder';

const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schema', 'report.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);

describe('sourcelint check', () => {
  const tmp = tempFolder('sl-cli-');
  const write = tmp.write;

  it('prints a JSON report that matches the schema, with quotes and ranges, for the samples', () => {
    const r = runCli(['check', '--format', 'json', 'samples']);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const report = JSON.parse(r.stdout) as { files: { path: string; quotes: unknown[] }[] };
    assert.ok(validate(report as unknown), JSON.stringify(validate.errors));
    assert.ok(report.files.length >= 4);
    assert.ok(report.files.every((f: { path: string }) => f.path.startsWith('samples' + path.sep)));
    const quotes = report.files.flatMap((f: { quotes: unknown[] }) => f.quotes);
    assert.ok(quotes.length >= 10);
  });

  it('reports the exact range of a quote and an unbalanced mark in text and JSON', () => {
    const f = write('a.txt', 'Headline\n\nShe called it “a risk. The end.\n“Fine,” he said.\n');
    const json = runCli(['check', '--format', 'json', f]);
    assert.equal(json.code, 1);
    const file = JSON.parse(json.stdout).files[0];
    assert.equal(file.path, f);
    assert.deepEqual(
      file.quotes.map((q: { text: string; closed: boolean }) => [q.text, q.closed]),
      [
        ['a risk. The end.', false],
        ['Fine,', true],
      ],
    );
    assert.deepEqual(file.quotes[0].range, { start: { line: 2, character: 15 }, end: { line: 2, character: 31 } });
    const d = file.diagnostics[0];
    assert.equal(d.code, 'unbalanced-quote');
    assert.deepEqual(d.range.start, { line: 2, character: 14 });
    const text = runCli(['check', f]);
    assert.equal(text.code, 1);
    assert.match(text.stdout, new RegExp(`^${escapeRe(f)}:3:15: warning unbalanced-quote `, 'm'));
  });

  it('exits 0 and prints nothing for a clean article', () => {
    const f = write('clean.txt', '"All is well," said the harbour master, Ivo Brandt.\n');
    const r = runCli(['check', f]);
    assert.equal(r.stdout, '');
    assert.equal(r.code, 0, r.stderr);
  });

  it('exits 2 with a one-line reason for each kind of bad input named directly', () => {
    const cases: [string[], RegExp][] = [
      [[path.join(tmp.dir, 'missing.txt')], /missing\.txt: no such file or directory/],
      [[write('bin.txt', Buffer.from([0x41, 0x00, 0x42, 0x00]))], /bin\.txt: binary file/],
      [[write('bad.txt', Buffer.from([0x61, 0xc3, 0x28]))], /bad\.txt: invalid UTF-8/],
      [[write('u16.txt', Buffer.from([0xff, 0xfe, 0x41, 0x00]))], /u16\.txt: UTF-16 text is not supported/],
      [
        [(fs.mkdirSync(path.join(tmp.dir, 'empty-dir')), path.join(tmp.dir, 'empty-dir'))],
        /empty-dir: no articles found/,
      ],
      [['--format', 'xml', 'samples'], /--format must be text, json or sarif/],
      [['frobnicate'], /unknown command "frobnicate"/],
      [['check', '--bogus'], /Unknown option '--bogus'/],
    ];
    for (const [args, re] of cases) {
      const full = args[0] === 'frobnicate' || args[0] === 'check' ? args : ['check', ...args];
      const r = runCli(full);
      assert.equal(r.code, 2, `${full.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, re);
      assert.equal(r.stderr.trim().split('\n').length, 1, `one line for ${full.join(' ')}: ${r.stderr}`);
    }
  });

  it('names a file over maxFileSize, reports it, and exits 2 when it was named directly', () => {
    const rc = write('.sourcelintrc.json', JSON.stringify({ maxFileSize: 50 }));
    const f = write('big.txt', 'A long line of words. '.repeat(10));
    const r = runCli(['check', '--format', 'json', '--config', rc, f]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /big\.txt: file is 220 bytes, over maxFileSize \(50\)/);
    assert.equal(JSON.parse(r.stdout).files[0].diagnostics[0].code, 'file-too-large');
  });

  it('skips bad files found while walking a folder, naming each, without failing the run', () => {
    write('good.txt', '"Fine words," said Ada Lind.\n');
    write('sub/bin.txt', Buffer.from([1, 0, 2, 0]));
    const r = runCli(['check', tmp.dir]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /bin\.txt: skipped: binary file/);
  });

  it('walks folders by include/exclude from .sourcelintrc.json found upwards', () => {
    write('.sourcelintrc.json', JSON.stringify({ include: ['**/*.story'], exclude: ['drafts/**'] }));
    write('one.story', 'It was “open.\n');
    write('drafts/two.story', 'It was “open.\n');
    write('three.txt', 'It was “open.\n');
    const r = runCli(['check', '--format', 'json', tmp.dir]);
    const paths = JSON.parse(r.stdout).files.map((f: { path: string }) => path.basename(f.path));
    assert.deepEqual(paths, ['one.story']);
  });

  it('reports an invalid .sourcelintrc.json naming the file and key, and lints with the rest', () => {
    write('.sourcelintrc.json', JSON.stringify({ severity: { 'unbalanced-quote': 'loud' }, maxFileSize: 'big' }));
    const f = write('a.txt', 'It was “open.\n');
    const r = runCli(['check', f]);
    assert.equal(r.code, 1);
    assert.match(
      r.stderr,
      /\.sourcelintrc\.json: "severity\.unbalanced-quote" must be error, warning, information, hint or off/,
    );
    assert.match(r.stderr, /\.sourcelintrc\.json: "maxFileSize" must be a number/);
    assert.match(r.stdout, /unbalanced-quote/);
  });

  it('never writes: files are byte-for-byte the same after check', () => {
    const f = write('a.txt', 'It was “open.\r\n');
    const before = fs.readFileSync(f);
    runCli(['check', f]);
    assert.deepEqual(fs.readFileSync(f), before);
    assert.deepEqual(fs.readdirSync(tmp.dir), ['a.txt']);
  });

  it('prints help and version', () => {
    const v = runCli(['--version']);
    assert.equal(v.code, 0);
    assert.match(v.stdout.trim(), /^\d+\.\d+\.\d+/);
    const h = runCli(['check', '--help']);
    assert.equal(h.code, 0);
    assert.match(h.stdout, /Usage: sourcelint check/);
    assert.match(h.stdout, /Examples:/);
  });
});

function escapeRe(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
