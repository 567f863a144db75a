// Builds and packages the extension into sourcelint-<version>.vsix (everything is bundled into dist/).
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
execFileSync(process.execPath, ['scripts/build.mjs', '--production'], { stdio: 'inherit' });
const out = `sourcelint-${version}.vsix`;
execFileSync(process.execPath, ['node_modules/@vscode/vsce/vsce', 'package', '--no-dependencies', '--out', out], { stdio: 'inherit' });
console.log(`${out}: ${(statSync(out).size / 1024).toFixed(0)} KB`);
