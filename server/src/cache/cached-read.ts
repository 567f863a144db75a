// Reading an article through the corpus cache: an unchanged file (same size and modification
// time) is not read at all; a touched one is read and hashed, and reused if its bytes are the
// same; anything else is read as usual, with the key its new entry will be stored under.

import * as fs from 'node:fs';
import { type TextFormat, prepareText } from '../engine/markdown';
import { type ReadResult, decodeArticle, readArticle } from '../io/read';
import type { CachedFile, CorpusCache } from './corpus-cache';
import { contentHash, entryText } from './entry';

export type FileKey = Omit<CachedFile, 'data'>;

export type CachedRead =
  /** `text` is the prepared text (Markdown blanked); `data` its entry, when the cache had one. */
  { ok: true; text: string; data?: Uint8Array; key?: FileKey } | { ok: false; reason: string; tooLarge?: number };

export function readCached(file: string, maxFileSize: number, format: TextFormat, cache: CorpusCache): CachedRead {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch {
    return plain(file, maxFileSize, format); // says why, as without a cache
  }
  if (!st.isFile() || st.size > maxFileSize) return plain(file, maxFileSize, format);
  const held = cache.get(file);
  if (held && held.size === st.size && held.mtime === st.mtimeMs) {
    const text = entryText(held.data);
    if (text !== undefined) return { ok: true, text, data: held.data, key: held };
  }
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return plain(file, maxFileSize, format);
  }
  const key = { size: bytes.length, mtime: st.mtimeMs, hash: contentHash(bytes) };
  if (held && held.hash === key.hash) {
    const text = entryText(held.data);
    if (text !== undefined) {
      cache.put(file, { ...key, data: held.data }); // touched, not changed: the new time is kept
      return { ok: true, text, data: held.data, key };
    }
  }
  const read = decodeArticle(bytes, maxFileSize);
  return read.ok ? { ok: true, text: prepareText(read.text, format), key } : read;
}

/** As without a cache (the reason a file is not read, or a file that appeared meanwhile, with no key). */
function plain(file: string, maxFileSize: number, format: TextFormat): CachedRead {
  return prepared(readArticle(file, maxFileSize), format);
}

/** A plain read with its text prepared for the index (no cache key). */
export function prepared(read: ReadResult, format: TextFormat): CachedRead {
  return read.ok ? { ok: true, text: prepareText(read.text, format) } : read;
}
