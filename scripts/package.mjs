// Builds and packages the extension into sourcelint-<version>.vsix. vsce runs in a staging folder that
// holds only what ships, because package.json's "files" describes the CLI's npm package instead
// (vsce refuses "files" next to a .vscodeignore).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// What ships besides the bundles (built straight into the staging folder's dist/).
const SHIP = ['syntaxes', 'schema', 'images/icon.png', 'README.md', 'LICENSE', 'CHANGELOG.md', '.vscodeignore'];

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const out = resolve(process.argv[2] ?? `sourcelint-${pkg.version}.vsix`);
const stage = mkdtempSync(join(tmpdir(), 'sourcelint-vsix-'));
try {
  execFileSync(process.execPath, ['scripts/build.mjs', '--production', '--outdir', join(stage, 'dist')], {
    stdio: 'inherit',
  });
  for (const f of SHIP) if (existsSync(f)) cpSync(f, join(stage, f), { recursive: true });
  delete pkg.files;
  writeFileSync(join(stage, 'package.json'), JSON.stringify(pkg, null, 2) + '\n');
  // README links resolve against the repository (vsce needs a base for relative links outside GitHub).
  const base = pkg.repository.url.replace(/\.git$/, '') + '/raw/HEAD/';
  const vsce = resolve('node_modules/@vscode/vsce/vsce');
  execFileSync(
    process.execPath,
    [vsce, 'package', '--no-dependencies', '--baseContentUrl', base, '--baseImagesUrl', base, '--out', out],
    { cwd: stage, stdio: 'inherit' },
  );
} finally {
  rmSync(stage, { recursive: true, force: true });
}
console.log(`${out}: ${(statSync(out).size / 1024).toFixed(0)} KB`);
