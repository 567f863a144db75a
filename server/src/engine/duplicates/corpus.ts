// The corpus: every article of the workspace, indexed for duplicated passages by winnowed
// fingerprints of normalised word k-grams. Texts are kept (for line positions of other files
// and to re-read their words when checking a match); words are re-tokenised on demand.

import { LineTable, textLineHashes } from '../boilerplate/evidence';
import { PACK_MAX, type Packed, pack, sameText, unpack } from '../packed';
import { LineIndex } from '../text';
import { findMatches, type Match, MatchScratch, type SeedGroup } from './match';
import { Postings } from './postings';
import { steps } from './steps';
import { gramSize, lowerBound, tokenize, tokenizeEdited, winnow, type Words } from './words';

export type { Match } from './match';

export interface CorpusIndexOptions {
  /** Shortest shared run, in words, that must always be found (default 15). */
  minWords?: number;
}

/**
 * What indexing one document computed, as plain typed arrays: what a cache keeps so that an
 * unchanged file is not tokenised again (see CorpusIndex.indexed and CorpusIndex.setIndexed).
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
  /** Hash of each normalised word: all that extending a match needs, kept so that checking a
   * document against hundreds of others (a line shared by thousands of articles) tokenises none of them.
   * Its fingerprints are not kept: they are winnowed again from these when needed (see fingerprints). */
  wordHashes: Int32Array;
  /** Line hashes given by setIndexed, kept until the line table is built. */
  lineHashes?: Float64Array;
}

const WORDS_CACHE = 256;
/** Documents of an expected load whose sizes estimate the room the rest need (see expect). */
const EXPECT_SAMPLE = 32;
/** Texts kept decoded (most recently used): findings read the texts of the documents they point at, again for every file that points there. */
const TEXT_CACHE = 64;

/**
 * Caps that bound the work of matches() by construction (issue #17: 60 near-identical files took
 * minutes, every file paired with every other). None is reached on ordinary corpora: an 8-word run
 * standing more than 8 times in one article, or one passage in more than 8 other files.
 *
 * MAX_POSITIONS: postings kept per (hash, document), the first in text order; the other places of
 * that run in that document are still found by extending a seed from the first ones when the text
 * around them agrees, and never needed for the document's own repeats (those come from its own
 * fingerprints, where each position is paired with at most this many earlier ones).
 */
export const MAX_POSITIONS = 8;
/**
 * MAX_DOCS_PER_HASH: other documents read from one hash's postings (the oldest: the first copies
 * set); each finding says how many more files share its wording. So a passage in 60 files points
 * at the first 8 copies and counts the rest, instead of every file pairing with all 59 others.
 */
export const MAX_DOCS_PER_HASH = 8;
/**
 * MATCH_STEPS_PER_WORD (+ MATCH_STEPS_BASE): the work one matches() call may do (seed pairs tried,
 * words compared while extending runs, runs scanned on a diagonal), per word of the document.
 * Ordinary documents use a few steps a word; when it runs out, the documents not yet checked are
 * reported as unchecked.
 */
export const MATCH_STEPS_PER_WORD = 256;
export const MATCH_STEPS_BASE = 100_000;

export interface MatchResult {
  matches: Match[];
  /** Other documents sharing some fingerprint that were not checked at all (over maxDocs, or out of steps). */
  unchecked: number;
  /** For words [a, b): how many more documents hold one of its fingerprints than were read (MAX_DOCS_PER_HASH). */
  uncheckedIn(a: number, b: number): number;
}

export class CorpusIndex {
  private byId = new Map<string, DocRec>();
  private byNum: (DocRec | undefined)[] = [];
  private postings!: Postings;
  private wordsCache = new Map<number, Words>();
  private textCache = new Map<number, string>();
  private t: number;
  private k: number;

  constructor(options: CorpusIndexOptions = {}) {
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

  /** Documents about to be added (a load's count): room is made for them once the first few show how large they are. */
  private expected = 0;

  /** Says that about `docs` more documents are coming (see `expected`); a hint only. */
  expect(docs: number): void {
    this.expected = docs;
    this.sampled = { docs: 0, postings: 0 };
  }

  private sampled = { docs: 0, postings: 0 };

  ids(): string[] {
    return [...this.byId.keys()];
  }

  has(docId: string): boolean {
    return this.byId.has(docId);
  }

  text(docId: string): string | undefined {
    const r = this.byId.get(docId);
    return r && this.decoded(r);
  }

  private decoded(r: DocRec): string {
    if (typeof r.text === 'string') return r.text;
    let t = this.textCache.get(r.num);
    if (t !== undefined) this.textCache.delete(r.num);
    else {
      steps.n += r.text.length;
      t = unpack(r.text);
      if (this.textCache.size >= TEXT_CACHE) this.textCache.delete(this.textCache.keys().next().value!);
    }
    this.textCache.set(r.num, t);
    return t;
  }

  /** Line positions of a document's indexed text (for related locations in files not open). */
  lineIndex(docId: string): LineIndex | undefined {
    const r = this.byId.get(docId);
    return r && new LineIndex(this.decoded(r));
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
    const none = new Int32Array(0);
    const rec: DocRec = {
      id: docId,
      num: this.byNum.length,
      text: pack(text),
      wordHashes: none,
    };
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
    const fp = this.fingerprints(r);
    return {
      minWords: this.t,
      gram: this.k,
      wordHashes: r.wordHashes,
      fpHashes: fp.hashes,
      fpPositions: fp.positions,
      lineHashes,
    };
  }

  /**
   * Adds or replaces a document with an entry `indexed` computed earlier for this very text
   * (from a cache): nothing is tokenised. An entry made with other settings is not used: the
   * text is indexed as by set(). `utf8`, when given, is the text as UTF-8 (kept as it is, not
   * encoded again). What is kept are views of the entry's arrays, not copies: a copy would free its
   * buffer only at a full collection, which a warm start of 10,000 entries never comes to, so
   * for a while the host held both (RSS 323 -> 414 MB).
   */
  setIndexed(docId: string, text: string, entry: IndexedDoc, utf8?: Uint8Array): boolean {
    if (entry.minWords !== this.t || entry.gram !== this.k) return this.set(docId, text);
    const old = this.byId.get(docId);
    if (old && sameText(old.text, text)) return false;
    if (old) this.drop(old);
    const packed = utf8 && text.length <= PACK_MAX ? utf8 : pack(text);
    const rec: DocRec = {
      id: docId,
      num: this.byNum.length,
      text: packed,
      wordHashes: entry.wordHashes,
    };
    this.byNum.push(rec);
    this.byId.set(docId, rec);
    if (this.lineTable) this.lineTable.setHashes(docId, entry.lineHashes);
    else rec.lineHashes = entry.lineHashes;
    // The entry's fingerprints: winnowing 10,000 articles again would add a quarter of a second to a warm start.
    this.post(rec, entry.fpHashes, entry.fpPositions);
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
   * `maxDocs` caps how many other documents are checked (those sharing most fingerprints first);
   * see also the caps above.
   */
  matches(docId: string, minWords = this.t, maxDocs = 200): MatchResult {
    const rec = this.byId.get(docId);
    if (!rec) return { matches: [], unchecked: 0, uncheckedIn: () => 0 };
    const own = this.wordsOf(rec);
    // This document's fingerprints grouped by hash, so each postings chain is walked once, in
    // order of first occurrence, each group's positions ascending. Sorted again here, not kept
    // from set(): a few hundred fingerprints sort in microseconds, and every document keeping
    // two more arrays as long as its fingerprints cost 14 MB at 10,000 articles.
    const { hashes: H, positions: P } = this.fingerprints(rec);
    const F = H.length;
    const { sorted, runAt } = hashRuns(H);
    // For each other document: pairs of (own positions, their positions) sharing a hash.
    const seeds = new Map<number, SeedGroup[]>();
    const count = new Map<number, number>();
    const selfGroups: SeedGroup[] = [];
    // Per fingerprint (by index): documents holding its hash beyond those read.
    let extra: Int32Array | undefined;
    // Postings of one hash, collected into reused buffers (no closure or map per hash).
    const bufD: number[] = [];
    const bufP: number[] = [];
    let docsRead = 0;
    let lastDoc = -1;
    const collect = (d: number, p: number) => {
      steps.n++;
      if (d === rec.num) return true;
      if (d !== lastDoc) {
        if (docsRead === MAX_DOCS_PER_HASH) return false;
        docsRead++;
        lastDoc = d;
      }
      bufD.push(d);
      bufP.push(p);
      return true;
    };
    for (let i = 0; i < F; i++) {
      const s = runAt[i];
      if (s < 0) continue;
      const h = H[i];
      let e = s + 1;
      while (e < F && H[sorted[e]] === h) e++;
      const mine: number[] = [];
      for (let j = s; j < e; j++) mine.push(P[sorted[j]]);
      steps.n += e - s;
      // Its own repeats: each position paired with the first MAX_POSITIONS ones (the earlier of them are used).
      if (e - s > 1) selfGroups.push({ mine, theirs: mine.slice(0, MAX_POSITIONS) });
      // Most hashes occur in this document only.
      const docs = this.postings.docCount(h);
      if (docs <= 1) continue;
      bufD.length = 0;
      bufP.length = 0;
      docsRead = 0;
      lastDoc = -1;
      this.postings.forEach(h, collect);
      const left = docs - 1 - docsRead;
      if (left > 0) {
        extra ??= new Int32Array(F);
        for (let j = s; j < e; j++) extra[sorted[j]] = left;
      }
      // Postings of one document stand together in a chain (all set at once), in text order.
      for (let j = 0; j < bufD.length; ) {
        const d = bufD[j];
        const ps: number[] = [];
        while (j < bufD.length && bufD[j] === d) ps.push(bufP[j++]);
        let l = seeds.get(d);
        if (!l) seeds.set(d, (l = []));
        l.push({ mine, theirs: ps });
        count.set(d, (count.get(d) ?? 0) + 1);
      }
    }
    const others = [...seeds.keys()].sort((a, b) => count.get(b)! - count.get(a)! || a - b);
    const checked = others.slice(0, maxDocs);
    let unchecked = others.length - checked.length;
    const out: Match[] = [];
    const scratch = new MatchScratch(own.count, MATCH_STEPS_PER_WORD * own.count + MATCH_STEPS_BASE);
    if (selfGroups.length)
      for (const m of findMatches(own, own, selfGroups, this.k, minWords, true, scratch, P))
        out.push({ ...m, doc: rec.id });
    for (const [i, d] of checked.entries()) {
      if (scratch.budget <= 0) {
        unchecked += checked.length - i;
        break;
      }
      const other = this.byNum[d]!;
      for (const m of findMatches(
        own,
        hashesOnly(other.wordHashes),
        seeds.get(d)!,
        this.k,
        minWords,
        false,
        scratch,
        P,
      ))
        out.push({ ...m, doc: other.id });
    }
    const uncheckedIn = (a: number, b: number) => {
      if (!extra) return 0;
      // Fingerprints of runs that start within [a, b - k]: positions ascend with the index.
      let lo = lowerBound(P, F, a);
      let most = 0;
      for (; lo < F && P[lo] + this.k <= b; lo++) if (extra[lo] > most) most = extra[lo];
      return most;
    };
    return { matches: out, unchecked, uncheckedIn };
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
      w = text === undefined ? tokenize(this.decoded(rec)) : tokenizeEdited(text);
      if (this.wordsCache.size >= WORDS_CACHE) this.wordsCache.delete(this.wordsCache.keys().next().value!);
    }
    this.wordsCache.set(rec.num, w);
    return w;
  }

  private fingerprint(rec: DocRec, words: Words) {
    rec.wordHashes = words.hashes.length > words.count ? words.hashes.slice(0, words.count) : words.hashes;
    const fp = winnow(words, this.k, this.t - this.k + 1);
    this.post(rec, fp.hashes, fp.positions);
  }

  /** A document's fingerprints, winnowed from its word hashes as when it was posted (tens of microseconds). */
  private fingerprints(rec: DocRec): { hashes: Int32Array; positions: Int32Array } {
    return winnow(hashesOnly(rec.wordHashes), this.k, this.t - this.k + 1);
  }

  /** Posts a document's fingerprints, grouped by hash: the first MAX_POSITIONS positions of each (see there), together in its chain. */
  private post(rec: DocRec, H: Int32Array, positions: Int32Array) {
    if (this.expected > 0) {
      // After a sample of the documents expected: room for all of them, at their average size and
      // a sixteenth more (a sample's average a little low made the arrays grow once more, by half).
      const s = this.sampled;
      s.docs++;
      s.postings += H.length;
      if (s.docs === EXPECT_SAMPLE || s.docs >= this.expected) {
        const rest = Math.ceil((s.postings / s.docs) * (this.expected - s.docs) * (17 / 16));
        this.postings.reserve(this.postings.live + rest);
        this.expected = 0;
      }
    }
    const sorted = sortByHash(H);
    const F = H.length;
    for (let s = 0; s < F; ) {
      const h = H[sorted[s]];
      let e = s + 1;
      while (e < F && H[sorted[e]] === h) e++;
      for (let j = s; j < Math.min(e, s + MAX_POSITIONS); j++)
        this.postings.add(h, rec.num, positions[sorted[j]], j === s);
      s = e;
    }
  }

  private drop(rec: DocRec) {
    this.byId.delete(rec.id);
    this.lineTable?.delete(rec.id);
    this.byNum[rec.num] = undefined;
    this.wordsCache.delete(rec.num);
    this.textCache.delete(rec.num);
    let n = 0;
    const H = this.fingerprints(rec).hashes;
    const { sorted, runAt } = hashRuns(H);
    for (let i = 0; i < H.length; i++) {
      const s = runAt[i];
      if (s < 0) continue;
      this.postings.forgetDoc(H[i]);
      let e = s + 1;
      while (e < sorted.length && H[sorted[e]] === H[i]) e++;
      n += Math.min(e - s, MAX_POSITIONS);
    }
    this.postings.dropped(n);
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
 * The repeated passages of a document alone: what a new CorpusIndex holding only this document
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
    groups.push({ mine, theirs: mine.slice(0, MAX_POSITIONS) });
  }
  return groups.length
    ? findMatches(
        words,
        words,
        groups,
        k,
        minWords,
        true,
        new MatchScratch(words.count, MATCH_STEPS_PER_WORD * words.count + MATCH_STEPS_BASE),
        fp.positions,
      )
    : [];
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
const hashesOnly = (hashes: Int32Array): Words => ({
  count: hashes.length,
  hashes,
  starts: NO_OFFSETS,
  ends: NO_OFFSETS,
});
