// A tally of the work done in the hot loops of duplicate detection (postings walked, seed pairs
// tried, words compared while extending a run, characters decoded, related copies built), so a
// test can check that it grows linearly with the input on any machine, however noisy its clock.
// One integer add per step; nothing reads it but tests and benchmarks.

export const steps = { n: 0 };
