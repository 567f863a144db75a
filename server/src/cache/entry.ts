// One file's corpus entry as the cache stores it: its indexed text and what indexing it computed
// (word hashes, fingerprints, line hashes), in one byte array with a checksum, so an entry that
// comes back damaged is noticed and the file is indexed again instead.
//
// Layout (little-endian, 4-byte aligned): header of HEADER int32s [magic, checksum, minWords,
// gram, words, fingerprints, lines, textBytes], then wordHashes, fpHashes, fpPositions (int32),
// padding to 8, lineHashes (float64), then the text as UTF-8. The checksum covers every word but its own.

import { createHash } from 'node:crypto';
import { CorpusIndex, type IndexedDoc } from '../engine/duplicates/corpus';
import { fmix } from '../engine/hash';
import { prepareText } from '../engine/markdown';

const MAGIC = 0x534c4331; // "SLC1"
const HEADER = 8;
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function encodeEntry(text: string, doc: IndexedDoc): Uint8Array {
  const t = encoder.encode(text);
  const ints = HEADER + doc.wordHashes.length + 2 * doc.fpHashes.length;
  const floatsAt = Math.ceil((ints * 4) / 8) * 8;
  const textAt = floatsAt + doc.lineHashes.length * 8;
  const bytes = new Uint8Array(Math.ceil((textAt + t.length) / 4) * 4);
  const i32 = new Int32Array(bytes.buffer);
  i32.set([
    MAGIC,
    0,
    doc.minWords,
    doc.gram,
    doc.wordHashes.length,
    doc.fpHashes.length,
    doc.lineHashes.length,
    t.length,
  ]);
  let at = HEADER;
  for (const a of [doc.wordHashes, doc.fpHashes, doc.fpPositions]) {
    i32.set(a, at);
    at += a.length;
  }
  new Float64Array(bytes.buffer, floatsAt, doc.lineHashes.length).set(doc.lineHashes);
  bytes.set(t, textAt);
  i32[1] = checksum(i32);
  return bytes;
}

/** The entry's layout when its bytes are a whole, undamaged entry (checksum and lengths agree); else undefined. */
function layout(data: Uint8Array) {
  if (data.byteLength < HEADER * 4 || data.byteLength % 4) return undefined;
  // Aligned, and owned: SQLite's buffers may sit at any offset of a shared pool.
  const bytes = data.byteOffset % 8 === 0 && data.byteLength === data.buffer.byteLength ? data : data.slice();
  const i32 = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  const [magic, sum, minWords, gram, words, fps, lines, textBytes] = i32;
  if (magic !== MAGIC || words < 0 || fps < 0 || lines < 0 || textBytes < 0) return undefined;
  const ints = HEADER + words + 2 * fps;
  const floatsAt = Math.ceil((ints * 4) / 8) * 8;
  const textAt = floatsAt + lines * 8;
  if (Math.ceil((textAt + textBytes) / 4) * 4 !== bytes.byteLength || checksum(i32) !== sum) return undefined;
  return { bytes, minWords, gram, words, fps, lines, textBytes, floatsAt, textAt };
}

/**
 * Whether the bytes are a whole, undamaged entry, without decoding its text: what the server's
 * main thread checks before sending an entry to the engine host (which decodes it, and sends
 * back the rare one whose text does not decode).
 */
export function entryIntact(data: Uint8Array): boolean {
  return layout(data) !== undefined;
}

/** The text and index entry, or undefined when the bytes are not a whole, undamaged entry. */
export function decodeEntry(data: Uint8Array): { text: string; utf8: Uint8Array; doc: IndexedDoc } | undefined {
  const l = layout(data);
  if (!l) return undefined;
  const { bytes, minWords, gram, words, fps, lines, textBytes, floatsAt, textAt } = l;
  const utf8 = bytes.subarray(textAt, textAt + textBytes);
  let text: string;
  try {
    text = decoder.decode(utf8);
  } catch {
    return undefined;
  }
  const view = (from: number, n: number) => new Int32Array(bytes.buffer, bytes.byteOffset + from * 4, n);
  return {
    text,
    utf8,
    doc: {
      minWords,
      gram,
      wordHashes: view(HEADER, words),
      fpHashes: view(HEADER + words, fps),
      fpPositions: view(HEADER + words + fps, fps),
      lineHashes: new Float64Array(bytes.buffer, bytes.byteOffset + floatsAt, lines),
    },
  };
}

function checksum(i32: Int32Array): number {
  let h = 0x9e3779b9 | 0;
  for (let i = 0; i < i32.length; i++) if (i !== 1) h = Math.imul(h ^ i32[i], 0x01000193) + 0x7f4a7c15;
  return fmix(h ^ i32.length);
}

/** A file's content hash (of its bytes as read), checked when its size or modification time changed. */
export function contentHash(bytes: Uint8Array | string): string {
  return createHash('sha1').update(bytes).digest('base64');
}

/**
 * What the entries depend on besides the file: how the engine tokenises, fingerprints and
 * blanks Markdown. Probes run through the engine as it is built now, so a changed tokeniser or
 * winnowing gives another key (and the cache is rebuilt) without anyone bumping a number.
 */
export function engineKey(minWords: number): string {
  const probe =
    'The harbour board said on Monday that the “new ferry” would not run until spring. ' +
    "Korea's minister, Ada Lind, told reporters: \u201cWe can't wait\u201d \u2014 the 1990s plan was shelved.\n\n" +
    'Subscribe now to get our weekly digest.\nCopyright 2026 Keston Ledger.\n';
  const md =
    '---\ntitle: x\n---\n# Head\n\nSome `code` and [a link](http://example.invalid) <b>html</b>.\n\n```\nblock\n```\n';
  const c = new CorpusIndex({ minWords });
  c.set('probe', probe + probe);
  return contentHash(encodeEntry(prepareText(md, 'markdown'), c.indexed('probe')!)).slice(0, 16);
}
