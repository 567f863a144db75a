// A worker thread of `sourcelint check --jobs N`: builds the same corpus as the main thread
// (duplicates need every article) and analyses its share of the files.

import { parentPort, workerData } from 'node:worker_threads';
import { analyze, type AnalyzeOptions } from './engine/analyze';
import type { Config } from './engine/config';
import { corpusOf } from './duplicates-cmd';
import type { Analysis } from './engine/types';

export interface CheckEntry {
  path: string;
  text: string;
  /** The text the corpus indexes (Markdown blanked). */
  indexText: string;
  config: Config;
  relPath?: string;
  format: AnalyzeOptions['format'];
}

export interface CheckJob {
  entries: CheckEntry[];
  /** Indices into entries that this worker analyses. */
  share: number[];
}

export function analyseShare(job: CheckJob, onEach?: () => void): Analysis[] {
  const corpus = corpusOf(job.entries.map((e) => ({ path: e.path, text: e.indexText, config: e.config })));
  return job.share.map((i) => {
    const e = job.entries[i];
    const a = analyze(e.text, { config: e.config, corpus, docId: e.path, relPath: e.relPath, format: e.format });
    onEach?.();
    return a;
  });
}

if (parentPort && workerData) {
  const port = parentPort;
  const analyses = analyseShare(workerData as CheckJob, () => port.postMessage({ type: 'progress' }));
  port.postMessage({ type: 'done', analyses });
}
