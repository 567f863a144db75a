// Atomic file replacement for `sourcelint fix`: the new text goes to a temp file in the same
// folder, is flushed to disk, takes the old file's mode, and is renamed over the old file, so an
// interrupted run leaves either the old file or the new one, never half of one.

import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

export class ChangedSinceReadError extends Error {}

/**
 * Replaces `file` with `data` unless its bytes differ from `original` (what the caller read and
 * fixed). The file's permission bits are kept; a symbolic link is resolved and its target written.
 */
export function replaceFileAtomic(file: string, data: Uint8Array, original: Uint8Array): void {
  const target = fs.realpathSync(file);
  const before = fs.statSync(target);
  const now = fs.readFileSync(target);
  if (!Buffer.from(original).equals(now))
    throw new ChangedSinceReadError(`${file} changed since it was read; not written`);
  const dir = path.dirname(target);
  const tmp = path.join(
    dir,
    `.${path.basename(target)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.sourcelint-tmp`,
  );
  const fd = fs.openSync(tmp, 'wx', 0o600);
  try {
    try {
      fs.writeFileSync(fd, data);
      fs.fchmodSync(fd, before.mode & 0o7777);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    // Last look before the swap: a write between our read and now must not be lost.
    const again = fs.statSync(target);
    if (again.mtimeMs !== before.mtimeMs || again.size !== before.size)
      throw new ChangedSinceReadError(`${file} changed while it was being fixed; not written`);
    fs.renameSync(tmp, target);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  syncDir(dir);
}

/** Makes the rename itself durable; not every platform lets a directory be opened. */
function syncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    /* best effort */
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
