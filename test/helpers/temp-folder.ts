// A temporary folder for each test (or, with `once`, for the whole suite), made before and removed
// after it: the folder the CLI tests write their articles into.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface TempFolder {
  /** The folder; set by the suite's hook, so read it inside a test or hook. */
  readonly dir: string;
  /** A path inside the folder. */
  at(...parts: string[]): string;
  /** Writes `name` (making its parent folders) and returns its path. */
  write(name: string, content: string | Buffer): string;
}

export function tempFolder(
  prefix: string,
  options: { once?: boolean; prepare?: (t: TempFolder) => void } = {},
): TempFolder {
  let dir = '';
  const t: TempFolder = {
    get dir() {
      if (!dir) throw new Error('tempFolder: read outside a test');
      return dir;
    },
    at: (...parts) => path.join(t.dir, ...parts),
    write: (name, content) => {
      const p = t.at(name);
      fs.mkdirSync(path.dirname(p), { recursive: true });
      fs.writeFileSync(p, content);
      return p;
    },
  };
  (options.once ? before : beforeEach)(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    options.prepare?.(t);
  });
  (options.once ? after : afterEach)(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    dir = '';
  });
  return t;
}

/** Runs `fn` in a folder of its own, removed afterwards (for a test that needs one, or a second one). */
export function inTempFolder<T>(prefix: string, fn: (dir: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  try {
    return fn(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
