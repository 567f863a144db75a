// Line hash -> the documents holding that line, in typed arrays: a workspace of 10,000 articles
// has hundreds of thousands of distinct lines, and a Map of them (a heap number per key) took
// 19 MB of the engine host's heap where these arrays take 7 MB.
//
// Open addressing with linear probing; a removed key's run is shifted back (no tombstones).
// A value is a document number when one document holds the line (most lines), else
// -(list + 1): an index into `lists`, the documents in the order they came.

/** A free slot's key: line hashes (hash52) are never negative. */
const EMPTY = -1;

export class LineDocs {
  private keys: Float64Array;
  private vals: Int32Array;
  private mask: number;
  private used = 0;
  private readonly lists: (number[] | undefined)[] = [];
  private readonly freeLists: number[] = [];

  constructor(capacity = 1 << 10) {
    this.keys = new Float64Array(capacity).fill(EMPTY);
    this.vals = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  /** Distinct lines held. */
  get size(): number {
    return this.used;
  }

  /** The documents holding line `h` (a hash52: not negative), oldest first; do not change the array. */
  get(h: number): number | readonly number[] | undefined {
    const i = this.find(h);
    if (i < 0) return undefined;
    const v = this.vals[i];
    return v >= 0 ? v : this.lists[-v - 1];
  }

  /** Document `num` holds line `h`. */
  add(h: number, num: number): void {
    if ((this.used + 1) * 4 > (this.mask + 1) * 3) this.grow();
    let i = this.home(h);
    while (this.keys[i] !== EMPTY && this.keys[i] !== h) i = (i + 1) & this.mask;
    if (this.keys[i] === EMPTY) {
      this.keys[i] = h;
      this.vals[i] = num;
      this.used++;
      return;
    }
    const v = this.vals[i];
    if (v < 0) {
      this.lists[-v - 1]!.push(num);
      return;
    }
    const l = this.freeLists.pop() ?? this.lists.length;
    this.lists[l] = [v, num];
    this.vals[i] = -l - 1;
  }

  /** Document `num`, which held line `h`, no longer does. */
  remove(h: number, num: number): void {
    const i = this.find(h);
    if (i < 0) return;
    const v = this.vals[i];
    if (v >= 0) {
      if (v === num) this.erase(i);
      return;
    }
    const docs = this.lists[-v - 1]!;
    const at = docs.indexOf(num);
    if (at >= 0) docs.splice(at, 1);
    if (docs.length === 1) {
      this.vals[i] = docs[0];
      this.lists[-v - 1] = undefined;
      this.freeLists.push(-v - 1);
    }
  }

  private home(h: number): number {
    // The hash's two halves mixed (hashes are up to 52 bits: `>>> 0` keeps the low 32).
    return Math.imul((h >>> 0) ^ Math.floor(h / 4294967296), 0x9e3779b1) & this.mask;
  }

  private find(h: number): number {
    let i = this.home(h);
    for (;;) {
      const k = this.keys[i];
      if (k === h) return i;
      if (k === EMPTY) return -1;
      i = (i + 1) & this.mask;
    }
  }

  /** Empties slot `i`, moving later keys of its run back so that every key stays reachable from its home. */
  private erase(i: number) {
    const { keys, vals, mask } = this;
    let hole = i;
    let j = i;
    for (;;) {
      j = (j + 1) & mask;
      if (keys[j] === EMPTY) break;
      const home = this.home(keys[j]);
      // Key j may fill the hole unless its home lies cyclically in (hole, j].
      if (hole <= j ? home > hole && home <= j : home > hole || home <= j) continue;
      keys[hole] = keys[j];
      vals[hole] = vals[j];
      hole = j;
    }
    keys[hole] = EMPTY;
    vals[hole] = 0;
    this.used--;
  }

  private grow() {
    const { keys, vals } = this;
    const cap = (this.mask + 1) * 2;
    this.keys = new Float64Array(cap).fill(EMPTY);
    this.vals = new Int32Array(cap);
    this.mask = cap - 1;
    for (let s = 0; s < keys.length; s++) {
      if (keys[s] === EMPTY) continue;
      let i = this.home(keys[s]);
      while (this.keys[i] !== EMPTY) i = (i + 1) & this.mask;
      this.keys[i] = keys[s];
      this.vals[i] = vals[s];
    }
  }
}
