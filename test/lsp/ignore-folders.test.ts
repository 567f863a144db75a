// Per-file ignores name a file from the folder of the rc file in force, in the editor as in
// `sourcelint check` on the workspace folder: with the rc file above the workspace folder, in a
// subfolder of it, or with none (the "ignore" action then makes one in the workspace folder).

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction } from 'vscode-languageserver-protocol';
import { runCli } from '../helpers/cli';
import { LspClient } from '../helpers/lsp';
import { tempFolder } from '../helpers/temp-folder';

const BODY = 'The chef called it “a bold menu. Diners agreed.\n';
const KEY = 'a bold menu.'; // the unbalanced quote's ignore key: its text to the end of the sentence
const RC = '.sourcelintrc.json';

describe('per-file ignores: the same folder in the editor as in check (issue #18)', () => {
  const t = tempFolder('sl-ignf-');
  let client: LspClient | undefined;
  afterEach(async () => {
    await client?.shutdown();
    client = undefined;
  });

  /** Basenames of the files `check` flags under `folder`. */
  const checkFlags = (folder: string) =>
    (
      JSON.parse(runCli(['check', '--format', 'json', folder]).stdout).files as {
        path: string;
        diagnostics: unknown[];
      }[]
    )
      .filter((f) => f.diagnostics.length)
      .map((f) => path.basename(f.path))
      .sort();

  /** Basenames of the files the server flags, of those open (each opened at version 1 with its text on disk). */
  const serverFlags = async (files: string[]) => {
    const flagged: string[] = [];
    for (const f of files) if ((await client!.diagnosticsAt(pathToFileURL(f).href, 1)).length) flagged.push(f);
    return flagged.map((f) => path.basename(f)).sort();
  };

  const start = async (folder: string, files: string[]) => {
    client = new LspClient({ folder });
    await client.initialize();
    for (const f of files) await client.open(pathToFileURL(f).href, fs.readFileSync(f, 'utf8'));
  };

  /** Runs "Ignore this finding in this file" on the file's one diagnostic and waits until it is gone. */
  const ignoreInFile = async (file: string) => {
    const uri = pathToFileURL(file).href;
    const [d] = await client!.diagnosticsAt(uri, 1);
    assert.ok(d, `a diagnostic on ${file}`);
    const actions = (await client!.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d] },
    })) as CodeAction[];
    const action = actions.find((a) => a.title === 'Ignore this finding in this file');
    assert.ok(action?.command, `actions: ${actions.map((a) => a.title)}`);
    await client!.conn.sendRequest('workspace/executeCommand', {
      command: action.command.command,
      arguments: action.command.arguments,
    });
    await client!.waitForDiagnostics(uri, (p) => p.version === 1 && p.diagnostics.length === 0);
  };

  it('an rc file above the workspace folder: its per-file ignores, and the action, are relative to its folder', async () => {
    // The rc file's folder holds the workspace folder `desk`; its settings must survive the action.
    t.write(
      RC,
      JSON.stringify({
        severity: { 'unbalanced-quote': 'error' },
        ignore: [{ rule: 'unbalanced-quote', text: KEY, file: 'desk/a.txt' }],
      }),
    );
    const files = ['a.txt', 'b.txt', 'c.txt'].map((n) => t.write(path.join('desk', n), BODY));
    const desk = t.at('desk');
    assert.deepEqual(checkFlags(desk), ['b.txt', 'c.txt']);
    await start(desk, files);
    assert.deepEqual(await serverFlags(files), ['b.txt', 'c.txt']);

    await ignoreInFile(files[1]);
    assert.equal(fs.existsSync(path.join(desk, RC)), false, 'no second rc file that would hide the first');
    const rc = JSON.parse(fs.readFileSync(t.at(RC), 'utf8'));
    assert.deepEqual(rc.severity, { 'unbalanced-quote': 'error' });
    assert.deepEqual(
      rc.ignore.map((e: { file?: string }) => e.file),
      ['desk/a.txt', 'desk/b.txt'],
    );
    assert.deepEqual(checkFlags(desk), ['c.txt']);
    const [d] = await client!.diagnosticsAt(pathToFileURL(files[2]).href, 1);
    assert.equal(d?.severity, 1, 'the rc file still sets the severity');
  });

  it('a workspace folder without an rc file: the action makes one there, naming the file from it, as check reads it', async () => {
    assert.equal(fs.existsSync(path.join(path.dirname(t.dir), RC)), false, 'no rc file above the test folder');
    const files = ['a.txt', 'b.txt'].map((n) => t.write(path.join('news', n), BODY));
    assert.deepEqual(checkFlags(t.dir), ['a.txt', 'b.txt']);
    await start(t.dir, files);
    assert.deepEqual(await serverFlags(files), ['a.txt', 'b.txt']);

    await ignoreInFile(files[0]);
    const rc = JSON.parse(fs.readFileSync(t.at(RC), 'utf8'));
    assert.deepEqual(rc.ignore, [{ rule: 'unbalanced-quote', text: KEY, file: 'news/a.txt' }]);
    assert.deepEqual(checkFlags(t.dir), ['b.txt']);
    const b = pathToFileURL(files[1]).href;
    await client!.waitForDiagnostics(b, (p) => p.version === 1 && p.diagnostics.length === 1);
  });

  it('an rc file in a subfolder of the workspace folder: the editor reads what check on the workspace folder reads', async () => {
    // The editor takes the rc file found from the workspace folder upwards (README), as `check <folder>` does.
    t.write(
      path.join('desk', RC),
      JSON.stringify({ ignore: [{ rule: 'unbalanced-quote', text: KEY, file: 'a.txt' }] }),
    );
    t.write(RC, JSON.stringify({ ignore: [{ rule: 'unbalanced-quote', text: KEY, file: 'desk/b.txt' }] }));
    const files = ['a.txt', 'b.txt'].map((n) => t.write(path.join('desk', n), BODY));
    assert.deepEqual(checkFlags(t.dir), ['a.txt']);
    await start(t.dir, files);
    assert.deepEqual(await serverFlags(files), ['a.txt']);
  });
});
