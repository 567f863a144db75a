// Small non-cryptographic hashes shared by the duplicates index and the boilerplate line table.

/** MurmurHash3's finaliser: spreads every input bit over the 32-bit result. */
export function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/**
 * A 52-bit hash of a string, as a number (exact in a double). Two independent 32-bit passes:
 * 52 bits make a collision among a corpus's few hundred thousand lines about one in 10^6,
 * where 32 bits would give one in a few.
 */
export function hash52(s: string): number {
  let a = 0x811c9dc5 | 0;
  let b = 0x2545f491 | 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 13;
  }
  return (fmix(a) >>> 0) * 0x100000 + (fmix(b ^ s.length) >>> 12);
}
