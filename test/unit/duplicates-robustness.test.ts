// Robustness of duplicate detection: the project's own articles, copied with every kind of
// perturbation a copy picks up (reflow, paragraph breaks, quotes, dashes, case, spacing, CRLF,
// a paragraph dropped or inserted), must still show every planted passage, with exact ranges
// on both sides, and nothing shorter than minWords.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/engine/analyze';
import { DEFAULT_CONFIG } from '../../server/src/engine/config';
import { CorpusIndex } from '../../server/src/engine/duplicates/corpus';
import { tokenize } from '../../server/src/engine/duplicates/words';
import type { Finding, Span } from '../../server/src/engine/types';
import { ROOT } from '../helpers/fixtures';

const MIN = DEFAULT_CONFIG.duplicates.minWords;
const words = (s: string) => tokenize(s).count;

/** An article as its paragraphs (non-blank lines), without boilerplate lines (left to that rule). */
function paragraphsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8').replace(/^\ufeff/, '');
  const bp = analyze(text)
    .findings.filter((f) => f.code === 'boilerplate')
    .map((f) => text.slice(f.start, f.end).trim());
  // Lines without words (rules, front-matter fences) carry nothing to match; Markdown line markers are dropped.
  return text
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim().replace(/^[#>*-]+\s+/, ''))
    .filter((l) => words(l) > 0 && !bp.some((b) => b && l.includes(b)));
}

const ARTICLES = [
  ...fs.readdirSync(path.join(ROOT, 'samples')).map((f) => path.join(ROOT, 'samples', f)),
  ...fs
    .readdirSync(path.join(ROOT, 'test', 'fixtures'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => path.join(ROOT, 'test', 'fixtures', f)),
  ...fs
    .readdirSync(path.join(ROOT, 'test', 'fixtures', 'duplicates'))
    .map((f) => path.join(ROOT, 'test', 'fixtures', 'duplicates', f)),
]
  .map((file) => ({ name: path.basename(file), paras: paragraphsOf(file) }))
  .filter((a) => words(a.paras.join(' ')) >= 3 * MIN);

interface Perturbation {
  name: string;
  para?: (p: string) => string;
  sep?: string;
  list?: (paras: string[]) => string[];
}

const FENCE_BEFORE = 'Filed from Quorravik.';
const FENCE_AFTER = 'Vantablix reporting.';
const INSERTED =
  'An unrelated note was added here by a second editor, about a parade that will close the high street on Saturday morning.';

function reflow(p: string, width = 47): string {
  const out: string[] = [];
  let line = '';
  for (const w of p.split(' ')) {
    if (line && line.length + 1 + w.length > width) {
      out.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  return [...out, line].join('\n');
}

const PERTURBATIONS: Perturbation[] = [
  { name: 'unchanged' },
  { name: 'reflowed lines', para: (p) => reflow(p) },
  { name: 'single-newline paragraphs', sep: '\n' },
  { name: 'blank lines doubled', sep: '\n\n\n' },
  { name: 'straight quotes and apostrophes', para: (p) => p.replace(/[“”]/g, '"').replace(/[‘’]/g, "'") },
  {
    name: 'curly quotes and apostrophes',
    para: (p) =>
      p
        .replace(/(^|[\s(])"/g, '$1“')
        .replace(/"/g, '”')
        .replace(/(\w)'(\w)/g, '$1’$2')
        .replace(/(^|\s)'/g, '$1‘')
        .replace(/'/g, '’'),
  },
  {
    name: 'dashes',
    para: (p) =>
      p
        .replace(/ [—–] /g, ' -- ')
        .replace(/(\w)-(\w)/g, '$1–$2')
        .replace(/—/g, '--'),
  },
  { name: 'upper case', para: (p) => p.toUpperCase() },
  { name: 'spacing', para: (p) => `  ${p.replace(/ /g, '  ')}\t ` },
  { name: 'CRLF', sep: '\r\n\r\n', para: (p) => reflow(p, 60).replace(/\n/g, '\r\n') },
  { name: 'paragraph dropped', list: (ps) => ps.filter((_, i) => i !== Math.floor(ps.length / 2)) },
  { name: 'paragraph inserted', list: (ps) => [...ps.slice(0, 2), INSERTED, ...ps.slice(2)] },
];

/** Joins paragraphs and returns where each one (trimmed) landed. */
function build(paras: string[], p: Perturbation): { text: string; spans: Span[] } {
  const sep = p.sep ?? '\n\n';
  let text = '';
  const spans: Span[] = [];
  for (const para of paras) {
    if (text) text += sep;
    const t = p.para ? p.para(para) : para;
    const lead = t.length - t.trimStart().length;
    spans.push({ start: text.length + lead, end: text.length + t.trimEnd().length });
    text += t;
  }
  return { text: text + (sep.startsWith('\r') ? '\r\n' : '\n'), spans };
}

const dupsOf = (text: string, corpus: CorpusIndex, id: string) =>
  analyze(text, { corpus, docId: id }).findings.filter((f) => f.code === 'duplicate-passage');

const show = (text: string, s: Span) => {
  const t = text.slice(s.start, s.end);
  return JSON.stringify(t.length > 90 ? t.slice(0, 40) + ' … ' + t.slice(-40) : t);
};

function assertNoneShort(findings: Finding[], texts: Record<string, string>, own: string) {
  for (const f of findings) {
    assert.ok(words(own.slice(f.start, f.end)) >= MIN, `short passage reported: ${show(own, f)}`);
    for (const r of f.related ?? [])
      assert.ok(words(texts[r.doc].slice(r.start, r.end)) >= MIN, `short related: ${show(texts[r.doc], r)}`);
  }
}

/** Expects a finding over exactly `here` whose related include exactly `there` in `doc`. */
function assertFound(
  findings: Finding[],
  text: string,
  here: Span,
  doc: string,
  there: Span,
  otherText: string,
  what: string,
) {
  const f = findings.find((x) => x.start === here.start && x.end === here.end);
  assert.ok(
    f,
    `${what}: no finding over exactly ${show(text, here)}; got ${findings.map((x) => show(text, x)).join(', ') || 'none'}`,
  );
  assert.ok(
    f.related!.some((r) => r.doc === doc && r.start === there.start && r.end === there.end),
    `${what}: related of ${show(text, here)} misses ${show(otherText, there)}; got ${f.related!.map((r) => `${r.doc}:${show(otherText, r)}`).join(', ')}`,
  );
}

describe('duplicates: robustness over the project articles', function () {
  this.timeout(60_000);

  it('has articles to work on', () => assert.ok(ARTICLES.length >= 6, `only ${ARTICLES.length} articles`));

  for (const p of PERTURBATIONS) {
    it(`finds a whole copy with ${p.name}`, () => {
      for (const a of ARTICLES) {
        const original = build(a.paras, { name: 'original' });
        // Track which original paragraph each copy paragraph is (-1: inserted).
        const idx = a.paras.map((_, i) => i);
        const copyIdx = p.list ? (p.list(idx as unknown as string[]) as unknown as number[]) : idx;
        const copyParas = copyIdx.map((i) => (typeof i === 'number' ? a.paras[i] : INSERTED));
        const copy = build(copyParas, p);
        const corpus = new CorpusIndex();
        corpus.set('orig', original.text);
        corpus.set('copy', copy.text);
        const texts = { orig: original.text, copy: copy.text };
        // Blocks of paragraphs that follow each other in both.
        const blocks: [number, number][] = [];
        copyIdx.forEach((oi, ci) => {
          const last = blocks[blocks.length - 1];
          if (typeof oi !== 'number') return;
          if (last && last[1] === ci - 1 && copyIdx[ci - 1] === oi - 1) last[1] = ci;
          else blocks.push([ci, ci]);
        });
        const found = dupsOf(copy.text, corpus, 'copy');
        const back = dupsOf(original.text, corpus, 'orig');
        assertNoneShort(found, texts, copy.text);
        assertNoneShort(back, texts, original.text);
        for (const [s, e] of blocks) {
          const n = words(copyParas.slice(s, e + 1).join(' '));
          if (n < MIN) continue;
          const here = { start: copy.spans[s].start, end: copy.spans[e].end };
          const os = copyIdx[s] as number;
          const oe = copyIdx[e] as number;
          const there = { start: original.spans[os].start, end: original.spans[oe].end };
          assertFound(found, copy.text, here, 'orig', there, original.text, `${a.name} copy`);
          assertFound(back, original.text, there, 'copy', here, copy.text, `${a.name} original`);
        }
        const expected = blocks.filter(([s, e]) => words(copyParas.slice(s, e + 1).join(' ')) >= MIN).length;
        assert.equal(
          found.filter((f) => f.related!.some((r) => r.doc === 'orig')).length,
          expected,
          `${a.name}: extra findings`,
        );
      }
    });

    it(`finds passages planted in another article with ${p.name}`, () => {
      for (let i = 0; i < ARTICLES.length; i++) {
        const donor = ARTICLES[i];
        const d = build(donor.paras, { name: 'original' });
        // The next article that shares nothing with the donor to begin with.
        const host = [...ARTICLES.slice(i + 1), ...ARTICLES.slice(0, i)].find((h) => {
          const c = new CorpusIndex();
          c.set('donor', d.text);
          return dupsOf(build(h.paras, { name: 'original' }).text, c, 'host').length === 0;
        })!;
        // Plant the donor's longest paragraph, and exactly MIN words from inside another one.
        // (Paragraphs the donor repeats itself are not planted: their copies would merge with the in-file finding.)
        const once = (k: number) => donor.paras.filter((x) => x === donor.paras[k]).length === 1;
        const order = donor.paras
          .map((_, k) => k)
          .filter(once)
          .sort((x, y) => words(donor.paras[y]) - words(donor.paras[x]));
        const whole = order[0];
        const slicedFrom = order.find((k) => k !== whole && words(donor.paras[k]) >= MIN + 2);
        const planted: { para: string; donorSpan: Span }[] = [{ para: donor.paras[whole], donorSpan: d.spans[whole] }];
        if (slicedFrom !== undefined) {
          const w = tokenize(donor.paras[slicedFrom]);
          // Start and end on words with spaces around them, so the span is the words alone.
          const src = donor.paras[slicedFrom];
          for (let s = 1; s + MIN < w.count; s++) {
            const a0 = w.starts[s];
            const b0 = w.ends[s + MIN - 1];
            if (src[a0 - 1] === ' ' && src[b0] === ' ') {
              const base = d.spans[slicedFrom].start;
              planted.push({ para: src.slice(a0, b0), donorSpan: { start: base + a0, end: base + b0 } });
              break;
            }
          }
        }
        // Between invented lines, so no word next to a planted passage happens to match the donor's.
        const fenced = (x: string) => [FENCE_BEFORE, x, FENCE_AFTER];
        const hostParas = [
          ...host.paras.slice(0, 1),
          ...fenced(planted[0].para),
          ...host.paras.slice(1, 3),
          ...planted.slice(1).flatMap((x) => fenced(x.para)),
          ...host.paras.slice(3),
        ];
        const withPlants = p.list ? p.list(hostParas) : hostParas;
        const copy = build(withPlants, p);
        const corpus = new CorpusIndex();
        corpus.set('donor', d.text);
        corpus.set('host', copy.text);
        const found = dupsOf(copy.text, corpus, 'host');
        const back = dupsOf(d.text, corpus, 'donor');
        const texts = { donor: d.text, host: copy.text };
        assertNoneShort(found, texts, copy.text);
        assertNoneShort(back, texts, d.text);
        // A planted paragraph shorter than MIN words must not be found (it is counted below).
        const findable = planted.filter((pl) => words(pl.para) >= MIN && withPlants.includes(pl.para));
        for (const pl of findable) {
          const at = withPlants.indexOf(pl.para);
          const what = `${donor.name} -> ${host.name}`;
          assertFound(found, copy.text, copy.spans[at], 'donor', pl.donorSpan, d.text, what);
          assertFound(back, d.text, pl.donorSpan, 'host', copy.spans[at], copy.text, what);
        }
        // (The host may repeat a passage of its own: those in-file findings are not counted here.)
        const cross = found.filter((f) => f.related!.some((r) => r.doc === 'donor'));
        assert.equal(cross.length, findable.length, `${donor.name} -> ${host.name}: extra findings`);
      }
    });
  }
});
