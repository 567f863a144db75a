// The language server's engine host thread (see lsp/host/host.ts), and, started by the host from
// this same file, its helper thread for long texts (lsp/host/article-helper.ts).

import { parentPort, workerData } from 'node:worker_threads';
import { startArticleHelper } from './lsp/host/article-helper';
import { startHost } from './lsp/host/host';
import type { HostPort } from './lsp/host/protocol';

if (parentPort) {
  if ((workerData as { role?: string } | undefined)?.role === 'article') startArticleHelper(parentPort as never);
  else
    startHost(parentPort as unknown as HostPort, {
      hooks: !!process.env.SOURCELINT_TEST_HOOKS,
      helperFile: __filename,
    });
}
