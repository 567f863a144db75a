// Clients without workspace/configuration (Neovim's start_client without settings handlers, Helix,
// Kakoune) push settings: in initializationOptions.settings and in didChangeConfiguration.
import * as assert from 'node:assert/strict';
import { serverInFolder } from '../helpers/workspace';

const TEXT =
  'Lighthouse reopens\n\nThe lighthouse on Gull Point reopened to visitors on Saturday.\n\n"We waited eleven years to climb those stairs again."\n';
// The capabilities of a client that cannot be asked for settings.
const NO_CONFIGURATION = {
  workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true },
};

describe('language server: settings pushed by clients without workspace/configuration', () => {
  let asked = 0;
  const ws = serverInFolder('sl-lsp-push-', {
    manual: true,
    capabilities: NO_CONFIGURATION,
    beforeInit: (c) =>
      c.conn.onRequest('workspace/configuration', () => {
        asked++;
        return [null];
      }),
  });
  const uri = () => ws.uri('light.txt');
  const quoteSeverity = (p: { diagnostics: { code?: unknown; severity?: number }[] }) =>
    p.diagnostics.find((d) => d.code === 'unattributed-quote')?.severity;

  const start = (initializationOptions?: Record<string, unknown>) => ws.start({ initializationOptions });
  beforeEach(() => (asked = 0));

  it('takes the settings in initializationOptions.settings.sourcelint', async () => {
    await start({ settings: { sourcelint: { severity: { 'unattributed-quote': 'error' } } } });
    await ws.client.open(uri(), TEXT, 'plaintext', 1);
    assert.equal(quoteSeverity(await ws.client.waitForDiagnostics(uri(), (p) => p.version === 1)), 1);
    assert.equal(asked, 0, 'a client without the capability is never asked');
  });

  it('applies settings pushed with didChangeConfiguration and re-analyses; a push without a sourcelint section changes nothing', async () => {
    await start();
    await ws.client.open(uri(), TEXT, 'plaintext', 1);
    assert.equal(
      quoteSeverity(await ws.client.waitForDiagnostics(uri(), (p) => p.version === 1)),
      2,
      'the default: a warning',
    );
    const before = ws.client.published.length;
    await ws.client.conn.sendNotification('workspace/didChangeConfiguration', {
      settings: { sourcelint: { severity: { 'unattributed-quote': 'information' } } },
    });
    await ws.client.waitForDiagnostics(
      uri(),
      (p) => ws.client.published.indexOf(p) >= before && quoteSeverity(p) === 3,
    );
    await ws.client.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await ws.client.change(uri(), 2, [{ text: TEXT + '\nThe stairs number 212.\n' }]);
    assert.equal(quoteSeverity(await ws.client.waitForDiagnostics(uri(), (p) => p.version === 2)), 3);
    await ws.client.conn.sendNotification('workspace/didChangeConfiguration', {
      settings: { sourcelint: { severity: { 'unattributed-quote': 'off' } } },
    });
    await ws.client.change(uri(), 3, [{ text: TEXT }]);
    assert.equal(quoteSeverity(await ws.client.waitForDiagnostics(uri(), (p) => p.version === 3)), undefined);
    assert.equal(asked, 0);
  });

  it('reports a bad pushed setting like a bad VS Code setting', async () => {
    await start({ settings: { sourcelint: { duplicates: { minWords: 'many' } } } });
    await ws.client.open(uri(), TEXT, 'plaintext', 1);
    await ws.client.waitForDiagnostics(uri(), (p) => p.version === 1);
    assert.ok(
      ws.client.notices.some(
        (n) => n.method === 'window/showMessage' && n.message.includes('sourcelint.duplicates.minWords'),
      ),
      JSON.stringify(ws.client.notices),
    );
  });
});
