#!/usr/bin/env node
// The real-page development set: gold for pages of ../shared/eval/external/article-extraction-benchmark,
// kept in eval/gold/pages/ as positions (line, column), never as article text. This script reads the
// pages from ../shared and turns the gold into the scorer's format at run time.
//
//   node scripts/pages.mjs show ID            the page with line numbers, story/non-story marks and quotation candidates
//   node scripts/pages.mjs locate ID LINE STR  the column of STR in line LINE (for mutations and hand-placed quotes)
//   node scripts/pages.mjs draft ID            writes eval/gold/pages/<id10>.json: boilerplate lines from the benchmark's body, quote candidates
//   node scripts/pages.mjs check ID10          problems in that gold file (unfinished entries, positions off the marks)
//   node scripts/pages.mjs build OUT [--split tune|heldout|all] [--mutated] [--drafts]
//                                              writes OUT/text/*.txt and OUT/gold/*.json (scorer format)
//
// ID is a page id or its first 10 characters. Lines are 0-based, as in the scorer and LSP.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = path.resolve(process.env.SOURCELINT_SHARED ?? path.join(ROOT, '..', 'shared'));
const BENCH = path.join(SHARED, 'eval', 'external', 'article-extraction-benchmark');
// SOURCELINT_PAGES_GOLD: gold from another checkout (a worktree scoring the gold being written in main).
const GOLD = path.resolve(process.env.SOURCELINT_PAGES_GOLD ?? path.join(ROOT, 'eval', 'gold', 'pages'));
const SPLIT = path.join(ROOT, 'eval', 'pages-split.json');

let pagesCache, truthCache;
export function pages() {
  if (!pagesCache) {
    const raw = JSON.parse(fs.readFileSync(path.join(BENCH, 'output', 'html-text.json'), 'utf8'));
    pagesCache = raw.output ?? raw;
  }
  return pagesCache;
}
function truth() {
  truthCache ??= JSON.parse(fs.readFileSync(path.join(BENCH, 'ground-truth.json'), 'utf8'));
  return truthCache;
}
export function reserved() {
  return new Set(
    fs
      .readFileSync(path.join(SHARED, 'eval', 'reserved-pages.txt'), 'utf8')
      .split('\n')
      .filter((l) => /^[0-9a-f]{64}$/.test(l.trim()))
      .map((l) => l.trim()),
  );
}
function fullId(id) {
  const all = Object.keys(pages()).filter((k) => k.startsWith(id));
  if (all.length !== 1) throw new Error(`${id}: ${all.length} pages match`);
  if (reserved().has(all[0])) throw new Error(`${id} is a reserved page: it is kept out of every development set`);
  return all[0];
}
export const pageText = (id) => pages()[id].articleBody ?? '';
const norm = (s) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** Is a page line part of the benchmark's hand-made article body? */
function storyTest(id) {
  const body = truth()[id]?.articleBody ?? '';
  const whole = norm(body);
  const lines = new Set(body.split('\n').map(norm));
  return (line) => {
    const n = norm(line);
    if (!n) return null;
    return lines.has(n) || (n.split(' ').length >= 4 && whole.includes(n));
  };
}

/** Quotation candidates per line: pairs of double marks, and single marks used as quotation marks. */
export function candidates(line) {
  const out = [];
  const L = /[\p{L}\p{N}]/u;
  let open = -1;
  let openCh = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '“' || c === '„' || c === '«') {
      if (open < 0) (open = i), (openCh = c);
    } else if (c === '”' || c === '»' || (c === '"' && open >= 0 && openCh === '"')) {
      if (open >= 0) out.push({ col: open + 1, end: i, mark: openCh });
      open = -1;
    } else if (c === '"') {
      if (open < 0) (open = i), (openCh = c);
    }
  }
  if (open >= 0) out.push({ col: open + 1, end: line.length, mark: openCh, unclosed: true });
  // Single quotation marks: an opening mark not inside a word, a closing one not before a letter.
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if ((c === '‘' || c === "'") && !L.test(line[i - 1] ?? ' ') && L.test(line[i + 1] ?? ' ')) {
      for (let k = i + 2; k < line.length && k - i < 200; k++) {
        const d = line[k];
        if ((d === '’' || d === "'") && !L.test(line[k + 1] ?? ' ') && line[k - 1] !== 's') {
          if (!out.some((o) => o.col <= i && o.end >= k) || c === '‘')
            out.push({ col: i + 1, end: k, mark: c, single: true });
          break;
        }
        if (d === '“' || d === '"' || d === '”') break;
      }
    }
  }
  return out.sort((a, b) => a.col - b.col);
}

function show(id) {
  const lines = pageText(id).split('\n');
  const isStory = storyTest(id);
  console.log(`# ${id}  ${truth()[id]?.url ?? ''}`);
  lines.forEach((l, i) => {
    const s = isStory(l);
    console.log(`${String(i).padStart(4)} ${s === null ? ' ' : s ? 'S' : 'b'} ${l}`);
    for (const q of candidates(l))
      console.log(
        `${' '.repeat(7)}  q [${i}, ${q.col}, ${q.end}]${q.single ? ' single' : ''}${q.unclosed ? ' UNCLOSED' : ''} ${l.slice(q.col, q.end).slice(0, 70)}`,
      );
  });
}

function ranges(nums) {
  const out = [];
  for (const n of nums) {
    const last = out[out.length - 1];
    if (last && last[1] === n - 1) last[1] = n;
    else out.push([n, n]);
  }
  return out.map(([a, b]) => (a === b ? a : [a, b]));
}
const expand = (rs) =>
  (rs ?? []).flatMap((r) => (Array.isArray(r) ? Array.from({ length: r[1] - r[0] + 1 }, (_, k) => r[0] + k) : [r]));

function draft(id) {
  const lines = pageText(id).split('\n');
  const isStory = storyTest(id);
  const bp = [];
  lines.forEach((l, i) => {
    if (isStory(l) === false) bp.push(i);
  });
  const quotes = lines.flatMap((l, i) =>
    isStory(l) === null ? [] : candidates(l).map((q) => ({ at: [i, q.col, q.end], speaker: '?', attributed: '?' })),
  );
  const gold = {
    page: id,
    url: truth()[id]?.url,
    quotes,
    boilerplate: ranges(bp),
    boilerplateOptional: [],
    malformed: [],
    mutations: [],
  };
  fs.mkdirSync(GOLD, { recursive: true });
  const file = path.join(GOLD, `${id.slice(0, 10)}.json`);
  if (fs.existsSync(file)) throw new Error(`${file} exists: edit it, or remove it to start again`);
  fs.writeFileSync(file, JSON.stringify(gold, null, 1) + '\n');
  console.log(`wrote ${path.relative(ROOT, file)}: ${quotes.length} quote candidates, ${bp.length} non-story lines`);
}

/** Problems in one gold file: unfinished entries, positions that are not quotation marks, bad ranges. */
function checkGold(id10) {
  const file = path.join(GOLD, `${id10.slice(0, 10)}.json`);
  const g = JSON.parse(fs.readFileSync(file, 'utf8'));
  const lines = pageText(g.page).split('\n');
  const problems = [...scorerGold(g, false).problems];
  const MARKS = '"“”„«»\'‘’';
  for (const q of g.quotes) {
    const [l, a, b] = q.at ?? [];
    const line = lines[l] ?? '';
    if (!MARKS.includes(line[a - 1] ?? ''))
      problems.push(`quote ${JSON.stringify(q.at)}: no quotation mark before column ${a}`);
    if (b < line.length && !MARKS.includes(line[b] ?? ''))
      problems.push(
        `quote ${JSON.stringify(q.at)}: no quotation mark at column ${b} (use the line length for an unclosed quote)`,
      );
    if (q.attributed === true && !q.speaker) problems.push(`quote ${JSON.stringify(q.at)}: attributed with no speaker`);
    if (q.attributed !== true && q.speaker)
      problems.push(`quote ${JSON.stringify(q.at)}: a speaker but not attributed`);
    for (const k of q.affiliationKeys ?? [])
      if (!pageText(g.page).toLowerCase().includes(k.toLowerCase()))
        problems.push(`affiliation key not in the page: ${k}`);
  }
  for (const m of g.mutations ?? [])
    for (const q of m.quotes ?? [])
      if (!g.quotes.some((x) => x.at.join(',') === q.join(',')))
        problems.push(`mutation names a quote that is not in quotes: ${q}`);
  const bp = new Set(expand(g.boilerplate));
  for (const i of expand(g.boilerplateOptional))
    if (bp.has(i)) problems.push(`line ${i} is both boilerplate and optional`);
  const m = scorerGold(g, true);
  const flipped = new Set((g.mutations ?? []).flatMap((mu) => (mu.quotes ?? []).map((q) => q.join(','))));
  if (m)
    m.gold.quotes.forEach((q, i) => {
      if (flipped.has(g.quotes[i].at.join(',')) && q.text.trim().split(/\s+/).length < 4)
        problems.push(`mutated quote under four words: ${q.text.slice(0, 40)}`);
    });
  console.log(
    problems.length
      ? problems.join('\n')
      : `${id10}: ok (${g.quotes.length} quotes, ${bp.size} boilerplate lines, ${(g.mutations ?? []).length} mutations)`,
  );
}

function locate(id, line, str) {
  const l = pageText(id).split('\n')[line] ?? '';
  let i = l.indexOf(str);
  if (i < 0) return console.log(`not found in line ${line}`);
  for (; i >= 0; i = l.indexOf(str, i + 1)) console.log(`[${line}, ${i}, ${i + str.length}]`);
}

// --- build: scorer-format gold and the texts, in a temporary folder ---------------------------

function lineStarts(text) {
  const s = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') s.push(i + 1);
  return s;
}

/** Applies mutations ([line, col, end] → replace) and returns the new text and an offset mapper. */
function mutate(text, starts, muts) {
  const edits = muts
    .map((m) => ({ a: starts[m.at[0]] + m.at[1], b: starts[m.at[0]] + m.at[2], r: m.replace ?? '' }))
    .sort((x, y) => x.a - y.a);
  let out = '';
  let from = 0;
  for (const e of edits) {
    out += text.slice(from, e.a) + e.r;
    from = e.b;
  }
  out += text.slice(from);
  const map = (o) => {
    let d = 0;
    for (const e of edits) if (e.b <= o) d += e.r.length - (e.b - e.a);
    return o + d;
  };
  return { text: out, map };
}

export function loadGold() {
  const split = fs.existsSync(SPLIT) ? JSON.parse(fs.readFileSync(SPLIT, 'utf8')) : { tune: [], heldout: [] };
  const res = reserved();
  return fs
    .readdirSync(GOLD)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const g = JSON.parse(fs.readFileSync(path.join(GOLD, f), 'utf8'));
      if (res.has(g.page)) throw new Error(`${f}: a reserved page`);
      const s = split.tune.includes(g.page.slice(0, 10))
        ? 'tune'
        : split.heldout.includes(g.page.slice(0, 10))
          ? 'heldout'
          : 'unsplit';
      return { f, g, split: s };
    });
}

/** Scorer gold for one page (optionally mutated), with the text it refers to. */
export function scorerGold(g, mutated) {
  const base = g.page.slice(0, 10);
  let text = pageText(g.page);
  const starts = lineStarts(text);
  const off = (at) => [starts[at[0]] + at[1], starts[at[0]] + at[2]];
  const problems = [];
  let map = (o) => o;
  const flipped = new Set();
  if (mutated) {
    if (!g.mutations?.length) return null;
    const m = mutate(text, starts, g.mutations);
    text = m.text;
    map = m.map;
    for (const mu of g.mutations) for (const q of mu.quotes ?? []) flipped.add(q.join(','));
  }
  // Boilerplate lines are read off the text scored (a mutation may change a line; none adds or removes one).
  const lines = text.split('\n');
  const quotes = g.quotes.map((q) => {
    if (!Array.isArray(q.at) || q.at.length !== 3)
      problems.push(`quote without at [line, col, end]: ${JSON.stringify(q)}`);
    const [a, b] = off(q.at);
    const [ma, mb] = [map(a), map(b)];
    const unattr = flipped.has(q.at.join(','));
    if (q.speaker === '?' || q.attributed === '?') problems.push(`unfinished quote at ${q.at}`);
    // An entry still to be annotated counts as no quotation of speech (only --drafts builds such pages).
    const todo = q.speaker === '?' || q.attributed === '?';
    const out = {
      text: text.slice(ma, mb),
      at: [ma, mb],
      attributed: unattr ? false : todo ? null : q.attributed,
      speaker: unattr || todo ? null : (q.speaker ?? null),
    };
    if (!unattr && q.aliases?.length) out.aliases = q.aliases;
    out.affiliationKeys = unattr ? null : (q.affiliationKeys ?? null);
    if (q.continuation) out.continuation = true;
    return out;
  });
  const isBp = new Set(expand(g.boilerplate));
  const isOpt = new Set(expand(g.boilerplateOptional));
  // The scorer finds a boilerplate line by a snippet of it; a snippet that also stands in a
  // story line would make that line gold boilerplate, so such lines carry their line end too.
  const storyLines = lines.filter((l, i) => !isBp.has(i) && !isOpt.has(i) && l.trim());
  const snippets = (set) => {
    const out = [];
    for (const i of [...set].sort((x, y) => x - y)) {
      const l = lines[i].trim();
      if (!l) continue;
      if (!storyLines.some((s) => s.includes(l))) out.push(l);
      else if (i + 1 < lines.length && !storyLines.some((s) => (s + '\n').includes(l + '\n')) && lines[i].endsWith(l))
        out.push(l + '\n');
      else problems.push(`line ${i} is not unique against the story lines: left out of the gold`);
    }
    return out;
  };
  const malformed = (g.malformed ?? []).map((at) => {
    const [a, b] = off(at);
    return text.slice(map(a), map(b));
  });
  const gold = {
    file: `${mutated ? 'm' : ''}${base}.txt`,
    quotes,
    boilerplate: snippets(isBp),
    boilerplateOptional: snippets(isOpt),
    malformed,
  };
  return { gold, text, problems };
}

function build(out, split, withMutated, drafts = false) {
  fs.mkdirSync(path.join(out, 'text'), { recursive: true });
  fs.mkdirSync(path.join(out, 'gold'), { recursive: true });
  let n = 0;
  const problems = [];
  for (const { f, g, split: s } of loadGold()) {
    if (split !== 'all' && s !== split) continue;
    for (const mutated of withMutated ? [true] : [false]) {
      const r = scorerGold(g, mutated);
      if (!r) continue;
      if (!drafts && r.problems.some((p) => p.startsWith('unfinished'))) {
        problems.push(`${f}: unfinished, left out`);
        continue;
      }
      problems.push(...r.problems.map((p) => `${f}: ${p}`));
      fs.writeFileSync(path.join(out, 'text', r.gold.file), r.text);
      fs.writeFileSync(path.join(out, 'gold', r.gold.file.replace(/\.txt$/, '.json')), JSON.stringify(r.gold, null, 1));
      n++;
    }
  }
  return { n, problems };
}
export { build };

const [cmd, ...rest] = process.argv.slice(2);
if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    if (cmd === 'show') show(fullId(rest[0]));
    else if (cmd === 'draft') draft(fullId(rest[0]));
    else if (cmd === 'check') checkGold(rest[0]);
    else if (cmd === 'locate') locate(fullId(rest[0]), Number(rest[1]), rest[2]);
    else if (cmd === 'build') {
      const split = rest.includes('--split') ? rest[rest.indexOf('--split') + 1] : 'all';
      const r = build(path.resolve(rest[0]), split, rest.includes('--mutated'), rest.includes('--drafts'));
      for (const p of r.problems) console.error(p);
      console.log(`${r.n} pages written to ${rest[0]}`);
    } else {
      console.error('usage: node scripts/pages.mjs show|locate|draft|build …');
      process.exit(2);
    }
  } catch (e) {
    console.error(`pages: ${e.message}`);
    process.exit(2);
  }
}
