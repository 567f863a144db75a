// The project layer's pure parts: settings over the rc file with explicit-set semantics, the
// client's reading of VS Code's inspect(), the article test and the watchers the server asks for.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { EXPLICIT_KEY, explicitKeys } from '../../common/settings';
import { type Config, DEFAULT_CONFIG, mergeConfig } from '../../server/src/engine/config';
import { watchersFor } from '../../server/src/lsp/watchers';
import { folderOf, isArticle, scopeOf } from '../../server/src/project/articles';
import { pickKeys, settingsConfig } from '../../server/src/project/settings';

const rc = mergeConfig(DEFAULT_CONFIG, {
  include: ['news/**/*.txt'],
  markdown: { enabled: false },
  severity: { boilerplate: 'hint' },
  duplicates: { minWords: 30 },
});
// What VS Code sends: every key, unset ones at their defaults.
const vscodeSends = (over: Record<string, unknown>) => ({
  ...structuredClone(DEFAULT_CONFIG),
  ignore: undefined,
  trace: { server: 'off' },
  ...over,
});

describe('project settings over the rc file', () => {
  it('takes exactly the keys the client says were set, default values included', () => {
    const c = settingsConfig(rc, { ...vscodeSends({}), [EXPLICIT_KEY]: ['include', 'markdown.enabled'] }, []);
    assert.deepEqual(c.include, DEFAULT_CONFIG.include);
    assert.equal(c.markdown.enabled, true);
    assert.equal(c.severity.boilerplate, 'hint', 'an unset setting leaves the rc value');
    assert.equal(c.duplicates.minWords, 30);
  });

  it('takes no key when the client says none was set, even ones that differ from the defaults', () => {
    const c = settingsConfig(rc, { ...vscodeSends({ maxFileSize: 10 }), [EXPLICIT_KEY]: [] }, []);
    assert.deepEqual(c, rc);
  });

  it('without the list (other clients), takes the values that differ from the defaults', () => {
    const c = settingsConfig(rc, vscodeSends({ maxFileSize: 10 }), []);
    assert.equal(c.maxFileSize, 10);
    assert.deepEqual(c.include, rc.include, 'a default value cannot be told from an unset one');
  });

  it('reports bad values of set keys with the key', () => {
    const problems: { key: string; message: string }[] = [];
    settingsConfig(undefined, { maxFileSize: 'big', [EXPLICIT_KEY]: ['maxFileSize'] }, problems);
    assert.deepEqual(
      problems.map((p) => p.key),
      ['maxFileSize'],
    );
  });

  it('pickKeys keeps dotted keys nested and leaves absent ones out', () => {
    assert.deepEqual(
      pickKeys({ boilerplate: { patterns: ['x'], allow: [] }, include: ['a'] }, [
        'boilerplate.patterns',
        'duplicates.minWords',
        'include',
      ]),
      {
        boilerplate: { patterns: ['x'] },
        include: ['a'],
      },
    );
  });
});

describe('explicitKeys (the client side of explicit settings)', () => {
  it('names the keys with a value in any scope, a default value included', () => {
    const inspected: Record<string, object> = {
      include: { defaultValue: ['**/*.txt'], workspaceValue: ['**/*.txt'] },
      exclude: { defaultValue: [] },
      'markdown.enabled': { defaultValue: true, workspaceFolderValue: true },
      maxFileSize: { defaultValue: 1, globalValue: 1 },
      severity: { defaultValue: {}, workspaceLanguageValue: {} },
    };
    assert.deepEqual(
      explicitKeys(Object.keys(inspected).concat('gone'), (k) => inspected[k]),
      ['include', 'markdown.enabled', 'maxFileSize', 'severity'],
    );
  });
});

describe('project article test', () => {
  const ws = path.resolve('/srv/ws');
  const config: Config = mergeConfig(DEFAULT_CONFIG, {
    include: ['stories/**/*.txt', '*.md'],
    markdown: { enabled: false },
  });

  it('matches a file from its innermost workspace folder, or from its own folder outside them', () => {
    const inner = path.join(ws, 'sub');
    assert.equal(folderOf(path.join(inner, 'a.txt'), [ws, inner]), inner);
    assert.equal(scopeOf(path.join(ws, 'stories', 'a.txt'), [ws]), ws);
    assert.equal(scopeOf(path.resolve('/elsewhere/a.txt'), [ws]), path.resolve('/elsewhere'));
    assert.equal(isArticle(path.join(ws, 'stories', 'a.txt'), config, ws), true);
    assert.equal(isArticle(path.join(ws, 'a.txt'), config, ws), false);
    assert.equal(
      isArticle(path.join(ws, 'a.txt'), config, ws, 'news-article'),
      true,
      'the news-article language is an article anywhere',
    );
  });

  it('leaves out Markdown while markdown.enabled is off, whatever include says', () => {
    assert.equal(isArticle(path.join(ws, 'a.md'), config, ws), false);
    assert.equal(isArticle(path.join(ws, 'a.md'), { ...config, markdown: { enabled: true } }, ws), true);
  });
});

describe('watchersFor', () => {
  const folder = path.resolve('/srv/ws');
  const config = mergeConfig(DEFAULT_CONFIG, { include: ['**/*.txt', 'stories/*.md'] });

  it('watches the rc files and each include glob, anywhere without relative patterns', () => {
    assert.deepEqual(
      watchersFor(
        [
          { folder, config },
          { folder: path.resolve('/srv/other'), config },
        ],
        false,
      ).map((w) => w.globPattern),
      ['**/.sourcelintrc.json', '**/*.txt', '**/stories/*.md'],
    );
  });

  it("watches each folder's globs relative to it where the client supports that", () => {
    const globs = watchersFor([{ folder, config }], true).map((w) => w.globPattern);
    assert.deepEqual(globs.slice(1), [
      { baseUri: 'file:///srv/ws', pattern: '**/*.txt' },
      { baseUri: 'file:///srv/ws', pattern: 'stories/*.md' },
    ]);
  });
});
