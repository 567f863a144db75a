import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../helpers/cli';
import { tempFolder } from '../helpers/temp-folder';

const STORY = [
  '---', // 1
  'title: "Night market returns', // 2
  '---', // 3
  '', // 4
  '# Night market returns', // 5
  '', // 6
  'Stalls reopen on Friday, [the organisers said](https://market.example/?q="open").', // 7
  '', // 8
  '```', // 9
  'stalls = "12', // 10
  '```', // 11
  '', // 12
  'One trader called the news “the best thing since spring.', // 13
  '',
].join('\n');

describe('sourcelint check on Markdown articles', () => {
  const tmp = tempFolder('sl-md-', {
    prepare: (t) => {
      t.write('market.md', STORY);
      t.write('README.md', 'Not an article: "notes\n');
    },
  });

  it('lints .md files that include matches, skipping front matter, code and URLs, with source positions', () => {
    fs.writeFileSync(path.join(tmp.dir, '.sourcelintrc.json'), JSON.stringify({ include: ['*.txt', 'market.md'] }));
    const r = runCli(['check', '--format', 'json', tmp.dir]);
    assert.equal(r.code, 1, r.stderr);
    const files = JSON.parse(r.stdout).files as {
      path: string;
      diagnostics: { code: string; range: { start: { line: number; character: number } } }[];
    }[];
    assert.deepEqual(
      files.map((f) => path.basename(f.path)),
      ['market.md'],
    );
    assert.deepEqual(
      files[0].diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character]),
      [['unbalanced-quote', 12, 27]],
    );
  });

  it('skips Markdown when markdown.enabled is false', () => {
    fs.writeFileSync(path.join(tmp.dir, 'note.txt'), '“All calm,” said the warden, Ruth Amsel.\n');
    fs.writeFileSync(
      path.join(tmp.dir, '.sourcelintrc.json'),
      JSON.stringify({ include: ['**/*.txt', '**/*.md'], markdown: { enabled: false } }),
    );
    const r = runCli(['check', '--format', 'json', tmp.dir]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(
      JSON.parse(r.stdout).files.map((f: { path: string }) => path.basename(f.path)),
      ['note.txt'],
    );
  });
});
