// Starts the server the way the README's Neovim, Helix and Emacs snippets do: the `sourcelint-server`
// bin of the npm package, found on PATH, with `--stdio`; each editor sends its own languageId.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../helpers/fixtures';
import { LspClient } from '../helpers/lsp';

const npm = (args: string[], cwd: string) =>
  execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });

describe('sourcelint-server as other editors start it', function () {
  this.timeout(120_000);
  let install: string;
  let bin: string;
  let env: NodeJS.ProcessEnv;
  let dir: string;

  before(() => {
    // What a user gets from `npm install -g sourcelint`: the packed tarball, installed (no registry needed).
    install = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-bin-'));
    const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', install], ROOT)) as { filename: string }[];
    fs.writeFileSync(path.join(install, 'package.json'), '{ "private": true }\n');
    npm(['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', `./${packed.filename}`], install);
    bin = path.join(install, 'node_modules', '.bin');
    env = { ...process.env, PATH: [bin, path.dirname(process.execPath), process.env.PATH].join(path.delimiter) };
  });
  after(() => fs.rmSync(install, { recursive: true, force: true }));
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-ed-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('installs an executable sourcelint-server bin with a node hashbang', () => {
    const target = fs.realpathSync(path.join(bin, 'sourcelint-server'));
    assert.equal(path.basename(target), 'server.js');
    assert.equal(fs.readFileSync(target, 'utf8').split('\n')[0], '#!/usr/bin/env node');
    assert.ok(fs.statSync(target).mode & 0o111, 'executable');
  });

  const editors = [
    { editor: 'Neovim (vim.lsp.config, filetype text)', file: 'harbour.txt', languageId: 'text' },
    { editor: 'Helix (languages.toml, language news-article)', file: 'harbour.article', languageId: 'news-article' },
    { editor: 'Emacs (eglot, text-mode)', file: 'notes/harbour.txt', languageId: 'text' },
    // Markdown under include: the stray mark in the inline code is not prose.
    {
      editor: 'Neovim (filetype markdown)',
      file: 'harbour.md',
      languageId: 'markdown',
      settings: { include: ['**/*.md'] },
      tail: ' `"26`',
    },
  ];
  for (const e of editors) {
    it(`lints an article for ${e.editor}`, async () => {
      const client = new LspClient({
        folder: dir,
        settings: e.settings,
        command: { file: 'sourcelint-server', args: ['--stdio'], env },
      });
      try {
        const init = await client.initialize();
        assert.equal(init.serverInfo?.name, 'sourcelint');
        const uri = pathToFileURL(path.join(dir, e.file)).href;
        await client.open(
          uri,
          `Harbour dues rise\n\nThe harbour master called the rise “overdue. Fishers disagree.${e.tail ?? ''}\n`,
          e.languageId,
          1,
        );
        const diags = await client.diagnosticsAt(uri, 1);
        assert.deepEqual(
          diags.map((d) => [d.code, d.range.start.line, d.range.start.character]),
          [['unbalanced-quote', 2, 35]],
        );
      } finally {
        await client.shutdown();
      }
    });
  }
});
