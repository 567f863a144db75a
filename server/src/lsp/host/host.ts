// The engine host: one thread that owns the open texts and the workspace corpus index, and
// turns each version of a document into diagnostics ready to publish. The main thread sends
// each text once and keeps only the LSP wiring. Analyses run one rule at a time (see turns.ts);
// a newer version of a document stops the analysis of the older one at the next rule.

import { analysisSteps, analyze as analyzeText, finish } from '../../engine/analyze';
import { MemoShelf } from '../../engine/attribution/memo';
import type { Config } from '../../engine/config';
import { CorpusIndexes } from '../../engine/duplicates/corpora';
import { CorpusIndex } from '../../engine/duplicates/corpus';
import { prepareText } from '../../engine/markdown';
import { LineIndex } from '../../engine/text';
import { entryOf, setIndexed } from '../../cache/indexed';
import { type DiagnosticData, toDiagnostic } from '../diagnostic';
import type { AnalyzedMessage, HostPort, ToHost } from './protocol';
import { Turns } from './turns';
import { ArticleHelper, LONG_TEXT } from './article-helper';

type AnalyzeMessage = Extract<ToHost, { type: 'analyze' }>;
type SetIndexedMessage = Extract<ToHost, { type: 'setIndexed' }>;

/**
 * Analysed once as the host starts (while the server initialises and lists the workspace), so
 * the first real article is not also the one that compiles the engine (50–150 ms).
 */
const WARM_UP =
  'The ferry board met on Tuesday. "We will run the new boat in May," said Ana Ruiz, its chair.\n\n' +
  'Critics were not convinced. \u201cIt is late again\u201d, one resident told the meeting.\n';

/** Cached entries indexed per turn while a load pours them in (a few milliseconds' work at 10,000 files). */
const ENTRIES_PER_TURN = 50;

export interface HostOptions {
  /** Honour the test hooks (SOURCELINT_TEST_HOOKS). */
  hooks?: boolean;
  /** The worker file for the helper thread of long texts (see article-helper); none: all on this thread. */
  helperFile?: string;
}

export function startHost(port: HostPort, { hooks = false, helperFile }: HostOptions = {}): void {
  const corpora = new CorpusIndexes();
  // Configs arrive once each, so what the rules cache per config object (compiled patterns) stays cached.
  const configs = new Map<number, Config>();
  const memos = new MemoShelf();
  const turns = new Turns();
  const helper = helperFile ? new ArticleHelper(helperFile, configs) : undefined;
  /** The newest version asked for, per document: older runs stop at their next turn. */
  const newest = new Map<string, number>();

  async function analyze(m: AnalyzeMessage): Promise<AnalyzedMessage | undefined> {
    const stale = () => newest.get(m.uri) !== m.version;
    await turns.start(m.text.length);
    if (stale()) return undefined;
    const config = configs.get(m.configId);
    // Blanked here, once: the corpus and the rules read the same prepared text.
    const prepared = prepareText(m.text, m.format);
    // A long text's article rules run on the helper meanwhile (started first); the corpus rules run here, in turns.
    const local = helper && prepared.length >= LONG_TEXT ? helper.local(prepared, m.configId, m.uri) : undefined;
    // Alone: a corpus of this text only (its own repeats), which the workspace's never sees.
    const corpus = m.alone ? new CorpusIndex() : corpora.get(m.group);
    const changed = corpus.set(m.uri, prepared) && !m.alone;
    const options = { config, corpus, docId: m.uri, relPath: m.relPath };
    const steps = local
      ? analysisSteps(m.text, prepared, options, 'corpus')
      : analysisSteps(m.text, prepared, { ...options, memo: memos.for(m.uri, prepared) });
    let quoteBytes: Uint8Array | undefined;
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) {
        let analysis = step.value;
        if (local) {
          const article = await local;
          if (stale()) return undefined;
          // The quotes stay serialized: the main thread decodes them (see article-helper).
          analysis = finish(m.text, [...article.findings, ...analysis.findings], [], options);
          quoteBytes = article.quotes;
        }
        const lines = new LineIndex(m.text);
        const diagnostics = analysis.findings.map((f, index) =>
          toDiagnostic(lines, f, { index, version: m.version } satisfies DiagnosticData, (d) => corpus.lineIndex(d)),
        );
        return { analysis, diagnostics, changed, quoteBytes };
      }
      await turns.next(m.text.length);
      if (stale()) return undefined;
    }
  }

  const answer = (seq: number, run: () => Promise<AnalyzedMessage | string[] | undefined>) =>
    run().then(
      (result) => port.postMessage(result ? { seq, result } : { seq, superseded: true }, transferOf(result)),
      (e) => port.postMessage({ seq, error: String((e as Error)?.stack ?? e) }),
    );

  // Cached entries wait here and are indexed a few at a time, between analyses' turns, so an
  // analysis of an open article alone is not queued behind a whole workspace's entries. Every
  // other message is handled after those that came before it, as sent.
  const entries: SetIndexedMessage[] = [];
  let entriesAt = 0;
  let indexing = false;
  const indexEntries = (max: number) => {
    const end = Math.min(entries.length, entriesAt + max);
    for (; entriesAt < end; entriesAt++) {
      const m = entries[entriesAt];
      if (!setIndexed(corpora, m.group, m.id, undefined, m.entry))
        port.postMessage({ rejected: { group: m.group, id: m.id } });
    }
    if (entriesAt === entries.length) {
      entries.length = 0;
      entriesAt = 0;
    }
  };
  const indexSoon = () => {
    if (indexing) return;
    indexing = true;
    setImmediate(function turn() {
      indexEntries(ENTRIES_PER_TURN);
      if (entries.length) setImmediate(turn);
      else indexing = false;
    });
  };

  // Not when an article came first: it does the compiling, and sooner.
  setImmediate(() => newest.size || analyzeText(WARM_UP, { corpus: new CorpusIndex(), docId: 'warm-up' }));

  port.on('message', (m: ToHost) => {
    if (m.type === 'setIndexed') {
      entries.push(m);
      indexSoon();
      return;
    }
    // An analysis alone, configs and hints neither read nor change the corpus.
    if (!(m.type === 'analyze' && m.alone) && m.type !== 'config' && m.type !== 'expect')
      indexEntries(Number.POSITIVE_INFINITY);
    if (m.type === 'analyze') {
      newest.set(m.uri, m.version);
      void answer(m.seq, () => analyze(m));
    } else if (m.type === 'set') {
      corpora.set(m.group, m.id, m.text);
      const entry = m.wantEntry ? entryOf(corpora, m.group, m.id, m.text) : undefined;
      if (entry) port.postMessage({ entry: { group: m.group, id: m.id, entry } }, [entry.buffer as ArrayBuffer]);
    } else if (m.type === 'delete') {
      corpora.delete(m.group, m.id);
      newest.delete(m.id);
    } else if (m.type === 'config') configs.set(m.configId, m.config);
    else if (m.type === 'expect') corpora.expect(m.group, m.docs);
    else if (m.type === 'sharing') void answer(m.seq, async () => corpora.get(m.group).sharers(m.id));
    else if (m.type === 'crash' && hooks) process.exit(70);
  });
}

/** The serialized quotes move to the main thread rather than being copied. */
function transferOf(result: AnalyzedMessage | string[] | undefined): ArrayBuffer[] | undefined {
  const bytes = result && 'quoteBytes' in result ? result.quoteBytes : undefined;
  return bytes ? [bytes.buffer as ArrayBuffer] : undefined;
}
