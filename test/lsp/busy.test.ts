import * as assert from 'node:assert/strict';
import { serverInFolder } from '../helpers/workspace';

describe('a long analysis runs on its own thread', function () {
  this.timeout(120_000);
  // No debounce: the analysis of an edit starts at once, so the hover below arrives while it runs.
  const ws = serverInFolder('sl-busy-', { once: true, client: { initializationOptions: { debounceMs: 0 } } });

  it('answers hovers on another file while a 1.5 MB article is being analysed', async () => {
    const small = ws.uri('small.txt');
    await ws.client.open(
      small,
      '"The pier reopens on Friday," said Ines Moreau, the harbour master.\n',
      'plaintext',
      1,
    );
    await ws.client.diagnosticsAt(small, 1);
    const big = ws.uri('big.txt');
    const para =
      '“The ferry will be late again tomorrow, and the day after,” said Tomas Oyelaran, who runs the ticket office. The council said repairs would start in spring. ';
    const text = (para + '\n\n').repeat(Math.ceil(1_500_000 / (para.length + 2)));
    await ws.client.open(big, text, 'plaintext', 1);
    await ws.client.waitForDiagnostics(big, (p) => p.version === 1, 60_000);
    for (let v = 2; v <= 4; v++) {
      await ws.client.change(big, v, [
        { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' },
      ]);
      await new Promise((r) => setTimeout(r, 30)); // the analysis of version v has begun
      const order: string[] = [];
      const hover = ws.client.conn
        .sendRequest('textDocument/hover', { textDocument: { uri: small }, position: { line: 0, character: 5 } })
        .then((h) => {
          order.push('hover');
          return h as { contents: { value: string } } | null;
        });
      const published = ws.client
        .waitForDiagnostics(big, (p) => p.version === v, 60_000)
        .then(() => order.push('publish'));
      const h = await hover;
      await published;
      assert.match(h!.contents.value, /Ines Moreau/);
      assert.deepEqual(order, ['hover', 'publish'], `version ${v}`);
    }
  });

  it('drops the analysis an edit superseded: only the newest version of a 1.5 MB article is published', async () => {
    const big = ws.uri('big2.txt');
    const para =
      '“The ferry will be late again tomorrow, and the day after,” said Tomas Oyelaran, who runs the ticket office. The council said repairs would start in spring. ';
    const text = (para + '\n\n').repeat(Math.ceil(1_500_000 / (para.length + 2)));
    const versions: (number | undefined)[] = [];
    await ws.client.open(big, text, 'plaintext', 1);
    await new Promise((r) => setTimeout(r, 30)); // the analysis of version 1 has begun
    await ws.client.change(big, 2, [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' },
    ]);
    await ws.client.waitForDiagnostics(big, (p) => (versions.push(p.version), p.version === 2), 60_000);
    assert.ok(!versions.includes(1), `a stale analysis was published: versions ${versions.join(', ')}`);
  });
});
