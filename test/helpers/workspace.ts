// A test suite's server: a fresh temporary workspace folder with the built server started in it,
// for each test (or once for the suite), shut down and removed afterwards.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { InitializeResult } from 'vscode-languageserver-protocol';
import { LspClient, type LspClientOptions } from './lsp';

export interface ServerInFolder {
  dir: string;
  client: LspClient;
  init: InitializeResult;
  /** The file URI of `name` in the folder. */
  uri(name: string): string;
}

export function serverInFolder(
  prefix: string,
  options: { once?: boolean; client?: Omit<LspClientOptions, 'folder'>; prepare?: (dir: string) => void } = {},
): ServerInFolder {
  const ws = { uri: (name: string) => pathToFileURL(path.join(ws.dir, name)).href } as ServerInFolder;
  (options.once ? before : beforeEach)(async () => {
    ws.dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    options.prepare?.(ws.dir);
    ws.client = new LspClient({ folder: ws.dir, ...options.client });
    ws.init = await ws.client.initialize();
  });
  (options.once ? after : afterEach)(async () => {
    await ws.client.shutdown();
    fs.rmSync(ws.dir, { recursive: true, force: true });
  });
  return ws;
}
