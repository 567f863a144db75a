// Normalised words of an article, with their offsets, for duplicate matching.
// A word is a run of letters, digits and marks; everything else separates words, so reflowed
// lines, paragraph breaks, dashes, quotation marks and spacing never change the word sequence.
// Apostrophes (straight or curly) and invisible characters inside a word join it and are not
// hashed, so "Korea's" and "Korea’s" are one and the same word. Case is folded.

import { commonPrefix, commonSuffix } from '../affixes';
import { fmix } from '../hash';

export interface Words {
  count: number;
  /** UTF-16 offset of each word's first character. */
  starts: Int32Array;
  /** UTF-16 offset just past each word's last character. */
  ends: Int32Array;
  /** 32-bit hash of each normalised word. */
  hashes: Int32Array;
}

// Per code unit: 1 word character, 2 joiner inside a word (apostrophe, invisible), 3 other; 0 unknown yet.
const kind = new Uint8Array(65536);
const lower = new Uint16Array(65536);
const WORD = /[\p{L}\p{N}\p{M}]/u;
const JOINERS = [0x27, 0x60, 0x2018, 0x2019, 0x201b, 0x2032, 0x02bc, 0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff];

for (let c = 0; c < 128; c++) {
  const word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  kind[c] = word ? 1 : 3;
  lower[c] = c >= 65 && c <= 90 ? c | 0x20 : c;
}
for (const j of JOINERS) kind[j] = 2;

function classify(c: number): number {
  // Surrogates: astral letters and symbols alike count as word characters (rare in articles).
  const ch = String.fromCharCode(c);
  const word = (c >= 0xd800 && c <= 0xdfff) || WORD.test(ch);
  kind[c] = word ? 1 : 3;
  lower[c] = word ? ch.toLowerCase().charCodeAt(0) : c;
  return kind[c];
}

export function tokenize(text: string): Words {
  return scan(text, 0, text.length + 1, new Builder(Math.floor(text.length / 5) + 16)).words.done();
}

/** Growable word arrays. */
class Builder {
  count = 0;
  starts: Int32Array;
  ends: Int32Array;
  hashes: Int32Array;
  constructor(private cap: number) {
    this.cap = Math.max(16, cap);
    this.starts = new Int32Array(this.cap);
    this.ends = new Int32Array(this.cap);
    this.hashes = new Int32Array(this.cap);
  }

  private grow(need: number) {
    if (need <= this.cap) return;
    while (this.cap < need) this.cap *= 2;
    const s2 = new Int32Array(this.cap),
      e2 = new Int32Array(this.cap),
      h2 = new Int32Array(this.cap);
    s2.set(this.starts.subarray(0, this.count));
    e2.set(this.ends.subarray(0, this.count));
    h2.set(this.hashes.subarray(0, this.count));
    this.starts = s2;
    this.ends = e2;
    this.hashes = h2;
  }

  push(start: number, end: number, hash: number) {
    if (this.count === this.cap) this.grow(this.count + 1);
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.hashes[this.count] = hash;
    this.count++;
  }

  /** Appends words [from, to) of `w`, their offsets moved by `d`. */
  append(w: Words, from: number, to: number, d: number) {
    const n = to - from;
    if (n <= 0) return;
    this.grow(this.count + n);
    this.hashes.set(w.hashes.subarray(from, to), this.count);
    for (let i = 0; i < n; i++) {
      this.starts[this.count + i] = w.starts[from + i] + d;
      this.ends[this.count + i] = w.ends[from + i] + d;
    }
    this.count += n;
  }

  done(): Words {
    return { count: this.count, starts: this.starts, ends: this.ends, hashes: this.hashes };
  }
}

const kindAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return kind[c] || classify(c);
};

/**
 * Words of text from offset `from` (where no word is under way), until the first point between
 * words at or past `syncAt` that follows a separator (then `stop` is that point), or the end.
 */
function scan(text: string, from: number, syncAt: number, out: Builder): { words: Builder; stop: number } {
  const n = text.length;
  let i = from;
  while (i < n) {
    let c = text.charCodeAt(i);
    let k = kind[c] || classify(c);
    if (k !== 1) {
      i++;
      continue;
    }
    if (i >= syncAt && i > 0 && kindAt(text, i - 1) === 3) return { words: out, stop: i };
    const start = i;
    let h = 0x811c9dc5 | 0;
    let end = i;
    for (;;) {
      if (k === 1) {
        h = Math.imul(h ^ lower[c], 0x01000193);
        end = ++i;
      } else if (k === 2) {
        // A joiner continues the word only when a word character follows it.
        let j = i + 1;
        while (j < n && kindAt(text, j) === 2) j++;
        if (j >= n || kindAt(text, j) !== 1) break;
        i = j;
      } else break;
      if (i >= n) break;
      c = text.charCodeAt(i);
      k = kind[c] || classify(c);
    }
    i = end;
    out.push(start, end, fmix(h));
  }
  return { words: out, stop: n };
}

/** First index in the sorted ascending a[0, n) whose value is >= x. */
export function lowerBound(a: Int32Array, n: number, x: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// The last text tokenised by tokenizeEdited, and its words.
let last: { text: string; words: Words } | undefined;

/**
 * tokenize, reusing the words of the last text it was given outside the span where the two
 * differ (an edit of the same document): words before the edit are kept, words after it are
 * moved by the length the edit added, and only the span between is scanned.
 */
export function tokenizeEdited(text: string): Words {
  const prev = last;
  if (prev && prev.text === text) return prev.words;
  let words: Words;
  const prefix = prev ? commonPrefix(prev.text, text) : 0;
  const suffixFrom = prev ? text.length - commonSuffix(prev.text, text, prefix) : text.length;
  if (!prev || prefix + (text.length - suffixFrom) < text.length / 2) words = tokenize(text);
  else {
    const old = prev.words;
    const delta = text.length - prev.text.length;
    // Back to a separator, where no word is under way in either text.
    let r = prefix;
    while (r > 0 && kindAt(text, r - 1) !== 3) r--;
    const out = new Builder(old.count + Math.ceil(Math.abs(delta) / 5) + 16);
    out.append(old, 0, lowerBound(old.starts, old.count, r), 0);
    // Scan until a point between words, after a separator, inside the common suffix: from there on the old words hold.
    const { stop } = scan(text, r, suffixFrom + 1, out);
    if (stop < text.length) out.append(old, lowerBound(old.starts, old.count, stop - delta), old.count, delta);
    words = out.done();
  }
  last = { text, words };
  return words;
}

const BASE = 0x9e3779b1 | 0;

/**
 * Winnowing (Schleimer, Wilkerson & Aiken 2003): hashes of every k-word run, and in every
 * window of `w` consecutive runs the rightmost smallest hash is kept. Any run of k + w - 1
 * words shared by two texts then shares at least one kept hash. Returns hashes and the
 * word index where each kept run starts, in text order.
 */
export function winnow(words: Words, k: number, w: number): { hashes: Int32Array; positions: Int32Array } {
  const nk = words.count - k + 1;
  if (nk < w || nk <= 0) return { hashes: new Int32Array(0), positions: new Int32Array(0) };
  const wh = words.hashes;
  const g = new Int32Array(nk);
  let pow = 1;
  for (let j = 0; j < k - 1; j++) pow = Math.imul(pow, BASE);
  let h = 0;
  for (let j = 0; j < k; j++) h = (Math.imul(h, BASE) + wh[j]) | 0;
  g[0] = fmix(h);
  for (let i = 1; i < nk; i++) {
    h = (Math.imul((h - Math.imul(wh[i - 1], pow)) | 0, BASE) + wh[i + k - 1]) | 0;
    g[i] = fmix(h);
  }
  const outH = new Int32Array(nk);
  const outP = new Int32Array(nk);
  let kept = 0;
  let min = -1;
  for (let s = 0; s + w <= nk; s++) {
    const e = s + w - 1;
    if (min < s) {
      min = s;
      for (let j = s + 1; j <= e; j++) if (g[j] <= g[min]) min = j;
      if (kept === 0 || outP[kept - 1] !== min) {
        outH[kept] = g[min];
        outP[kept++] = min;
      }
    } else if (g[e] <= g[min]) {
      min = e;
      outH[kept] = g[min];
      outP[kept++] = min;
    }
  }
  return { hashes: outH.slice(0, kept), positions: outP.slice(0, kept) };
}

/** k (words per hashed run) for a guarantee threshold: long enough to be rare, short enough to leave a window. */
export function gramSize(minWords: number): number {
  return Math.max(Math.min(5, minWords), Math.min(minWords, Math.round(minWords / 2)));
}
