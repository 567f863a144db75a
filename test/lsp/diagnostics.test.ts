import * as assert from 'node:assert/strict';
import type { CodeAction, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { LspClient, applyEdits } from '../helpers/lsp';
import { serverInFolder } from '../helpers/workspace';

describe('language server over stdio', () => {
  const ws = serverInFolder('sl-lsp-');
  const uri = ws.uri;

  it('answers initialize with its capabilities', async () => {
    const c2 = new LspClient({ folder: ws.dir });
    const res = await c2.initialize();
    assert.equal(res.serverInfo?.name, 'sourcelint');
    assert.ok(res.capabilities.codeActionProvider);
    assert.ok(res.capabilities.hoverProvider);
    await c2.shutdown();
  });

  it('publishes an unbalanced-quote diagnostic on open, with the document version and exact range', async () => {
    const text = 'Lead line.\n\nThe mayor called it “a fine day. Then she left.\n';
    await ws.client.open(uri('a.txt'), text, 'plaintext', 3);
    const diags = await ws.client.diagnosticsAt(uri('a.txt'), 3);
    assert.equal(diags.length, 1);
    assert.equal(diags[0].code, 'unbalanced-quote');
    assert.equal(diags[0].source, 'sourcelint');
    assert.deepEqual(diags[0].range.start, { line: 2, character: 20 });
  });

  it('updates diagnostics on change and applies the quick fix so the diagnostic goes', async () => {
    const u = uri('b.txt');
    await ws.client.open(u, 'All quiet.\n', 'plaintext', 1);
    assert.deepEqual(await ws.client.diagnosticsAt(u, 1), []);
    const text = 'He said it was “over. Nobody argued.\n';
    await ws.client.change(u, 2, [{ text }]);
    const [d] = await ws.client.diagnosticsAt(u, 2);
    assert.equal(d.code, 'unbalanced-quote');
    const actions = (await ws.client.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri: u },
      range: d.range,
      context: { diagnostics: [d] },
    })) as CodeAction[];
    // The fix, then the two ways to ignore the finding.
    assert.deepEqual(actions.map((a) => a.title), ['Close the quotation with ”', 'Ignore this finding in this file', 'Ignore this finding in the workspace']);
    const docEdit = actions[0].edit!.documentChanges![0] as TextDocumentEdit;
    assert.equal(docEdit.textDocument.version, 2);
    const fixed = applyEdits(text, docEdit.edits as never);
    assert.equal(fixed, 'He said it was “over.” Nobody argued.\n');
    await ws.client.change(u, 3, [{ text: fixed }]);
    assert.deepEqual(await ws.client.diagnosticsAt(u, 3), []);
  });

  it('applies incremental edits and never publishes a stale version last', async () => {
    const u = uri('c.txt');
    await ws.client.open(u, 'Start.\n', 'plaintext', 1);
    await ws.client.diagnosticsAt(u, 1);
    let text = 'Start.\n';
    for (let v = 2; v <= 30; v++) {
      const line = 0;
      const ch = text.indexOf('\n');
      const add = v === 10 ? ' “open' : 'x';
      await ws.client.change(u, v, [{ range: { start: { line, character: ch }, end: { line, character: ch } }, text: add }]);
      text = text.slice(0, ch) + add + text.slice(ch);
    }
    const last = await ws.client.waitForDiagnostics(u, (p) => p.version === 30);
    assert.equal(last.diagnostics.length, 1, 'the quote opened at version 10 is still open');
    await new Promise((r) => setTimeout(r, 300));
    const versions = ws.client.published.filter((p) => p.uri === u).map((p) => p.version!);
    assert.deepEqual([...versions].sort((a, b) => a - b), versions, 'publishes come in version order');
    assert.equal(versions[versions.length - 1], 30);
  });

  it('ignores plain-text files outside include and lints news-article documents anywhere', async () => {
    ws.client.settings = { include: ['articles/**/*.txt'] };
    await ws.client.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const bad = 'A quote “never closes here.\n';
    await ws.client.open(uri('notes.txt'), bad, 'plaintext', 1);
    assert.deepEqual(await ws.client.diagnosticsAt(uri('notes.txt'), 1), []);
    await ws.client.open(uri('articles/x.txt'), bad, 'plaintext', 1);
    assert.equal((await ws.client.diagnosticsAt(uri('articles/x.txt'), 1)).length, 1);
    await ws.client.open(uri('story.article'), bad, 'news-article', 1);
    assert.equal((await ws.client.diagnosticsAt(uri('story.article'), 1)).length, 1);
  });

  it('takes a severity setting into account without a restart', async () => {
    const u = uri('d.txt');
    const bad = 'A quote “never closes here.\n';
    await ws.client.open(u, bad, 'plaintext', 1);
    assert.equal((await ws.client.diagnosticsAt(u, 1))[0].severity, 2);
    ws.client.settings = { severity: { 'unbalanced-quote': 'error' } };
    await ws.client.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await ws.client.waitForDiagnostics(u, (p) => p.diagnostics[0]?.severity === 1);
    ws.client.settings = { severity: { 'unbalanced-quote': 'off' } };
    await ws.client.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await ws.client.waitForDiagnostics(u, (p) => p.diagnostics.length === 0);
  });

  it('reports a file over maxFileSize with one information diagnostic naming the setting', async () => {
    ws.client.settings = { maxFileSize: 100 };
    await ws.client.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const u = uri('big.txt');
    await ws.client.open(u, 'word “open '.repeat(30), 'plaintext', 1);
    const diags = await ws.client.diagnosticsAt(u, 1);
    assert.equal(diags.length, 1);
    assert.equal(diags[0].code, 'file-too-large');
    assert.match(String(diags[0].message), /sourcelint\.maxFileSize/);
  });

  it('clears diagnostics when the document is closed', async () => {
    const u = uri('e.txt');
    await ws.client.open(u, 'A “lonely mark.\n', 'plaintext', 1);
    assert.equal((await ws.client.diagnosticsAt(u, 1)).length, 1);
    const before = ws.client.published.length;
    await ws.client.close(u);
    await ws.client.waitForDiagnostics(u, (p) => p.diagnostics.length === 0 && ws.client.published.indexOf(p) >= before);
  });
});
