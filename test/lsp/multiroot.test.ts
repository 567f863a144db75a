import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../helpers/lsp';

const SHARED =
  'The night ferry to Orsk island will stop running in November because the harbour crane failed its annual safety check.';

describe('multi-root workspaces: each folder has its own corpus and configuration', () => {
  let root: string;
  let client: LspClient;
  let indexed: Promise<void>;
  const at = (...p: string[]) => path.join(root, ...p);
  const uri = (...p: string[]) => pathToFileURL(at(...p)).href;
  const write = (text: string, ...p: string[]) => {
    fs.mkdirSync(path.dirname(at(...p)), { recursive: true });
    fs.writeFileSync(at(...p), text);
  };

  beforeEach(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-multi-'));
    write(`Desk one\n\n${SHARED}\n`, 'one', 'a.txt');
    write(`Desk two\n\n${SHARED}\n`, 'two', 'b.txt');
    write(JSON.stringify({ severity: { 'unbalanced-quote': 'off' } }), 'two', '.sourcelintrc.json');
    client = new LspClient({ folders: [at('one'), at('two')] });
    indexed = new Promise((resolve) =>
      client.conn.onNotification('sourcelint/status', (p: { indexing: unknown }) => {
        if (p.indexing === null) resolve();
      }),
    );
    await client.initialize();
  });
  afterEach(async () => {
    await client.shutdown();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('does not link copies in different folders, and links copies in the same folder', async () => {
    await client.open(uri('one', 'a.txt'), fs.readFileSync(at('one', 'a.txt'), 'utf8'), 'plaintext', 1);
    await indexed;
    await client.change(uri('one', 'a.txt'), 2, [{ text: fs.readFileSync(at('one', 'a.txt'), 'utf8') + '\n' }]);
    const diags = await client.diagnosticsAt(uri('one', 'a.txt'), 2);
    assert.deepEqual(
      diags.filter((d) => d.code === 'duplicate-passage'),
      [],
      'the copy in folder two is not a duplicate for folder one',
    );
    write(`Another desk-one story\n\n${SHARED}\n`, 'one', 'c.txt');
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uri('one', 'c.txt'), type: 1 }],
    });
    const p = await client.waitForDiagnostics(uri('one', 'a.txt'), (x) =>
      x.diagnostics.some((d) => d.code === 'duplicate-passage'),
    );
    const related = p.diagnostics
      .find((d) => d.code === 'duplicate-passage')!
      .relatedInformation!.map((r) => r.location.uri);
    assert.deepEqual(related, [uri('one', 'c.txt')]);
  });

  it("applies each folder's .sourcelintrc.json to its own files", async () => {
    const bad = 'A quote “never closes here.\n';
    await client.open(uri('one', 'x.txt'), bad, 'plaintext', 1);
    await client.open(uri('two', 'x.txt'), bad, 'plaintext', 1);
    assert.equal(
      (await client.diagnosticsAt(uri('one', 'x.txt'), 1)).filter((d) => d.code === 'unbalanced-quote').length,
      1,
    );
    assert.equal(
      (await client.diagnosticsAt(uri('two', 'x.txt'), 1)).filter((d) => d.code === 'unbalanced-quote').length,
      0,
    );
  });

  it('indexes a folder added to the workspace later', async () => {
    write(`Desk three\n\n${SHARED}\n`, 'three', 'c.txt');
    write(`Desk three again\n\n${SHARED} More here.\n`, 'three', 'd.txt');
    await client.conn.sendNotification('workspace/didChangeWorkspaceFolders', {
      event: { added: [{ uri: pathToFileURL(at('three')).href, name: 'three' }], removed: [] },
    });
    await client.open(uri('three', 'c.txt'), fs.readFileSync(at('three', 'c.txt'), 'utf8'), 'plaintext', 1);
    const p = await client.waitForDiagnostics(uri('three', 'c.txt'), (x) =>
      x.diagnostics.some((d) => d.code === 'duplicate-passage'),
    );
    assert.deepEqual(
      p.diagnostics.find((d) => d.code === 'duplicate-passage')!.relatedInformation!.map((r) => r.location.uri),
      [uri('three', 'd.txt')],
    );
  });
});
