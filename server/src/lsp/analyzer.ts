// Runs analyses on the analysis thread (dist/analysis-worker.js), which holds the corpus index,
// and keeps that index in step with the workspace texts. Falls back to this thread (building
// the index here from the texts) if the worker cannot start or dies, so linting never stops.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ToWorker } from '../analysis-worker';
import { analyze, type AnalyzeOptions } from '../engine/analyze';
import type { Config } from '../engine/config';
import { Corpus } from '../engine/duplicates/corpus';
import type { Analysis } from '../engine/types';

type Pending = { resolve: (result: unknown) => void; reject: (e: Error) => void };

/** The workspace texts, by group (workspace folder). */
export interface CorpusTexts {
  entries(): Iterable<[group: string, id: string, text: string]>;
}

export class Analyzer {
  private worker: Worker | undefined;
  private seq = 0;
  private readonly pending = new Map<number, Pending>();
  private readonly configIds = new WeakMap<Config, number>();
  private nextConfig = 0;
  /** This thread's index, by group: built from the texts only when there is no worker. */
  private local?: Map<string, Corpus>;

  constructor(private readonly texts: CorpusTexts, private readonly log: (msg: string) => void, workerFile = path.join(__dirname, 'analysis-worker.js')) {
    if (!fs.existsSync(workerFile)) {
      log(`sourcelint: ${workerFile} not found; analysing on the main thread`);
      return;
    }
    this.start(workerFile);
  }

  private start(file: string) {
    const w = new Worker(file);
    w.unref();
    w.on('message', (m: { seq: number; result?: unknown; error?: string }) => {
      const p = this.pending.get(m.seq);
      this.pending.delete(m.seq);
      if (m.error === undefined) p?.resolve(m.result);
      else p?.reject(new Error(m.error));
    });
    w.on('error', (e) => this.log(`sourcelint: analysis thread failed: ${e.stack ?? e}`));
    w.on('exit', (code) => {
      // Answer what was waiting on this thread, and go on without it.
      this.worker = undefined;
      for (const p of this.pending.values()) p.reject(new Error(`analysis thread exited (${code})`));
      this.pending.clear();
      this.log(`sourcelint: analysis thread exited (${code}); analysing on the main thread`);
    });
    this.worker = w;
    // The index starts from whatever texts the workspace already holds.
    for (const [group, id, text] of this.texts.entries()) this.send({ type: 'set', group, id, text });
  }

  /** This thread's index of `group`, built from the workspace texts on first use. */
  private corpus(group: string): Corpus {
    if (!this.local) {
      this.local = new Map();
      for (const [g, id, text] of this.texts.entries()) this.localSet(g, id, text);
    }
    let c = this.local.get(group);
    if (!c) this.local.set(group, (c = new Corpus()));
    return c;
  }

  private localSet(group: string, id: string, text: string) {
    let c = this.local!.get(group);
    if (!c) this.local!.set(group, (c = new Corpus()));
    c.set(id, text);
  }

  /** Asks the worker; if it is gone (or goes meanwhile), answers on this thread. An error the worker reports is passed on. */
  private request<T>(m: ToWorker & { seq: number }, local: () => T): Promise<T> {
    if (!this.worker) return Promise.resolve(local());
    return new Promise<T>((resolve, reject) => {
      this.pending.set(m.seq, { resolve: resolve as (result: unknown) => void, reject });
      this.send(m);
    }).catch((e) => {
      if (this.worker) throw e;
      return local();
    });
  }

  private send(m: ToWorker) {
    this.worker?.postMessage(m);
  }

  mirrorSet(group: string, id: string, text: string): void {
    if (this.local) this.localSet(group, id, text);
    this.send({ type: 'set', group, id, text });
  }

  mirrorDelete(group: string, id: string): void {
    this.local?.get(group)?.delete(id);
    this.send({ type: 'delete', group, id });
  }

  /** Documents of `group` that share a passage with `id` (for re-checking other open files). */
  sharing(group: string, id: string): Promise<string[]> {
    return this.request({ type: 'sharing', seq: this.seq++, group, id }, () => this.corpus(group).sharers(id));
  }

  /** Analyses against the corpus of `group` (the document's workspace folder). */
  analyze(text: string, config: Config, group: string, options: Omit<AnalyzeOptions, 'config' | 'corpus'>): Promise<Analysis> {
    const local = () => analyze(text, { ...options, config, corpus: this.corpus(group) });
    if (!this.worker) return Promise.resolve(local());
    let configId = this.configIds.get(config);
    if (configId === undefined) {
      configId = this.nextConfig++;
      this.configIds.set(config, configId);
      this.send({ type: 'config', configId, config });
    }
    return this.request({ type: 'analyze', seq: this.seq++, text, configId, group, options }, local);
  }

  async dispose(): Promise<void> {
    await this.worker?.terminate();
  }
}

