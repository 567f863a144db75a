// Normalised words of an article, with their offsets, for duplicate matching.
// A word is a run of letters, digits and marks; everything else separates words, so reflowed
// lines, paragraph breaks, dashes, quotation marks and spacing never change the word sequence.
// Apostrophes (straight or curly) and invisible characters inside a word join it and are not
// hashed, so "Korea's" and "Korea’s" are one and the same word. Case is folded.

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
  const n = text.length;
  // A first guess of the word count (English averages about six characters a word); grown if short.
  let cap = Math.max(16, Math.floor(n / 5) + 16);
  let starts = new Int32Array(cap);
  let ends = new Int32Array(cap);
  let hashes = new Int32Array(cap);
  let count = 0;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    let k = kind[c] || classify(c);
    if (k !== 1) {
      i++;
      continue;
    }
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
        while (j < n && (kind[text.charCodeAt(j)] || classify(text.charCodeAt(j))) === 2) j++;
        if (j >= n || (kind[text.charCodeAt(j)] || classify(text.charCodeAt(j))) !== 1) break;
        i = j;
      } else break;
      if (i >= n) break;
      c = text.charCodeAt(i);
      k = kind[c] || classify(c);
    }
    i = end;
    if (count === cap) {
      cap *= 2;
      const s2 = new Int32Array(cap), e2 = new Int32Array(cap), h2 = new Int32Array(cap);
      s2.set(starts);
      e2.set(ends);
      h2.set(hashes);
      starts = s2;
      ends = e2;
      hashes = h2;
    }
    starts[count] = start;
    ends[count] = end;
    hashes[count] = fmix(h);
    count++;
  }
  return { count, starts, ends, hashes };
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
