// A language server analysis thread: the engine, and (on the corpus thread) the workspace corpus
// index, so a long analysis never holds up hovers, code actions or edits of other documents.

import { parentPort } from 'node:worker_threads';
import { type AnalysisPart, type AnalyzeOptions, analyzePart } from './engine/analyze';
import type { Config } from './engine/config';
import { MemoShelf } from './engine/attribution/memo';
import { CorpusIndexes } from './engine/duplicates/corpora';
import { entryOf, setIndexed } from './cache/indexed';

/** A document's index entry, sent back for the corpus cache. */
export interface EntryMessage {
  group: string;
  id: string;
  entry: Uint8Array;
}

export type ToWorker =
  | { type: 'set'; group: string; id: string; text: string; wantEntry?: boolean }
  | { type: 'setIndexed'; group: string; id: string; entry: Uint8Array }
  | { type: 'delete'; group: string; id: string }
  | { type: 'config'; configId: number; config: Config }
  | { type: 'sharing'; seq: number; group: string; id: string }
  | {
      type: 'analyze';
      seq: number;
      part: AnalysisPart;
      text: string;
      configId: number;
      group: string;
      options: Omit<AnalyzeOptions, 'config' | 'corpus'>;
    };

if (parentPort) {
  const port = parentPort;
  // Only the corpus thread is sent texts.
  const corpora = new CorpusIndexes();
  // Configs arrive once each, so what the rules cache per config object (compiled patterns) stays cached.
  const configs = new Map<number, Config>();
  // Only the article thread fills this: what attribution can reuse between edits of a document.
  const memos = new MemoShelf();
  const analyze = (m: Extract<ToWorker, { type: 'analyze' }>) =>
    analyzePart(m.text, m.part, {
      ...m.options,
      config: configs.get(m.configId),
      corpus: corpora.get(m.group),
      memo: m.part === 'local' ? memos.for(m.options.docId, m.text) : undefined,
    });
  port.on('message', (m: ToWorker) => {
    if (m.type === 'set') {
      corpora.set(m.group, m.id, m.text);
      const entry = m.wantEntry ? entryOf(corpora, m.group, m.id, m.text) : undefined;
      if (entry)
        port.postMessage({ entry: { group: m.group, id: m.id, entry } satisfies EntryMessage }, [
          entry.buffer as ArrayBuffer,
        ]);
    } else if (m.type === 'setIndexed') setIndexed(corpora, m.group, m.id, undefined, m.entry);
    else if (m.type === 'delete') corpora.delete(m.group, m.id);
    else if (m.type === 'config') configs.set(m.configId, m.config);
    else if (m.type === 'analyze' || m.type === 'sharing') {
      try {
        const result = m.type === 'sharing' ? corpora.get(m.group).sharers(m.id) : analyze(m);
        port.postMessage({ seq: m.seq, result });
      } catch (e) {
        port.postMessage({ seq: m.seq, error: String((e as Error)?.stack ?? e) });
      }
    }
  });
}
