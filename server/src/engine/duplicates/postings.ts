// Hash -> (document, word position) postings in flat typed arrays: millions of fingerprints
// without millions of small objects. Removed documents are dropped lazily (see `isLive`).
// Each chain is kept oldest first (documents in the order they were set), so a walk that stops
// early sees the first copies; each chain also counts the live documents that hold its hash, so a
// walk that stops early can say how many it left.

import { steps } from './steps';

export class Postings {
  private mask: number;
  /**
   * The hash table, one slot two int32s: [key, ref]. ref: EMPTY (slot never used), NONE (key
   * present without postings), a posting (the hash's only one: most hashes stand in one place of
   * one article), or a chain (chainRef) in `chains`. Two ints, not four, because at 10,000
   * articles the table has four million slots: a slot holding head, tail and count cost 64 MB.
   */
  private table: Int32Array;
  private used = 0;
  /**
   * Chains of hashes posted more than once, a stride of CHAIN int32s: [head, tail, docs]. head:
   * first posting, or -1 when every posting was unlinked. tail: last posting (valid where head
   * >= 0). docs: live documents holding the hash.
   */
  private chains = new Int32Array(CHAIN * 256);
  private chainsTop = 0;
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
      if (t[at + REF] === EMPTY || t[at] === hash) return at;
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
    if (t[s + REF] === EMPTY) {
      t[s] = hash;
      t[s + REF] = NONE;
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
    this.live++;
    const ref = t[s + REF];
    // The first posting of a hash stands alone in its slot; the second makes a chain of both.
    if (ref === NONE) {
      t[s + REF] = p;
      return;
    }
    let c: number;
    if (ref >= 0) {
      c = this.newChain(ref, ref, this.isLive(this.doc[ref]) ? 1 : 0);
      t[s + REF] = chainRef(c);
    } else c = chainAt(ref);
    const ch = this.chains;
    if (ch[c + HEAD] < 0) ch[c + HEAD] = p;
    else this.next[ch[c + TAIL]] = p;
    ch[c + TAIL] = p;
    if (firstOfDoc) ch[c + DOCS]++;
  }

  /** Live documents holding `hash`. */
  docCount(hash: number): number {
    const ref = this.table[this.slot(hash) + REF];
    if (ref === EMPTY || ref === NONE) return 0;
    // A lone posting: its document counts if it is still there (document numbers are not reused).
    if (ref >= 0) return this.isLive(this.doc[ref]) ? 1 : 0;
    return this.chains[chainAt(ref) + DOCS];
  }

  /** A document that held `hash` is gone (called once per distinct hash of it). */
  forgetDoc(hash: number): void {
    const ref = this.table[this.slot(hash) + REF];
    if (ref >= NONE) return; // none, or a lone posting (counted by whether its document lives)
    const c = chainAt(ref);
    if (this.chains[c + DOCS] > 0) this.chains[c + DOCS]--;
  }

  /** Calls `visit` for the live postings of `hash`, oldest first, unlinking dead ones on the way, until `visit` returns false. */
  forEach(hash: number, visit: (doc: number, pos: number) => boolean): void {
    const s = this.slot(hash);
    const t = this.table;
    const ref = t[s + REF];
    if (ref === EMPTY || ref === NONE) return;
    if (ref >= 0) {
      steps.n++;
      const d = this.doc[ref];
      if (this.isLive(d)) visit(d, this.pos[ref]);
      else {
        t[s + REF] = NONE;
        this.release(ref);
      }
      return;
    }
    const ch = this.chains;
    const c = chainAt(ref);
    let prev = -1;
    let p = ch[c + HEAD];
    while (p >= 0) {
      const nxt = this.next[p];
      steps.n++;
      const d = this.doc[p];
      if (!this.isLive(d)) {
        if (prev < 0) ch[c + HEAD] = nxt < 0 ? -1 : nxt;
        else this.next[prev] = nxt;
        if (ch[c + TAIL] === p) ch[c + TAIL] = prev;
        this.release(p);
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

  /** A dead posting, unlinked: onto the free list. */
  private release(p: number) {
    this.next[p] = this.free;
    this.free = p;
    this.garbage--;
  }

  private newChain(head: number, tail: number, docs: number): number {
    if (this.chainsTop + CHAIN > this.chains.length) {
      const a = new Int32Array(this.chains.length * 2);
      a.set(this.chains);
      this.chains = a;
    }
    const c = this.chainsTop;
    this.chainsTop += CHAIN;
    this.chains[c + HEAD] = head;
    this.chains[c + TAIL] = tail;
    this.chains[c + DOCS] = docs;
    return c;
  }

  /** By half again (not double: at 10,000 articles these arrays are tens of megabytes), or to `atLeast`. */
  private growPostings(atLeast = 0) {
    const n = Math.max(this.doc.length + (this.doc.length >> 1), atLeast);
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
      const ref = old[i + REF];
      // Keys without postings are not carried over (nor their emptied chains: those records stay unused).
      if (ref === EMPTY || ref === NONE || (ref < NONE && this.chains[chainAt(ref) + HEAD] < 0)) continue;
      const s = this.slot(old[i]);
      t[s] = old[i];
      t[s + REF] = ref;
      this.used++;
    }
  }
}

const SLOT = 2;
const REF = 1;
const EMPTY = -2;
const NONE = -1;
const CHAIN = 3;
const HEAD = 0;
const TAIL = 1;
const DOCS = 2;
/** A chain's offset in `chains` as a slot's ref (below EMPTY), and back. */
const chainRef = (c: number) => -3 - c;
const chainAt = (ref: number) => -3 - ref;

function emptyTable(capacity: number): Int32Array {
  const t = new Int32Array(capacity * SLOT);
  for (let i = REF; i < t.length; i += SLOT) t[i] = EMPTY;
  return t;
}
