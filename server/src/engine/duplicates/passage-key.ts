// A duplicate finding's key: its passage with spaces collapsed, lower-cased, cut to KEY_LEN
// characters. Passages can be a whole 100 KB file; folding all of one to keep 200 characters was a
// real part of `check` over near-identical files, so an ASCII head long enough is folded alone.

export const KEY_LEN = 200;

const fold = (s: string) => s.replace(/\s+/g, ' ').toLowerCase();
const ASCII = /^[\x00-\x7f]*$/;

/** fold(text.slice(start, end)).slice(0, KEY_LEN), without folding more than the key needs. */
export function passageKey(text: string, start: number, end: number): string {
  const probe = Math.min(end, start + 4 * KEY_LEN);
  if (probe < end) {
    const head = text.slice(start, probe);
    // Folding ASCII depends on no character after it (whitespace runs collapse to one space
    // whatever follows, and no later character changes how an ASCII letter lower-cases).
    if (ASCII.test(head)) {
      const k = fold(head);
      if (k.length >= KEY_LEN) return k.slice(0, KEY_LEN);
    }
  }
  return fold(text.slice(start, end)).slice(0, KEY_LEN);
}
