// The server under malformed input, cancellation, busy neighbours and files that are not articles:
// it answers with an error or ignores with a log line, and it stays up.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CancellationTokenSource, type Hover, type ResponseError } from 'vscode-languageserver-protocol';
import { type LspClient, waitFor } from '../helpers/lsp';
import { serverInFolder } from '../helpers/workspace';

const ARTICLE =
  'Harbour news.\n\n“We will reopen the pier by spring,” said Ines Moreau, who chairs the harbour board.\n';

/** Writes raw bytes to the server's stdin, framed or not, bypassing the client's writer. */
function raw(client: LspClient, body: string, header = true): Promise<void> {
  const bytes = Buffer.from(body, 'utf8');
  const msg = header ? Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`, 'ascii'), bytes]) : bytes;
  return new Promise((resolve, reject) => client.proc.stdin!.write(msg, (e) => (e ? reject(e) : resolve())));
}

/** The server still answers: a hover on an open article comes back. */
async function alive(client: LspClient, uri: string) {
  assert.equal(client.proc.exitCode, null, `server exited: ${client.stderr}`);
  const h = (await client.conn.sendRequest('textDocument/hover', {
    textDocument: { uri },
    position: { line: 2, character: 3 },
  })) as Hover | null;
  assert.ok(h, 'a hover on the quote is answered');
}

async function errorOf(p: Promise<unknown>): Promise<ResponseError<unknown> | undefined> {
  try {
    await p;
    return undefined;
  } catch (e) {
    return e as ResponseError<unknown>;
  }
}

describe('language server robustness', function () {
  this.timeout(60_000);
  const ws = serverInFolder('sl-robust-');
  const uri = ws.uri;

  beforeEach(async () => {
    await ws.client.open(uri('a.txt'), ARTICLE);
    await ws.client.diagnosticsAt(uri('a.txt'), 1);
  });

  it('survives bodies that are not JSON, not JSON-RPC, or not objects', async () => {
    for (const body of [
      '{not json',
      '',
      'null',
      '[]',
      '"text"',
      '42',
      '{"hello":1}',
      '{"jsonrpc":"2.0","id":77}',
      '{"jsonrpc":"2.0","method":7}',
      '\u0000\uffff',
    ]) {
      await raw(ws.client, body);
    }
    await alive(ws.client, uri('a.txt'));
  });

  it('survives a header it cannot read and a wrong Content-Length, once framing is restored', async () => {
    await raw(ws.client, 'Content-Type: nonsense\r\n\r\n', false);
    await raw(ws.client, 'Content-Length: 1\r\n\r\n{', false);
    // The stream may now be out of step; the server must not have crashed (it may close the stream).
    await new Promise((r) => setTimeout(r, 300));
    assert.ok(
      ws.client.proc.exitCode === null || ws.client.proc.exitCode === 1,
      `exit code ${ws.client.proc.exitCode}`,
    );
  });

  it('answers an unknown request with MethodNotFound and ignores unknown notifications', async () => {
    const e = await errorOf(ws.client.conn.sendRequest('sourcelint/noSuchThing', { x: 1 }));
    assert.equal(e?.code, -32601);
    await ws.client.conn.sendNotification('sourcelint/noSuchNotification', { x: 1 });
    await ws.client.conn.sendNotification('$/noSuchThing', {});
    await alive(ws.client, uri('a.txt'));
  });

  it('answers requests with missing or wrong params with an error or nothing, never a crash', async () => {
    const bad: [string, unknown][] = [
      ['textDocument/hover', {}],
      ['textDocument/hover', { textDocument: null, position: null }],
      ['textDocument/hover', { textDocument: { uri: 42 }, position: { line: 'x' } }],
      ['textDocument/codeAction', { textDocument: { uri: uri('a.txt') } }],
      [
        'textDocument/codeAction',
        {
          textDocument: { uri: uri('a.txt') },
          range: null,
          context: { diagnostics: [{ data: { index: 99, version: 1 }, source: 'sourcelint' }] },
        },
      ],
      [
        'textDocument/codeAction',
        { textDocument: { uri: uri('a.txt') }, range: null, context: { diagnostics: [null, 5, { data: 'x' }] } },
      ],
      ['textDocument/documentSymbol', { textDocument: { uri: 'not a uri' } }],
      ['workspace/executeCommand', { command: 'sourcelint.noSuchCommand', arguments: [] }],
      ['workspace/executeCommand', { command: 'sourcelint.ignore', arguments: [null, 5] }],
    ];
    for (const [method, params] of bad) {
      await errorOf(ws.client.conn.sendRequest(method, params));
      assert.equal(
        ws.client.proc.exitCode,
        null,
        `${method} ${JSON.stringify(params)} killed the server: ${ws.client.stderr}`,
      );
    }
    await alive(ws.client, uri('a.txt'));
  });

  it('clamps positions and ranges out of bounds in requests', async () => {
    const u = uri('a.txt');
    for (const position of [
      { line: 1e9, character: 0 },
      { line: 2, character: 1e9 },
      { line: -1, character: -5 },
      { line: 0.5, character: NaN },
    ]) {
      const h = await errorOf(ws.client.conn.sendRequest('textDocument/hover', { textDocument: { uri: u }, position }));
      assert.ok(h === undefined || typeof h.code === 'number');
    }
    const [d] = await ws.client.diagnosticsAt(u, 1).then((x) => (x.length ? x : [undefined]));
    const far = { start: { line: 1e6, character: 1e6 }, end: { line: -3, character: 0 } };
    const actions = await ws.client.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri: u },
      range: far,
      context: { diagnostics: d ? [{ ...d, range: far }] : [] },
    });
    assert.ok(Array.isArray(actions) || actions === null);
    await alive(ws.client, u);
  });

  it('ignores a didChange for a document never opened, with a log line, and an edit out of bounds is clamped', async () => {
    const ghost = uri('ghost.txt');
    await ws.client.change(ghost, 2, [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' },
    ]);
    await ws.client.close(uri('never-opened.txt'));
    await waitFor(
      () => ws.client.logs.some((l) => l.includes('ghost.txt') && /not open/i.test(l)),
      'a log line naming the unopened document',
    );
    assert.ok(!ws.client.published.some((p) => p.uri === ghost && p.diagnostics.length), 'nothing is published for it');

    const u = uri('a.txt');
    await ws.client.change(u, 2, [
      {
        range: { start: { line: 999, character: 999 }, end: { line: 1e6, character: 0 } },
        text: '\n“Unclosed at the end',
      },
    ]);
    const diags = await ws.client.diagnosticsAt(u, 2);
    assert.deepEqual(
      diags.map((x) => x.code),
      ['unbalanced-quote'],
      'the edit landed at the end of the text',
    );
    // A change whose text is not a string is dropped, not fatal.
    await ws.client.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri: u, version: 3 },
      contentChanges: [{ text: 5 }, null],
    });
    await alive(ws.client, u);
  });

  it('a hover cancelled by the ws.client stops and answers RequestCancelled', async () => {
    const big = uri('big.txt');
    await ws.client.open(big, 'The ferry was late again. “It always is,” said Tomas Oyelaran.\n\n'.repeat(6000));
    const source = new CancellationTokenSource();
    const pending = errorOf(
      ws.client.conn.sendRequest(
        'textDocument/hover',
        { textDocument: { uri: big }, position: { line: 0, character: 30 } },
        source.token,
      ),
    );
    source.cancel();
    const e = await pending;
    assert.equal(e?.code, -32800, `expected RequestCancelled, got ${e ? e.code : 'a result'}`);
    // The document is still analysed for its diagnostics.
    await ws.client.diagnosticsAt(big, 1);
    // Cancelled while the analysis it waits for runs: RequestCancelled too, and the analysis is kept.
    await ws.client.change(big, 2, [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' },
    ]);
    const late = new CancellationTokenSource();
    const waiting = errorOf(
      ws.client.conn.sendRequest(
        'textDocument/hover',
        { textDocument: { uri: big }, position: { line: 0, character: 30 } },
        late.token,
      ),
    );
    await new Promise((r) => setTimeout(r, 5));
    late.cancel();
    assert.equal((await waiting)?.code, -32800, 'cancelled during the analysis');
    await ws.client.diagnosticsAt(big, 2);
    await alive(ws.client, uri('a.txt'));
  });

  it('answers a hover on one file while another file’s edits wait to be analysed', async () => {
    const big = uri('busy.txt');
    const text = 'The ferry was late again. “It always is,” said Tomas Oyelaran.\n\n'.repeat(4000);
    await ws.client.open(big, text);
    await ws.client.diagnosticsAt(big, 1);
    let answeredFirst = 0;
    for (let round = 0; round < 5; round++) {
      const v = round + 2;
      await ws.client.change(big, v, [
        { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' },
      ]);
      const hover = ws.client.conn.sendRequest('textDocument/hover', {
        textDocument: { uri: uri('a.txt') },
        position: { line: 2, character: 3 },
      });
      const published = ws.client.waitForDiagnostics(big, (p) => p.version === v, 30_000);
      const first = await Promise.race([hover.then(() => 'hover'), published.then(() => 'publish')]);
      if (first === 'hover') answeredFirst++;
      assert.ok(await hover);
      await published;
    }
    assert.equal(answeredFirst, 5, 'every hover was answered before the busy file’s analysis');
  });
});

describe('language server: files that are not articles', function () {
  this.timeout(60_000);
  const ws = serverInFolder('sl-robust-', { manual: true });
  const uri = ws.uri;
  const start = (settings: Record<string, unknown> = {}) => ws.start({ settings });

  it('an open document over maxFileSize gets one information diagnostic and no popup', async () => {
    await start({ maxFileSize: 1000 });
    const u = uri('big.txt');
    await ws.client.open(u, '“Unclosed. '.repeat(500));
    const diags = await ws.client.diagnosticsAt(u, 1);
    assert.equal(diags.length, 1);
    assert.equal(diags[0].code, 'file-too-large');
    assert.equal(diags[0].severity, 3);
    assert.deepEqual(ws.client.shown, []);
  });

  it('an open document with NUL bytes is not analysed: no diagnostics, one log line says it is binary', async () => {
    await start();
    const u = uri('blob.txt');
    await ws.client.open(u, 'PK\u0003\u0004\u0000\u0000“ binary ' + '\u0000\ufffd'.repeat(2000));
    assert.deepEqual(await ws.client.diagnosticsAt(u, 1), []);
    for (let v = 2; v <= 6; v++) {
      await ws.client.change(u, v, [
        { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '“' },
      ]);
      assert.deepEqual(await ws.client.diagnosticsAt(u, v), [], 'edits do not make it an article');
    }
    const lines = ws.client.logs.filter((l) => l.includes('blob.txt'));
    assert.equal(lines.length, 1, `one log line, not one per edit: ${lines.join('\n')}`);
    assert.match(lines[0], /binary/);
    assert.deepEqual(ws.client.shown, []);
  });

  it('binary, invalid UTF-8, UTF-16, oversized and unreadable files in the workspace are skipped with one log line each and no popup', async () => {
    fs.writeFileSync(path.join(ws.dir, 'good.txt'), ARTICLE);
    fs.writeFileSync(path.join(ws.dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0, 0x22, 0x41]));
    fs.writeFileSync(path.join(ws.dir, 'latin1.txt'), Buffer.from('caf\xe9 “quoted”', 'latin1'));
    fs.writeFileSync(
      path.join(ws.dir, 'utf16.txt'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('hello', 'utf16le')]),
    );
    fs.writeFileSync(path.join(ws.dir, 'huge.txt'), 'word '.repeat(1000));
    fs.mkdirSync(path.join(ws.dir, 'folder.txt'));
    fs.symlinkSync(path.join(ws.dir, 'missing-target.txt'), path.join(ws.dir, 'dangling.txt'));
    fs.symlinkSync(ws.dir, path.join(ws.dir, 'loop'));
    for (let i = 0; i < 50; i++) fs.writeFileSync(path.join(ws.dir, `junk${i}.txt`), Buffer.from([0, 1, 2, 3]));
    await start({ maxFileSize: 2000 });
    await waitFor(() => ws.client.logs.some((l) => /indexed/.test(l)), 'indexing finished');
    const skipped = ws.client.logs.filter((l) => /skipped/.test(l));
    for (const name of ['binary.txt', 'latin1.txt', 'utf16.txt', 'huge.txt']) {
      assert.equal(
        skipped.filter((l) => l.includes(name)).length,
        1,
        `one log line for ${name}: ${skipped.join('\n')}`,
      );
    }
    assert.match(skipped.find((l) => l.includes('latin1.txt'))!, /invalid UTF-8/);
    assert.match(skipped.find((l) => l.includes('huge.txt'))!, /maxFileSize/);
    assert.deepEqual(ws.client.shown, [], 'no popups');
    // The good file is still linted.
    await ws.client.open(uri('good.txt'), ARTICLE);
    await ws.client.diagnosticsAt(uri('good.txt'), 1);
    assert.equal(ws.client.proc.exitCode, null);
  });
});

describe('language server: workspace trust', function () {
  this.timeout(60_000);
  const ws = serverInFolder('sl-trust-', {
    manual: true,
    // A hostile or merely curious workspace: its own regular expression, a literal, and include globs.
    prepare: (dir) =>
      fs.writeFileSync(
        path.join(dir, '.sourcelintrc.json'),
        JSON.stringify({
          include: ['**/*.story'],
          boilerplate: { patterns: ['/^Zebra crossing notice \\d+$/', 'Quagga bulletin'] },
        }),
      ),
  });
  const uri = ws.uri;
  const TEXT =
    'Zebra crossing notice 42\n\nQuagga bulletin for members\n\nThe pier reopens in spring, said Ines Moreau of the harbour board.\n';
  const codesAt = (diags: { code?: unknown; range: { start: { line: number } } }[]) =>
    diags.map((d) => `${d.code}@${d.range.start.line}`).sort();

  it('trusted: the workspace regex, literal and include globs all apply', async () => {
    await ws.start({ initializationOptions: { trusted: true } });
    await ws.client.open(uri('a.story'), TEXT);
    assert.deepEqual(codesAt(await ws.client.diagnosticsAt(uri('a.story'), 1)), ['boilerplate@0', 'boilerplate@2']);
    await ws.client.open(uri('b.txt'), TEXT);
    assert.deepEqual(await ws.client.diagnosticsAt(uri('b.txt'), 1), [], 'b.txt is not under the workspace include');
  });

  it('untrusted: lints with literals only, default include/exclude, one log line; granting trust restores the rest', async () => {
    await ws.start({ initializationOptions: { trusted: false } });
    await ws.client.open(uri('b.txt'), TEXT);
    assert.deepEqual(
      codesAt(await ws.client.diagnosticsAt(uri('b.txt'), 1)),
      ['boilerplate@2'],
      'the regex is ignored, the literal kept, .txt linted by default',
    );
    await ws.client.open(uri('a.story'), TEXT);
    assert.deepEqual(await ws.client.diagnosticsAt(uri('a.story'), 1), [], 'the workspace include is ignored');
    const notes = ws.client.logs.filter((l) => /untrusted/.test(l));
    assert.equal(notes.length, 1, notes.join('\n'));
    assert.match(notes[0], /regular expression.*boilerplate\.patterns/);
    assert.match(notes[0], /include/);
    assert.deepEqual(ws.client.shown, []);

    await ws.client.conn.sendNotification('sourcelint/trust', { trusted: true });
    await ws.client.waitForDiagnostics(uri('a.story'), (p) => p.diagnostics.length === 2);
    await ws.client.waitForDiagnostics(uri('b.txt'), (p) => p.diagnostics.length === 0);
  });

  it('a client that says nothing about trust (another editor) is trusted', async () => {
    await ws.start();
    await ws.client.open(uri('a.story'), TEXT);
    assert.deepEqual(codesAt(await ws.client.diagnosticsAt(uri('a.story'), 1)), ['boilerplate@0', 'boilerplate@2']);
  });
});
