// Shared runs (in words) -> passages and text spans.

import type { Edit, Span } from '../types';
import type { Match } from './match';
import { work } from '../work';

export interface Passage {
  start: number;
  end: number;
  matches: Match[];
}

/** Merges runs that overlap in this document into one passage each, in text order. */
export function passages(matches: Match[]): Passage[] {
  const sorted = [...matches].sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Passage[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) {
      last.end = Math.max(last.end, m.end);
      last.matches.push(m);
    } else out.push({ start: m.start, end: m.end, matches: [m] });
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

/** Offsets of a text's line feeds, and of all its line-break characters (\r or \n), ascending. */
export interface Breaks {
  lf: Int32Array;
  any: Int32Array;
}

export function breaksOf(text: string): Breaks {
  const lf: number[] = [];
  const any: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      any.push(i);
      if (c === 10) lf.push(i);
    }
  }
  work.steps += text.length >> 4;
  return { lf: Int32Array.from(lf), any: Int32Array.from(any) };
}

/** Index of the first value >= x in an ascending array (its length if none). */
function firstAtLeast(a: Int32Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    work.steps++;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Deletes a passage; when it fills its lines, the lines go too (with the blank line after
 * them when one came before), so no empty paragraph is left behind. `breaks` (breaksOf the
 * text) finds the passage's line in a few steps: searching the text for it cost a pass over
 * the line per passage, quadratic for many passages on one long line.
 */
export function removalEdit(text: string, span: Span, breaks: Breaks = breaksOf(text)): Edit {
  let s = span.start;
  let e = span.end;
  // The line feed before s (as lastIndexOf('\n', s - 1)), and the first line break at or after e.
  const lfAt = firstAtLeast(breaks.lf, s) - 1;
  const lineStart = lfAt >= 0 && s > 0 ? breaks.lf[lfAt] + 1 : 0;
  const before = text.slice(lineStart, s);
  const nextAt = firstAtLeast(breaks.any, e);
  const brk = nextAt < breaks.any.length ? breaks.any[nextAt] : -1;
  const m = brk < 0 ? null : { index: brk, 0: text[brk] === '\r' && text[brk + 1] === '\n' ? '\r\n' : text[brk] };
  const lineEnd = m ? m.index : text.length;
  const after = text.slice(e, lineEnd);
  if (/^[ \t]*$/.test(before) && /^[ \t]*$/.test(after)) {
    s = lineStart;
    e = m ? m.index + m[0].length : text.length;
    // A blank line before the passage: drop the blank lines after it as well.
    const prevBlank =
      s === 0 ||
      /(\r\n|\r|\n)[ \t]*(\r\n|\r|\n)$/.test(text.slice(Math.max(0, s - 8), s)) ||
      /^[ \t]*(\r\n|\r|\n)$/.test(text.slice(0, s));
    if (prevBlank) {
      const rest = /^([ \t]*(\r\n|\r|\n))+/.exec(text.slice(e));
      if (rest) e += rest[0].length;
    }
    // At the end of the text, take the blank lines before it instead (and the line break
    // before it when the text did not end with one).
    if (e === text.length && s > 0) {
      const tail = breaksBefore(text, s);
      if (tail) s -= m ? tail.length - tail.first : tail.length;
    }
  } else {
    // Mid-line: take the spaces after it (or before it, at a line end).
    const sp = /^[ \t]+/.exec(after);
    if (sp) e += sp[0].length;
    else {
      // The spaces ending `before` (/[ \t]+$/ tried every space of the line, each to its end).
      let k = before.length;
      while (k > 0 && (before[k - 1] === ' ' || before[k - 1] === '\t')) k--;
      work.steps += before.length - k;
      s -= before.length - k;
    }
  }
  return { start: s, end: e, newText: '' };
}

/**
 * The line breaks and blank lines ending text[0, s), as /(\r\n|\r|\n)([ \t]*(\r\n|\r|\n))*$/ matches
 * them (that pattern tried every line break of the text, each over the blank lines after it):
 * their length, and the length of the first line break. Null unless a line break ends at s.
 */
function breaksBefore(text: string, s: number): { length: number; first: number } | null {
  const c = text[s - 1];
  if (c !== '\n' && c !== '\r') return null;
  let start = -1;
  let k = s;
  while (k > 0 && /[ \t\r\n]/.test(text[k - 1])) {
    k--;
    if (text[k] === '\n' || text[k] === '\r') start = k;
  }
  work.steps += s - k;
  const first = text[start] === '\r' && text[start + 1] === '\n' && start + 1 < s ? 2 : 1;
  return { length: s - start, first };
}
