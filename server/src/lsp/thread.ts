// One analysis thread (dist/analysis-worker.js) seen from the server: requests with answers,
// configs sent once each, and, if the thread cannot start or dies, answers computed here instead.

import * as fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { EntryMessage, ToWorker } from '../analysis-worker';
import type { Config } from '../engine/config';

type Pending = { resolve: (result: unknown) => void; reject: (e: Error) => void };
type Request = ToWorker & { seq: number };

export class AnalysisThread {
  private worker: Worker | undefined;
  private seq = 0;
  private readonly pending = new Map<number, Pending>();
  private readonly configIds = new WeakMap<Config, number>();
  private nextConfig = 0;

  /** `onStart` tells a new thread what it must hold before its first request (the corpus texts). */
  constructor(
    readonly name: string,
    file: string,
    log: (msg: string) => void,
    onStart: (send: (m: ToWorker) => void) => void = () => undefined,
    /** Index entries the thread made for the cache (asked for with `wantEntry`). */
    onEntry: (m: EntryMessage) => void = () => undefined,
  ) {
    if (!fs.existsSync(file)) {
      log(`sourcelint: ${file} not found; the ${name} runs on the main thread`);
      return;
    }
    // A small young generation: analyses allocate fast and V8 otherwise grows it (and keeps it
    // committed) for minutes, which showed as RSS climbing 15% in a 60 s soak with the heap flat.
    const w = new Worker(file, { resourceLimits: { maxYoungGenerationSizeMb: 8 } });
    w.unref();
    w.on('message', (m: { seq: number; result?: unknown; error?: string } | { entry: EntryMessage }) => {
      if ('entry' in m) return onEntry(m.entry);
      const p = this.pending.get(m.seq);
      this.pending.delete(m.seq);
      if (m.error === undefined) p?.resolve(m.result);
      else p?.reject(new Error(m.error));
    });
    w.on('error', (e) => log(`sourcelint: ${name} thread failed: ${e.stack ?? e}`));
    w.on('exit', (code) => {
      // Answer what was waiting on this thread, and go on without it.
      this.worker = undefined;
      for (const p of this.pending.values()) p.reject(new Error(`${name} thread exited (${code})`));
      this.pending.clear();
      log(`sourcelint: ${name} thread exited (${code}); it runs on the main thread`);
    });
    this.worker = w;
    onStart((m) => this.send(m));
  }

  get running(): boolean {
    return !!this.worker;
  }

  send(m: ToWorker): void {
    this.worker?.postMessage(m);
  }

  /** The id under which the thread knows `config` (sent to it the first time). */
  configId(config: Config): number {
    let id = this.configIds.get(config);
    if (id === undefined) {
      id = this.nextConfig++;
      this.configIds.set(config, id);
      this.send({ type: 'config', configId: id, config });
    }
    return id;
  }

  /** Asks the thread; if it is gone (or goes meanwhile), answers with `local`. An error the thread reports is passed on. */
  request<T>(make: (seq: number) => Request, local: () => T): Promise<T> {
    if (!this.worker) return Promise.resolve(local());
    const m = make(this.seq++);
    return new Promise<T>((resolve, reject) => {
      this.pending.set(m.seq, { resolve: resolve as (result: unknown) => void, reject });
      this.send(m);
    }).catch((e) => {
      if (this.worker) throw e;
      return local();
    });
  }

  async dispose(): Promise<void> {
    await this.worker?.terminate();
  }
}
