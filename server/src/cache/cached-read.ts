// Reading an article through the corpus cache: an unchanged file (same size and modification
// time) is not read at all; a touched one is read and hashed, and reused if its bytes are the
// same; anything else is read as usual, with the key its new entry will be stored under.

import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { type TextFormat, prepareText } from '../engine/markdown';
import { type ReadResult, decodeArticle, readArticle } from '../io/read';
import type { CachedFile, CachedKey, CorpusCache } from './corpus-cache';
import { contentHash, entryIntact } from './entry';

export type FileKey = Omit<CachedFile, 'data'>;

export type CachedRead =
  /**
   * `text` is the prepared text (Markdown blanked), absent when `data`, its entry from the cache,
   * holds it. `digest` tells this text from another of the same file: the content hash of the
   * bytes read (so an entry from the cache needs no decoding), else a hash of the text.
   */
  | { ok: true; text?: string; data?: Uint8Array; key?: FileKey; digest: string }
  | { ok: false; reason: string; tooLarge?: number };

/**
 * `held`: what the cache holds for the file (from keys(), read once for a whole load); looked up
 * when not given.
 */
export function readCached(
  file: string,
  maxFileSize: number,
  format: TextFormat,
  cache: CorpusCache,
  held?: CachedKey | null,
): CachedRead {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch {
    return plain(file, maxFileSize, format); // says why, as without a cache
  }
  if (!st.isFile() || st.size > maxFileSize) return plain(file, maxFileSize, format);
  const known = held === undefined ? cache.get(file) : held;
  const stored = (k: typeof known) => {
    if (!k) return undefined;
    const data = 'data' in k ? k.data : cache.dataOf(k.row);
    return data && entryIntact(data) ? data : undefined;
  };
  if (known && known.size === st.size && known.mtime === st.mtimeMs) {
    const data = stored(known);
    if (data) return { ok: true, data, key: known, digest: fileDigest(known.hash) };
  }
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return plain(file, maxFileSize, format);
  }
  const key = { size: bytes.length, mtime: st.mtimeMs, hash: contentHash(bytes) };
  if (known && known.hash === key.hash) {
    const data = stored(known);
    if (data) {
      // Touched, not changed: the new time is kept (a copy: `data` goes on to the engine host, which takes it).
      cache.put(file, { ...key, data: new Uint8Array(data) });
      return { ok: true, data, key, digest: fileDigest(key.hash) };
    }
  }
  const read = decodeArticle(bytes, maxFileSize);
  return read.ok ? { ok: true, text: prepareText(read.text, format), key, digest: fileDigest(key.hash) } : read;
}

/** As without a cache (the reason a file is not read, or a file that appeared meanwhile, with no key). */
function plain(file: string, maxFileSize: number, format: TextFormat): CachedRead {
  return prepared(readArticle(file, maxFileSize), format);
}

/** A plain read with its text prepared for the index (no cache key). */
export function prepared(read: ReadResult, format: TextFormat): CachedRead {
  if (!read.ok) return read;
  const text = prepareText(read.text, format);
  return { ok: true, text, digest: textDigest(text) };
}

const fileDigest = (hash: string) => `file:${hash}`;
export const textDigest = (text: string) => `text:${createHash('sha1').update(text).digest('base64')}`;
