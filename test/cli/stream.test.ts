// `check` writes its report file by file as analyses finish. These tests hold the streamed JSON and
// SARIF to the report built whole: the structured builders over every file's analysis, with related
// locations placed by every file's own text, as the CLI did before it streamed.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { indexArticles } from '../../server/src/project/prepare';
import { analyze, tooLargeFinding } from '../../server/src/engine/analyze';
import { formatOf, prepareText } from '../../server/src/engine/markdown';
import { LineIndex } from '../../server/src/engine/text';
import { ConfigLookup } from '../../server/src/project/config';
import { readArticle } from '../../server/src/io/read';
import { articleMatcher, walkArticles } from '../../server/src/io/walk';
import { type FileResult, jsonReport } from '../../server/src/cli/report';
import { sarifReport } from '../../server/src/cli/sarif';
import { runCli } from '../helpers/cli';
import { ROOT } from '../helpers/fixtures';
import { PASSAGE, newsroom } from '../helpers/newsroom';
import { inTempFolder } from '../helpers/temp-folder';

const VERSION = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version as string;

/** The whole report of one folder, built at once (the oracle). SARIF URIs are relative to the folder. */
function wholeReport(dir: string, format: 'json' | 'sarif'): string {
  const configs = new ConfigLookup(undefined, () => undefined);
  const config = configs.for(dir);
  const results: FileResult[] = [];
  const analysed: FileResult[] = [];
  for (const file of walkArticles(dir, articleMatcher(config.include, config.exclude))) {
    const read = readArticle(file, config.maxFileSize);
    if (read.ok) {
      const r: FileResult = { path: file, text: read.text, analysis: { findings: [], quotes: [] } };
      results.push(r);
      analysed.push(r);
    } else if (read.tooLarge)
      results.push({
        path: file,
        text: '',
        analysis: { findings: [tooLargeFinding(read.tooLarge, config.maxFileSize)], quotes: [] },
      });
  }
  const corpus = indexArticles(
    analysed.map((r) => ({ path: r.path, text: prepareText(r.text, formatOf(r.path)), config })),
  );
  for (const r of analysed) {
    const root = configs.folderOf(config);
    const relPath = root ? path.relative(root, r.path).split(path.sep).join('/') : undefined;
    r.analysis = analyze(r.text, { config, corpus, docId: r.path, relPath, format: formatOf(r.path) });
  }
  const lines = new Map(results.map((r) => [r.path, new LineIndex(r.text)]));
  const report =
    format === 'json'
      ? jsonReport(results, (d) => lines.get(d))
      : sarifReport(results, (d) => lines.get(d), { version: VERSION, cwd: dir, executionSuccessful: true });
  return JSON.stringify(report, null, 1) + '\n';
}

/** 0-based line of `needle` in a file. */
const lineOf = (file: string, needle: string) => {
  const text = fs.readFileSync(file, 'utf8');
  return text.slice(0, text.indexOf(needle)).split(/\r\n|\r|\n/).length - 1;
};

interface Range {
  start: { line: number; character: number };
}

describe('sourcelint check streams the report it used to build whole', () => {
  let dir: string;
  beforeEach(() => (dir = newsroom()));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const format of ['json', 'sarif'] as const) {
    for (const jobs of ['1', '2']) {
      it(`writes --format ${format} --jobs ${jobs} byte for byte as the structured report`, function () {
        this.timeout(60_000);
        const r = runCli(['check', '--format', format, '--jobs', jobs, dir], { cwd: dir });
        assert.equal(r.code, 1, r.stderr);
        assert.equal(r.stdout, wholeReport(dir, format));
      });
    }
  }

  it('places related locations in other files (Markdown and CRLF included) by their own lines', () => {
    const r = runCli(['check', '--format', 'json', dir], { cwd: dir });
    const files = JSON.parse(r.stdout).files as {
      path: string;
      diagnostics: { code: string; range: Range; related?: { path: string; range: Range | null }[] }[];
    }[];
    assert.deepEqual(
      files.map((f) => path.relative(dir, f.path)),
      ['a.md', 'b.txt', 'big.txt', 'empty.txt', path.join('sub', 'c.md'), path.join('sub', 'd.txt')],
    );
    const b = files.find((f) => f.path.endsWith('b.txt'))!;
    const dup = b.diagnostics.find((d) => d.code === 'duplicate-passage')!;
    assert.equal(dup.range.start.line, lineOf(path.join(dir, 'b.txt'), PASSAGE));
    const related = new Map(dup.related!.map((x) => [path.relative(dir, x.path), x.range]));
    for (const other of ['a.md', path.join('sub', 'c.md')]) {
      assert.deepEqual(
        related.get(other)?.start,
        { line: lineOf(path.join(dir, other), PASSAGE), character: 0 },
        other,
      );
    }
    const sarif = JSON.parse(runCli(['check', '--format', 'sarif', '.'], { cwd: dir }).stdout);
    const res = sarif.runs[0].results.find(
      (x: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
        x.ruleId === 'duplicate-passage' && x.locations[0].physicalLocation.artifactLocation.uri === 'b.txt',
    );
    const rel = res.relatedLocations.find(
      (x: { physicalLocation: { artifactLocation: { uri: string } } }) =>
        x.physicalLocation.artifactLocation.uri === 'sub/c.md',
    );
    assert.equal(rel.physicalLocation.region.startLine, lineOf(path.join(dir, 'sub', 'c.md'), PASSAGE) + 1);
  });

  it('writes an empty files list and empty results when no article could be read', () => {
    inTempFolder('sl-stream-empty-', (empty) => {
      fs.writeFileSync(path.join(empty, 'bin.txt'), new Uint8Array([0, 1, 2]));
      const json = runCli(['check', '--format', 'json', empty], { cwd: empty });
      assert.equal(json.code, 0, json.stderr);
      assert.equal(json.stdout, '{\n "version": 1,\n "files": []\n}\n');
      assert.equal(json.stdout, wholeReport(empty, 'json'));
      const sarif = runCli(['check', '--format', 'sarif', empty], { cwd: empty });
      assert.equal(sarif.code, 0, sarif.stderr);
      assert.deepEqual(JSON.parse(sarif.stdout).runs[0].results, []);
      assert.equal(sarif.stdout, wholeReport(empty, 'sarif'));
    });
  });
});
