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

export function linesOf(doc: ArticleDoc): Line[] {
  const out: Line[] = [];
  const { text, lines } = doc;
  for (let i = 0; i < lines.lineCount; i++) {
    let s = lines.starts[i];
    let e = lines.lineEnd(i);
    while (s < e && SPACE.test(text[s])) s++;
    while (e > s && SPACE.test(text[e - 1])) e--;
    out.push({ index: i, start: s, end: e, blank: s === e });
  }
  return out;
}

/** The key of a line's text: lower case, single spaces, straight quotes and dashes, no edge spaces. */
export function lineKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g, ' ')
    .trim();
}

export const wordCount = (key: string): number => (key.match(/\S+/g) ?? []).length;
