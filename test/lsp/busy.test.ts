import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../helpers/lsp';

describe('a long analysis runs on its own thread', function () {
  this.timeout(120_000);
  let dir: string;
  let client: LspClient;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-busy-'));
    // No debounce: the analysis of an edit starts at once, so the hover below arrives while it runs.
    client = new LspClient({ folder: dir, initializationOptions: { debounceMs: 0 } });
    await client.initialize();
  });
  after(async () => {
    await client.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers hovers on another file while a 1.5 MB article is being analysed', async () => {
    const small = pathToFileURL(path.join(dir, 'small.txt')).href;
    await client.open(small, '"The pier reopens on Friday," said Ines Moreau, the harbour master.\n', 'plaintext', 1);
    await client.diagnosticsAt(small, 1);
    const big = pathToFileURL(path.join(dir, 'big.txt')).href;
    const para = '“The ferry will be late again tomorrow, and the day after,” said Tomas Oyelaran, who runs the ticket office. The council said repairs would start in spring. ';
    const text = (para + '\n\n').repeat(Math.ceil(1_500_000 / (para.length + 2)));
    await client.open(big, text, 'plaintext', 1);
    await client.waitForDiagnostics(big, (p) => p.version === 1, 60_000);
    for (let v = 2; v <= 4; v++) {
      await client.change(big, v, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
      await new Promise((r) => setTimeout(r, 30)); // the analysis of version v has begun
      const order: string[] = [];
      const hover = client.conn.sendRequest('textDocument/hover', { textDocument: { uri: small }, position: { line: 0, character: 5 } }).then((h) => {
        order.push('hover');
        return h as { contents: { value: string } } | null;
      });
      const published = client.waitForDiagnostics(big, (p) => p.version === v, 60_000).then(() => order.push('publish'));
      const h = await hover;
      await published;
      assert.match(h!.contents.value, /Ines Moreau/);
      assert.deepEqual(order, ['hover', 'publish'], `version ${v}`);
    }
  });
});
