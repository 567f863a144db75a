// The lines boilerplate works on: each line's content span and a normalised key that
// ignores case, spacing and quote style, so the same promo matches however it was pasted.

import type { ArticleDoc } from '../document';
import { commonPrefix, commonSuffix } from '../affixes';
import { hash52 } from '../hash';
import { LineIndex } from '../text';

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
  // One pass doing what these did (four regex passes were 5% of analyze on article text):
  // ‘’‚‛′ → '   “”„‟″«» → "   ‐‑‒–—―− → -   runs of \s, U+200B → ' '   then trim.
  let out = '';
  let run = -1; // start of a run of characters kept as they are
  let space = false; // a whitespace run is pending (dropped at either end)
  for (let i = 0; i < low.length; i++) {
    const r = fold(low.charCodeAt(i));
    if (r === 0) {
      if (run < 0) {
        if (space && out) out += ' ';
        space = false;
        run = i;
      }
      continue;
    }
    if (run >= 0) out += low.slice(run, i);
    run = -1;
    if (r === 32) space = true;
    else {
      if (space && out) out += ' ';
      space = false;
      out += String.fromCharCode(r);
    }
  }
  if (run >= 0) out += low.slice(run);
  return out;
}

/** What lineKey makes of a character: 0 keeps it, 32 is whitespace, else the replacement. */
function fold(c: number): number {
  if (c > 32 && c < 127) return 0;
  if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b)) return 32;
  if (c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) return 32;
  if (c === 0x2018 || c === 0x2019 || c === 0x201a || c === 0x201b || c === 0x2032) return 39;
  if ((c >= 0x201c && c <= 0x201f) || c === 0x2033 || c === 0xab || c === 0xbb) return 34;
  if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212) return 45;
  return 0;
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

/** Words of a lineKey result (single spaces, no edge spaces): its spaces plus one. */
export function keyWordCount(key: string): number {
  if (!key) return 0;
  let n = 1;
  for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) n++;
  return n;
}

/** The key, its hash (hash52; 0 for a blank line) and its word count of every line of a text, as LineIndex numbers them. */
export interface LineKeys {
  keys: string[];
  hashes: number[];
  words: number[];
}

// The last text keyed, and its keys. The corpus thread keys each new version of an edited
// document twice (its line table, then the boilerplate rule): the second is this, and the
// first reuses the keys of every line outside the edit.
let last: (LineKeys & { text: string; starts: number[] }) | undefined;

export function lineKeysOf(text: string, lines: LineIndex = new LineIndex(text)): LineKeys {
  const prev = last;
  if (prev && prev.text === text) return prev;
  const starts = lines.starts;
  const keys: string[] = new Array(starts.length);
  const hashes: number[] = new Array(starts.length);
  const words: number[] = new Array(starts.length);
  // Lines wholly before the edit keep their number; lines wholly after it (their line break
  // before them included) keep their distance from the end.
  const prefix = prev ? commonPrefix(prev.text, text) : 0;
  const suffixFrom = prev ? text.length - commonSuffix(prev.text, text, prefix) : text.length;
  const delta = prev ? text.length - prev.text.length : 0;
  const shift = prev ? prev.starts.length - starts.length : 0;
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i];
    const next = i + 1 < starts.length ? starts[i + 1] : text.length + 1;
    let from = -1;
    if (prev && next <= prefix) from = i;
    else if (prev && s > suffixFrom && prev.starts[i + shift] === s - delta) from = i + shift;
    if (from >= 0) {
      keys[i] = prev!.keys[from];
      hashes[i] = prev!.hashes[from];
      words[i] = prev!.words[from];
      continue;
    }
    const k = lineKey(text.slice(s, lines.lineEnd(i)));
    keys[i] = k;
    hashes[i] = k ? hash52(k) : 0;
    words[i] = keyWordCount(k);
  }
  last = { text, starts, keys, hashes, words };
  return last;
}
