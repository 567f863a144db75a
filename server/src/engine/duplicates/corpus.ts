// The corpus: every article of the workspace, indexed for duplicated passages by winnowed
// fingerprints of normalised word k-grams. Texts are kept (for line positions of other files
// and to re-read their words when checking a match); words are re-tokenised on demand.

import { LineTable } from '../boilerplate/evidence';
import { LineIndex } from '../text';
import { findMatches, type Match } from './match';
import { Postings } from './postings';
import { gramSize, tokenize, winnow, type Words } from './words';

export type { Match } from './match';

export interface CorpusOptions {
  /** Shortest shared run, in words, that must always be found (default 15). */
  minWords?: number;
}

interface DocRec {
  id: string;
  num: number;
  text: string;
  fpHashes: Int32Array;
  fpPositions: Int32Array;
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
    return this.byId.get(docId)?.text;
  }

  /** Line positions of a document's indexed text (for related locations in files not open). */
  lineIndex(docId: string): LineIndex | undefined {
    const r = this.byId.get(docId);
    return r && new LineIndex(r.text);
  }

  private lineTable?: LineTable;

  /** Which documents hold which lines, for the boilerplate rule; built on first use, then kept current. */
  get lines(): LineTable {
    if (!this.lineTable) {
      this.lineTable = new LineTable();
      for (const r of this.byId.values()) this.lineTable.set(r.id, r.text);
    }
    return this.lineTable;
  }

  /** Adds or replaces a document's text. Returns false when the text was already indexed. */
  set(docId: string, text: string): boolean {
    const old = this.byId.get(docId);
    if (old && old.text === text) return false;
    if (old) this.drop(old);
    const rec: DocRec = { id: docId, num: this.byNum.length, text, fpHashes: new Int32Array(0), fpPositions: new Int32Array(0) };
    this.byNum.push(rec);
    this.byId.set(docId, rec);
    this.lineTable?.set(docId, text);
    this.fingerprint(rec, this.wordsOf(rec));
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
    // Group this document's fingerprints by hash, so each postings chain is walked once.
    const positionsOf = new Map<number, number[]>();
    for (let i = 0; i < rec.fpHashes.length; i++) {
      const h = rec.fpHashes[i];
      const list = positionsOf.get(h);
      if (list) list.push(rec.fpPositions[i]);
      else positionsOf.set(h, [rec.fpPositions[i]]);
    }
    // For each other document: pairs of (own positions, their positions) sharing a hash.
    const seeds = new Map<number, { mine: number[]; theirs: number[] }[]>();
    const count = new Map<number, number>();
    for (const [h, mine] of positionsOf) {
      const theirs = new Map<number, number[]>();
      this.postings.forEach(h, (d, p) => {
        const l = theirs.get(d);
        if (l) l.push(p);
        else theirs.set(d, [p]);
      });
      for (const [d, ps] of theirs) {
        ps.reverse(); // chains are newest first; positions were added in text order
        let l = seeds.get(d);
        if (!l) seeds.set(d, (l = []));
        l.push({ mine, theirs: ps });
        count.set(d, (count.get(d) ?? 0) + 1);
      }
    }
    const others = [...seeds.keys()].filter((d) => d !== rec.num).sort((a, b) => count.get(b)! - count.get(a)! || a - b);
    const checked = others.slice(0, maxDocs);
    const unchecked = others.length - checked.length;
    if (seeds.has(rec.num)) checked.unshift(rec.num);
    const out: Match[] = [];
    for (const d of checked) {
      const other = this.byNum[d]!;
      const theirWords = d === rec.num ? own : this.wordsOf(other);
      for (const m of findMatches(own, theirWords, seeds.get(d)!, this.k, minWords, d === rec.num)) {
        out.push({ ...m, doc: other.id });
      }
    }
    return { matches: out, unchecked };
  }

  /** Documents that share at least one fingerprint with `docId` (a cheap superset of those sharing passages). */
  neighbours(docId: string): string[] {
    const rec = this.byId.get(docId);
    if (!rec) return [];
    const out = new Set<number>();
    for (const h of new Set(rec.fpHashes)) this.postings.forEach(h, (d) => out.add(d));
    out.delete(rec.num);
    return [...out].map((d) => this.byNum[d]!.id);
  }

  private wordsOf(rec: DocRec): Words {
    let w = this.wordsCache.get(rec.num);
    if (w) {
      this.wordsCache.delete(rec.num);
    } else {
      w = tokenize(rec.text);
      if (this.wordsCache.size >= WORDS_CACHE) this.wordsCache.delete(this.wordsCache.keys().next().value!);
    }
    this.wordsCache.set(rec.num, w);
    return w;
  }

  private fingerprint(rec: DocRec, words: Words) {
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
