// One article of `sourcelint check`: analysed against the corpus of all of them and turned into its
// part of the report at once, so neither its text nor its analysis outlives it. The main thread
// (--jobs 1) and each worker thread do the same.

import { analyze } from '../engine/analyze';
import { type Config, DEFAULT_CONFIG } from '../engine/config';
import { CorpusIndex } from '../engine/duplicates/corpus';
import { decodeEntry, encodeEntry } from '../cache/entry';
import type { TextFormat } from '../engine/markdown';
import { type Packed, pack, unpack } from '../engine/packed';
import type { LineIndex } from '../engine/text';
import type { Severity } from '../engine/types';
import type { FileResult, LinesOf } from './report';
import { type RenderOptions, fileItems } from './report-stream';

/** An article that was read (plain data: it crosses to worker threads). */
export interface CheckEntry {
  path: string;
  config: Config;
  relPath?: string;
  format: TextFormat;
}

/** A file's part of the report, ready to write, and its findings' severities for the summary and exit code. */
export interface FilePart {
  items: string[];
  severities: Severity[];
}

export function partOf(r: FileResult, linesOf: LinesOf, opts: RenderOptions): FilePart {
  return { items: fileItems(r, linesOf, opts), severities: r.analysis.findings.map((f) => f.severity) };
}

/**
 * The corpus of every entry, keyed by path, which also gives each text back: a plain-text file's
 * text is what the corpus indexes; a Markdown file's source (the corpus holds it blanked) is kept
 * apart, packed.
 */
export class CheckArticles {
  readonly corpus = new CorpusIndex({ minWords: DEFAULT_CONFIG.duplicates.minWords });
  private readonly markdown = new Map<number, Packed>();

  /**
   * `cached`: the file's entry from the corpus cache, used when it holds this very text. Returns
   * the entry of the text as indexed when the cache should store it (it had none, or another).
   */
  add(i: number, e: CheckEntry, read: { source: string; text: string }, cached?: Uint8Array): Uint8Array | undefined {
    // The smallest minWords asked for wins (as indexArticles), lowered before the text goes in.
    this.corpus.ensureMinWords(e.config.duplicates.minWords);
    const prepared = read.text;
    if (e.format === 'markdown') this.markdown.set(i, pack(read.source));
    const entry = cached && decodeEntry(cached);
    if (entry && entry.text === prepared && entry.doc.minWords === this.corpus.minWords) {
      this.corpus.setIndexed(e.path, prepared, entry.doc);
      return undefined;
    }
    this.corpus.set(e.path, prepared);
    return encodeEntry(prepared, this.corpus.indexed(e.path)!);
  }

  text(i: number, e: CheckEntry): string {
    const md = this.markdown.get(i);
    return md !== undefined ? unpack(md) : this.corpus.text(e.path)!;
  }
}

/** Entry `i` analysed and rendered. Related locations take their lines from the corpus (blanked Markdown keeps every line break). */
export function checkFile(i: number, e: CheckEntry, c: CheckArticles, opts: RenderOptions): FilePart {
  const text = c.text(i, e);
  const analysis = analyze(text, {
    config: e.config,
    corpus: c.corpus,
    docId: e.path,
    relPath: e.relPath,
    format: e.format,
  });
  const lines = new Map<string, LineIndex | undefined>();
  const linesOf = (doc: string) => (lines.has(doc) ? lines.get(doc) : lines.set(doc, c.corpus.lineIndex(doc)).get(doc));
  return partOf({ path: e.path, text, analysis }, linesOf, opts);
}
