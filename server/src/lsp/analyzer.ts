// Runs analyses on the analysis thread (dist/analysis-worker.js) and keeps its corpus mirror in
// step; falls back to this thread if the worker cannot start, so linting never stops.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ToWorker } from '../analysis-worker';
import { analyze, type AnalyzeOptions } from '../engine/analyze';
import type { Config } from '../engine/config';
import type { Corpus } from '../engine/duplicates/corpus';
import type { Analysis } from '../engine/types';

type Pending = { resolve: (a: Analysis) => void; reject: (e: Error) => void };

/** The corpora of the workspace folders, by key. */
export interface CorpusGroups {
  corpus(group: string): Corpus;
  groups(): [string, Corpus][];
}

export class Analyzer {
  private worker: Worker | undefined;
  private seq = 0;
  private readonly pending = new Map<number, Pending>();
  private readonly configIds = new WeakMap<Config, number>();
  private nextConfig = 0;

  /** `corpora` are this thread's copies (by group), used when there is no worker. */
  constructor(private readonly corpora: CorpusGroups, private readonly log: (msg: string) => void, workerFile = path.join(__dirname, 'analysis-worker.js')) {
    if (!fs.existsSync(workerFile)) {
      log(`sourcelint: ${workerFile} not found; analysing on the main thread`);
      return;
    }
    this.start(workerFile);
  }

  private start(file: string) {
    const w = new Worker(file);
    w.unref();
    w.on('message', (m: { seq: number; analysis?: Analysis; error?: string }) => {
      const p = this.pending.get(m.seq);
      this.pending.delete(m.seq);
      if (m.analysis) p?.resolve(m.analysis);
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
    // The mirror starts from whatever this thread's corpus already holds.
    for (const [group, corpus] of this.corpora.groups()) for (const id of corpus.ids()) this.send({ type: 'set', group, id, text: corpus.text(id)! });
  }

  private send(m: ToWorker) {
    this.worker?.postMessage(m);
  }

  mirrorSet(group: string, id: string, text: string): void {
    this.send({ type: 'set', group, id, text });
  }

  mirrorDelete(group: string, id: string): void {
    this.send({ type: 'delete', group, id });
  }

  /** Analyses against the corpus of `group` (the document's workspace folder). */
  analyze(text: string, config: Config, group: string, options: Omit<AnalyzeOptions, 'config' | 'corpus'>): Promise<Analysis> {
    const local = () => analyze(text, { ...options, config, corpus: this.corpora.corpus(group) });
    if (!this.worker) return Promise.resolve(local());
    let configId = this.configIds.get(config);
    if (configId === undefined) {
      configId = this.nextConfig++;
      this.configIds.set(config, configId);
      this.send({ type: 'config', configId, config });
    }
    const seq = this.seq++;
    return new Promise<Analysis>((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      this.send({ type: 'analyze', seq, text, configId, group, options });
    }).catch(local);
  }

  async dispose(): Promise<void> {
    await this.worker?.terminate();
  }
}
