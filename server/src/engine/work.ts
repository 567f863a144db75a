// A step counter for the worst-case tests (test/unit/worstcase.test.ts): the loops that could
// grow faster than the input (walks over cues, speakers, quotes, frames, backtracking scans)
// add the steps they take, and a baseline pass adds one per token, so a test can compare the
// work done on an input of size n with that on 4n without timing anything. Adding to a number
// is all it costs; nothing reads it outside the tests and the worst-case bench.

export const work = { steps: 0 };

/** Adds `n` steps (one by default). */
export function step(n = 1): void {
  work.steps += n;
}

/** Steps counted since the last reset; resets to zero. */
export function takeSteps(): number {
  const n = work.steps;
  work.steps = 0;
  return n;
}
