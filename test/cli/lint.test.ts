// The lint gate (scripts/lint.mjs, the `lint` suite of npm test) run on small folders that hold the
// repository's own biome.jsonc: it must fail on code Biome rejects, so it can never pass silently.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../helpers/fixtures';

const GATE = path.join(ROOT, 'scripts', 'lint.mjs');

interface GateRun {
  code: number | null;
  stdout: string;
  last: string;
}

/** Writes `files` (beside the repository's biome.jsonc and a .gitignore) and runs the gate on them. */
function gate(files: Record<string, string>, { config = true, gitignore = true } = {}): GateRun {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-lint-'));
  try {
    if (config) fs.copyFileSync(path.join(ROOT, 'biome.jsonc'), path.join(dir, 'biome.jsonc'));
    if (gitignore) fs.writeFileSync(path.join(dir, '.gitignore'), 'node_modules/\n');
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
    const r = spawnSync(process.execPath, [GATE, '--root', dir], { encoding: 'utf8' });
    const lines = r.stdout.trimEnd().split('\n');
    return { code: r.status, stdout: r.stdout, last: lines[lines.length - 1] };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const CLEAN = "export const fare = (adults: number, children: number): number => adults * 4 + children * 2;\n";

describe('lint gate (scripts/lint.mjs)', () => {
  it('passes clean code and counts the files it checked (the config file is one)', () => {
    const r = gate({ 'src/fare.ts': CLEAN });
    assert.equal(r.last, 'lint: 2 passed, 0 failed', r.stdout);
    assert.equal(r.code, 0);
  });

  it('fails a file with an unused variable, naming the file, line and rule', () => {
    const r = gate({ 'src/fare.ts': CLEAN, 'src/ferry.ts': 'const spare = 3;\nexport const berths = 12;\n' });
    assert.match(r.stdout, /^src\/ferry\.ts:1:7 \w+ lint\/correctness\/noUnusedVariables: /m);
    assert.equal(r.last, 'lint: 2 passed, 1 failed', r.stdout);
    assert.equal(r.code, 1);
  });

  it('fails a badly formatted file (double quotes, no semicolon, tabs)', () => {
    const r = gate({ 'tools/pier.mjs': 'export function pier(n) {\n\treturn "Pier " + n\n}\n' });
    assert.match(r.stdout, /^tools\/pier\.mjs error format: not formatted/m);
    assert.equal(r.last, 'lint: 1 passed, 1 failed', r.stdout);
    assert.equal(r.code, 1);
  });

  it('counts a file with several problems once', () => {
    const r = gate({ 'a.ts': 'const spare = "x"\nexport const b = 1\n', 'b.ts': CLEAN });
    assert.equal(r.stdout.split('\n').filter((l) => l.startsWith('a.ts')).length, 2, r.stdout);
    assert.equal(r.last, 'lint: 2 passed, 1 failed', r.stdout);
  });

  it('leaves out what biome.jsonc ignores (JSON, Markdown, test fixtures)', () => {
    const r = gate({
      'notes.md': '#  untidy   heading\n',
      'data.json': '{"a":1,    "b":2}',
      'test/fixtures/raw.ts': 'const   x="left as written"\n',
      'ok.ts': CLEAN,
    });
    assert.equal(r.last, 'lint: 2 passed, 0 failed', r.stdout);
  });

  it('fails when no file is checked', () => {
    const r = gate({}, { config: false });
    assert.equal(r.last, 'lint: 0 passed, 1 failed', r.stdout);
    assert.equal(r.code, 1);
  });

  it('fails when Biome cannot run (here: no ignore file for its VCS setting)', () => {
    const r = gate({ 'ok.ts': CLEAN }, { gitignore: false });
    assert.equal(r.last, 'lint: 0 passed, 1 failed', r.stdout);
    assert.equal(r.code, 1);
  });

  it('is a suite of npm test', () => {
    const runner = fs.readFileSync(path.join(ROOT, 'scripts', 'test.mjs'), 'utf8');
    assert.match(runner, /\{ name: 'lint', script: 'scripts\/lint\.mjs', counts: lineCounts \}/);
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.equal(pkg.scripts.lint, 'node scripts/lint.mjs');
    assert.equal(pkg.scripts.test, 'node scripts/test.mjs');
  });
});
