// The lines boilerplate works on: each line's content span and a normalised key that
// ignores case, spacing and quote style, so the same promo matches however it was pasted.

import type { ArticleDoc } from '../document';

export interface Line {
  /** Line number (0-based, as in LSP). */
  index: number;
  /** Content span without surrounding spaces; start === end for a blank line. */
  start: number;
  end: number;
  blank: boolean;
}

const SPACE = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/;

/** SPACE.test on one code unit, without the regex for printable ASCII (nearly every character). */
function isSpace(c: number): boolean {
  if (c > 32 && c < 127) return false;
  return c === 32 || SPACE.test(String.fromCharCode(c));
}

export function linesOf(doc: ArticleDoc): Line[] {
  const out: Line[] = [];
  const { text, lines } = doc;
  for (let i = 0; i < lines.lineCount; i++) {
    let s = lines.starts[i];
    let e = lines.lineEnd(i);
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    out.push({ index: i, start: s, end: e, blank: s === e });
  }
  return out;
}

/** The key of a line's text: lower case, single spaces, straight quotes and dashes, no edge spaces. */
export function lineKey(s: string): string {
  const low = s.toLowerCase();
  if (plainKey(low)) return low;
  return low
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g, ' ')
    .trim();
}

/**
 * True when the four replacements and trim of lineKey would change nothing: printable ASCII
 * with single inner spaces only. Most lines are; they skip the regexes.
 */
function plainKey(s: string): boolean {
  const n = s.length;
  if (n === 0) return true;
  if (s.charCodeAt(0) === 32 || s.charCodeAt(n - 1) === 32) return false;
  let prev = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 || c > 126 || (c === 32 && prev === 32)) return false;
    prev = c;
  }
  return true;
}

export const wordCount = (key: string): number => (key.match(/\S+/g) ?? []).length;

/** wordCount of a lineKey result (single spaces, no edge spaces): its spaces plus one. */
export function keyWordCount(key: string): number {
  if (!key) return 0;
  let n = 1;
  for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) n++;
  return n;
}
