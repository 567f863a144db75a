// Config errors reach the user as window/showMessage notifications (a showMessageRequest without
// actions is a prompt some clients block on), each once per rc file and error, not per article.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { serverInFolder } from '../helpers/workspace';

const ARTICLE = (n: number) =>
  `Bridge repairs, part ${n}\n\nThe old toll bridge at Marrow Creek will close for repairs in spring.\n`;

describe('language server: configuration errors as notices, once each', () => {
  const ws = serverInFolder('sl-lsp-notice-', {
    prepare: (dir) => {
      fs.writeFileSync(
        path.join(dir, '.sourcelintrc.json'),
        JSON.stringify({ severity: { boilerplate: 'loud' }, unattributed: { minWords: 'four' } }),
      );
      for (const n of [1, 2, 3]) fs.writeFileSync(path.join(dir, `a${n}.txt`), ARTICLE(n));
    },
  });

  it('sends each rc error once, as window/showMessage, and logs it once', async () => {
    const indexed = new Promise<void>((resolve) =>
      ws.client.conn.onNotification('sourcelint/status', (p: { indexing: unknown }) => {
        if (p.indexing === null) resolve();
      }),
    );
    for (const n of [1, 2, 3]) await ws.client.open(ws.uri(`a${n}.txt`), ARTICLE(n), 'plaintext', 1);
    for (const n of [1, 2, 3]) await ws.client.diagnosticsAt(ws.uri(`a${n}.txt`), 1);
    await indexed;
    // An edit re-reads the configuration of one more article.
    await ws.client.change(ws.uri('a1.txt'), 2, [{ text: ARTICLE(1) + '\nMore later.\n' }]);
    await ws.client.diagnosticsAt(ws.uri('a1.txt'), 2);

    const rc = (m: string) => m.includes('.sourcelintrc.json');
    assert.deepEqual(
      ws.client.notices.filter((n) => n.method === 'window/showMessageRequest'),
      [],
      'no prompts without actions',
    );
    const shown = ws.client.notices.filter((n) => rc(n.message));
    assert.equal(shown.length, 2, shown.map((n) => n.message).join('\n'));
    assert.ok(
      shown.every((n) => n.method === 'window/showMessage' && n.type === 1),
      JSON.stringify(shown),
    );
    assert.ok(shown.some((n) => n.message.includes('"severity.boilerplate"')));
    assert.ok(shown.some((n) => n.message.includes('"unattributed.minWords"')));
    assert.equal(ws.client.logs.filter(rc).length, 2, ws.client.logs.filter(rc).join('\n'));
  });

  it('says an error still there again, once, after the rc file changes', async () => {
    await ws.client.open(ws.uri('a1.txt'), ARTICLE(1), 'plaintext', 1);
    await ws.client.diagnosticsAt(ws.uri('a1.txt'), 1);
    const said = () => ws.client.notices.filter((n) => n.message.includes('"severity.boilerplate"')).length;
    await ws.client.until(() => said() === 1, 'the first notice');
    fs.writeFileSync(path.join(ws.dir, '.sourcelintrc.json'), JSON.stringify({ severity: { boilerplate: 'loud' } }));
    await ws.client.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: ws.uri('.sourcelintrc.json'), type: 2 }],
    });
    await ws.client.open(ws.uri('a2.txt'), ARTICLE(2), 'plaintext', 1);
    await ws.client.diagnosticsAt(ws.uri('a2.txt'), 1);
    await ws.client.change(ws.uri('a1.txt'), 2, [{ text: ARTICLE(1) + '\nMore later.\n' }]);
    await ws.client.diagnosticsAt(ws.uri('a1.txt'), 2);
    assert.equal(said(), 2);
    assert.equal(
      ws.client.notices.filter((n) => n.message.includes('"unattributed.minWords"')).length,
      1,
      'the fixed error is not said again',
    );
  });
});
