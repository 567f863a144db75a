// What ships: the npm package (the CLI and the language server) and the VS Code .vsix.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { ROOT } from '../helpers/fixtures';
import { inTempFolder } from '../helpers/temp-folder';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Entries of a zip file, from its central directory. */
function zipEntries(file: string): Map<string, Buffer> {
  const buf = fs.readFileSync(file);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(eocd >= 0, 'not a zip');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    assert.equal(buf.readUInt32LE(p), 0x02014b50);
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    const dataAt = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(dataAt, dataAt + compressed);
    out.set(name, method === 8 ? inflateRawSync(data) : data);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

describe('packaging', function () {
  this.timeout(180_000);

  it('npm pack holds the CLI, the server, the engine bundle, the schemas, README and LICENSE, and nothing else', () => {
    const [info] = JSON.parse(
      execFileSync(npm, ['pack', '--dry-run', '--json'], {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    );
    const files = (info.files as { path: string }[]).map((f) => f.path).sort();
    const schemas = fs.readdirSync(path.join(ROOT, 'schema')).map((f) => `schema/${f}`);
    assert.deepEqual(
      files,
      [
        'LICENSE',
        'README.md',
        'dist/analysis-worker.js',
        'dist/check-worker.js',
        'dist/cli.js',
        'dist/engine.js',
        'dist/server.js',
        'package.json',
        ...schemas,
      ].sort(),
    );
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(pkg.bin, { sourcelint: './dist/cli.js', 'sourcelint-server': './dist/server.js' });
  });

  it('npm run package gives a .vsix under 1 MB with only the bundles, grammar, schemas, docs and icon', () => {
    inTempFolder('sl-vsix-', (dir) => {
      const vsix = path.join(dir, 'sourcelint.vsix');
      const distBefore = fs.statSync(path.join(ROOT, 'dist', 'server.js')).mtimeMs;
      execFileSync(process.execPath, ['scripts/package.mjs', vsix], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
      assert.ok(fs.statSync(vsix).size < 1024 * 1024, `${fs.statSync(vsix).size} bytes`);
      // Packaging builds in its own folder: the working dist/ the other tests run is untouched.
      assert.equal(fs.statSync(path.join(ROOT, 'dist', 'server.js')).mtimeMs, distBefore);
      const entries = zipEntries(vsix);
      const shipped = [...entries.keys()]
        .filter((n) => n.startsWith('extension/'))
        .map((n) => n.slice('extension/'.length))
        .sort();
      const syntaxes = fs.readdirSync(path.join(ROOT, 'syntaxes')).map((f) => `syntaxes/${f}`);
      const schemas = fs.readdirSync(path.join(ROOT, 'schema')).map((f) => `schema/${f}`);
      assert.deepEqual(
        shipped,
        [
          'LICENSE.txt',
          'changelog.md',
          'dist/analysis-worker.js',
          'dist/check-worker.js',
          'dist/cli.js',
          'dist/extension.js',
          'dist/server.js',
          'images/icon.png',
          'package.json',
          'readme.md',
          ...schemas,
          ...syntaxes,
        ].sort(),
      );
      const manifest = JSON.parse(entries.get('extension/package.json')!.toString('utf8'));
      assert.equal(manifest.icon, 'images/icon.png');
      assert.equal(manifest.files, undefined);
      for (const k of ['publisher', 'repository', 'engines', 'license', 'displayName']) assert.ok(manifest[k], k);
      assert.ok(manifest.categories.includes('Linters'));
      assert.ok(manifest.keywords.length >= 3);
      // The icon is a real 128×128 PNG.
      const png = entries.get('extension/images/icon.png')!;
      assert.equal(png.toString('latin1', 1, 4), 'PNG');
      assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
      assert.match(entries.get('extension/dist/server.js')!.toString('utf8', 0, 30), /^#!\/usr\/bin\/env node\n/);
    });
  });

  it('keeps a CHANGELOG with an entry for the current version', () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const log = fs.readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8');
    assert.match(log, new RegExp(`^## ${version.replace(/\./g, '\\.')}\\b`, 'm'));
  });
});
