// The host's helper thread for long texts: it runs the rules that read only the article
// (attribution, quotation marks) while the host runs those that read the corpus, so a long
// article's edit costs the longer of the two, not their sum. Short texts never come here: they
// are done on the host in milliseconds, and never wait behind a long one.

import { serialize } from 'node:v8';
import { type Worker as WorkerType, Worker } from 'node:worker_threads';
import { analyzePart } from '../../engine/analyze';
import { MemoShelf } from '../../engine/attribution/memo';
import type { Config } from '../../engine/config';
import type { Finding } from '../../engine/types';

/** Texts at least this long (characters) have their article rules run on the helper. */
export const LONG_TEXT = 50_000;

type ToHelper =
  | { type: 'config'; configId: number; config: Config }
  | { type: 'local'; seq: number; text: string; configId: number; docId: string };
/**
 * The article rules' findings, and their quotes v8-serialized: the host only passes those bytes on
 * (transferred, not copied) to the main thread, which decodes them once. Decoded and cloned again
 * on the host they cost about 5 ms more per edit of a 1 MB article (quotes are most of the result).
 */
export interface LocalResult {
  findings: Finding[];
  quotes: Uint8Array;
}
type FromHelper = { seq: number; result: LocalResult } | { seq: number; error: string };

interface Port {
  on(event: 'message', listener: (m: ToHelper) => void): unknown;
  postMessage(m: FromHelper, transfer?: ArrayBuffer[]): void;
}

/** On the helper thread: article rules on prepared texts, with attribution's memo per document. */
export function startArticleHelper(port: Port): void {
  const configs = new Map<number, Config>();
  const memos = new MemoShelf();
  port.on('message', (m) => {
    if (m.type === 'config') return void configs.set(m.configId, m.config);
    try {
      // The text is prepared already: no format, so it is not blanked again.
      const { findings, quotes } = analyzePart(m.text, 'local', {
        config: configs.get(m.configId),
        docId: m.docId,
        memo: memos.for(m.docId, m.text),
      });
      const bytes = ownBuffer(serialize(quotes));
      port.postMessage({ seq: m.seq, result: { findings, quotes: bytes } }, [bytes.buffer as ArrayBuffer]);
    } catch (e) {
      port.postMessage({ seq: m.seq, error: String((e as Error)?.stack ?? e) });
    }
  });
}

/** `bytes`, alone in its ArrayBuffer, so transferring that buffer moves nothing else. */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
}

/** On the host: the helper thread, started on first use and again after it dies. */
export class ArticleHelper {
  private worker?: WorkerType;
  private seq = 0;
  private readonly pending = new Map<number, { resolve: (r: LocalResult) => void; reject: (e: Error) => void }>();
  private readonly sent = new Set<number>();

  constructor(
    private readonly file: string,
    private readonly configs: ReadonlyMap<number, Config>,
  ) {}

  /** The article rules' findings and (serialized) quotes for a prepared text. */
  local(text: string, configId: number, docId: string): Promise<LocalResult> {
    const w = this.worker ?? this.start();
    if (!this.sent.has(configId)) {
      this.sent.add(configId);
      w.postMessage({ type: 'config', configId, config: this.configs.get(configId)! } satisfies ToHelper);
    }
    const seq = this.seq++;
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      w.postMessage({ type: 'local', seq, text, configId, docId } satisfies ToHelper);
    });
  }

  private start(): WorkerType {
    const w = new Worker(this.file, {
      workerData: { role: 'article' },
      resourceLimits: { maxYoungGenerationSizeMb: 8 },
    });
    w.unref();
    w.on('message', (m: FromHelper) => {
      const p = this.pending.get(m.seq);
      this.pending.delete(m.seq);
      if ('error' in m) p?.reject(new Error(m.error));
      else p?.resolve(m.result);
    });
    w.on('error', () => undefined); // its exit answers what waited on it
    w.on('exit', (code) => {
      if (this.worker === w) this.worker = undefined;
      this.sent.clear();
      for (const p of this.pending.values()) p.reject(new Error(`the article rules' thread exited (${code})`));
      this.pending.clear();
    });
    this.worker = w;
    return w;
  }
}
