// The corpus: every article of the workspace, indexed for duplicated passages by winnowed
// fingerprints of normalised word k-grams. Texts are kept (for line positions of other files
// and to re-read their words when checking a match); words are re-tokenised on demand.

import { LineTable, textLineHashes } from '../boilerplate/evidence';
import { PACK_MAX, type Packed, pack, sameText, unpack } from '../packed';
import { LineIndex } from '../text';
import { findMatches, type Match, type SeedGroup } from './match';
import { Postings } from './postings';
import { gramSize, tokenize, tokenizeEdited, winnow, type Words } from './words';

export type { Match } from './match';

export interface CorpusOptions {
  /** Shortest shared run, in words, that must always be found (default 15). */
  minWords?: number;
}

/**
 * What indexing one document computed, as plain typed arrays: what a cache keeps so that an
 * unchanged file is not tokenised again (see Corpus.indexed and Corpus.setIndexed).
 */
export interface IndexedDoc {
  /** The run length and gram size the fingerprints were made with. */
  minWords: number;
  gram: number;
  wordHashes: Int32Array;
  fpHashes: Int32Array;
  fpPositions: Int32Array;
  /** Distinct line hashes, ascending (the boilerplate line table's entry). */
  lineHashes: Float64Array;
}

interface DocRec {
  id: string;
  num: number;
  /** The text, packed (see pack). */
  text: Packed;
  fpHashes: Int32Array;
  fpPositions: Int32Array;
  /** Hash of each normalised word: all that extending a match needs, kept so that checking a
   * document against hundreds of others (a line shared by thousands of articles) tokenises none of them. */
  wordHashes: Int32Array;
  /** Line hashes given by setIndexed, kept until the line table is built. */
  lineHashes?: Float64Array;
}

const WORDS_CACHE = 256;

export class Corpus {
  private byId = new Map<string, DocRec>();
  private byNum: (DocRec | undefined)[] = [];
  private postings!: Postings;
  private wordsCache = new Map<number, Words>();
  private t: number;
  private k: number;

  constructor(options: CorpusOptions = {}) {
    this.t = Math.max(2, Math.floor(options.minWords ?? 15));
    this.k = gramSize(this.t);
    this.resetPostings();
  }

  /** The run length (words) every match of at least which is guaranteed to be found. */
  get minWords(): number {
    return this.t;
  }

  /** Words per fingerprinted run. */
  get gram(): number {
    return this.k;
  }

  get size(): number {
    return this.byId.size;
  }

  ids(): string[] {
    return [...this.byId.keys()];
  }

  has(docId: string): boolean {
    return this.byId.has(docId);
  }

  text(docId: string): string | undefined {
    const r = this.byId.get(docId);
    return r && unpack(r.text);
  }

  /** Line positions of a document's indexed text (for related locations in files not open). */
  lineIndex(docId: string): LineIndex | undefined {
    const r = this.byId.get(docId);
    return r && new LineIndex(unpack(r.text));
  }

  private lineTable?: LineTable;

  /** Which documents hold which lines, for the boilerplate rule; built on first use, then kept current. */
  get lines(): LineTable {
    if (!this.lineTable) {
      this.lineTable = new LineTable();
      for (const r of this.byId.values()) {
        if (r.lineHashes) this.lineTable.setHashes(r.id, r.lineHashes);
        else this.lineTable.set(r.id, unpack(r.text));
        r.lineHashes = undefined;
      }
    }
    return this.lineTable;
  }

  /** Adds or replaces a document's text. Returns false when the text was already indexed. */
  set(docId: string, text: string): boolean {
    const old = this.byId.get(docId);
    if (old && sameText(old.text, text)) return false;
    if (old) this.drop(old);
    const rec: DocRec = { id: docId, num: this.byNum.length, text: pack(text), fpHashes: new Int32Array(0), fpPositions: new Int32Array(0), wordHashes: new Int32Array(0) };
    this.byNum.push(rec);
    this.byId.set(docId, rec);
    this.lineTable?.set(docId, text);
    this.fingerprint(rec, this.wordsOf(rec, text));
    return true;
  }

  /** A document's index entry, for a cache (undefined if it is not indexed). */
  indexed(docId: string): IndexedDoc | undefined {
    const r = this.byId.get(docId);
    if (!r) return undefined;
    const lineHashes = r.lineHashes ?? this.lineTable?.lineHashes(docId) ?? textLineHashes(unpack(r.text));
    return { minWords: this.t, gram: this.k, wordHashes: r.wordHashes, fpHashes: r.fpHashes, fpPositions: r.fpPositions, lineHashes };
  }

  /**
   * Adds or replaces a document with an entry `indexed` computed earlier for this very text
   * (from a cache): nothing is tokenised. An entry made with other settings is not used: the
   * text is indexed as by set(). `utf8`, when given, is the text as UTF-8 (kept as it is, not encoded again).
   */
  setIndexed(docId: string, text: string, entry: IndexedDoc, utf8?: Uint8Array): boolean {
    if (entry.minWords !== this.t || entry.gram !== this.k) return this.set(docId, text);
    const old = this.byId.get(docId);
    if (old && sameText(old.text, text)) return false;
    if (old) this.drop(old);
    const packed = utf8 && text.length <= PACK_MAX ? utf8 : pack(text);
    const rec: DocRec = { id: docId, num: this.byNum.length, text: packed, fpHashes: entry.fpHashes, fpPositions: entry.fpPositions, wordHashes: entry.wordHashes };
    this.byNum.push(rec);
    this.byId.set(docId, rec);
    if (this.lineTable) this.lineTable.setHashes(docId, entry.lineHashes);
    else rec.lineHashes = entry.lineHashes;
    for (let i = 0; i < rec.fpHashes.length; i++) this.postings.add(rec.fpHashes[i], rec.num, rec.fpPositions[i]);
    return true;
  }

  delete(docId: string): boolean {
    const old = this.byId.get(docId);
    if (!old) return false;
    this.drop(old);
    return true;
  }

  /** Lowers the guaranteed run length (re-fingerprinting every document) when a setting asks for shorter runs. */
  ensureMinWords(minWords: number): void {
    const t = Math.max(2, Math.floor(minWords));
    if (t >= this.t) return;
    this.t = t;
    this.k = gramSize(t);
    this.reindex();
  }

  /** The words of an indexed document (cached for recently used documents). */
  words(docId: string): Words | undefined {
    const r = this.byId.get(docId);
    return r && this.wordsOf(r);
  }

  /**
   * Maximal runs of at least `minWords` words that `docId` shares with other documents, and
   * with itself (then `self` is true and the other copy is the earlier one).
   * `maxDocs` caps how many other documents are checked (those sharing most fingerprints first).
   */
  matches(docId: string, minWords = this.t, maxDocs = 200): { matches: Match[]; unchecked: number } {
    const rec = this.byId.get(docId);
    if (!rec) return { matches: [], unchecked: 0 };
    const own = this.wordsOf(rec);
    // Group this document's fingerprints by hash, so each postings chain is walked once: a radix
    // sort (a Map of ~35k arrays for a 1 MB text cost as much as tokenising it), then the groups
    // in order of first occurrence, each with its positions ascending.
    const H = rec.fpHashes;
    const F = H.length;
    const { sorted, runAt } = hashRuns(H);
    // For each other document: pairs of (own positions, their positions) sharing a hash.
    const seeds = new Map<number, { mine: number[]; theirs: number[] }[]>();
    const count = new Map<number, number>();
    const addGroup = (d: number, mine: number[], ps: number[]) => {
      let l = seeds.get(d);
      if (!l) seeds.set(d, (l = []));
      l.push({ mine, theirs: ps });
      count.set(d, (count.get(d) ?? 0) + 1);
    };
    // Postings of one hash, collected into reused buffers (no closure or map per hash).
    const bufD: number[] = [];
    const bufP: number[] = [];
    const collect = (d: number, p: number) => {
      bufD.push(d);
      bufP.push(p);
    };
    for (let i = 0; i < F; i++) {
      const s = runAt[i];
      if (s < 0) continue;
      const h = H[i];
      let e = s + 1;
      while (e < F && H[sorted[e]] === h) e++;
      bufD.length = 0;
      bufP.length = 0;
      this.postings.forEach(h, collect);
      const n = bufD.length;
      // Most hashes occur once in the corpus: in this document only. A lone self seed pairs a
      // position with itself, which findMatches skips (only earlier copies count).
      if (n === 1 && bufD[0] === rec.num && e - s === 1) continue;
      const mine: number[] = [];
      for (let j = s; j < e; j++) mine.push(rec.fpPositions[sorted[j]]);
      if (n === 1) {
        addGroup(bufD[0], mine, [bufP[0]]);
        continue;
      }
      const theirs = new Map<number, number[]>();
      for (let i = 0; i < n; i++) {
        const l = theirs.get(bufD[i]);
        if (l) l.push(bufP[i]);
        else theirs.set(bufD[i], [bufP[i]]);
      }
      for (const [d, ps] of theirs) {
        ps.reverse(); // chains are newest first; positions were added in text order
        addGroup(d, mine, ps);
      }
    }
    const others = [...seeds.keys()].filter((d) => d !== rec.num).sort((a, b) => count.get(b)! - count.get(a)! || a - b);
    const checked = others.slice(0, maxDocs);
    const unchecked = others.length - checked.length;
    if (seeds.has(rec.num)) checked.unshift(rec.num);
    const out: Match[] = [];
    for (const d of checked) {
      const other = this.byNum[d]!;
      const theirWords = d === rec.num ? own : hashesOnly(other.wordHashes);
      for (const m of findMatches(own, theirWords, seeds.get(d)!, this.k, minWords, d === rec.num)) {
        out.push({ ...m, doc: other.id });
      }
    }
    return { matches: out, unchecked };
  }

  /** Other documents that share a passage of at least minWords words with `docId`. */
  sharers(docId: string): string[] {
    return [...new Set(this.matches(docId).matches.map((m) => m.doc))].filter((d) => d !== docId);
  }

  /** `text`, when given, is the document's text just set: tokenised from the last one set if it is an edit of it. */
  private wordsOf(rec: DocRec, text?: string): Words {
    let w = this.wordsCache.get(rec.num);
    if (w) {
      this.wordsCache.delete(rec.num);
    } else {
      w = text === undefined ? tokenize(unpack(rec.text)) : tokenizeEdited(text);
      if (this.wordsCache.size >= WORDS_CACHE) this.wordsCache.delete(this.wordsCache.keys().next().value!);
    }
    this.wordsCache.set(rec.num, w);
    return w;
  }

  private fingerprint(rec: DocRec, words: Words) {
    rec.wordHashes = words.hashes.length > words.count ? words.hashes.slice(0, words.count) : words.hashes;
    const fp = winnow(words, this.k, this.t - this.k + 1);
    rec.fpHashes = fp.hashes;
    rec.fpPositions = fp.positions;
    for (let i = 0; i < fp.hashes.length; i++) this.postings.add(fp.hashes[i], rec.num, fp.positions[i]);
  }

  private drop(rec: DocRec) {
    this.byId.delete(rec.id);
    this.lineTable?.delete(rec.id);
    this.byNum[rec.num] = undefined;
    this.wordsCache.delete(rec.num);
    this.postings.dropped(rec.fpHashes.length);
    // Dead postings are unlinked when their chains are walked; rebuild when they pile up.
    if (this.postings.garbage > this.postings.live + 100_000) this.reindex();
  }

  private resetPostings() {
    this.postings = new Postings((d) => this.byNum[d] !== undefined);
  }

  private reindex() {
    this.resetPostings();
    for (const rec of this.byId.values()) this.fingerprint(rec, this.wordsOf(rec));
  }
}

/**
 * The repeated passages of a document alone: what a new Corpus holding only this document
 * returns from matches() (with the same minWords), without building postings, because a lone
 * document's postings of a hash are its own positions of that hash.
 */
export function selfMatches(words: Words, minWords: number): Omit<Match, 'doc'>[] {
  const t = Math.max(2, Math.floor(minWords));
  const k = gramSize(t);
  const fp = winnow(words, k, t - k + 1);
  const H = fp.hashes;
  const F = H.length;
  const { sorted, runAt } = hashRuns(H);
  const groups: SeedGroup[] = [];
  for (let i = 0; i < F; i++) {
    const s = runAt[i];
    if (s < 0) continue;
    let e = s + 1;
    while (e < F && H[sorted[e]] === H[i]) e++;
    if (e - s < 2) continue; // a lone seed pairs a position with itself: never used
    const mine: number[] = [];
    for (let j = s; j < e; j++) mine.push(fp.positions[sorted[j]]);
    groups.push({ mine, theirs: mine.slice() });
  }
  return groups.length ? findMatches(words, words, groups, k, minWords, true) : [];
}

/**
 * Fingerprints grouped by hash: `sorted` holds indices with equal hashes together (in index
 * order); runAt[i] is where i's run starts in `sorted` when i is the first of its hash, else -1.
 */
function hashRuns(H: Int32Array): { sorted: Int32Array; runAt: Int32Array } {
  const F = H.length;
  const sorted = sortByHash(H);
  const runAt = new Int32Array(F).fill(-1);
  for (let s = 0; s < F; ) {
    let e = s + 1;
    while (e < F && H[sorted[e]] === H[sorted[s]]) e++;
    runAt[sorted[s]] = s;
    s = e;
  }
  return { sorted, runAt };
}

/** Indices of `hashes` sorted by hash (as unsigned), equal hashes in index order: a stable LSD radix sort, 11 bits a pass. */
function sortByHash(hashes: Int32Array): Int32Array {
  const n = hashes.length;
  let from = new Int32Array(n);
  let to = new Int32Array(n);
  for (let i = 0; i < n; i++) from[i] = i;
  const count = new Int32Array(2048);
  for (let shift = 0; shift < 32; shift += 11) {
    count.fill(0);
    for (let i = 0; i < n; i++) count[(hashes[from[i]] >>> shift) & 2047]++;
    let sum = 0;
    for (let b = 0; b < 2048; b++) {
      const c = count[b];
      count[b] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) to[count[(hashes[from[i]] >>> shift) & 2047]++] = from[i];
    [from, to] = [to, from];
  }
  return from;
}

const NO_OFFSETS = new Int32Array(0);
/** Words of another document for match extension: hashes only (offsets come later, for the matches found). */
const hashesOnly = (hashes: Int32Array): Words => ({ count: hashes.length, hashes, starts: NO_OFFSETS, ends: NO_OFFSETS });
