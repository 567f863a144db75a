// Turns on the host thread: an analysis runs one rule at a time, and between rules the
// messages that came meanwhile are handled and the shortest waiting text goes first, so a
// 1.5 MB article holds up another file's analysis by one rule at most, not by all of them.

interface Waiting {
  size: number;
  go: () => void;
}

export class Turns {
  private readonly waiting: Waiting[] = [];
  private scheduled = false;

  /** Resolves when a job of `size` characters may run its next step. */
  next(size: number): Promise<void> {
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
      turn?.go(); // its step runs in the microtasks after this callback, before the next turn
    });
  }
}
