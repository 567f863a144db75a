// The worker threads of `sourcelint check --jobs N`. Each reads and indexes every article itself
// (duplicates need them all; only paths cross threads), then analyses its share and posts each
// file's part of the report as soon as it is done.

import * as path from 'node:path';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { CheckArticles, type CheckEntry, type FilePart, checkFile } from './check-file';
import { readPrepared } from '../project/prepare';
import type { RenderOptions } from './report-stream';

interface CheckJob {
  entries: CheckEntry[];
  /** Indices into entries that this worker analyses, in order. */
  share: number[];
  render: RenderOptions;
}

interface Done {
  i: number;
  part: FilePart;
}

/** Splits the entries over `jobs` threads; `onPart` gets each part as it arrives (in no particular order). */
export function checkInWorkers(
  entries: CheckEntry[],
  jobs: number,
  render: RenderOptions,
  onPart: (i: number, part: FilePart) => void,
): Promise<void> {
  const shares: number[][] = Array.from({ length: jobs }, () => []);
  entries.forEach((_, i) => shares[i % jobs].push(i));
  const workers: Worker[] = [];
  let stopped = false;
  return Promise.all(
    shares.map(
      (share) =>
        new Promise<void>((resolve, reject) => {
          const w = new Worker(path.join(__dirname, 'check-worker.js'), {
            workerData: { entries, share, render } satisfies CheckJob,
          });
          workers.push(w);
          w.on('message', (m: Done) => stopped || onPart(m.i, m.part));
          w.on('error', reject);
          w.on('exit', (code) =>
            code === 0 ? resolve() : reject(new Error(`a check worker exited with code ${code}`)),
          );
        }),
    ),
  ).then(
    () => undefined,
    (e) => {
      // One failed: the report cannot be finished, so the others stop rather than write on.
      stopped = true;
      for (const w of workers) void w.terminate();
      throw e;
    },
  );
}

if (parentPort && workerData) {
  const port = parentPort;
  const { entries, share, render } = workerData as CheckJob;
  const corpus = new CheckArticles();
  entries.forEach((e, i) => {
    const read = readPrepared(e.path, e.config);
    // The main thread has just read it; a report built on another text would be silently wrong.
    if (!read.ok) throw new Error(`${e.path}: ${read.reason} (changed during the check)`);
    corpus.add(i, e, read);
  });
  for (const i of share) port.postMessage({ i, part: checkFile(i, entries[i], corpus, render) } satisfies Done);
}
