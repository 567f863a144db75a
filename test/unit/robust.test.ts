// The engine never throws on any text, finishes in bounded time, and every range it reports lies
// inside the text on code-unit boundaries that do not split a surrogate pair.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../server/src/engine/analyze';
import { DEFAULT_CONFIG, mergeConfig } from '../../server/src/engine/config';
import { CorpusIndex } from '../../server/src/engine/duplicates/corpus';
import { sentences } from '../../server/src/engine/text';
import type { Analysis } from '../../server/src/engine/types';

// Every mark the tokenizer or the sentence splitter might care about.
const QUOTES = [
  '"',
  "'",
  '“',
  '”',
  '‘',
  '’',
  '„',
  '‚',
  '«',
  '»',
  '‹',
  '›',
  '「',
  '」',
  '『',
  '』',
  '〝',
  '〞',
  '＂',
  '′',
  '″',
  '`',
  '´',
];
const DASHES = ['-', '‐', '‑', '‒', '–', '—', '―', '−', '⸺', '⸻', '﹘', '－'];
const BREAKS = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\u2028', '\u2029', '\u0085', '\f', '\v'];
const ODD = [
  '\0',
  '\ufeff',
  '\u00a0',
  '\u200b',
  '\u200d',
  '\u202e',
  '\u2066',
  '\t',
  ' ',
  '.',
  '!',
  '?',
  '…',
  ':',
  ';',
  ',',
  '(',
  ')',
  '\u0301',
  '\u0308\u0323',
  'e\u0301',
  '\ud83d',
  '\ude00',
  '😀',
  '👩‍👩‍👧',
  '🇫🇷',
  '𝔸',
  'שלום',
  'مرحبا',
  'Ἀθῆναι',
  '中文',
  'İı',
  'ß',
  'Mr.',
  'U.S.',
  'said',
  'told reporters',
  'according to',
  'she said.',
  'Dr. Ana Ruiz',
  'Mayor Tomas Oyelaran',
];
const WORDS = [
  'the',
  'ferry',
  'council',
  'Lisbeth',
  'Okafor',
  'it',
  "isn't",
  'rock ’n’ roll',
  'ninety',
  '1990s',
  "'90s",
];

/** One generated piece: a mark, a break, an odd character, a word, or a random code unit or code point. */
const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...QUOTES) },
  { weight: 1, arbitrary: fc.constantFrom(...DASHES) },
  { weight: 2, arbitrary: fc.constantFrom(...BREAKS) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD) },
  { weight: 4, arbitrary: fc.constantFrom(...WORDS).map((w) => w + ' ') },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }, // incl. lone surrogates
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)) },
);
const text = fc.array(piece, { maxLength: 300 }).map((p) => p.join(''));

/** Article-shaped text: paragraphs of sentences, some quoted, with one line-ending style or mixed. */
const article = fc
  .record({
    paras: fc.array(
      fc.array(
        fc.record({
          words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }),
          open: fc.constantFrom('', '', '“', '"', '«', '„', '‘'),
          close: fc.boolean(),
          cue: fc.constantFrom('', ' she said', ', according to Dr. Ruiz', ' Okafor told reporters'),
        }),
        { minLength: 1, maxLength: 4 },
      ),
      { minLength: 0, maxLength: 8 },
    ),
    eol: fc.constantFrom('\n', '\r\n', '\r', 'mixed'),
    blank: fc.boolean(),
    bom: fc.boolean(),
    finalEol: fc.boolean(),
  })
  .map(({ paras, eol, blank, bom, finalEol }) => {
    const closer: Record<string, string> = { '“': '”', '"': '"', '«': '»', '„': '“', '‘': '’', '': '' };
    const lines = paras.map((sents) =>
      sents
        .map((s) => {
          const body = s.words.join(' ');
          return s.open
            ? `${s.open}${body}.${s.close ? closer[s.open] : ''}${s.cue}.`
            : `${body[0].toUpperCase()}${body.slice(1)}.`;
        })
        .join(' '),
    );
    let i = 0;
    const br = () => (eol === 'mixed' ? ['\n', '\r\n', '\r'][i++ % 3] : eol);
    const out = lines.map((l) => l + br() + (blank ? br() : '')).join('');
    return (bom ? '\ufeff' : '') + (finalEol ? out : out.replace(/[\r\n]+$/, ''));
  });

const splitsPair = (t: string, o: number) =>
  o > 0 && o < t.length && (t.charCodeAt(o - 1) & 0xfc00) === 0xd800 && (t.charCodeAt(o) & 0xfc00) === 0xdc00;

/** Every range in an analysis, named for the failure message. */
function ranges(a: Analysis): [string, number, number][] {
  const out: [string, number, number][] = [];
  a.findings.forEach((f, i) => {
    out.push([`finding ${i} (${f.code})`, f.start, f.end]);
    f.fixes?.forEach((x, j) =>
      x.edits.forEach((e, k) => out.push([`finding ${i} fix ${j} edit ${k}`, e.start, e.end])),
    );
  });
  a.quotes.forEach((q, i) => {
    out.push([`quote ${i}`, q.start, q.end], [`quote ${i} open`, q.open, q.open + 1]);
    if (q.source) out.push([`quote ${i} source`, q.source.start, q.source.end]);
    if (q.cue) out.push([`quote ${i} cue`, q.cue.start, q.cue.end]);
    if (q.speaker) out.push([`quote ${i} speaker.firstAt`, q.speaker.firstAt, q.speaker.firstAt]);
  });
  return out;
}

function checkSpan(t: string, what: string, s: number, e: number) {
  assert.ok(Number.isInteger(s) && Number.isInteger(e), `${what}: offsets are integers (${s}, ${e})`);
  assert.ok(0 <= s && s <= e && e <= t.length, `${what}: 0 ≤ ${s} ≤ ${e} ≤ ${t.length}`);
  assert.ok(!splitsPair(t, s) && !splitsPair(t, e), `${what}: [${s}, ${e}) splits a surrogate pair`);
}

/** `textOf` gives the text of a related document (another file of the corpus). */
// Without a docId, duplicates inside the text point at the text itself under a scratch key.
const selfOnly = (t: string) => (doc: string) => (doc.startsWith('\u0000') ? t : undefined);

function checkRanges(t: string, a: Analysis, textOf: (doc: string) => string | undefined = selfOnly(t)) {
  for (const [what, s, e] of ranges(a)) checkSpan(t, what, s, e);
  a.findings.forEach((f, i) =>
    f.related?.forEach((r, j) => {
      const other = textOf(r.doc);
      assert.ok(other !== undefined, `finding ${i} related ${j}: unknown document ${r.doc}`);
      checkSpan(other, `finding ${i} related ${j} in ${r.doc}`, r.start, r.end);
    }),
  );
  for (const q of a.quotes) assert.equal(q.text, t.slice(q.start, q.end), 'quote text is the text between its offsets');
}

function timed<T>(f: () => T): [T, number] {
  const t = performance.now();
  const r = f();
  return [r, performance.now() - t];
}

// Ceilings are generous (2 shared cores, other suites running): they catch hangs and quadratic
// blow-ups, not slowness; speed itself is measured in `npm run bench`.
const SMALL_MS = 2_000;

describe('engine robustness (property tests)', function () {
  this.timeout(120_000);

  it('never throws on arbitrary Unicode and reports only in-bounds, pair-safe ranges', () => {
    fc.assert(
      fc.property(text, (t) => {
        const [a, ms] = timed(() => analyze(t));
        checkRanges(t, a);
        assert.ok(ms < SMALL_MS, `took ${ms.toFixed(0)} ms on ${t.length} code units`);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on article-shaped text with every line ending, BOM or none, final newline or none', () => {
    fc.assert(
      fc.property(article, (t) => {
        checkRanges(t, analyze(t));
      }),
      { numRuns: 300 },
    );
  });

  it('holds with user patterns and with a corpus of generated articles (duplicates, boilerplate)', () => {
    const config = mergeConfig(DEFAULT_CONFIG, {
      boilerplate: { patterns: ['/^(a+)+$/', 'Subscribe now', '/[“”"]+/'], allow: ['/x*/'], corpusMinFiles: 2 },
      duplicates: { minWords: 5 },
    });
    fc.assert(
      fc.property(fc.array(fc.oneof(article, text), { minLength: 1, maxLength: 5 }), (texts) => {
        const corpus = new CorpusIndex();
        texts.forEach((t, i) => corpus.set(`doc${i}`, t));
        const textOf = (d: string) => texts[Number(d.slice(3))];
        texts.forEach((t, i) => checkRanges(t, analyze(t, { config, corpus, docId: `doc${i}` }), textOf));
      }),
      { numRuns: 100 },
    );
  });

  it('the empty text, NUL-only text, a lone surrogate, and a text of only line breaks', () => {
    for (const t of [
      '',
      '\0',
      '\0'.repeat(1000),
      '\ud800',
      '\udc00“',
      '“\ud83d',
      '\r\n'.repeat(100),
      '\r'.repeat(100),
      '\ufeff',
      '\ufeff“',
    ]) {
      checkRanges(t, analyze(t));
    }
    assert.deepEqual(analyze('').findings, []);
  });

  it('one 1 MB line of mixed scripts with quotes, in bounded time', () => {
    const unit = 'Ана said “ok” — שלום 😀 e\u0301 ‘fine’ he added. ';
    const t = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const [a, ms] = timed(() => analyze(t));
    checkRanges(t, a);
    assert.ok(a.quotes.length > 10_000, 'the quotes on the line are all found');
    assert.ok(ms < 30_000, `took ${ms.toFixed(0)} ms`);
  });
});

describe('every quick fix changes only the bytes it names', function () {
  this.timeout(120_000);

  const lineList = (t: string) => t.split(/(?<=\r\n|\n|\r(?!\n))/);

  it('applying any one fix keeps every untouched line byte-for-byte, the line-ending style and the BOM', () => {
    fc.assert(
      fc.property(fc.oneof(article, text), (t) => {
        const a = analyze(t);
        for (const f of a.findings) {
          for (const fix of f.fixes ?? []) {
            const edits = [...fix.edits].sort((x, y) => x.start - y.start);
            for (let i = 1; i < edits.length; i++)
              assert.ok(edits[i - 1].end <= edits[i].start, `${f.code}: edits of "${fix.title}" overlap`);
            for (const e of edits) {
              // An edit must not cut a CRLF in two.
              for (const at of [e.start, e.end])
                assert.ok(!(t[at - 1] === '\r' && t[at] === '\n'), `${f.code}: "${fix.title}" cuts a CRLF at ${at}`);
              if (t.charCodeAt(0) === 0xfeff) assert.ok(e.start >= 1, `${f.code}: "${fix.title}" touches the BOM`);
            }
            let out = t;
            for (const e of [...edits].reverse()) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
            const first = edits[0]?.start ?? 0;
            const last = edits[edits.length - 1]?.end ?? 0;
            const tail = t.length - last;
            assert.equal(out.slice(0, first), t.slice(0, first), 'bytes before the first edit are unchanged');
            assert.equal(out.slice(out.length - tail), t.slice(last), 'bytes after the last edit are unchanged');
            // Whole lines before and after the touched region are unchanged, line endings included.
            const before = lineList(t.slice(0, first));
            const after = lineList(out.slice(0, first));
            assert.deepEqual(after.slice(0, -1), before.slice(0, -1));
            if (t.charCodeAt(0) === 0xfeff) assert.equal(out.charCodeAt(0), 0xfeff, 'the BOM stays');
            if (!/\r(?!\n)|(?<!\r)\n/.test(t) && /\r\n/.test(t))
              assert.ok(!/\r(?!\n)|(?<!\r)\n/.test(out), `${f.code}: a CRLF file stays CRLF`);
            checkRanges(out, analyze(out));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the preferred fix of an unclosed quote in an article removes that finding', () => {
    fc.assert(
      fc.property(article, (t) => {
        const a = analyze(t);
        const f = a.findings.find((x) => x.code === 'unbalanced-quote' && x.fixes?.[0]?.preferred);
        if (!f) return;
        const e = f.fixes![0].edits[0];
        const out = t.slice(0, e.start) + e.newText + t.slice(e.end);
        const before = a.findings.filter((x) => x.code === 'unbalanced-quote').length;
        const afterN = analyze(out).findings.filter((x) => x.code === 'unbalanced-quote').length;
        assert.ok(afterN < before, `fixing ${JSON.stringify(t.slice(f.start, f.end))} left ${afterN} of ${before}`);
      }),
      { numRuns: 300 },
    );
  });
});

describe('pathological inputs finish in bounded time', function () {
  this.timeout(180_000);
  const CASES: [string, () => string, number][] = [
    ['100,000 opening quotes and no closing one', () => '“'.repeat(100_000), 30_000],
    ['100,000 straight quotes alternating with words', () => '"a '.repeat(100_000), 30_000],
    ['a 1 MB paragraph with no sentence end', () => 'word '.repeat(200_000), 30_000],
    ['50,000 one-word paragraphs', () => 'word\n'.repeat(50_000), 30_000],
    ['50,000 one-word paragraphs separated by blank lines, CRLF', () => 'word\r\n\r\n'.repeat(50_000), 30_000],
    [
      'the same sentence 10,000 times',
      () => 'The ferry to the island left late again on Tuesday because of the storm. '.repeat(10_000),
      30_000,
    ],
    [
      'the same quoted paragraph 10,000 times',
      () => '“The ferry left late again,” said Ines Moreau of the harbour board.\n\n'.repeat(10_000),
      30_000,
    ],
    [
      '20,000 near-identical paragraphs, each a quote running on into the next',
      () =>
        Array.from(
          { length: 20_000 },
          (_, i) => `“The harbour plan number ${i} is still on the table and will be decided soon`,
        ).join('\n\n'),
      30_000,
    ],
    ['a file of only apostrophes', () => "'’".repeat(100_000), 30_000],
    ['200,000 abbreviations', () => 'Mr. '.repeat(200_000), 30_000],
  ];
  for (const [name, make, ceiling] of CASES) {
    it(name, () => {
      const t = make();
      const [a, ms] = timed(() => analyze(t));
      checkRanges(t, a);
      assert.ok(ms < ceiling, `${name}: ${ms.toFixed(0)} ms (ceiling ${ceiling} ms)`);
    });
  }
});

describe('sentence windows', () => {
  it('long paragraphs split into the same sentences as one whole-paragraph segmentation', () => {
    const seg = new Intl.Segmenter('en', { granularity: 'sentence' });
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            'The ferry left.',
            'Mr. Okafor said no.',
            '“Why?” she asked.',
            'It rained',
            '😀 ok!',
            'e\u0301 — fine;',
          ),
          { minLength: 300, maxLength: 900 },
        ),
        (parts) => {
          const t = parts.join(' ');
          const whole = [...seg.segment(t)].map((s) => [s.index, s.index + s.segment.length]);
          const doc = analyzeSentences(t);
          // Our spans merge abbreviations and trim spaces; each must start at a segmenter boundary.
          const starts = new Set(whole.map((w) => w[0]));
          for (const s of doc)
            assert.ok(starts.has(s.start), `sentence at ${s.start} starts where the segmenter has no boundary`);
          assert.ok(t.length < 4096 || doc.length > 1);
        },
      ),
      { numRuns: 30 },
    );
  });
});

function analyzeSentences(t: string) {
  return sentences(t, { start: 0, end: t.length, index: 0 });
}
