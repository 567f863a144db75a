// The embedded database under the corpus cache: SQLite, from Node's own node:sqlite (Node 22.5
// and later, so VS Code's newer Electron too) or else from the optional better-sqlite3 addon
// (a native module built for the Node that installed it: it will not load in another runtime).
// Neither there: no database, and the caller runs without a cache. Nothing here throws on load.

import { createRequire } from 'node:module';

export interface Statement {
  run(...params: unknown[]): unknown;
  get(...params: unknown[]): Record<string, unknown> | undefined;
  all(...params: unknown[]): Record<string, unknown>[];
}

export interface Database {
  exec(sql: string): void;
  prepare(sql: string): Statement;
  close(): void;
}

export interface Backend {
  name: 'node:sqlite' | 'better-sqlite3';
  open(file: string): Database;
}

let chosen: { backend?: Backend; why: string } | undefined;

/** The first SQLite binding that loads here, or why there is none. Decided once per process. */
export function sqliteBackend(): { backend?: Backend; why: string } {
  if (chosen) return chosen;
  const why: string[] = [];
  // SOURCELINT_SQLITE names the one binding to try (node:sqlite, better-sqlite3), or none.
  const only = process.env.SOURCELINT_SQLITE;
  if (only === 'none') return (chosen = { why: 'SOURCELINT_SQLITE=none' });
  if (only !== 'better-sqlite3') {
    try {
      const { DatabaseSync } = quietly(() => loadBuiltin('node:sqlite')) as {
        DatabaseSync: new (file: string) => Database;
      };
      return (chosen = { backend: { name: 'node:sqlite', open: (file) => new DatabaseSync(file) }, why: '' });
    } catch (e) {
      why.push(`node:sqlite: ${firstLine(e)}`);
    }
  }
  if (only !== 'node:sqlite') {
    try {
      const Better = nodeRequire('better-sqlite3') as new (file: string) => Database;
      // A module built for another Node fails here, not at require (ABI checked on first open).
      new Better(':memory:').close();
      return (chosen = { backend: { name: 'better-sqlite3', open: (file) => new Better(file) }, why: '' });
    } catch (e) {
      why.push(`better-sqlite3: ${firstLine(e)}`);
    }
  }
  return (chosen = { why: why.join('; ') });
}

const nodeRequire = createRequire(__filename);

function loadBuiltin(id: string): unknown {
  const get = (process as { getBuiltinModule?: (id: string) => unknown }).getBuiltinModule;
  const m = get ? get(id) : nodeRequire(id);
  if (!m) throw new Error(`no ${id} in Node ${process.version}`);
  return m;
}

/** Runs `f` without the ExperimentalWarning some Node versions print when node:sqlite loads (it would land on the CLI's stderr). */
function quietly<T>(f: () => T): T {
  const emit = process.emitWarning;
  process.emitWarning = ((w: string | Error, ...rest: unknown[]) => {
    const text = typeof w === 'string' ? w : w?.message;
    if (/SQLite/i.test(text ?? '')) return;
    (emit as (...a: unknown[]) => void).call(process, w, ...rest);
  }) as typeof process.emitWarning;
  try {
    return f();
  } finally {
    process.emitWarning = emit;
  }
}

const firstLine = (e: unknown) => String((e as Error)?.message ?? e).split('\n')[0];
