// The engine host thread: other files are not held up by a huge analysis, and a host that dies
// is started again with the corpus and the open documents.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SERVER, waitFor } from '../helpers/lsp';
import { serverInFolder } from '../helpers/workspace';

const at0 = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
// 20 shared words: over the default minimum of 15.
const SHARED =
  'The night ferry to Orsk island will stop running in November because the harbour crane failed its annual safety check.';

describe('engine host: a 1.5 MB analysis does not hold up other files', function () {
  this.timeout(120_000);
  const ws = serverInFolder('sl-host-busy-', { once: true, client: { initializationOptions: { debounceMs: 0 } } });

  it('publishes another file’s diagnostics, and answers a hover on it, before the big file’s', async () => {
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
      '“The crossing was rough again today, and it will be tomorrow,” said Tomas Oyelaran, who sells the tickets. The board said a new hull is due in May. ';
    await ws.client.open(big, (para + '\n\n').repeat(Math.ceil(1_500_000 / (para.length + 2))), 'plaintext', 1);
    await ws.client.waitForDiagnostics(big, (p) => p.version === 1, 60_000);
    // The big file's edit is sent first (no debounce): its analysis is asked for before the small file's.
    await ws.client.change(big, 2, [{ range: at0, text: 'x' }]);
    const order: string[] = [];
    // An edit of the small file adds an unattributed quotation: its diagnostics change.
    await ws.client.change(small, 2, [{ range: at0, text: '“Nobody knows when the boats will run again.”\n\n' }]);
    const smallDone = ws.client
      .waitForDiagnostics(small, (p) => p.version === 2, 60_000)
      .then((p) => (order.push('small'), p));
    const hover = ws.client.conn
      .sendRequest('textDocument/hover', { textDocument: { uri: small }, position: { line: 2, character: 40 } })
      .then((h) => (order.push('hover'), h as { contents: { value: string } } | null));
    const bigDone = ws.client.waitForDiagnostics(big, (p) => p.version === 2, 60_000).then(() => order.push('big'));
    const p = await smallDone;
    const h = await hover;
    await bigDone;
    assert.deepEqual(
      p.diagnostics.map((d) => d.code),
      ['unattributed-quote'],
    );
    assert.match(h!.contents.value, /Ines Moreau/);
    assert.equal(order[order.length - 1], 'big', `order: ${order.join(', ')}`);
  });
});

describe('engine host: restarted when it dies', function () {
  this.timeout(60_000);
  const ws = serverInFolder('sl-host-restart-', {
    client: {
      command: {
        file: process.execPath,
        args: [SERVER, '--stdio'],
        env: { ...process.env, SOURCELINT_TEST_HOOKS: '1', SOURCELINT_NO_CACHE: '1' },
      },
    },
    prepare: (dir) => {
      fs.writeFileSync(path.join(dir, 'a.txt'), `Ferry news\n\nResidents met on Monday. ${SHARED}\n`);
      fs.writeFileSync(path.join(dir, 'b.txt'), `Island briefing\n\n${SHARED} Repairs start in spring.\n`);
    },
  });

  it('comes back after a crash: diagnostics, duplicates against closed files and hovers again', async () => {
    const a = ws.uri('a.txt');
    const text = fs.readFileSync(path.join(ws.dir, 'a.txt'), 'utf8');
    await ws.client.open(a, text, 'plaintext', 1);
    await ws.client.waitForDiagnostics(a, (p) => p.diagnostics.some((d) => d.code === 'duplicate-passage'));
    for (let round = 1; round <= 2; round++) {
      const v = 1 + round;
      await ws.client.conn.sendNotification('sourcelint/test/crashHost');
      await waitFor(
        () => ws.client.logs.filter((l) => /engine host exited/.test(l)).length === round,
        `restart ${round}`,
      );
      await ws.client.change(a, v, [
        {
          range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } },
          text: '“We will manage,” said Ines Moreau. ',
        },
      ]);
      // b.txt is closed: the duplicate comes back only once the new host has the corpus again.
      const p = await ws.client.waitForDiagnostics(
        a,
        (x) => x.version === v && x.diagnostics.some((d) => d.code === 'duplicate-passage'),
      );
      assert.equal(
        p.diagnostics.find((d) => d.code === 'duplicate-passage')!.relatedInformation?.[0].location.uri,
        ws.uri('b.txt'),
      );
      const h = (await ws.client.conn.sendRequest('textDocument/hover', {
        textDocument: { uri: a },
        position: { line: 2, character: 3 },
      })) as { contents: { value: string } } | null;
      assert.match(h!.contents.value, /Ines Moreau/);
    }
    assert.equal(ws.client.proc.exitCode, null);
  });
});
