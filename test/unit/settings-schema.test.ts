// The three descriptions of the configuration agree: package.json's VS Code settings, the
// .sourcelintrc.json schema, and the engine's DEFAULT_CONFIG / mergeConfig.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { type ConfigProblem, DEFAULT_CONFIG, DEFAULT_SEVERITY, mergeConfig } from '../../server/src/engine/config';
import { ROOT } from '../helpers/fixtures';

type Schema = {
  type?: string;
  default?: unknown;
  minimum?: number;
  enum?: string[];
  properties?: Record<string, Schema>;
  $ref?: string;
  scope?: string;
  markdownDescription?: string;
  description?: string;
  enumDescriptions?: string[];
  markdownEnumDescriptions?: string[];
};

const readJson = (p: string) => JSON.parse(fs.readFileSync(path.join(ROOT, p), 'utf8'));
const pkg = readJson('package.json');
const settings: Record<string, Schema> = pkg.contributes.configuration.properties;
const rcSchema = readJson('schema/sourcelintrc.schema.json');
const validate = new Ajv({
  allErrors: true,
  strict: true,
  strictTuples: false,
  allowMatchingProperties: true,
  keywords: ['markdownDescription', 'markdownEnumDescriptions'],
}).compile(rcSchema);

/** Leaf keys of the rc schema ("duplicates.minWords"), with their schema; `severity` and `ignore` are leaves. */
function rcLeaves(s: Schema, prefix = ''): Map<string, Schema> {
  const out = new Map<string, Schema>();
  for (const [k, v] of Object.entries(s.properties ?? {})) {
    if (k === '$schema') continue;
    const key = prefix + k;
    if (v.type === 'object' && !('default' in v)) for (const [kk, vv] of rcLeaves(v, key + '.')) out.set(kk, vv);
    else out.set(key, v);
  }
  return out;
}

/** Leaf values of a config object, the same way (objects without a schema default are nested). */
function configLeaves(o: Record<string, unknown>, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [k, v] of Object.entries(o)) {
    if (v && typeof v === 'object' && !Array.isArray(v) && k !== 'severity')
      for (const [kk, vv] of configLeaves(v as Record<string, unknown>, prefix + k + '.')) out.set(kk, vv);
    else out.set(prefix + k, v);
  }
  return out;
}

function rcFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() && e.name !== 'node_modules' && e.name !== '.vscode-test') out.push(...rcFiles(p));
    else if (e.isFile() && /sourcelintrc.*\.json$/.test(e.name)) out.push(p);
  }
  return out;
}

describe('configuration: package.json settings, .sourcelintrc.json schema and DEFAULT_CONFIG', () => {
  const leaves = rcLeaves(rcSchema);

  it('describes every setting in markdown, with a scope, and every enum value', () => {
    const check = (key: string, s: Schema, top: boolean) => {
      assert.ok((s.markdownDescription ?? '').length > 20, `${key}: markdownDescription`);
      if (top)
        assert.ok(
          ['application', 'machine', 'machine-overridable', 'window', 'resource', 'language-overridable'].includes(
            s.scope!,
          ),
          `${key}: scope`,
        );
      if (s.enum) {
        const d = s.markdownEnumDescriptions ?? s.enumDescriptions;
        assert.equal(d?.length, s.enum.length, `${key}: enum descriptions`);
      }
      for (const [k, v] of Object.entries(s.properties ?? {})) check(`${key}.${k}`, v, false);
    };
    for (const [k, s] of Object.entries(settings)) check(k, s, true);
    // Per-folder settings are resource-scoped; the trace is one per window.
    assert.equal(settings['sourcelint.trace.server'].scope, 'window');
    for (const k of Object.keys(settings).filter((k) => k !== 'sourcelint.trace.server'))
      assert.equal(settings[k].scope, 'resource', k);
  });

  it('has the same keys and defaults in the rc schema as DEFAULT_CONFIG', () => {
    const config = configLeaves(DEFAULT_CONFIG as unknown as Record<string, unknown>);
    assert.deepEqual([...leaves.keys()].sort(), [...config.keys()].sort());
    for (const [k, v] of config) assert.deepEqual(leaves.get(k)!.default, v, k);
  });

  it('has one VS Code setting per rc key (except the recorded ignores), with the same type, default and minimum', () => {
    const fromSettings = Object.keys(settings)
      .filter((k) => k !== 'sourcelint.trace.server')
      .map((k) => k.replace(/^sourcelint\./, ''));
    assert.deepEqual(fromSettings.sort(), [...leaves.keys()].filter((k) => k !== 'ignore').sort());
    for (const k of fromSettings) {
      const s = settings[`sourcelint.${k}`];
      const r = leaves.get(k)!;
      assert.equal(s.type, r.type, k);
      assert.deepEqual(s.default, r.default, k);
      assert.equal(s.minimum, r.minimum, k);
    }
  });

  it('lists every rule, with the same levels, under severity in both', () => {
    const rules = Object.keys(DEFAULT_SEVERITY).sort();
    const fromSettings = settings['sourcelint.severity'].properties!;
    const fromRc = leaves.get('severity')!.properties!;
    assert.deepEqual(Object.keys(fromSettings).sort(), rules);
    assert.deepEqual(Object.keys(fromRc).sort(), rules);
    for (const r of rules) assert.deepEqual(fromSettings[r].enum, rcSchema.definitions.severity.enum, r);
    assert.deepEqual(rcSchema.properties.ignore.items.properties.rule.enum.slice().sort(), rules);
  });

  it('contributes the schema for .sourcelintrc.json files', () => {
    const [jv] = pkg.contributes.jsonValidation;
    assert.equal(jv.fileMatch, '.sourcelintrc.json');
    assert.equal(path.resolve(ROOT, jv.url), path.join(ROOT, 'schema', 'sourcelintrc.schema.json'));
  });

  it('validates the samples and fixture rc files, which the engine also reads without a problem', () => {
    const files = [...rcFiles(path.join(ROOT, 'samples')), ...rcFiles(path.join(ROOT, 'test'))];
    assert.ok(files.length >= 3, files.join(', '));
    for (const f of files) {
      const raw = JSON.parse(fs.readFileSync(f, 'utf8'));
      assert.ok(validate(raw), `${f}: ${JSON.stringify(validate.errors)}`);
      const problems: ConfigProblem[] = [];
      mergeConfig(DEFAULT_CONFIG, raw, problems);
      assert.deepEqual(problems, [], f);
    }
  });

  it('rejects what the engine rejects', () => {
    const bad: unknown[] = [
      { include: '**/*.txt' },
      { maxFileSize: -1 },
      { severity: { boilerplate: 'loud' } },
      { severity: { 'no-such-rule': 'off' } },
      { unattributed: { minWords: 0 } },
      { duplicates: { minWords: 3 } },
      { boilerplate: { corpusMinFiles: 1 } },
      { markdown: { enabled: 'yes' } },
      { ignore: [{ rule: 'boilerplate' }] },
    ];
    for (const raw of bad) {
      assert.equal(validate(raw), false, JSON.stringify(raw));
      const problems: ConfigProblem[] = [];
      mergeConfig(DEFAULT_CONFIG, raw, problems);
      assert.ok(problems.length > 0, JSON.stringify(raw));
    }
  });
});
