// Hash -> (document, word position) postings in flat typed arrays: millions of fingerprints
// without millions of small objects. Removed documents are dropped lazily (see `isLive`).
// Each chain is kept oldest first (documents in the order they were set), so a walk that stops
// early sees the first copies; each slot also counts the live documents that hold its hash, so a
// walk that stops early can say how many it left.

import { steps } from './steps';

export class Postings {
  private mask: number;
  private keys: Int32Array;
  /** Head posting of each slot; -2 = slot never used, -1 = key present without postings. */
  private heads: Int32Array;
  /** Last posting of each slot's chain (valid where heads >= 0). */
  private tails: Int32Array;
  /** Live documents holding each slot's hash. */
  private docs: Int32Array;
  private used = 0;
  doc = new Int32Array(1 << 12);
  pos = new Int32Array(1 << 12);
  next = new Int32Array(1 << 12);
  private top = 0;
  private free = -1;
  /** Postings whose document is gone but that are still linked. */
  garbage = 0;
  live = 0;

  constructor(private isLive: (doc: number) => boolean, capacity = 1 << 12) {
    this.keys = new Int32Array(capacity);
    this.heads = new Int32Array(capacity).fill(-2);
    this.tails = new Int32Array(capacity);
    this.docs = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  private slot(hash: number): number {
    let s = hash & this.mask;
    for (;;) {
      const h = this.heads[s];
      if (h === -2 || this.keys[s] === hash) return s;
      s = (s + 1) & this.mask;
    }
  }

  /** Appends a posting; `firstOfDoc` when it is the first posting of this hash for `doc` (counted in docCount). */
  add(hash: number, doc: number, pos: number, firstOfDoc = true): void {
    if ((this.used + 1) * 4 > (this.mask + 1) * 3) this.grow();
    const s = this.slot(hash);
    if (this.heads[s] === -2) {
      this.keys[s] = hash;
      this.heads[s] = -1;
      this.used++;
    }
    let p = this.free;
    if (p >= 0) this.free = this.next[p];
    else {
      if (this.top === this.doc.length) this.growPostings();
      p = this.top++;
    }
    this.doc[p] = doc;
    this.pos[p] = pos;
    this.next[p] = -1;
    if (this.heads[s] < 0) this.heads[s] = p;
    else this.next[this.tails[s]] = p;
    this.tails[s] = p;
    if (firstOfDoc) this.docs[s]++;
    this.live++;
  }

  /** Live documents holding `hash`. */
  docCount(hash: number): number {
    const s = this.slot(hash);
    return this.heads[s] === -2 ? 0 : this.docs[s];
  }

  /** A document that held `hash` is gone (called once per distinct hash of it). */
  forgetDoc(hash: number): void {
    const s = this.slot(hash);
    if (this.heads[s] !== -2 && this.docs[s] > 0) this.docs[s]--;
  }

  /** Calls `visit` for the live postings of `hash`, oldest first, unlinking dead ones on the way, until `visit` returns false. */
  forEach(hash: number, visit: (doc: number, pos: number) => boolean): void {
    const s = this.slot(hash);
    if (this.heads[s] < 0) return;
    let prev = -1;
    let p = this.heads[s];
    while (p >= 0) {
      const nxt = this.next[p];
      steps.n++;
      const d = this.doc[p];
      if (!this.isLive(d)) {
        if (prev < 0) this.heads[s] = nxt < 0 ? -1 : nxt;
        else this.next[prev] = nxt;
        if (this.tails[s] === p) this.tails[s] = prev;
        this.next[p] = this.free;
        this.free = p;
        this.garbage--;
      } else {
        prev = p;
        if (visit(d, this.pos[p]) === false) return;
      }
      p = nxt;
    }
  }

  /** Records that `count` postings just became dead (their document was removed). */
  dropped(count: number): void {
    this.garbage += count;
    this.live -= count;
  }

  private growPostings() {
    const n = this.doc.length * 2;
    for (const k of ['doc', 'pos', 'next'] as const) {
      const a = new Int32Array(n);
      a.set(this[k]);
      this[k] = a;
    }
  }

  private grow() {
    const oldKeys = this.keys;
    const oldHeads = this.heads;
    const oldTails = this.tails;
    const oldDocs = this.docs;
    const cap = (this.mask + 1) * 2;
    this.keys = new Int32Array(cap);
    this.heads = new Int32Array(cap).fill(-2);
    this.tails = new Int32Array(cap);
    this.docs = new Int32Array(cap);
    this.mask = cap - 1;
    this.used = 0;
    for (let i = 0; i < oldKeys.length; i++) {
      if (oldHeads[i] < 0) continue; // keys without postings are not carried over
      const s = this.slot(oldKeys[i]);
      this.keys[s] = oldKeys[i];
      this.heads[s] = oldHeads[i];
      this.tails[s] = oldTails[i];
      this.docs[s] = oldDocs[i];
      this.used++;
    }
  }
}
