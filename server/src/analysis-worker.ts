// The language server's engine host thread (see lsp/host/host.ts).

import { parentPort } from 'node:worker_threads';
import { startHost } from './lsp/host/host';
import type { HostPort } from './lsp/host/protocol';

if (parentPort) startHost(parentPort as unknown as HostPort, !!process.env.SOURCELINT_TEST_HOOKS);
