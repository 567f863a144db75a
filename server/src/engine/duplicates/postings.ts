// Hash -> (document, word position) postings in flat typed arrays: millions of fingerprints
// without millions of small objects. Removed documents are dropped lazily (see `isLive`).
// Each chain is kept oldest first (documents in the order they were set), so a walk that stops
// early sees the first copies; each slot also counts the live documents that hold its hash, so a
// walk that stops early can say how many it left.

import { steps } from './steps';

export class Postings {
  private mask: number;
  /**
   * The hash table, one slot a stride of SLOT int32s: [key, head, tail, docs]. Together, so a
   * lookup or a rehash touches one cache line per slot, not four arrays' (at 10,000 articles
   * the table has millions of slots, and four arrays made growing it cost half a second).
   * head: first posting; -2 = slot never used, -1 = key present without postings. tail: last
   * posting (valid where head >= 0). docs: live documents holding the slot's hash.
   */
  private table: Int32Array;
  private used = 0;
  doc = new Int32Array(1 << 12);
  pos = new Int32Array(1 << 12);
  next = new Int32Array(1 << 12);
  private top = 0;
  private free = -1;
  /** Postings whose document is gone but that are still linked. */
  garbage = 0;
  live = 0;

  constructor(
    private isLive: (doc: number) => boolean,
    capacity = 1 << 12,
  ) {
    this.table = emptyTable(capacity);
    this.mask = capacity - 1;
  }

  /** The slot of `hash` (its offset in the table): where it is, or the free slot where it would go. */
  private slot(hash: number): number {
    const t = this.table;
    let s = hash & this.mask;
    for (;;) {
      const at = s * SLOT;
      if (t[at + HEAD] === -2 || t[at] === hash) return at;
      s = (s + 1) & this.mask;
    }
  }

  /**
   * Makes room for `postings` postings (as many distinct hashes at most) without growing on the
   * way: a load that knows its size skips the rehashes (half a second at 10,000 articles).
   */
  reserve(postings: number): void {
    while ((postings + 1) * 4 > (this.mask + 1) * 3) this.grow();
    if (postings > this.doc.length) this.growPostings(postings);
  }

  /** Appends a posting; `firstOfDoc` when it is the first posting of this hash for `doc` (counted in docCount). */
  add(hash: number, doc: number, pos: number, firstOfDoc = true): void {
    if ((this.used + 1) * 4 > (this.mask + 1) * 3) this.grow();
    const s = this.slot(hash);
    const t = this.table;
    if (t[s + HEAD] === -2) {
      t[s] = hash;
      t[s + HEAD] = -1;
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
    if (t[s + HEAD] < 0) t[s + HEAD] = p;
    else this.next[t[s + TAIL]] = p;
    t[s + TAIL] = p;
    if (firstOfDoc) t[s + DOCS]++;
    this.live++;
  }

  /** Live documents holding `hash`. */
  docCount(hash: number): number {
    const s = this.slot(hash);
    return this.table[s + HEAD] === -2 ? 0 : this.table[s + DOCS];
  }

  /** A document that held `hash` is gone (called once per distinct hash of it). */
  forgetDoc(hash: number): void {
    const s = this.slot(hash);
    if (this.table[s + HEAD] !== -2 && this.table[s + DOCS] > 0) this.table[s + DOCS]--;
  }

  /** Calls `visit` for the live postings of `hash`, oldest first, unlinking dead ones on the way, until `visit` returns false. */
  forEach(hash: number, visit: (doc: number, pos: number) => boolean): void {
    const s = this.slot(hash);
    const t = this.table;
    if (t[s + HEAD] < 0) return;
    let prev = -1;
    let p = t[s + HEAD];
    while (p >= 0) {
      const nxt = this.next[p];
      steps.n++;
      const d = this.doc[p];
      if (!this.isLive(d)) {
        if (prev < 0) t[s + HEAD] = nxt < 0 ? -1 : nxt;
        else this.next[prev] = nxt;
        if (t[s + TAIL] === p) t[s + TAIL] = prev;
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

  private growPostings(atLeast = 0) {
    const n = Math.max(this.doc.length * 2, atLeast);
    for (const k of ['doc', 'pos', 'next'] as const) {
      const a = new Int32Array(n);
      a.set(this[k]);
      this[k] = a;
    }
  }

  private grow() {
    const old = this.table;
    const cap = (this.mask + 1) * 2;
    this.table = emptyTable(cap);
    this.mask = cap - 1;
    this.used = 0;
    const t = this.table;
    for (let i = 0; i < old.length; i += SLOT) {
      if (old[i + HEAD] < 0) continue; // keys without postings are not carried over
      const s = this.slot(old[i]);
      t[s] = old[i];
      t[s + HEAD] = old[i + HEAD];
      t[s + TAIL] = old[i + TAIL];
      t[s + DOCS] = old[i + DOCS];
      this.used++;
    }
  }
}

const SLOT = 4;
const HEAD = 1;
const TAIL = 2;
const DOCS = 3;

function emptyTable(capacity: number): Int32Array {
  const t = new Int32Array(capacity * SLOT);
  for (let i = HEAD; i < t.length; i += SLOT) t[i] = -2;
  return t;
}
