// Clients without workspace/configuration (Neovim's start_client without settings handlers, Helix,
// Kakoune) push settings: in initializationOptions.settings and in didChangeConfiguration.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../helpers/lsp';

const TEXT =
  'Lighthouse reopens\n\nThe lighthouse on Gull Point reopened to visitors on Saturday.\n\n"We waited eleven years to climb those stairs again."\n';
// The capabilities of a client that cannot be asked for settings.
const NO_CONFIGURATION = {
  workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true },
};

describe('language server: settings pushed by clients without workspace/configuration', () => {
  let dir: string;
  let client: LspClient;
  let asked = 0;
  const uri = () => pathToFileURL(path.join(dir, 'light.txt')).href;
  const quoteSeverity = (p: { diagnostics: { code?: unknown; severity?: number }[] }) =>
    p.diagnostics.find((d) => d.code === 'unattributed-quote')?.severity;

  async function start(initializationOptions?: Record<string, unknown>) {
    client = new LspClient({ folder: dir, initializationOptions });
    client.conn.onRequest('workspace/configuration', () => {
      asked++;
      return [null];
    });
    await client.initialize(NO_CONFIGURATION);
  }
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-lsp-push-'));
    asked = 0;
  });
  afterEach(async () => {
    await client.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('takes the settings in initializationOptions.settings.sourcelint', async () => {
    await start({ settings: { sourcelint: { severity: { 'unattributed-quote': 'error' } } } });
    await client.open(uri(), TEXT, 'plaintext', 1);
    assert.equal(quoteSeverity(await client.waitForDiagnostics(uri(), (p) => p.version === 1)), 1);
    assert.equal(asked, 0, 'a client without the capability is never asked');
  });

  it('applies settings pushed with didChangeConfiguration and re-analyses; a push without a sourcelint section changes nothing', async () => {
    await start();
    await client.open(uri(), TEXT, 'plaintext', 1);
    assert.equal(
      quoteSeverity(await client.waitForDiagnostics(uri(), (p) => p.version === 1)),
      2,
      'the default: a warning',
    );
    const before = client.published.length;
    await client.conn.sendNotification('workspace/didChangeConfiguration', {
      settings: { sourcelint: { severity: { 'unattributed-quote': 'information' } } },
    });
    await client.waitForDiagnostics(uri(), (p) => client.published.indexOf(p) >= before && quoteSeverity(p) === 3);
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await client.change(uri(), 2, [{ text: TEXT + '\nThe stairs number 212.\n' }]);
    assert.equal(quoteSeverity(await client.waitForDiagnostics(uri(), (p) => p.version === 2)), 3);
    await client.conn.sendNotification('workspace/didChangeConfiguration', {
      settings: { sourcelint: { severity: { 'unattributed-quote': 'off' } } },
    });
    await client.change(uri(), 3, [{ text: TEXT }]);
    assert.equal(quoteSeverity(await client.waitForDiagnostics(uri(), (p) => p.version === 3)), undefined);
    assert.equal(asked, 0);
  });

  it('reports a bad pushed setting like a bad VS Code setting', async () => {
    await start({ settings: { sourcelint: { duplicates: { minWords: 'many' } } } });
    await client.open(uri(), TEXT, 'plaintext', 1);
    await client.waitForDiagnostics(uri(), (p) => p.version === 1);
    assert.ok(
      client.notices.some(
        (n) => n.method === 'window/showMessage' && n.message.includes('sourcelint.duplicates.minWords'),
      ),
      JSON.stringify(client.notices),
    );
  });
});
