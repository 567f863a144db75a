// Reads one article from disk and says plainly why a file is not one.

import * as fs from 'node:fs';

export type DecodeResult = { ok: true; text: string; size: number } | { ok: false; reason: string; tooLarge?: number };
/** A file read: its bytes too, for a writer that checks they did not change. */
export type ReadResult =
  | { ok: true; text: string; size: number; bytes: Buffer }
  | { ok: false; reason: string; tooLarge?: number };

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decodes bytes as an article, or names the reason it is not one. */
export function decodeArticle(bytes: Uint8Array, maxFileSize: number): DecodeResult {
  if (bytes.length > maxFileSize) {
    return {
      ok: false,
      reason: `file is ${bytes.length.toLocaleString('en')} bytes, over maxFileSize (${maxFileSize.toLocaleString('en')})`,
      tooLarge: bytes.length,
    };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, reason: 'UTF-16 text is not supported; save the file as UTF-8' };
  }
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes)' };
  try {
    return { ok: true, text: decoder.decode(bytes), size: bytes.length };
  } catch {
    return { ok: false, reason: 'invalid UTF-8' };
  }
}

/** Why a text the editor holds is not an article (NUL bytes: a binary file decoded as text), or undefined. */
export function binaryReason(text: string): string | undefined {
  return text.slice(0, 8192).includes('\0') ? 'binary file (contains NUL bytes)' : undefined;
}

export function readArticle(path: string, maxFileSize: number): ReadResult {
  let st: fs.Stats;
  try {
    st = fs.statSync(path);
  } catch (e) {
    return { ok: false, reason: errnoReason(e, 'cannot read') };
  }
  if (st.isDirectory()) return { ok: false, reason: 'is a directory' };
  if (!st.isFile()) return { ok: false, reason: 'not a regular file' };
  if (st.size > maxFileSize) {
    return {
      ok: false,
      reason: `file is ${st.size.toLocaleString('en')} bytes, over maxFileSize (${maxFileSize.toLocaleString('en')})`,
      tooLarge: st.size,
    };
  }
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(path);
  } catch (e) {
    return { ok: false, reason: errnoReason(e, 'cannot read') };
  }
  const decoded = decodeArticle(bytes, maxFileSize);
  return decoded.ok ? { ...decoded, bytes } : decoded;
}

export function errnoReason(e: unknown, what: string): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'symbolic link loop';
  return `${what}: ${(e as Error)?.message ?? String(e)}`;
}
