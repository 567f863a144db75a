// Turns on the host thread: an analysis runs one rule at a time, and between rules the
// messages that came meanwhile are handled and the shortest waiting text goes first, so a
// 1.5 MB article holds up another file's analysis by one rule at most, not by all of them.

interface Waiting {
  size: number;
  go: () => void;
}

/**
 * A job that had a turn less than this long ago, with no other job waiting, goes on without
 * one: each turn is a macrotask, and V8's pending work (GC tasks) ran in it, which cost a
 * 2,000-word edit about 1.5 ms of its 6. A message that came meanwhile waits this long at most.
 */
export const SLICE_MS = 10;

export class Turns {
  private readonly waiting: Waiting[] = [];
  private scheduled = false;
  private turnAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** Resolves when a job of `size` characters may run its first step: always a turn, after the messages already come. */
  start(size: number): Promise<void> {
    return this.turn(size);
  }

  /** Resolves when a job of `size` characters may run its next step. */
  next(size: number): Promise<void> {
    if (!this.scheduled && !this.waiting.length && this.now() - this.turnAt < SLICE_MS) return Promise.resolve();
    return this.turn(size);
  }

  private turn(size: number): Promise<void> {
    return new Promise((go) => {
      this.waiting.push({ size, go });
      this.kick();
    });
  }

  private kick(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    // setImmediate: after the messages that arrived during the last step (the poll phase comes first).
    setImmediate(() => {
      this.scheduled = false;
      let best = 0;
      for (let i = 1; i < this.waiting.length; i++) if (this.waiting[i].size < this.waiting[best].size) best = i;
      const [turn] = this.waiting.splice(best, 1);
      if (this.waiting.length) this.kick();
      this.turnAt = this.now();
      turn?.go(); // its step runs in the microtasks after this callback, before the next turn
    });
  }
}
