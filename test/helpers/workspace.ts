// A test suite's server: a fresh temporary workspace folder with the built server started in it,
// for each test (or once for the suite), shut down and removed afterwards. With `manual`, each
// test starts the server itself (ws.start), with the options it is about.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { InitializeResult } from 'vscode-languageserver-protocol';
import { LspClient, type LspClientOptions } from './lsp';

type ClientOptions = Omit<LspClientOptions, 'folder'>;
type Capabilities = Parameters<LspClient['initialize']>[0];

export interface ServerInFolder {
  dir: string;
  client: LspClient;
  init: InitializeResult;
  /** The file URI of `name` in the folder. */
  uri(name: string): string;
  /** A path in the folder. */
  at(...parts: string[]): string;
  /** Starts the server in the folder (done for each test unless `manual`); `client` is merged over the suite's. */
  start(client?: ClientOptions, capabilities?: Capabilities): Promise<InitializeResult>;
}

export function serverInFolder(
  prefix: string,
  options: {
    once?: boolean;
    /** Each test calls ws.start itself. */
    manual?: boolean;
    client?: ClientOptions;
    capabilities?: Capabilities;
    prepare?: (dir: string) => void;
    /** Runs on each new client before it initializes (handlers for server requests and notifications). */
    beforeInit?: (client: LspClient) => void;
  } = {},
): ServerInFolder {
  let started = false;
  const ws = {
    uri: (name: string) => pathToFileURL(path.join(ws.dir, name)).href,
    at: (...parts: string[]) => path.join(ws.dir, ...parts),
    start: async (client?: ClientOptions, capabilities?: Capabilities) => {
      ws.client = new LspClient({ folder: ws.dir, ...options.client, ...client });
      started = true;
      options.beforeInit?.(ws.client);
      ws.init = await ws.client.initialize(capabilities ?? options.capabilities);
      return ws.init;
    },
  } as ServerInFolder;
  (options.once ? before : beforeEach)(async () => {
    ws.dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    started = false;
    options.prepare?.(ws.dir);
    if (!options.manual) await ws.start();
  });
  (options.once ? after : afterEach)(async () => {
    if (started) await ws.client.shutdown();
    fs.rmSync(ws.dir, { recursive: true, force: true });
  });
  return ws;
}
