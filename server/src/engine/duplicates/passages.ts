// Shared runs (in words) -> passages and text spans.

import type { Edit, Span } from '../types';
import type { Match } from './match';

export interface Passage {
  a: number;
  b: number;
  matches: Match[];
}

/** Merges runs that overlap in this document into one passage each, in text order. */
export function passages(matches: Match[]): Passage[] {
  const sorted = [...matches].sort((x, y) => x.a - y.a || y.b - x.b);
  const out: Passage[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.a < last.b) {
      last.b = Math.max(last.b, m.b);
      last.matches.push(m);
    } else out.push({ a: m.a, b: m.b, matches: [m] });
  }
  return out;
}

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}\p{M}]/u.test(c);

/**
 * Text span of words [a, b), taking in punctuation glued to its ends (an opening quotation
 * mark, a closing period and quotation mark), unless that punctuation glues it to another word.
 */
export function textSpan(text: string, words: { starts: Int32Array; ends: Int32Array }, a: number, b: number): Span {
  let start = words.starts[a];
  let end = words.ends[b - 1];
  let s = start;
  while (s > 0 && !isSpace(text[s - 1]) && !isWordChar(text[s - 1])) s--;
  if (s === 0 || isSpace(text[s - 1])) start = s;
  let e = end;
  while (e < text.length && !isSpace(text[e]) && !isWordChar(text[e])) e++;
  if (e === text.length || isSpace(text[e])) end = e;
  return { start, end };
}

/**
 * Deletes a passage; when it fills its lines, the lines go too (with the blank line after
 * them when one came before), so no empty paragraph is left behind.
 */
export function removalEdit(text: string, span: Span): Edit {
  let s = span.start;
  let e = span.end;
  const lineStart = text.lastIndexOf('\n', s - 1) + 1;
  const before = text.slice(lineStart, s);
  const nl = /\r\n|\r|\n/g;
  nl.lastIndex = e;
  const m = nl.exec(text);
  const lineEnd = m ? m.index : text.length;
  const after = text.slice(e, lineEnd);
  if (/^[ \t]*$/.test(before) && /^[ \t]*$/.test(after)) {
    s = lineStart;
    e = m ? m.index + m[0].length : text.length;
    // A blank line before the passage: drop the blank lines after it as well.
    const prevBlank = s === 0 || /(\r\n|\r|\n)[ \t]*(\r\n|\r|\n)$/.test(text.slice(Math.max(0, s - 8), s)) || /^[ \t]*(\r\n|\r|\n)$/.test(text.slice(0, s));
    if (prevBlank) {
      const rest = /^([ \t]*(\r\n|\r|\n))+/.exec(text.slice(e));
      if (rest) e += rest[0].length;
    }
    // At the end of the text, take the blank lines before it instead (and the line break
    // before it when the text did not end with one).
    if (e === text.length && s > 0) {
      const tail = /(\r\n|\r|\n)([ \t]*(\r\n|\r|\n))*$/.exec(text.slice(0, s));
      if (tail) s -= m ? tail[0].length - tail[1].length : tail[0].length;
    }
  } else {
    // Mid-line: take the spaces after it (or before it, at a line end).
    const sp = /^[ \t]+/.exec(after);
    if (sp) e += sp[0].length;
    else {
      const bsp = /[ \t]+$/.exec(before);
      if (bsp) s -= bsp[0].length;
    }
  }
  return { start: s, end: e, newText: '' };
}
