import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SERVER } from '../helpers/lsp';
import { serverInFolder } from '../helpers/workspace';

// 20 shared words: over the default minimum of 15.
const SHARED =
  'The night ferry to Orsk island will stop running in November because the harbour crane failed its annual safety check.';

// The index lives on the analysis thread; without one (it failed to start or died) the server
// builds it on its own thread from the texts it keeps. Both must give the same findings.
const alone = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-no-worker-'));
fs.copyFileSync(SERVER, path.join(alone, 'server.js')); // no analysis-worker.js beside it
after(() => fs.rmSync(alone, { recursive: true, force: true }));

for (const mode of ['on the analysis thread', 'without an analysis thread'] as const)
  describe(`workspace corpus over LSP (duplicated passages in closed files), ${mode}`, () => {
    const statuses: unknown[] = [];
    const ws = serverInFolder('sl-corpus-', {
      client:
        mode === 'without an analysis thread'
          ? { command: { file: process.execPath, args: [path.join(alone, 'server.js'), '--stdio'] } }
          : {},
      prepare: (dir) => {
        fs.writeFileSync(path.join(dir, 'a.txt'), `Ferry news\n\nResidents met on Monday. ${SHARED}\n`);
        fs.writeFileSync(
          path.join(dir, 'b.txt'),
          `Island briefing\n\nA short note first.\n\n${SHARED} Repairs start in spring.\n`,
        );
        fs.writeFileSync(path.join(dir, 'c.txt'), 'Unrelated story about a bakery that opened on the quay.\n');
        statuses.length = 0;
      },
      beforeInit: (c) =>
        c.conn.onNotification('sourcelint/status', (p: unknown) => {
          statuses.push(p);
        }),
    });
    const file = (n: string) => ws.at(n);
    const uri = (n: string) => ws.uri(n);

    it('indexes the folder with progress, and points a duplicate at the exact range in the closed file', async () => {
      const text = fs.readFileSync(file('a.txt'), 'utf8');
      await ws.client.open(uri('a.txt'), text, 'plaintext', 1);
      const p = await ws.client.waitForDiagnostics(uri('a.txt'), (x) =>
        x.diagnostics.some((d) => d.code === 'duplicate-passage'),
      );
      const d = p.diagnostics.find((x) => x.code === 'duplicate-passage')!;
      const line = text.split('\n')[d.range.start.line];
      assert.equal(line.slice(d.range.start.character, d.range.end.character), SHARED);
      const rel = d.relatedInformation!;
      assert.equal(rel.length, 1);
      assert.equal(rel[0].location.uri, uri('b.txt'));
      assert.deepEqual(rel[0].location.range, {
        start: { line: 4, character: 0 },
        end: { line: 4, character: SHARED.length },
      });
      assert.deepEqual(statuses[0], { indexing: { done: 0, total: 3 } });
      assert.deepEqual(statuses[statuses.length - 1], { indexing: null });
      const onMain = ws.client.logs.some((l) => /runs on the main thread/.test(l));
      assert.equal(onMain, mode === 'without an analysis thread', 'the analyses ran where this suite says');
    });

    it('drops the finding when the other file changes on disk (file watcher event)', async () => {
      await ws.client.open(uri('a.txt'), fs.readFileSync(file('a.txt'), 'utf8'), 'plaintext', 1);
      await ws.client.waitForDiagnostics(uri('a.txt'), (x) =>
        x.diagnostics.some((d) => d.code === 'duplicate-passage'),
      );
      fs.writeFileSync(file('b.txt'), 'Island briefing\n\nThe ferry timetable is unchanged this winter.\n');
      await ws.client.conn.sendNotification('workspace/didChangeWatchedFiles', {
        changes: [{ uri: uri('b.txt'), type: 2 }],
      });
      await ws.client.waitForDiagnostics(
        uri('a.txt'),
        (x) => !x.diagnostics.some((d) => d.code === 'duplicate-passage'),
      );
    });

    it('updates other open files when one open file is edited', async () => {
      const a = fs.readFileSync(file('a.txt'), 'utf8');
      const b = fs.readFileSync(file('b.txt'), 'utf8');
      await ws.client.open(uri('a.txt'), a, 'plaintext', 1);
      await ws.client.open(uri('b.txt'), b, 'plaintext', 1);
      await ws.client.waitForDiagnostics(uri('b.txt'), (x) =>
        x.diagnostics.some((d) => d.code === 'duplicate-passage'),
      );
      const before = ws.client.published.length;
      await ws.client.change(uri('a.txt'), 2, [
        { text: 'Ferry news\n\nResidents met on Monday and talked about parking.\n' },
      ]);
      await ws.client.waitForDiagnostics(
        uri('b.txt'),
        (x) => ws.client.published.indexOf(x) >= before && !x.diagnostics.some((d) => d.code === 'duplicate-passage'),
      );
    });
  });
