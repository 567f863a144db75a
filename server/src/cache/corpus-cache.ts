// The corpus cache: each article's index entry (see entry.ts) kept in a per-workspace SQLite
// file, keyed by path with the size, modification time and content hash it was read with, so a
// restart re-reads only the files that changed. It is an optimisation only: a file that is
// missing, damaged, locked, or written by another version is never trusted: it is rebuilt (or,
// locked, left alone for this run), and every failure leaves the caller indexing without it.

import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { type Database, type Statement, sqliteBackend } from './sqlite';
import { engineKey } from './entry';

declare const SOURCELINT_VERSION: string | undefined;
const VERSION = typeof SOURCELINT_VERSION === 'string' ? SOURCELINT_VERSION : '0.0.0-dev';
/** Bumped when the tables change. */
const SCHEMA = 4;

export interface CachedFile {
  size: number;
  mtime: number;
  hash: string;
  data: Uint8Array;
}

/** What the cache holds for a file besides its entry, and the row to read the entry from (see keys, dataOf). */
export interface CachedKey {
  row: number;
  size: number;
  mtime: number;
  hash: string;
}

/** The folder caches live in when the editor gives none: $XDG_CACHE_HOME/sourcelint (or ~/.cache/sourcelint). */
export function defaultCacheDir(): string {
  return path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'sourcelint');
}

/** The cache file of one corpus root (the server's workspace folder; the CLI's working folder, `name` cli), inside `dir`. */
export function cacheFileFor(dir: string, root: string, name = 'corpus'): string {
  return path.join(
    dir,
    `${name}-${crypto.createHash('sha1').update(path.resolve(root)).digest('hex').slice(0, 16)}.sqlite`,
  );
}

const logged = new Set<string>();
/** Logs a cache note once per process (a missing SQLite is said once, not per folder). */
function once(log: (msg: string) => void, msg: string) {
  if (logged.has(msg)) return;
  logged.add(msg);
  log(msg);
}

export class CorpusCache {
  private readonly getStmt: Statement;
  private readonly putStmt: Statement;
  private readonly delStmt: Statement;
  private readonly pathsStmt: Statement;
  private readonly keysStmt: Statement;
  private readonly dataStmt: Statement;
  private queued: [string, CachedFile | undefined][] = [];
  private broken = false;

  private constructor(
    private db: Database,
    readonly file: string,
    readonly backend: string,
    private readonly log: (msg: string) => void,
  ) {
    this.getStmt = db.prepare('SELECT size, mtime, hash, data FROM files WHERE path = ?');
    this.putStmt = db.prepare('INSERT OR REPLACE INTO files (path, size, mtime, hash, data) VALUES (?, ?, ?, ?, ?)');
    this.delStmt = db.prepare('DELETE FROM files WHERE path = ?');
    this.pathsStmt = db.prepare('SELECT path FROM files');
    // Answered from the keys index alone (no entry pages read): the keys of 10,000 files in a few milliseconds.
    this.keysStmt = db.prepare('SELECT rowid AS row, path, size, mtime, hash FROM files INDEXED BY files_keys');
    // By rowid: a third of the time of a lookup by path, which goes through the path index first.
    this.dataStmt = db.prepare('SELECT data FROM files WHERE rowid = ?');
  }

  /**
   * Opens (or makes) the cache at `file` for entries made with `minWords`. Undefined when there is
   * no SQLite here or the file cannot be used this run (locked, unwritable folder): said in the log.
   */
  static open(file: string, minWords: number, log: (msg: string) => void): CorpusCache | undefined {
    const { backend, why } = sqliteBackend();
    if (!backend) {
      once(log, `sourcelint: no SQLite (${why}); the corpus is indexed without a cache`);
      return undefined;
    }
    const version = `${SCHEMA}|${VERSION}|${engineKey(minWords)}|${minWords}`;
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
    } catch (e) {
      once(
        log,
        `sourcelint: corpus cache: cannot make ${path.dirname(file)} (${(e as Error).message}); indexing without a cache`,
      );
      return undefined;
    }
    for (let attempt = 0; attempt < 2; attempt++) {
      let db: Database | undefined;
      try {
        db = backend.open(file);
        db.exec('PRAGMA busy_timeout = 250');
        // Pages that hold a whole entry (about 10 KB: no overflow chains to follow). No mmap: at
        // 10,000 articles it added 90 MB to the server's peak RSS for no measurable gain.
        db.exec('PRAGMA page_size = 32768');
        db.exec('PRAGMA journal_mode = WAL');
        db.exec('PRAGMA synchronous = NORMAL');
        db.exec('CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
        const row = db.prepare("SELECT value FROM meta WHERE key = 'version'").get();
        if (row && row.value !== version) throw new StaleCache(`made by another version (${String(row.value)})`);
        db.exec(
          'CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime REAL NOT NULL, hash TEXT NOT NULL, data BLOB NOT NULL)',
        );
        db.exec('CREATE INDEX IF NOT EXISTS files_keys ON files (path, size, mtime, hash)');
        // A rowid table: WITHOUT ROWID keeps whole rows in the key's B-tree; with 10 KB rows a lookup cost 0.3 ms (10,000 of them 3 s).
        if (!row) db.prepare("INSERT INTO meta (key, value) VALUES ('version', ?)").run(version);
        return new CorpusCache(db, file, backend.name, log);
      } catch (e) {
        try {
          db?.close();
        } catch {
          // closing a broken handle: nothing more to do
        }
        if (isLocked(e)) {
          log(`sourcelint: corpus cache ${file} is locked by another process; indexing without it this time`);
          return undefined;
        }
        // Damaged, not a database, or another version's: start it anew, once.
        log(
          `sourcelint: corpus cache ${file} ${e instanceof StaleCache ? e.message : `unreadable (${(e as Error).message})`}; rebuilding it`,
        );
        if (attempt === 0 && !removeDb(file)) break;
      }
    }
    once(log, `sourcelint: corpus cache ${file} cannot be used; indexing without a cache`);
    return undefined;
  }

  /** What the cache holds for `file`, or undefined. */
  get(file: string): CachedFile | undefined {
    if (this.broken) return undefined;
    try {
      const r = this.getStmt.get(file);
      if (!r) return undefined;
      const data = r.data as Uint8Array;
      return { size: Number(r.size), mtime: Number(r.mtime), hash: String(r.hash), data };
    } catch (e) {
      this.fail(e);
      return undefined;
    }
  }

  /** The key of every file held, by path, in one query (a start looks up every file). */
  keys(): Map<string, CachedKey> {
    const out = new Map<string, CachedKey>();
    if (this.broken) return out;
    try {
      for (const r of this.keysStmt.all())
        out.set(String(r.path), {
          row: Number(r.row),
          size: Number(r.size),
          mtime: Number(r.mtime),
          hash: String(r.hash),
        });
    } catch (e) {
      this.fail(e);
      out.clear();
    }
    return out;
  }

  /** The entry stored in `row` (of keys()), or undefined (gone meanwhile, or the cache failed). */
  dataOf(row: number): Uint8Array | undefined {
    if (this.broken) return undefined;
    try {
      return this.dataStmt.get(row)?.data as Uint8Array | undefined;
    } catch (e) {
      this.fail(e);
      return undefined;
    }
  }

  /** Every path held, for dropping files that are gone. */
  paths(): string[] {
    if (this.broken) return [];
    try {
      return this.pathsStmt.all().map((r) => String(r.path));
    } catch (e) {
      this.fail(e);
      return [];
    }
  }

  /** Queues an entry (written at the next flush). */
  put(file: string, entry: CachedFile): void {
    this.queued.push([file, entry]);
    if (this.queued.length >= 500) this.flush();
  }

  delete(file: string): void {
    this.queued.push([file, undefined]);
  }

  /** Writes what is queued, in one transaction. */
  flush(): void {
    if (!this.queued.length || this.broken) return;
    const q = this.queued;
    this.queued = [];
    try {
      this.db.exec('BEGIN IMMEDIATE');
      try {
        for (const [file, e] of q) {
          if (e) this.putStmt.run(file, e.size, e.mtime, e.hash, blob(e.data));
          else this.delStmt.run(file);
        }
        this.db.exec('COMMIT');
      } catch (err) {
        this.db.exec('ROLLBACK');
        throw err;
      }
    } catch (e) {
      this.fail(e);
    }
  }

  close(): void {
    this.flush();
    try {
      // The next start reads one file, not a long write-ahead log.
      if (!this.broken) this.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
      this.db.close();
    } catch {
      // already closed or broken
    }
    this.broken = true;
  }

  /** After an error the cache is left alone for the rest of the run (indexing goes on without it). */
  private fail(e: unknown) {
    if (this.broken) return;
    this.broken = true;
    this.log(`sourcelint: corpus cache ${this.file}: ${(e as Error).message}; going on without it`);
    try {
      this.db.close();
    } catch {
      // broken already
    }
  }
}

class StaleCache extends Error {}

const isLocked = (e: unknown) =>
  /SQLITE_BUSY|SQLITE_LOCKED|database is locked/i.test(
    `${(e as { code?: string }).code ?? ''} ${(e as Error).message}`,
  );

function removeDb(file: string): boolean {
  try {
    for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
    return true;
  } catch {
    return false;
  }
}

/** better-sqlite3 takes Buffers for blobs; node:sqlite any Uint8Array (a Buffer is one). */
const blob = (a: Uint8Array) => (Buffer.isBuffer(a) ? a : Buffer.from(a.buffer, a.byteOffset, a.byteLength));
