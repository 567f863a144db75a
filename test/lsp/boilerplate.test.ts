import * as assert from 'node:assert/strict';
import type { CodeAction, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { applyEdits } from '../helpers/lsp';
import { serverInFolder } from '../helpers/workspace';

const TEXT = [
  'Dock workers vote to end strike',
  '',
  'Dock workers at Kessel Bay voted on Thursday to end a nine-day strike, their union said.',
  '',
  'Advertisement',
  '',
  '"It was a hard week for everyone," said Juno Pereira, a crane driver.',
  '',
  'Sign up for the Bay Morning newsletter, straight to your inbox.',
  '',
].join('\r\n');
const FIXED = [
  'Dock workers vote to end strike',
  '',
  'Dock workers at Kessel Bay voted on Thursday to end a nine-day strike, their union said.',
  '',
  '"It was a hard week for everyone," said Juno Pereira, a crane driver.',
  '',
].join('\r\n');

describe('language server: boilerplate quick fixes and source.fixAll.sourcelint', () => {
  const ws = serverInFolder('sl-lsp-bp-', { client: { settings: { boilerplate: { patterns: ['/(b+)+$/', '/(a)\\1/'] } } } });
  const uri = ws.uri;
  const actionsFor = (u: string, range: unknown, diagnostics: unknown[], only?: string[]) =>
    ws.client.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: u }, range, context: { diagnostics, ...(only ? { only } : {}) } }) as Promise<CodeAction[]>;

  it('declares source.fixAll.sourcelint among its code action kinds', () => {
    const provider = ws.init.capabilities.codeActionProvider as { codeActionKinds?: string[] };
    assert.ok(provider.codeActionKinds?.includes('source.fixAll.sourcelint'));
    assert.ok(provider.codeActionKinds?.includes('quickfix'));
  });

  it('offers "Remove this line" and "Remove all", and each edit gives the exact text', async () => {
    const u = uri('a.txt');
    await ws.client.open(u, TEXT, 'plaintext', 4);
    const diags = (await ws.client.diagnosticsAt(u, 4)).filter((d) => d.code === 'boilerplate');
    assert.deepEqual(diags.map((d) => d.range.start.line), [4, 8]);
    assert.match(diags[0].message as string, /page furniture/);
    const actions = await actionsFor(u, diags[0].range, [diags[0]]);
    assert.deepEqual(actions.map((a) => a.title).slice(0, 2), ['Remove this line', 'Remove all boilerplate in this file']);
    assert.equal(actions[0].isPreferred, true);
    const one = actions[0].edit!.documentChanges![0] as TextDocumentEdit;
    assert.equal(one.textDocument.version, 4);
    assert.equal(applyEdits(TEXT, one.edits as never), TEXT.replace('Advertisement\r\n\r\n', ''));
    const all = actions[1].edit!.documentChanges![0] as TextDocumentEdit;
    assert.equal(applyEdits(TEXT, all.edits as never), FIXED);
  });

  it('answers a source.fixAll request with one versioned action, and after it nothing is left to fix', async () => {
    const u = uri('b.txt');
    await ws.client.open(u, TEXT, 'plaintext', 1);
    await ws.client.diagnosticsAt(u, 1);
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const actions = await actionsFor(u, range, [], ['source.fixAll']);
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.sourcelint');
    const edit = actions[0].edit!.documentChanges![0] as TextDocumentEdit;
    assert.equal(edit.textDocument.version, 1);
    const fixed = applyEdits(TEXT, edit.edits as never);
    assert.equal(fixed, FIXED);
    assert.deepEqual(await actionsFor(u, range, [], ['quickfix']), [], 'a quickfix-only request gets no fix-all');
    await ws.client.change(u, 2, [{ text: fixed }]);
    assert.deepEqual((await ws.client.diagnosticsAt(u, 2)).filter((d) => d.code === 'boilerplate'), []);
    assert.deepEqual(await actionsFor(u, range, [], ['source.fixAll.sourcelint']), []);
  });

  it('reports an invalid pattern setting by key, and a catastrophic one does not stall analysis', async () => {
    const u = uri('c.txt');
    const text = `Headline\n\n${'b'.repeat(100_000)}!\n\nShare\n`;
    await ws.client.open(u, text, 'plaintext', 1);
    const diags = await ws.client.diagnosticsAt(u, 1);
    assert.deepEqual(diags.filter((d) => d.code === 'boilerplate').map((d) => d.range.start.line), [4]);
    const deadline = Date.now() + 5000;
    while (!ws.client.shown.some((m) => m.includes('sourcelint.boilerplate.patterns[1]')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    assert.ok(ws.client.shown.some((m) => /sourcelint\.boilerplate\.patterns\[1\].*backreferences/.test(m)), ws.client.shown.join('\n'));
  });
});
