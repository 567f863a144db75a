// The corpus cache (issue #17): a warm start gives the same findings as a cold one, re-reads what
// changed on disk, drops what is gone, and a cache that is damaged, missing, locked or from
// another version is never trusted: the server indexes from the files and goes on.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cacheFileFor } from '../../server/src/cache/corpus-cache';
import { sqliteBackend } from '../../server/src/cache/sqlite';
import { WARMING_FILES } from '../../server/src/lsp/workspace-articles';
import { LspClient, SERVER, briefDiagnostic } from '../helpers/lsp';

const SHARED =
  'The night ferry to Orsk island will stop running in November because the harbour crane failed its annual safety check.';

describe('corpus cache over LSP', () => {
  let dir: string;
  let cacheDir: string;
  const file = (n: string) => path.join(dir, n);
  const uri = (n: string) => pathToFileURL(file(n)).href;
  const dbFile = () => cacheFileFor(cacheDir, dir);

  before(() => {
    // CI must have SQLite (better-sqlite3 built by npm ci, or node:sqlite): a missing one fails here, never skips.
    assert.ok(sqliteBackend().backend, `no SQLite for the cache tests: ${sqliteBackend().why}`);
  });

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-cache-ws-'));
    cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-cache-dir-'));
    fs.writeFileSync(file('a.txt'), `Ferry news\n\nResidents met on Monday. ${SHARED}\n`);
    fs.writeFileSync(file('b.txt'), `Island briefing\n\nA short note first.\n\n${SHARED} Repairs start in spring.\n`);
    fs.writeFileSync(file('c.txt'), 'Unrelated story about a bakery that opened on the quay.\n');
    for (let i = 0; i < 20; i++)
      fs.writeFileSync(
        file(`n${i}.txt`),
        `Note ${i}\n\nThe council met again on day ${i} and said “we will decide later,” the mayor added.\n`,
      );
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(cacheDir, { recursive: true, force: true });
  });

  /** One server start: a.txt's diagnostics once the folder is indexed, and the server's log. */
  async function start(cache = true, env?: NodeJS.ProcessEnv) {
    const client = new LspClient({
      folder: dir,
      initializationOptions: cache ? { cacheDir } : { cache: false },
      ...(env
        ? { command: { file: process.execPath, args: [SERVER, '--stdio'], env: { ...process.env, ...env } } }
        : {}),
    });
    const indexed = new Promise<void>((resolve) =>
      client.conn.onNotification('sourcelint/status', (p: { indexing: unknown }) => {
        if (p.indexing === null) resolve();
      }),
    );
    await client.initialize();
    await indexed;
    await client.open(uri('a.txt'), fs.readFileSync(file('a.txt'), 'utf8'), 'plaintext', 1);
    const diagnostics = (await client.diagnosticsAt(uri('a.txt'), 1)).map((d) => ({
      ...briefDiagnostic(d),
      related: d.relatedInformation?.map((r) => r.location),
    }));
    await client.shutdown();
    const fromCache = Number(/indexed \d+ articles \((\d+) from the cache\)/.exec(client.logs.join('\n'))?.[1] ?? 0);
    return { diagnostics, logs: client.logs, fromCache };
  }
  const dupTargets = (r: { diagnostics: { code: unknown; related?: { uri: string }[] }[] }) =>
    r.diagnostics.filter((d) => d.code === 'duplicate-passage').flatMap((d) => d.related?.map((l) => l.uri) ?? []);

  it('gives the same findings warm as cold and as without a cache, and the warm start reads nothing from disk', async () => {
    const none = await start(false);
    const cold = await start();
    assert.equal(cold.fromCache, 0);
    assert.ok(fs.existsSync(dbFile()), 'the cache was written');
    const warm = await start();
    assert.equal(warm.fromCache, 23, warm.logs.join('\n'));
    assert.deepEqual(cold.diagnostics, none.diagnostics);
    assert.deepEqual(warm.diagnostics, none.diagnostics);
    assert.deepEqual(dupTargets(warm), [uri('b.txt')]);
  });

  it('re-reads a file edited on disk (not served stale), even at the same size', async () => {
    await start();
    const b = fs.readFileSync(file('b.txt'), 'utf8');
    // Same length, other words: the shared passage is gone from b.txt.
    fs.writeFileSync(file('b.txt'), b.replace('November', 'December'));
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(file('b.txt'), later, later);
    const warm = await start();
    assert.equal(warm.fromCache, 22);
    assert.deepEqual(dupTargets(warm), []);
    // And back: found again, from the file, not from a stale entry.
    fs.writeFileSync(file('b.txt'), b);
    const again = await start();
    assert.deepEqual(dupTargets(again), [uri('b.txt')]);
  });

  it('keeps using an entry whose file was only touched (same bytes, new time)', async () => {
    await start();
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(file('b.txt'), later, later);
    const warm = await start();
    assert.equal(warm.fromCache, 23);
    assert.deepEqual(dupTargets(warm), [uri('b.txt')]);
  });

  it('drops a deleted file from the index and from the cache', async () => {
    await start();
    fs.rmSync(file('b.txt'));
    const warm = await start();
    assert.deepEqual(dupTargets(warm), []);
    assert.equal(warm.fromCache, 22);
    const db = sqliteBackend().backend!.open(dbFile());
    const paths = db
      .prepare('SELECT path FROM files')
      .all()
      .map((r) => String(r.path));
    db.close();
    assert.equal(paths.length, 22);
    assert.ok(!paths.includes(file('b.txt')));
  });

  it('rebuilds a damaged cache file', async () => {
    const none = await start(false);
    await start();
    for (const f of [dbFile(), `${dbFile()}-wal`, `${dbFile()}-shm`]) fs.rmSync(f, { force: true });
    fs.writeFileSync(dbFile(), Buffer.alloc(64 * 1024, 'not a database '));
    const broken = await start();
    assert.ok(
      broken.logs.some((l) => /rebuilding it/.test(l)),
      broken.logs.join('\n'),
    );
    assert.deepEqual(broken.diagnostics, none.diagnostics);
    const warm = await start();
    assert.equal(warm.fromCache, 23);
    assert.deepEqual(warm.diagnostics, none.diagnostics);
  });

  it('does not trust a damaged entry (its checksum fails): that file is read again', async () => {
    await start();
    const db = sqliteBackend().backend!.open(dbFile());
    const row = db.prepare('SELECT data FROM files WHERE path = ?').get(file('b.txt'))!;
    const data = Buffer.from(row.data as Uint8Array);
    data[data.length - 8] ^= 0x20; // one letter of the text
    db.prepare('UPDATE files SET data = ? WHERE path = ?').run(data, file('b.txt'));
    db.close();
    const warm = await start();
    assert.equal(warm.fromCache, 22);
    assert.deepEqual(dupTargets(warm), [uri('b.txt')]);
  });

  it('rebuilds a missing cache file', async () => {
    const none = await start(false);
    await start();
    for (const f of [dbFile(), `${dbFile()}-wal`, `${dbFile()}-shm`]) fs.rmSync(f, { force: true });
    const again = await start();
    assert.equal(again.fromCache, 0);
    assert.deepEqual(again.diagnostics, none.diagnostics);
    assert.ok(fs.existsSync(dbFile()));
    assert.equal((await start()).fromCache, 23);
  });

  it('rebuilds a cache made by another version', async () => {
    const none = await start(false);
    await start();
    const db = sqliteBackend().backend!.open(dbFile());
    db.prepare("UPDATE meta SET value = 'an older sourcelint' WHERE key = 'version'").run();
    db.close();
    const other = await start();
    assert.ok(
      other.logs.some((l) => /made by another version/.test(l)),
      other.logs.join('\n'),
    );
    assert.equal(other.fromCache, 0);
    assert.deepEqual(other.diagnostics, none.diagnostics);
    assert.equal((await start()).fromCache, 23);
  });

  it('runs without a cache where there is no SQLite, saying so once', async () => {
    const none = await start(false);
    const without = await start(true, { SOURCELINT_SQLITE: 'none' });
    assert.equal(without.logs.filter((l) => /no SQLite/.test(l)).length, 1, without.logs.join('\n'));
    assert.deepEqual(without.diagnostics, none.diagnostics);
    assert.ok(!fs.existsSync(dbFile()));
  });

  it('goes on without a cache that another process holds locked', async () => {
    const none = await start(false);
    await start();
    const db = sqliteBackend().backend!.open(dbFile());
    db.exec('PRAGMA locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.prepare("UPDATE meta SET value = value WHERE key = 'version'").run();
    try {
      const locked = await start();
      assert.ok(
        locked.logs.some((l) => /locked/.test(l)),
        locked.logs.join('\n'),
      );
      assert.equal(locked.fromCache, 0);
      assert.deepEqual(locked.diagnostics, none.diagnostics);
    } finally {
      db.exec('ROLLBACK');
      db.close();
    }
    assert.equal((await start()).fromCache, 23);
  });
});

describe('a large workspace opened with an article already open (warm start)', () => {
  let dir: string;
  let cacheDir: string;
  const file = (n: string) => path.join(dir, n);
  const uri = (n: string) => pathToFileURL(file(n)).href;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-warming-ws-'));
    cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-warming-cache-'));
    fs.writeFileSync(file('a.txt'), `Ferry news\n\nResidents met on Monday. ${SHARED}\n\n“It is a shame,” one said.\n`);
    fs.writeFileSync(file('b.txt'), `Island briefing\n\nA short note first.\n\n${SHARED} Repairs start in spring.\n`);
    // Enough articles that the first load counts as warming up (see WARMING_FILES).
    for (let i = 0; i < WARMING_FILES; i++)
      fs.writeFileSync(
        file(`n${String(i).padStart(4, '0')}.txt`),
        `Note ${i}\n\nThe council met on day ${i} of the month and the mayor spoke of item ${i * 7}.\n`,
      );
  });
  after(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(cacheDir, { recursive: true, force: true });
  });

  /** a.txt opened right after initialize (atOnce) or once indexed: every publish of it until the one after the load. */
  async function start(init: Record<string, unknown>, atOnce: boolean) {
    const client = new LspClient({ folder: dir, initializationOptions: init });
    let before = -1;
    const indexed = new Promise<void>((resolve) =>
      client.conn.onNotification('sourcelint/status', (p: { indexing: unknown }) => {
        if (p.indexing !== null) return;
        before = client.published.length;
        resolve();
      }),
    );
    await client.initialize();
    if (!atOnce) await indexed;
    await client.open(uri('a.txt'), fs.readFileSync(file('a.txt'), 'utf8'), 'plaintext', 1);
    await indexed;
    const complete = await client.waitForDiagnostics(
      uri('a.txt'),
      (p) => p.version === 1 && client.published.indexOf(p) >= before,
      60_000,
    );
    const earlier = client.published.slice(0, before).filter((p) => p.uri === uri('a.txt'));
    await client.shutdown();
    return { complete: complete.diagnostics, earlier: earlier.map((p) => p.diagnostics), logs: client.logs };
  }

  it('publishes findings against the whole corpus in the end, identical to a start without a cache; any publish before is of the article alone', async () => {
    const none = await start({ cache: false }, false);
    assert.ok(
      none.complete.some((d) => d.relatedInformation?.some((r) => r.location.uri === uri('b.txt'))),
      'the passage shared with b.txt is found',
    );
    await start({ cacheDir }, false); // writes the cache
    const warm = await start({ cacheDir }, true);
    assert.ok(
      warm.logs.some((l) => /from the cache/.test(l)),
      warm.logs.join('\n'),
    );
    assert.deepEqual(warm.complete, none.complete);
    for (const diagnostics of warm.earlier)
      for (const d of diagnostics)
        assert.ok(
          !d.relatedInformation?.some((r) => r.location.uri !== uri('a.txt')),
          `an early publish points at another file: ${JSON.stringify(d)}`,
        );
  });
});
