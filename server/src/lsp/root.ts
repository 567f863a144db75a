// Which folders to index when the client names none. Editors without workspaces (Neovim's
// start_client, a root pattern that matched nothing) still expect duplicates across the
// articles next to the one they opened.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RC_NAME } from '../io/rcfile';

/** The folders the client named: workspace folders, else rootUri, else the older rootPath (used even without .git). */
export function clientRoots(params: {
  workspaceFolders?: { uri: string }[] | null;
  rootUri?: string | null;
  rootPath?: string | null;
}): string[] {
  const fromUri = (u: string) => (u.startsWith('file:') ? [fileURLToPath(u)] : []);
  if (params.workspaceFolders?.length) return params.workspaceFolders.flatMap((f) => fromUri(f.uri));
  if (params.rootUri) return fromUri(params.rootUri);
  if (params.rootPath && path.isAbsolute(params.rootPath)) return [params.rootPath];
  return [];
}

const MARKERS = [RC_NAME, '.git'];

/**
 * The folder to index for a file opened when the client named no folder: the nearest folder above it
 * holding a .sourcelintrc.json or .git, else the file's own folder. The home folder and the
 * filesystem root are never indexed whole (too much to walk): a marker there counts for nothing,
 * and a file right in one of them gets no folder (undefined).
 */
export function inferredRoot(file: string, home = os.homedir()): string | undefined {
  const own = path.dirname(path.resolve(file));
  const tooWide = (dir: string) => dir === home || path.dirname(dir) === dir;
  for (let dir = own; !tooWide(dir); dir = path.dirname(dir)) {
    if (MARKERS.some((m) => fs.existsSync(path.join(dir, m)))) return dir;
  }
  return tooWide(own) ? undefined : own;
}
