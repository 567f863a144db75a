// Article texts kept for later, in less memory: packed as UTF-8. Most articles are ASCII with
// curly quotes, which a JS string holds at two bytes a character, so 10,000 of them take half.
// Texts that would not come back the same (lone surrogates) and long ones (decoded on every
// keystroke of a large open file) stay strings.
export type Packed = string | Uint8Array;
export const PACK_MAX = 1 << 18;
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

export function pack(text: string): Packed {
  return text.length > PACK_MAX || !text.isWellFormed() ? text : encoder.encode(text);
}

export function unpack(p: Packed): string {
  return typeof p === 'string' ? p : decoder.decode(p);
}

export function sameText(p: Packed, text: string): boolean {
  if (typeof p === 'string') return p === text;
  // UTF-8 is at least one byte a UTF-16 unit and at most three.
  return text.length <= p.length && p.length <= text.length * 3 && unpack(p) === text;
}
