// The engine host seen from the main thread: documents and corpus changes sent once each,
// analyses and sharing questions answered. If the host thread dies it is started again and
// `onRestart` resends what it held; there is no second copy of anything on this thread.

import * as fs from 'node:fs';
import { deserialize } from 'node:v8';
import { MessageChannel, Worker } from 'node:worker_threads';
import type { Config } from '../../engine/config';
import type { TextFormat } from '../../engine/markdown';
import type { QuoteInfo } from '../../engine/types';
import type { IndexMirror } from '../workspace-articles';
import { startHost } from './host';
import type { Analyzed, AnalyzedMessage, FromHost, ToHost } from './protocol';

/** Restarts in a row (without an answer between them) before the host is given up. */
const MAX_RESTARTS = 5;

type Pending = { resolve: (result: unknown) => void; reject: (e: Error) => void };

export interface AnalyzeRequest {
  uri: string;
  version: number;
  text: string;
  format: TextFormat;
  config: Config;
  group: string;
  relPath?: string;
  /** Analysed against the article alone, not the corpus (see WorkspaceArticles.warming). */
  alone?: boolean;
}

export class EngineHost implements IndexMirror {
  private post?: (m: ToHost) => void;
  private worker?: Worker;
  private seq = 0;
  private readonly pending = new Map<number, Pending>();
  private configIds = new WeakMap<Config, number>();
  private nextConfig = 0;
  private restarts = 0;
  onEntry?: (group: string, id: string, entry: Uint8Array) => void;
  onRejected?: (group: string, id: string) => void;
  /** After a restart: the new host holds nothing yet. */
  onRestart?: () => void;

  constructor(
    private readonly file: string,
    private readonly log: (msg: string) => void,
  ) {
    this.start();
  }

  private start(): void {
    if (!fs.existsSync(this.file)) {
      // A bundle without the worker file: the same host, on this thread (analyses then delay requests).
      this.log(`sourcelint: ${this.file} not found; the engine host runs on the main thread`);
      const { port1, port2 } = new MessageChannel();
      startHost(port2 as never);
      port1.on('message', (m: FromHost) => this.received(m));
      this.post = (m) => port1.postMessage(m);
      return;
    }
    // A small young generation: analyses allocate fast and V8 otherwise grows it (and keeps it
    // committed) for minutes, which showed as RSS climbing 15% in a 60 s soak with the heap flat.
    const w = new Worker(this.file, { resourceLimits: { maxYoungGenerationSizeMb: 8 } });
    w.unref();
    w.on('message', (m: FromHost) => this.received(m));
    w.on('error', (e) => this.log(`sourcelint: engine host failed: ${e.stack ?? e}`));
    w.on('exit', (code) => this.exited(w, code));
    this.worker = w;
    this.post = (m) => w.postMessage(m);
  }

  private received(m: FromHost): void {
    if ('entry' in m) {
      this.onEntry?.(m.entry.group, m.entry.id, m.entry.entry);
      return;
    }
    if ('rejected' in m) {
      this.onRejected?.(m.rejected.group, m.rejected.id);
      return;
    }
    this.restarts = 0;
    const p = this.pending.get(m.seq);
    this.pending.delete(m.seq);
    if ('error' in m) p?.reject(new Error(m.error));
    else p?.resolve('superseded' in m ? undefined : withQuotes(m.result));
  }

  private exited(w: Worker, code: number): void {
    if (w !== this.worker) return; // disposed
    this.worker = undefined;
    this.post = undefined;
    this.configIds = new WeakMap(); // the new host knows no config
    // Nothing waiting on the dead host will be answered: as if superseded (the restart re-analyses).
    for (const p of this.pending.values()) p.resolve(undefined);
    this.pending.clear();
    if (++this.restarts > MAX_RESTARTS) {
      this.log(
        `sourcelint: engine host exited (${code}) ${MAX_RESTARTS} times in a row; linting stops until the server restarts`,
      );
      return;
    }
    this.log(`sourcelint: engine host exited (${code}); restarting it`);
    this.start();
    this.onRestart?.();
  }

  private send(m: ToHost, transfer?: ArrayBuffer[]): void {
    if (transfer && this.worker) this.worker.postMessage(m, transfer);
    else this.post?.(m);
  }

  private request<T>(make: (seq: number) => ToHost): Promise<T | undefined> {
    if (!this.post) return Promise.resolve(undefined);
    const m = make(this.seq++) as ToHost & { seq: number };
    return new Promise<T | undefined>((resolve, reject) => {
      this.pending.set(m.seq, { resolve: resolve as (r: unknown) => void, reject });
      this.send(m);
    });
  }

  /** The id under which the host knows `config` (sent to it the first time). */
  private configId(config: Config): number {
    let id = this.configIds.get(config);
    if (id === undefined) {
      id = this.nextConfig++;
      this.configIds.set(config, id);
      this.send({ type: 'config', configId: id, config });
    }
    return id;
  }

  /** The document's diagnostics, or undefined when a newer version superseded it (or the host restarted). */
  analyze(r: AnalyzeRequest): Promise<Analyzed | undefined> {
    const configId = this.configId(r.config);
    return this.request<Analyzed>((seq) => ({
      type: 'analyze',
      seq,
      uri: r.uri,
      version: r.version,
      text: r.text,
      format: r.format,
      configId,
      group: r.group,
      relPath: r.relPath,
      alone: r.alone,
    }));
  }

  mirrorSet(group: string, id: string, text: string, wantEntry = false): void {
    this.send({ type: 'set', group, id, text, wantEntry });
  }

  /** The entry is handed over (not copied) when it owns its buffer: the caller must not use it again. */
  mirrorSetIndexed(group: string, id: string, entry: Uint8Array): void {
    const owned = entry.byteOffset === 0 && entry.byteLength === entry.buffer.byteLength;
    this.send({ type: 'setIndexed', group, id, entry }, owned ? [entry.buffer as ArrayBuffer] : undefined);
  }

  expect(group: string, docs: number): void {
    this.send({ type: 'expect', group, docs });
  }

  mirrorDelete(group: string, id: string): void {
    this.send({ type: 'delete', group, id });
  }

  async sharing(group: string, id: string): Promise<string[]> {
    return (await this.request<string[]>((seq) => ({ type: 'sharing', seq, group, id }))) ?? [];
  }

  /** Test hook (SOURCELINT_TEST_HOOKS): the host thread exits as if it had crashed. */
  crash(): void {
    this.send({ type: 'crash' });
  }

  async dispose(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    await w?.terminate();
  }
}

/**
 * An analysis whose quotes came serialized (see article-helper). They are decoded when first read
 * (a hover) or once this thread is idle, not before the diagnostics are published: 3 ms for 1 MB.
 */
function withQuotes(result: AnalyzedMessage | string[]): Analyzed | string[] {
  if (Array.isArray(result) || !result.quoteBytes) return result;
  const { quoteBytes, ...analyzed } = result;
  let quotes: QuoteInfo[] | undefined;
  Object.defineProperty(analyzed.analysis, 'quotes', {
    get: () => (quotes ??= deserialize(quoteBytes) as QuoteInfo[]),
    enumerable: true,
  });
  setImmediate(() => analyzed.analysis.quotes);
  return analyzed;
}
