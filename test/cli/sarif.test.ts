import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { runCli } from '../helpers/cli';
import { ROOT } from '../helpers/fixtures';
import { tempFolder } from '../helpers/temp-folder';

// The SARIF 2.1.0 schema as Microsoft ships it (draft-04, hence ajv-draft-04); never written by hand.
const schemaFile = path.join(
  ROOT,
  'node_modules',
  '@microsoft',
  'jest-sarif',
  'lib',
  'schemas',
  'sarif-2.1.0-rtm.5.json',
);
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }); // the schema's language pattern is not valid in /u mode;
addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));

interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}
interface Loc {
  id?: number;
  physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region?: Region };
  message?: { text: string };
}
interface Result {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: Loc[];
  relatedLocations?: Loc[];
  partialFingerprints: Record<string, string>;
}
interface Sarif {
  version: string;
  runs: {
    tool: {
      driver: {
        name: string;
        version: string;
        rules: { id: string; help: { text: string }; shortDescription: { text: string } }[];
      };
    };
    columnKind: string;
    originalUriBaseIds: Record<string, { uri: string }>;
    results: Result[];
  }[];
}

const sarifOf = (stdout: string): Sarif => {
  const log = JSON.parse(stdout) as Sarif;
  assert.ok(validate(log), JSON.stringify(validate.errors, null, 1));
  return log;
};

describe('sourcelint check --format sarif', () => {
  const tmp = tempFolder('sl-sarif-');

  it('writes a log that validates against the SARIF 2.1.0 schema for the samples, with every rule described', () => {
    const r = runCli(['check', '--format', 'sarif', 'samples']);
    assert.equal(r.code, 1, r.stderr);
    const run = sarifOf(r.stdout).runs[0];
    const driver = run.tool.driver;
    // The validator is not a rubber stamp: a run without its tool is refused.
    assert.equal(validate({ version: '2.1.0', runs: [{ results: [] }] }), false);
    assert.equal(driver.name, 'sourcelint');
    assert.match(driver.version, /^\d+\.\d+\.\d+/);
    assert.deepEqual(driver.rules.map((x) => x.id).sort(), [
      'boilerplate',
      'duplicate-passage',
      'file-too-large',
      'unattributed-quote',
      'unbalanced-quote',
    ]);
    for (const rule of driver.rules)
      assert.ok(rule.help.text.length > 80 && rule.shortDescription.text.length > 20, rule.id);
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.ok(run.results.length >= 3);
    for (const res of run.results) {
      const loc = res.locations[0].physicalLocation;
      assert.match(loc.artifactLocation.uri, /^samples\/[\w.-]+$/);
      assert.equal(loc.artifactLocation.uriBaseId, '%SRCROOT%');
      assert.equal(driver.rules[res.ruleIndex].id, res.ruleId);
      assert.ok(loc.region!.startLine >= 1 && loc.region!.startColumn >= 1);
    }
    assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, new URL(`file://${ROOT}/`).href);
  });

  it('gives 1-based UTF-16 columns and percent-encoded paths relative to the current folder', () => {
    fs.mkdirSync(path.join(tmp.dir, 'news desk'));
    // The emoji is two UTF-16 code units, so the stray mark after it is column 14, not 13.
    fs.writeFileSync(
      path.join(tmp.dir, 'news desk', 'gala.txt'),
      'Gala night\n\nFireworks 🎆 ” lit the pier, the organisers said.\n',
    );
    const r = runCli(['check', '--format', 'sarif', 'news desk'], { cwd: tmp.dir });
    assert.equal(r.code, 1, r.stderr);
    const [res] = sarifOf(r.stdout).runs[0].results.filter((x) => x.ruleId === 'unbalanced-quote');
    assert.equal(res.level, 'warning');
    assert.equal(res.locations[0].physicalLocation.artifactLocation.uri, 'news%20desk/gala.txt');
    assert.deepEqual(res.locations[0].physicalLocation.region, {
      startLine: 3,
      startColumn: 14,
      endLine: 3,
      endColumn: 15,
    });
  });

  it('points duplicates at the other copy through relatedLocations and message links', () => {
    const passage =
      'The ferry to Marrow Island will run twice a day from the first of May until the end of September, the operator announced on its notice board.';
    fs.writeFileSync(path.join(tmp.dir, 'ferry.txt'), `Ferry timetable\n\n${passage}\n`);
    fs.writeFileSync(path.join(tmp.dir, 'island.txt'), `Island news\n\nThe bakery reopened on Monday.\n\n${passage}\n`);
    const r = runCli(['check', '--format', 'sarif', '.'], { cwd: tmp.dir });
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const dups = sarifOf(r.stdout).runs[0].results.filter((x) => x.ruleId === 'duplicate-passage');
    assert.equal(dups.length, 2, JSON.stringify(dups));
    const inFerry = dups.find((d) => d.locations[0].physicalLocation.artifactLocation.uri === 'ferry.txt')!;
    assert.equal(inFerry.level, 'note');
    assert.equal(inFerry.locations[0].physicalLocation.region!.startLine, 3);
    const rel = inFerry.relatedLocations![0];
    assert.equal(rel.id, 1);
    assert.equal(rel.physicalLocation.artifactLocation.uri, 'island.txt');
    assert.equal(rel.physicalLocation.region!.startLine, 5);
    assert.match(inFerry.message.text, /\[island\.txt:5\]\(1\)/);
    assert.notEqual(dups[0].partialFingerprints['sourcelintKey/v1'], dups[1].partialFingerprints['sourcelintKey/v1']);
  });

  it('keeps the text exit codes and rejects an unknown format', () => {
    fs.writeFileSync(path.join(tmp.dir, 'ok.txt'), '"All is calm," said the lock keeper, Pia Lund.\n');
    const ok = runCli(['check', '--format', 'sarif', 'ok.txt'], { cwd: tmp.dir });
    assert.equal(ok.code, 0, ok.stderr);
    assert.deepEqual(sarifOf(ok.stdout).runs[0].results, []);
    const bad = runCli(['check', '--format', 'xml', 'ok.txt'], { cwd: tmp.dir });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /text, json or sarif/);
  });
});
