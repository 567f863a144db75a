// Input shapes built to make a linter go super-linear (issue #17), shared by the step-count test
// (test/unit/worstcase.test.ts) and the worst-case bench (bench/worstcase.mjs). Every shape is a
// function of a target size in characters: it repeats its pieces until the text is that long, so
// the text at 4n starts with the text at n and the two differ only in how much there is.
//
// The fuzz shapes draw their pieces from a small seeded PRNG. A seed that once found a slow
// path stays in FUZZ_SEEDS, so the shape it made stays in the suite.

import { mulberry32 } from './rng';

export interface Shape {
  name: string;
  /** The text of about `size` characters. */
  make: (size: number) => string;
  /** 'markdown': analysed as Markdown (the blanking pre-pass runs). */
  format?: 'markdown';
  /**
   * Smallest size for the step test where a cap is reached (it must be reached at n already, or
   * the walk grows until it is: 256 speakers looked back over take about 20,000 characters here).
   */
  testSize?: number;
}

/** The suite's seeded PRNG (the tests import it from here). */
export const prng = mulberry32;

/** A capitalised made-up word for number i ("Bax", "Cex", …), so that every speaker differs. */
export function nameWord(i: number): string {
  const c = 'bcdfghjklmnprstvz';
  const v = 'aeiou';
  let s = '';
  let n = i;
  do {
    s += c[n % c.length] + v[Math.floor(n / c.length) % v.length];
    n = Math.floor(n / (c.length * v.length));
  } while (n > 0);
  return s[0].toUpperCase() + s.slice(1) + 'x';
}

/** Pieces piece(0), piece(1), … joined until the text is at least `size` long. */
function repeat(size: number, piece: (i: number) => string, head = '', tail = ''): string {
  const parts = [head];
  let len = head.length + tail.length;
  for (let i = 0; len < size; i++) {
    const p = piece(i);
    parts.push(p);
    len += p.length;
  }
  parts.push(tail);
  return parts.join('');
}

// Fragments the fuzz shapes draw from: quotation marks of every kind, cues, names, titles,
// pronouns, punctuation, apostrophes, line and paragraph breaks, Markdown syntax.
const FRAGMENTS = [
  '“',
  '”',
  '"',
  "'",
  '‘',
  '’',
  '«',
  '»',
  '„',
  ' said ',
  ' told reporters ',
  ' according to ',
  ', he said',
  ', she added',
  ' Ana Ruiz',
  ' Mayor Tomas Oyelaran',
  ' the spokesman',
  ' officials',
  ' who',
  ', a professor at the university,',
  ' saying',
  ' He',
  ' She',
  ' they',
  ' it is fine',
  ' the plan',
  ' and',
  ', ',
  '. ',
  '? ',
  ': ',
  '; ',
  ' — ',
  ' (',
  ') ',
  ' Mr.',
  ' U.S.',
  " Korea's",
  ' can’t',
  ' ’90s',
  '\n',
  '\n\n',
  ' word',
  ' Word',
  ' the',
  ' was',
  ' not',
  '`',
  '[',
  '](',
  '![',
  '<!--',
  '<a b="',
  '#',
];

/** Seeds that made (or could make) a slow shape; keep every one that ever failed. */
export const FUZZ_SEEDS = [1, 17, 2024];

function fuzz(seed: number): Shape {
  return {
    name: `fuzz seed ${seed}`,
    make: (size) => {
      const rnd = prng(seed);
      // A seed picks a small alphabet of fragments; the text repeats draws from it, so each seed has a character.
      const alphabet = Array.from({ length: 6 }, () => FRAGMENTS[Math.floor(rnd() * FRAGMENTS.length)]);
      return repeat(size, () => alphabet[Math.floor(rnd() * alphabet.length)]);
    },
  };
}

export const SHAPES: Shape[] = [
  // The input: one line, a quote and two cues per piece, no sentence end.
  { name: 'long line', make: (n) => repeat(n, () => 'He said "it is fine" and she said it was not ') },
  {
    name: 'one huge paragraph',
    make: (n) => repeat(n, (i) => `The minister said the plan number ${i} was sound and the council agreed. `),
    testSize: 24000,
  },
  {
    name: 'long sentence, then short ones',
    make: (n) => repeat(n / 2, () => 'word ') + repeat(n / 2, () => 'Short one. '),
  },
  {
    name: 'identical paragraphs',
    make: (n) => repeat(n, () => '“The plan is sound,” said Ana Ruiz, a professor at the university.\n\n'),
  },
  {
    name: 'identical lines',
    make: (n) => repeat(n, () => 'Advertisement\nThe harbour will reopen next week, officials said on Monday.\n'),
  },
  // A 10-word phrase (shorter than a duplicate) repeated between unique words: every copy pairs with every earlier one.
  {
    name: 'repeated short phrase',
    make: (n) =>
      repeat(n, (i) => `the harbour will reopen next week after the long storm ${nameWord(i)} ${nameWord(i + 7)} `),
    testSize: 24000,
  },
  // Duplicated passages on one line, each a finding of its own: each looked for its line's start and end.
  {
    name: 'many duplicates on one line',
    make: (n) =>
      repeat(
        n,
        (i) =>
          `The harbour will reopen next week after the long storm that closed it in March, officials said on Monday. ${nameWord(i)} ${nameWord(i + 1)} ${nameWord(i + 2)} ${nameWord(i + 3)} ${nameWord(i + 4)} `,
      ),
  },
  { name: 'many one-word lines', make: (n) => repeat(n, () => 'word\n') },
  { name: 'quotes in a paragraph, no cue', make: (n) => repeat(n, (i) => `“Word number ${i} is here.” `) },
  { name: 'quoted fragments in one sentence', make: (n) => repeat(n, () => 'then “fine” and ') },
  {
    name: 'cue-less quoted sentences',
    make: (n) => repeat(n, () => '“It is fine.” The ferry left. ', 'Ana Ruiz said it. '),
  },
  { name: 'one huge quote', make: (n) => repeat(n, () => 'word ', '“', '”') },
  { name: 'unclosed quotes', make: (n) => repeat(n, () => '“it is ') },
  { name: 'unclosed quotes in guillemets', make: (n) => repeat(n, () => '«a “b » ') },
  { name: 'open singles closed by doubles', make: (n) => repeat(n, () => `"it 'is" fine' `) },
  {
    name: 'many speakers, pronoun of the other gender',
    make: (n) => repeat(n, (i) => `Ms. ${nameWord(i)} Ruiz said "we are ready". He said "yes". `),
    testSize: 30000,
  },
  {
    name: 'many speakers, one first name',
    make: (n) => repeat(n, (i) => `John ${nameWord(i)} said "we are ready". John said "yes". `),
  },
  {
    name: 'many speakers, a title alone',
    make: (n) => repeat(n, (i) => `Mayor Ana ${nameWord(i)} said "we are ready". The spokesman said "yes". `),
    testSize: 30000,
  },
  { name: 'commas before cues', make: (n) => repeat(n, () => 'officials, said the plan was sound, ') },
  { name: 'who clauses', make: (n) => repeat(n, (i) => `Ana ${nameWord(i)}, who said `) },
  { name: 'participles', make: (n) => repeat(n, () => 'and then saying it ') },
  { name: 'capitalised run', make: (n) => repeat(n, (i) => `said the harbour master, Ana ${nameWord(i)} `) },
  { name: 'arrows', make: (n) => repeat(n, () => 'a » b ') },
  {
    name: 'spaces in an appositive',
    make: (n) => repeat(n, () => ' ', 'Ana Ruiz, a', ' professor at the university, said "we are ready".'),
  },
  {
    // A passage repeated at the very end after a run of blank lines: its removal takes them in.
    name: 'blank lines before a final copy',
    make: (n) => {
      const p =
        'The harbour will reopen next week after the long storm that closed it in March, officials said on Monday.';
      return repeat(n, () => '\n', p + '\n', p);
    },
  },
  {
    // Runs of backticks of distinct lengths that never close, then many short spans: each open run looked ahead over all of them.
    name: 'markdown code spans',
    make: (n) => {
      let head = '';
      for (let len = 2; head.length < n / 2; len++) head += '`'.repeat(len) + ' x ';
      return head + repeat(n - head.length, () => '` y ` ');
    },
    format: 'markdown',
  },
  { name: 'markdown unclosed comments', make: (n) => repeat(n, () => 'text <!-- more '), format: 'markdown' },
  { name: 'markdown unclosed images', make: (n) => repeat(n, () => '![alt '), format: 'markdown' },
  { name: 'markdown link destinations', make: (n) => repeat(n, () => '[a](<b '), format: 'markdown' },
  { name: 'markdown tag attributes', make: (n) => repeat(n, () => '<a b="c '), format: 'markdown' },
  // "<a>" is a destination item or three plain characters: a failed match tried every split.
  {
    name: 'markdown ambiguous destinations',
    make: (n) => repeat(n, () => '[x](' + '<a>'.repeat(30) + '( '),
    format: 'markdown',
  },
  { name: 'markdown heading of spaces', make: (n) => repeat(n, () => '      ', '# a', ' x'), format: 'markdown' },
  { name: 'markdown html line of spaces', make: (n) => repeat(n, () => '      ', '<a', ' x'), format: 'markdown' },
  ...FUZZ_SEEDS.map(fuzz),
];
