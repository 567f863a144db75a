import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeAction } from 'vscode-languageserver-protocol';
import { serverInFolder } from '../helpers/workspace';

describe('ignore this finding (LSP)', () => {
  const ws = serverInFolder('sl-ign-', {
    prepare: (dir) =>
      fs.writeFileSync(path.join(dir, '.sourcelintrc.json'), JSON.stringify({ severity: { boilerplate: 'warning' } })),
  });

  const actionsFor = async (uri: string, version: number) => {
    const [d] = await ws.client.diagnosticsAt(uri, version);
    assert.ok(d, 'a diagnostic to act on');
    return (await ws.client.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d] },
    })) as CodeAction[];
  };

  for (const scope of ['file', 'workspace'] as const) {
    it(`records the finding in .sourcelintrc.json (${scope}), keeps the file's other keys, and the finding goes`, async () => {
      const uri = ws.uri('a.txt');
      const text = 'Intro.\n\nThe chef called it “a bold menu. Diners agreed.\n';
      await ws.client.open(uri, text, 'plaintext', 1);
      const actions = await actionsFor(uri, 1);
      const title = scope === 'file' ? 'Ignore this finding in this file' : 'Ignore this finding in the workspace';
      const action = actions.find((a) => a.title === title);
      assert.ok(action?.command, `actions: ${actions.map((a) => a.title)}`);
      await ws.client.conn.sendRequest('workspace/executeCommand', {
        command: action.command.command,
        arguments: action.command.arguments,
      });
      const rc = JSON.parse(fs.readFileSync(path.join(ws.dir, '.sourcelintrc.json'), 'utf8'));
      assert.deepEqual(rc.severity, { boilerplate: 'warning' });
      assert.equal(rc.ignore.length, 1);
      assert.equal(rc.ignore[0].rule, 'unbalanced-quote');
      assert.equal(rc.ignore[0].file, scope === 'file' ? 'a.txt' : undefined);
      await ws.client.waitForDiagnostics(uri, (p) => p.version === 1 && p.diagnostics.length === 0);
      // The same text in another file: ignored only with the workspace scope.
      const other = ws.uri('b.txt');
      await ws.client.open(other, 'Other intro.\n\n' + text.split('\n\n')[1], 'plaintext', 1);
      assert.equal((await ws.client.diagnosticsAt(other, 1)).length, scope === 'file' ? 1 : 0);
    });
  }
});
