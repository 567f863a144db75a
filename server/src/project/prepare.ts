// An article's text as the rules see it: read from disk (or taken from the editor), checked
// (size, binary, encoding) and prepared (Markdown blanked with every offset kept).

import { DEFAULT_CONFIG, type Config } from '../engine/config';
import { CorpusIndex } from '../engine/duplicates/corpus';
import { type TextFormat, formatOf, prepareText } from '../engine/markdown';
import { binaryReason, readArticle } from '../io/read';

export interface PreparedArticle {
  ok: true;
  /** The file's text (a BOM dropped). */
  source: string;
  /** What the rules and the corpus see: `source`, or blanked Markdown of the same length. */
  text: string;
  format: TextFormat;
  /** The bytes read (for a writer that must know the file did not change meanwhile). */
  bytes: Buffer;
}

export type NotArticle = { ok: false; reason: string; tooLarge?: number };

export function readPrepared(file: string, config: Config): PreparedArticle | NotArticle {
  const read = readArticle(file, config.maxFileSize);
  if (!read.ok) return read;
  const format = formatOf(file);
  return { ok: true, source: read.text, text: prepareText(read.text, format), format, bytes: read.bytes };
}

/** An editor's text: `skip` says why it is not analysed at all; `tooLarge` that only its size is reported. */
export type OpenArticle = { ok: true } | { ok: false; skip: string } | { ok: false; tooLarge: number };

/** Checks an editor's text; the language server's engine host prepares it (formatOf, prepareText). */
export function checkOpen(source: string, config: Config): OpenArticle {
  const skip = binaryReason(source);
  if (skip) return { ok: false, skip };
  const size = Buffer.byteLength(source, 'utf8');
  if (size > config.maxFileSize) return { ok: false, tooLarge: size };
  return { ok: true };
}

/** One corpus of prepared articles, keyed by path as reported; the smallest minWords asked for wins. */
export function indexArticles(entries: { path: string; text: string; config: Config }[]): CorpusIndex {
  const minWords = Math.min(DEFAULT_CONFIG.duplicates.minWords, ...entries.map((e) => e.config.duplicates.minWords));
  const corpus = new CorpusIndex({ minWords });
  for (const e of entries) corpus.set(e.path, e.text);
  return corpus;
}
