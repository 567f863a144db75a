// Runs analyses on two threads at once (dist/analysis-worker.js twice): one for the rules that
// read only the article (attribution, quotation marks), one that holds the corpus index and runs
// the rules that read it (boilerplate, duplicates), kept in step with the workspace texts. Either
// part falls back to this thread if its worker cannot start or dies, so linting never stops.

import * as path from 'node:path';
import { type AnalyzeOptions, analyzePart, finish } from '../engine/analyze';
import type { Config } from '../engine/config';
import { MemoShelf } from '../engine/attribution/memo';
import { CorpusIndexes } from '../engine/duplicates/corpora';
import type { CorpusIndex } from '../engine/duplicates/corpus';
import type { Analysis } from '../engine/types';
import { AnalysisThread } from './thread';
import { setIndexed } from '../cache/indexed';

/** The workspace texts, by group (workspace folder). */
export interface CorpusTexts {
  entries(): Iterable<[group: string, id: string, text: string]>;
}

export class Analyzer {
  private readonly article: AnalysisThread;
  private readonly corpusThread: AnalysisThread;
  /** This thread's index, by group: built from the texts only when the corpus thread is not running. */
  private local?: CorpusIndexes;
  /** Attribution's per-paragraph work, for when the article thread is not running. */
  private readonly memos = new MemoShelf();

  constructor(
    private readonly texts: CorpusTexts,
    log: (msg: string) => void,
    workerFile = path.join(__dirname, 'analysis-worker.js'),
  ) {
    this.article = new AnalysisThread('article analysis', workerFile, log);
    // The index starts from whatever texts the workspace already holds.
    this.corpusThread = new AnalysisThread(
      'corpus analysis',
      workerFile,
      log,
      (send) => {
        for (const [group, id, text] of this.texts.entries()) send({ type: 'set', group, id, text });
      },
      (m) => this.onEntry?.(m.group, m.id, m.entry),
    );
  }

  /** This thread's index of `group`, built from the workspace texts on first use. */
  private corpus(group: string): CorpusIndex {
    if (!this.local) {
      this.local = new CorpusIndexes();
      for (const [g, id, text] of this.texts.entries()) this.local.set(g, id, text);
    }
    return this.local.get(group);
  }

  onEntry?: (group: string, id: string, entry: Uint8Array) => void;

  mirrorSet(group: string, id: string, text: string, wantEntry = false): void {
    this.local?.set(group, id, text);
    this.corpusThread.send({ type: 'set', group, id, text, wantEntry });
  }

  mirrorSetIndexed(group: string, id: string, text: string, entry: Uint8Array): void {
    if (this.local) setIndexed(this.local, group, id, text, entry);
    this.corpusThread.send({ type: 'setIndexed', group, id, entry }); // the entry holds the text
  }

  mirrorDelete(group: string, id: string): void {
    this.local?.delete(group, id);
    this.corpusThread.send({ type: 'delete', group, id });
  }

  /** Documents of `group` that share a passage with `id` (for re-checking other open files). */
  sharing(group: string, id: string): Promise<string[]> {
    return this.corpusThread.request(
      (seq) => ({ type: 'sharing', seq, group, id }),
      () => this.corpus(group).sharers(id),
    );
  }

  /** Analyses against the corpus of `group` (the document's workspace folder): both parts at once, then joined. */
  async analyze(
    text: string,
    config: Config,
    group: string,
    options: Omit<AnalyzeOptions, 'config' | 'corpus'>,
  ): Promise<Analysis> {
    const part = (thread: AnalysisThread, which: 'local' | 'corpus', local: () => Analysis) =>
      thread.request(
        (seq) => ({ type: 'analyze', seq, part: which, text, configId: thread.configId(config), group, options }),
        local,
      );
    const [article, corpus] = await Promise.all([
      part(this.article, 'local', () =>
        analyzePart(text, 'local', { ...options, config, memo: this.memos.for(options.docId, text) }),
      ),
      part(this.corpusThread, 'corpus', () =>
        analyzePart(text, 'corpus', { ...options, config, corpus: this.corpus(group) }),
      ),
    ]);
    return finish(text, [...article.findings, ...corpus.findings], article.quotes, { ...options, config });
  }

  async dispose(): Promise<void> {
    await Promise.all([this.article.dispose(), this.corpusThread.dispose()]);
  }
}
