// Clients that name no workspace folder (Neovim when no root marker matched, a bare start_client):
// the server still indexes the articles next to the one opened, so duplicates across files work.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, type LspClientOptions } from '../helpers/lsp';

const SHARED =
  'The council will sell the old bus depot on Fenn Street to a housing trust that plans ninety flats there.';

describe('language server: a root when the client names no folder', () => {
  let dir: string;
  let client: LspClient | undefined;
  const at = (...p: string[]) => path.join(dir, ...p);
  const uri = (...p: string[]) => pathToFileURL(at(...p)).href;
  const write = (text: string, ...p: string[]) => {
    fs.mkdirSync(path.dirname(at(...p)), { recursive: true });
    fs.writeFileSync(at(...p), text);
  };
  const start = async (options: LspClientOptions) => {
    client = new LspClient(options);
    await client.initialize();
    return client;
  };
  /** Opens `p` and resolves with the other files its duplicate-passage finding links. */
  const duplicatesOf = async (c: LspClient, ...p: string[]) => {
    await c.open(uri(...p), fs.readFileSync(at(...p), 'utf8'), 'text', 1);
    const pub = await c.waitForDiagnostics(uri(...p), (x) => x.diagnostics.some((d) => d.code === 'duplicate-passage'));
    return pub.diagnostics.find((d) => d.code === 'duplicate-passage')!.relatedInformation!.map((r) => r.location.uri);
  };

  beforeEach(() => (dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'sl-lsp-root-')))));
  afterEach(async () => {
    await client?.shutdown();
    client = undefined;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("indexes the opened file's folder when there is no rootUri, no workspace folder and no .git or rc file", async () => {
    write(`Depot sold\n\n${SHARED}\n`, 'desk', 'a.txt');
    write(`Flats for Fenn Street\n\n${SHARED} Work starts next year.\n`, 'desk', 'b.txt');
    const c = await start({});
    assert.deepEqual(await duplicatesOf(c, 'desk', 'a.txt'), [uri('desk', 'b.txt')]);
    assert.ok(
      c.logs.some((l) => l.includes(`indexing ${at('desk')}`)),
      c.logs.join('\n'),
    );
  });

  it('indexes from the nearest folder above that holds a .sourcelintrc.json, and applies it', async () => {
    write(JSON.stringify({ severity: { 'duplicate-passage': 'error' } }), '.sourcelintrc.json');
    write(`Depot sold\n\n${SHARED}\n`, 'monday', 'a.txt');
    write(`Flats for Fenn Street\n\n${SHARED} Work starts next year.\n`, 'tuesday', 'b.txt');
    const c = await start({});
    assert.deepEqual(await duplicatesOf(c, 'monday', 'a.txt'), [uri('tuesday', 'b.txt')]);
    const last = c.published.filter((p) => p.uri === uri('monday', 'a.txt')).at(-1)!;
    assert.equal(last.diagnostics.find((d) => d.code === 'duplicate-passage')!.severity, 1, "the rc file's severity");
  });

  it('uses rootUri as given, without workspaceFolders and without .git', async () => {
    write(`Depot sold\n\n${SHARED}\n`, 'monday', 'a.txt');
    write(`Flats for Fenn Street\n\n${SHARED} Work starts next year.\n`, 'tuesday', 'b.txt');
    const c = await start({ initializeParams: { rootUri: pathToFileURL(dir).href, workspaceFolders: null } });
    assert.deepEqual(await duplicatesOf(c, 'monday', 'a.txt'), [uri('tuesday', 'b.txt')]);
  });

  it('uses the older rootPath when it is all the client sends', async () => {
    write(`Depot sold\n\n${SHARED}\n`, 'monday', 'a.txt');
    write(`Flats for Fenn Street\n\n${SHARED} Work starts next year.\n`, 'tuesday', 'b.txt');
    const c = await start({ initializeParams: { rootPath: dir, rootUri: null, workspaceFolders: null } });
    assert.deepEqual(await duplicatesOf(c, 'monday', 'a.txt'), [uri('tuesday', 'b.txt')]);
  });

  it('adds the folder of each further file opened outside the indexed ones', async () => {
    write(`Depot sold\n\n${SHARED}\n`, 'one', 'a.txt');
    write(`Flats for Fenn Street\n\n${SHARED} Work starts next year.\n`, 'one', 'b.txt');
    write(`Depot sold again\n\n${SHARED}\n`, 'two', 'c.txt');
    write(`Fenn Street, later\n\n${SHARED} The trust has the keys.\n`, 'two', 'd.txt');
    const c = await start({});
    assert.deepEqual(await duplicatesOf(c, 'one', 'a.txt'), [uri('one', 'b.txt')]);
    assert.deepEqual(await duplicatesOf(c, 'two', 'c.txt'), [uri('two', 'd.txt')], 'each folder its own corpus');
  });
});
