// Issue #18: `check`, `fix` and `duplicates` read the same files with the same config and the same
// prepared text (per-file ignores, Markdown code blanked), so they agree about every file.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/engine/analyze';
import { findingKey } from '../../server/src/engine/ignore';
import { runCli } from '../helpers/cli';
import { ROOT } from '../helpers/fixtures';
import { tempFolder } from '../helpers/temp-folder';

const STORY =
  'Pier repairs start in June\n\nThe pier will close for six weeks from June, the harbour board said on Monday.\n\n';
const PASSAGE =
  'The old timber deck will be lifted in sections and replaced with a recycled plastic board that the engineers expect to last forty years.';

interface Diag {
  code: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}
interface CheckFile {
  path: string;
  diagnostics: Diag[];
}

describe('sourcelint check, fix and duplicates agree (issue #18)', () => {
  const tmp = tempFolder('sl-project-');
  const write = tmp.write;

  it('fix --dry-run honours a per-file ignore that check honours', () => {
    const text = `${STORY}Advertisement\n\nDivers inspected the piles last week, said Ola Brenn.\n`;
    const ad = analyze(text).findings.find((f) => f.code === 'boilerplate');
    assert.ok(ad, 'the line is boilerplate without the ignore');
    write(
      '.sourcelintrc.json',
      JSON.stringify({ ignore: [{ rule: 'boilerplate', text: findingKey(ad, text), file: 'kept.txt' }] }),
    );
    write('kept.txt', text);
    write('other.txt', text.replace('Pier repairs', 'Pier works'));

    const check = runCli(['check', '--format', 'json', tmp.dir]);
    const files = JSON.parse(check.stdout).files as CheckFile[];
    const bp = (name: string) =>
      files.find((f) => path.basename(f.path) === name)!.diagnostics.filter((d) => d.code === 'boilerplate').length;
    assert.deepEqual([bp('kept.txt'), bp('other.txt')], [0, 1]);

    const fix = runCli(['fix', '--dry-run', tmp.dir]);
    assert.equal(fix.code, 0, fix.stderr);
    assert.doesNotMatch(fix.stdout, /kept\.txt/);
    assert.match(fix.stdout, /other\.txt/);
    assert.doesNotMatch(fix.stderr, /kept\.txt: would remove/);
  });

  it('fix leaves an Advertisement line inside a Markdown code fence alone, as check does', () => {
    write('.sourcelintrc.json', JSON.stringify({ include: ['**/*.md'] }));
    write(
      'pier.md',
      `# Pier repairs\n\n${STORY}\`\`\`\nAdvertisement\n\`\`\`\n\nAdvertisement\n\nDivers inspected the piles last week, said Ola Brenn.\n`,
    );
    const check = runCli(['check', '--format', 'json', tmp.dir]);
    const [file] = JSON.parse(check.stdout).files as CheckFile[];
    assert.deepEqual(
      file.diagnostics.filter((d) => d.code === 'boilerplate').map((d) => d.range.start.line),
      [10],
    );

    const fix = runCli(['fix', '--dry-run', tmp.dir]);
    assert.equal(fix.code, 0, fix.stderr);
    const removed = fix.stdout.split('\n').filter((l) => l.startsWith('-') && !l.startsWith('---'));
    assert.deepEqual(removed, ['-Advertisement', '-'], fix.stdout);
    assert.match(fix.stderr, /pier\.md: would remove 1 boilerplate line\n/);
  });

  it('duplicates skips a passage that stands only inside code fences, as check does', () => {
    write('.sourcelintrc.json', JSON.stringify({ include: ['**/*.md'] }));
    write('a.md', `# Pier\n\n${STORY}\`\`\`text\n${PASSAGE}\n\`\`\`\n`);
    write('b.md', `# Deck\n\nA different story opens here.\n\n~~~\n${PASSAGE}\n~~~\n`);
    const dup = runCli(['duplicates', '--format', 'json', tmp.dir]);
    assert.equal(dup.code, 0, dup.stderr);
    assert.deepEqual(JSON.parse(dup.stdout).groups, []);
    const check = JSON.parse(runCli(['check', '--format', 'json', tmp.dir]).stdout).files as CheckFile[];
    assert.deepEqual(
      check.flatMap((f) => f.diagnostics.filter((d) => d.code === 'duplicate-passage')),
      [],
    );

    // The same passage as prose in both is found (the test can see a group).
    write('b.md', `# Deck\n\nA different story opens here.\n\n${PASSAGE}\n`);
    write('a.md', `# Pier\n\n${STORY}${PASSAGE}\n`);
    const again = JSON.parse(runCli(['duplicates', '--format', 'json', tmp.dir]).stdout);
    assert.equal(again.groups.length, 1);
  });

  /** The three commands on the same paths: check's boilerplate lines are the lines fix removes; duplicates' copies are check's duplicate findings. */
  function assertAgree(paths: string[], cwd: string) {
    const check = runCli(['check', '--no-cache', '--format', 'json', ...paths], { cwd });
    assert.ok(check.code === 0 || check.code === 1, check.stderr);
    const files = JSON.parse(check.stdout).files as CheckFile[];
    const fix = runCli(['fix', '--dry-run', ...paths], { cwd });
    assert.equal(fix.code, 0, fix.stderr);
    const dup = runCli(['duplicates', '--format', 'json', ...paths], { cwd });
    assert.equal(dup.code, 0, dup.stderr);

    // Lines fix removes (non-blank), by file, from its unified diff.
    const removed = new Map<string, string[]>();
    let current = '';
    for (const line of fix.stdout.split('\n')) {
      if (line.startsWith('--- a/')) current = line.slice(6);
      else if (line.startsWith('-') && line.trim() !== '-')
        removed.set(current, [...(removed.get(current) ?? []), line.slice(1)]);
    }
    const flagged = new Map<string, string[]>();
    for (const f of files) {
      const lines = fs
        .readFileSync(path.resolve(cwd, f.path), 'utf8')
        .replace(/^\ufeff/, '')
        .split(/\r\n|\r|\n/);
      for (const d of f.diagnostics.filter((x) => x.code === 'boilerplate')) {
        for (let l = d.range.start.line; l <= d.range.end.line; l++)
          if (lines[l].trim()) flagged.set(f.path, [...(flagged.get(f.path) ?? []), lines[l]]);
      }
    }
    assert.deepEqual(new Map([...removed].sort()), new Map([...flagged].sort()));

    const key = (p: string, d: Diag) =>
      `${p}:${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;
    const reported = new Set(
      files.flatMap((f) => f.diagnostics.filter((d) => d.code === 'duplicate-passage').map((d) => key(f.path, d))),
    );
    const groups = JSON.parse(dup.stdout).groups as { copies: ({ path: string } & Diag)[] }[];
    const copies = new Set(groups.flatMap((g) => g.copies.map((c) => key(c.path, c))));
    for (const r of reported) assert.ok(copies.has(r), `${r}: reported by check, not by duplicates`);
    for (const g of groups) {
      g.copies.forEach((c, i) => {
        if (reported.has(key(c.path, c))) return;
        // check reports a passage repeated within one article at its later copies only.
        assert.ok(
          g.copies.slice(i + 1).some((o) => o.path === c.path && reported.has(key(o.path, o))),
          `${key(c.path, c)}: in a group, not reported by check`,
        );
      });
    }
    return { files, fix, groups };
  }

  it('agree over samples/ and test/fixtures', () => {
    const { files, fix, groups } = assertAgree(['samples', 'test/fixtures'], ROOT);
    assert.ok(
      files.some((f) => f.path.endsWith('.md')),
      'a Markdown sample is among them',
    );
    assert.match(fix.stdout, /^--- a\//m);
    assert.ok(groups.length > 0);
  });

  it('agree over Markdown with boilerplate and passages in and out of code', () => {
    write('.sourcelintrc.json', JSON.stringify({ include: ['**/*.md', '**/*.txt'] }));
    write(
      'a.md',
      `---\ntitle: Pier\n---\n\n# Pier\n\n${STORY}\`\`\`\nAdvertisement\n${PASSAGE}\n\`\`\`\n\nAdvertisement\n\n${PASSAGE}\n`,
    );
    write('b.txt', `Deck works\n\nA different story opens here.\n\n${PASSAGE}\n\nShare this article\n`);
    write('c.md', `# Code only\n\nNothing shared here but code.\n\n    ${PASSAGE}\n`);
    const { groups } = assertAgree(['.'], tmp.dir);
    assert.deepEqual(
      groups.map((g) => g.copies.map((c) => c.path).sort()),
      [['a.md', 'b.txt']],
    );
  });
});
