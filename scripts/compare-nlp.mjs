#!/usr/bin/env node
// Issue 16: would a real NLP library beat the hand-written rules? Measures, side by side with the
// engine, wink-nlp (+ wink-eng-lite-web-model) and compromise on
//   1. person-name detection against the gold speakers of the real-page tune split (recall of gold
//      speaker names by kind, and the names found that are no gold speaker), and against the
//      name-like Source spans of PolNeAR train (recall by offset, for scale);
//   2. a POS check of the engine's own source mentions on tune: would "the source's head word must
//      be a noun" (by the library's tagger) reject the engine's wrong speakers and keep its right ones?
//   3. latency on the bench's 2,000-word article (same process, interleaved, p50/p95), per paragraph,
//      one-time load time and memory (fresh processes), and the bundle size each adds.
//
//   node scripts/compare-nlp.mjs [--polnear N|all (default 200)] [--samples] [--json FILE (figures only)]
//
// The libraries are not dependencies of the project (eval/nlp-comparison.md says why); install
// them without saving: npm i --no-save wink-nlp wink-eng-lite-web-model compromise
// Only the tune split is read (never heldout), and PolNeAR train (never test). No text is written.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = path.resolve(process.env.SOURCELINT_SHARED ?? path.join(ROOT, '..', 'shared'));
const require = createRequire(path.join(ROOT, 'package.json'));
const args = process.argv.slice(2);
const opt = (name, d) => (args.includes(name) ? args[args.indexOf(name) + 1] : d);
const INSTALL = 'npm i --no-save wink-nlp wink-eng-lite-web-model compromise';

// --- child mode: the one-time cost of loading one library, in a fresh process ----------------------
if (args[0] === '--load') {
  const before = process.memoryUsage();
  const t = performance.now();
  let run;
  if (args[1] === 'wink') {
    const nlp = require('wink-nlp')(require('wink-eng-lite-web-model'));
    run = () => nlp.readDoc('Jim Bridenstine, the NASA administrator, said it.').tokens().out(nlp.its.pos);
  } else {
    const nlp = require('compromise');
    run = () => nlp('Jim Bridenstine, the NASA administrator, said it.').people().out('array');
  }
  const loadMs = performance.now() - t;
  const t2 = performance.now();
  run();
  const firstDocMs = performance.now() - t2;
  global.gc?.();
  const after = process.memoryUsage();
  console.log(
    JSON.stringify({
      loadMs,
      firstDocMs,
      rssMB: (after.rss - before.rss) / 2 ** 20,
      heapMB: (after.heapUsed - before.heapUsed) / 2 ** 20,
    }),
  );
  process.exit(0);
}

function lazy(name) {
  try {
    return require(name);
  } catch {
    console.error(
      `compare-nlp: ${name} is not installed. The NLP libraries are not project dependencies; install them without saving:\n  ${INSTALL}`,
    );
    process.exit(2);
  }
}
const winkNLP = lazy('wink-nlp');
const winkModel = lazy('wink-eng-lite-web-model');
const compromise = lazy('compromise');
const esbuild = lazy('esbuild');
const wink = winkNLP(winkModel);
const its = wink.its;

// --- the engine's internals (namesIn per frame), bundled from source for this script only --------------
const engineFile = path.join(os.tmpdir(), `sl-compare-nlp-engine-${process.pid}.cjs`);
await esbuild.build({
  stdin: {
    contents: [
      "export { ArticleDoc } from './server/src/engine/document';",
      "export { paragraphWork } from './server/src/engine/attribution/memo';",
      "export { analyze } from './server/src/engine/analyze';",
    ].join('\n'),
    resolveDir: ROOT,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outfile: engineFile,
  define: { SOURCELINT_VERSION: '"compare"' },
  logLevel: 'error',
});
const engine = require(engineFile);
fs.rmSync(engineFile, { force: true });

// --- detectors: each returns [{ text, start, end }] of person-name candidates ---------------------------

/** The engine's full personal names (two to four parts, outside quotations), as the attribution registers them. */
function engineNames(text) {
  const doc = new engine.ArticleDoc(text);
  const top = doc.paras.map(() => []);
  doc.quotes.forEach((q, i) => q.parent < 0 && top[q.paragraph].push(i));
  const out = [];
  for (const p of doc.paras) {
    const work = engine.paragraphWork(doc, p.index, top[p.index]);
    for (const list of work.names)
      for (const n of list)
        if (!n.single && n.parts.kind === 'person')
          out.push({ text: n.parts.name, start: n.parts.at, end: n.parts.at + n.parts.name.length });
  }
  return out;
}

/** The speakers the engine's attribution ends with (persons, organisations and groups alike). */
function engineSpeakers(text) {
  return engine
    .analyze(text)
    .quotes.flatMap((q) =>
      q.speaker ? [{ text: q.speaker.name, start: q.source?.start ?? -1, end: q.source?.end ?? -1 }] : [],
    );
}

/** wink tokens with their offsets in the text (wink gives values and preceding spaces, not offsets). */
function winkTokens(text, doc = wink.readDoc(text)) {
  const values = doc.tokens().out();
  const pos = doc.tokens().out(its.pos);
  const toks = [];
  let at = 0;
  values.forEach((v, i) => {
    const k = text.indexOf(v, at);
    const s = k >= 0 && k - at < 200 ? k : at;
    toks.push({ v, pos: pos[i], s, e: s + v.length });
    at = s + v.length;
  });
  return toks;
}

/** wink has no PERSON entity (its lite model's NER is dates, numbers, URLs…): runs of 2–4 PROPN tokens stand in for names. */
function winkNames(text, min = 2) {
  const toks = winkTokens(text);
  const out = [];
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].pos !== 'PROPN') continue;
    let j = i;
    while (j + 1 < toks.length && toks[j + 1].pos === 'PROPN') j++;
    if (j - i + 1 >= min && j - i + 1 <= 4)
      out.push({ text: text.slice(toks[i].s, toks[j].e), start: toks[i].s, end: toks[j].e });
    i = j;
  }
  return out;
}

const cmpSpans = (sel) =>
  sel.json({ offset: true }).map((x) => ({
    text: x.text.replace(/[\s,.;:'’"”]+$/, ''),
    start: x.offset.start,
    end: x.offset.start + x.offset.length,
  }));
const compromisePeople = (text) => cmpSpans(compromise(text).people());
const compromiseOrgs = (text) => cmpSpans(compromise(text).organizations());

// --- matching names to gold -----------------------------------------------------------------------------

const HON = /^(mr|mrs|ms|miss|dr|prof|sir|dame|sen|rep|gov|gen|president|the)\.?$/;
const SUFFIX = /^(jr|sr|ii|iii|iv)\.?$/;
const words = (s) =>
  String(s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}.&-]+/u)
    .map((w) => w.replace(/\.$/, ''))
    .filter((w) => w && !HON.test(w));
/** A gold name's first and last significant words ("patrick w. carlineo jr." → patrick, carlineo). */
const ends = (s) => {
  const w = words(s).filter((x) => !SUFFIX.test(x));
  return w.length ? [w[0], w[w.length - 1]] : [];
};
/** Does a detected name cover a gold name (both its first and last word)? */
const covers = (det, gold) => {
  const e = ends(gold);
  if (!e.length) return false;
  const d = new Set(words(det));
  return e.every((x) => d.has(x));
};

const ORG =
  /\b(department|office|ministry|agency|police|university|college|institute|inc|corp|company|council|court|committee|commission|association|administration|service|services|board|bureau|organization|organisation|party|group|union|foundation|center|centre|news|times|post|journal|network|fund|bank|house|senate|congress|government|school|hospital|brothers|league|club|team|studios?|health|wild|fc|equities|coalition|authority|press|prevention|stanley)\b/i;
/** The kind of a gold speaker, read off its words: a person's full name, one word, an organisation's name, or a group phrase. */
function goldKind(name) {
  const bare = name.replace(/^the\s+/i, '');
  if (!/^[\p{Lu}@]/u.test(bare) || /^(a|an|one|some|two|three|several|many|state)\s/i.test(name)) return 'group';
  const w = bare.split(/\s+/);
  const capital = (x) =>
    /^[\p{Lu}\d@'‘&]/u.test(x) || /^(of|the|and|for|&|van|von|der|de|da|du|la|le|al|bin|ibn)$/i.test(x);
  if (/\b(ceo|chief|spokesperson|spokesman|spokeswoman|star|advisers?)\b/i.test(name)) return 'group'; // a role phrase: "Walmart CEO"
  if (name !== bare || ORG.test(name) || /['’]s\s/.test(name)) return w.every(capital) ? 'org' : 'group';
  if (w.length === 1) return 'one word';
  return w.length <= 5 && w.every(capital) ? 'person' : 'group';
}

// --- the tune pages --------------------------------------------------------------------------------------
const { loadGold, scorerGold } = await import('./pages.mjs');
const tune = loadGold()
  .filter((x) => x.split === 'tune')
  .map(({ g }) => scorerGold(g, false))
  .filter((r) => !r.problems.some((p) => p.startsWith('unfinished')));

const DETECTORS = {
  'engine namesIn': engineNames,
  'engine speakers (analyze)': engineSpeakers,
  'wink PROPN runs (2–4)': (t) => winkNames(t, 2),
  'wink PROPN runs (1–4)': (t) => winkNames(t, 1),
  'compromise people()': compromisePeople,
  'compromise organizations()': compromiseOrgs,
  'compromise people() ∪ organizations()': (t) => [...compromisePeople(t), ...compromiseOrgs(t)],
};
const KINDS = ['person', 'one word', 'org', 'group'];

const golds = tune.map(({ gold, text }) => {
  const byName = new Map();
  for (const q of gold.quotes)
    if (q.attributed === true && q.speaker && !byName.has(q.speaker))
      byName.set(q.speaker, { name: q.speaker, aliases: q.aliases ?? [], kind: goldKind(q.speaker) });
  return { file: gold.file, text, quotes: gold.quotes, speakers: [...byName.values()] };
});

const nameRows = [];
const personMisses = {};
const samples = {};
for (const [label, detect] of Object.entries(DETECTORS)) {
  const found = Object.fromEntries(KINDS.map((k) => [k, [0, 0]]));
  let extras = 0;
  let total = 0;
  samples[label] = [];
  for (const page of golds) {
    const det = detect(page.text);
    const distinct = [...new Map(det.map((d) => [words(d.text).join(' '), d])).values()].filter(
      (d) => words(d.text).length,
    );
    total += distinct.length;
    for (const s of page.speakers) {
      const ok = distinct.some((d) => [s.name, ...s.aliases].some((g) => covers(d.text, g)));
      found[s.kind][1]++;
      if (ok) found[s.kind][0]++;
      else if (s.kind === 'person') (personMisses[label] ??= []).push(s.name);
    }
    const goldWords = new Set(page.speakers.flatMap((s) => [s.name, ...s.aliases].flatMap(words)));
    for (const d of distinct) {
      if (words(d.text).some((w) => goldWords.has(w))) continue;
      extras++;
      if (samples[label].length < 400) samples[label].push(d.text);
    }
  }
  nameRows.push({ detector: label, ...Object.fromEntries(KINDS.map((k) => [k, found[k]])), distinct: total, extras });
}

// --- PolNeAR train: name-like Source spans (a capitalised run of two or more words) found by offset ------
const PN = path.join(SHARED, 'eval', 'external', 'polnear', 'data', 'train');
const pnLimit = opt('--polnear', '200');
const pnFiles = fs.existsSync(PN)
  ? fs
      .readdirSync(path.join(PN, 'text'))
      .filter((f) => f.endsWith('.txt'))
      .sort()
  : [];
const pnUse = pnLimit === 'all' ? pnFiles : pnFiles.slice(0, Number(pnLimit));
const anns = fs.existsSync(PN) ? fs.readdirSync(path.join(PN, 'attributions')) : [];
const pnRows = [];
let pnWords = 0;
let pnGold = 0;
let pnQuoted = 0;
const pnMisses = {};
const pnCross = { winkOnly: 0, engineAttributes: 0, sample: [] };
if (pnUse.length) {
  const perDet = Object.fromEntries(Object.keys(DETECTORS).map((k) => [k, { hit: 0, qhit: 0, spans: 0, ms: 0 }]));
  const NAME_RUN = /\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|bin|al))+/gu;
  for (const f of pnUse) {
    const text = fs.readFileSync(path.join(PN, 'text', f), 'utf8');
    pnWords += text.split(/\s+/).filter(Boolean).length;
    const stem = f.replace(/\.txt$/, '');
    const runs = new Map(); // name-like runs of Source spans: start → [start, end, of a quotation's relation]
    for (const a of anns.filter((x) => x.startsWith(stem + '_'))) {
      const T = new Map();
      const lines = fs.readFileSync(path.join(PN, 'attributions', a), 'utf8').split('\n');
      for (const line of lines) {
        const m = /^(T\d+)\t(\w+) ([\d ;]+)\t(.*)$/.exec(line);
        if (m)
          T.set(m[1], {
            type: m[2],
            spans: m[3].split(';').map((x) => x.trim().split(' ').map(Number)),
            surface: m[4],
          });
      }
      for (const line of lines) {
        if (!line.startsWith('E')) continue;
        const src = T.get(/Source:(T\d+)/.exec(line)?.[1]);
        const content = T.get(/Content:(T\d+)/.exec(line)?.[1]);
        if (!src) continue;
        const quoted = /["“”]/.test(content?.surface ?? '');
        for (const [s, e] of src.spans) {
          for (const r of text.slice(s, e).matchAll(NAME_RUN)) {
            const a0 = s + r.index;
            const old = runs.get(a0);
            runs.set(a0, [a0, a0 + r[0].length, quoted || (old?.[2] ?? false)]);
          }
        }
      }
    }
    pnGold += runs.size;
    pnQuoted += [...runs.values()].filter((r) => r[2]).length;
    const hits = {};
    for (const [label, st] of Object.entries(perDet)) {
      const t = performance.now();
      const det = DETECTORS[label](text);
      st.ms += performance.now() - t;
      st.spans += det.length;
      for (const [a, b, q] of runs.values()) {
        const hit = det.some((d) => d.start < b && d.end > a);
        if (q) (hits[label] ??= new Map()).set(a, hit);
        if (!hit) {
          if (q && (pnMisses[label] ??= []).length < 40) pnMisses[label].push(text.slice(a, b));
          continue;
        }
        st.hit++;
        if (q) st.qhit++;
      }
    }
    // Quotation Sources that wink's runs find and namesIn does not: does the engine's attribution name them anyway?
    for (const [a0, w] of hits['wink PROPN runs (2–4)'] ?? []) {
      if (!w || hits['engine namesIn'].get(a0)) continue;
      pnCross.winkOnly++;
      if (hits['engine speakers (analyze)'].get(a0)) pnCross.engineAttributes++;
      else if (pnCross.sample.length < 60) pnCross.sample.push(text.slice(a0, runs.get(a0)[1]));
    }
  }
  for (const [label, st] of Object.entries(perDet))
    pnRows.push({
      detector: label,
      recall: st.hit / pnGold,
      hit: st.hit,
      qhit: st.qhit,
      spansPer1kWords: (1000 * st.spans) / pnWords,
      msPer1kWords: st.ms / (pnWords / 1000),
    });
}

// --- 2. POS of the engine's source mentions: would a noun-head filter help? -----------------------------
const norm = (s) =>
  String(s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
const NOUNISH = new Set(['PROPN', 'NOUN', 'PRON']);
const posRows = { wink: { right: [0, 0], wrong: [0, 0] }, compromise: { right: [0, 0], wrong: [0, 0] } };
const posExamples = { wink: [], compromise: [] };
for (const page of golds) {
  const an = engine.analyze(page.text);
  const wt = winkTokens(page.text);
  const cdoc = compromise(page.text);
  const cterms = cdoc
    .terms()
    .json({ offset: true })
    .map((t) => ({ s: t.offset.start, e: t.offset.start + t.offset.length, tags: t.terms[0]?.tags ?? [] }));
  for (const gq of page.quotes) {
    if (!(gq.attributed === true && gq.speaker) || !gq.at) continue;
    const p = an.quotes.find((q) => q.start < gq.at[1] && q.end > gq.at[0]);
    const src = p?.source;
    if (!p?.speaker || !src || /^(he|she|they|it|we|i|you)$/i.test(src.text)) continue; // only name/noun mentions are at stake
    const right = [gq.speaker, ...(gq.aliases ?? [])].map(norm).includes(norm(p.speaker.name));
    // The head: the mention's last word (a possessive's owner would be the first; mentions here rarely are).
    const wHead = [...wt].reverse().find((t) => t.s < src.end && t.e > src.start && /[\p{L}\p{N}]/u.test(t.v));
    const cHead = [...cterms].reverse().find((t) => t.s < src.end && t.e > src.start);
    const wOk = wHead ? NOUNISH.has(wHead.pos) : true;
    const cOk = cHead ? cHead.tags.some((x) => /Noun|Person|Organization|Place|Pronoun|Acronym/.test(x)) : true;
    for (const [lib, ok, tag] of [
      ['wink', wOk, wHead?.pos],
      ['compromise', cOk, cHead?.tags.join('/')],
    ]) {
      const row = posRows[lib][right ? 'right' : 'wrong'];
      row[1]++;
      if (!ok) {
        row[0]++;
        posExamples[lib].push(
          `${right ? 'right' : 'WRONG'}: source "${src.text}" (${tag}) → ${p.speaker.name}; gold ${gq.speaker}`,
        );
      }
    }
  }
}

// --- 2b. POS of the engine's affiliations on tune: would "no finite verb in an affiliation" help? ---------
// Among quotes whose speaker the engine gets right and whose gold has affiliation keys: the engine's
// affiliation is right, wrong (a text without the keys), or none; a verb filter can only turn a wrong
// text into none (still wrong) or a right one into none, unless another candidate is there.
const affRows = { right: { n: 0, wink: 0, compromise: 0 }, wrong: { n: 0, wink: 0, compromise: 0 }, none: { n: 0 } };
const affExamples = [];
for (const page of golds) {
  const an = engine.analyze(page.text);
  for (const gq of page.quotes) {
    if (!(gq.attributed === true && gq.speaker && gq.affiliationKeys) || !gq.at) continue;
    const p = an.quotes.find((q) => q.start < gq.at[1] && q.end > gq.at[0]);
    if (!p?.speaker || ![gq.speaker, ...(gq.aliases ?? [])].map(norm).includes(norm(p.speaker.name))) continue;
    const aff = p.speaker.affiliation;
    if (!aff) {
      affRows.none.n++;
      affExamples.push(`none: ${p.speaker.name}; gold keys ${gq.affiliationKeys.join(' + ')}`);
      continue;
    }
    const kind = gq.affiliationKeys.every((k) => norm(aff).includes(norm(k))) ? 'right' : 'wrong';
    const row = affRows[kind];
    row.n++;
    // Tagged in the sentence it stands in where it can be found, else alone.
    const at = page.text.indexOf(aff);
    const ctx =
      at >= 0
        ? page.text.slice(
            Math.max(0, page.text.lastIndexOf('\n', at) + 1),
            page.text.indexOf('\n', at + aff.length) >>> 0,
          )
        : aff;
    const off = at >= 0 ? at - Math.max(0, page.text.lastIndexOf('\n', at) + 1) : 0;
    const wv = winkTokens(ctx).filter(
      (t) => t.s >= off && t.e <= off + aff.length && (t.pos === 'VERB' || t.pos === 'AUX'),
    );
    const cv = compromise(aff).match('#Verb').not('#Gerund').not('#PastTense #Noun').out('array'); // compromise tags "chief operating officer" parts as verbs otherwise
    if (wv.length) row.wink++;
    if (cv.length) row.compromise++;
    if (wv.length || cv.length)
      affExamples.push(
        `${kind}: "${aff.slice(0, 90)}" wink verbs [${wv.map((t) => t.v).join(' ')}] compromise verbs [${cv.join(' ')}]; gold keys ${gq.affiliationKeys.join(' + ')}`,
      );
  }
}

// --- 3. latency, load, bundle ----------------------------------------------------------------------------
const { article } = await import('../bench/generate.mjs');
const { timeInterleaved } = await import('../bench/stats.mjs');
const text2k = article(7, 2000);
const paras = text2k.split(/\n\s*\n/).filter((p) => p.split(/\s+/).length > 20);
const para = paras[Math.floor(paras.length / 2)] ?? text2k.slice(0, 400);
const RUNS = { minRuns: 100, minMs: 10000, warmup: 10 };
const lat = timeInterleaved(
  [
    () => engine.analyze(text2k),
    () => engineNames(text2k),
    () => {
      const d = wink.readDoc(text2k);
      d.tokens().out(its.pos);
    },
    () => wink.readDoc(text2k).entities().out(),
    () => compromise(text2k).people().out('array'),
    () => compromise(text2k).people().json({ offset: true }),
    () => wink.readDoc(para).tokens().out(its.pos),
    () => compromise(para).people().out('array'),
  ],
  RUNS,
);
const latRows = [
  ['engine analyze() (whole, no memo)', lat[0]],
  ['engine namesIn pass (all paragraphs)', lat[1]],
  ['wink readDoc + POS', lat[2]],
  ['wink readDoc + entities', lat[3]],
  ['compromise people()', lat[4]],
  ['compromise people() with offsets', lat[5]],
  [`wink one paragraph (${para.split(/\s+/).length} words)`, lat[6]],
  [`compromise one paragraph (${para.split(/\s+/).length} words)`, lat[7]],
].map(([what, r]) => ({ what, p50: r.median, p95: r.p95, runs: r.runs }));

const loads = {};
for (const lib of ['wink', 'compromise']) {
  const xs = [];
  for (let i = 0; i < 5; i++) {
    const r = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--load', lib], {
      encoding: 'utf8',
    });
    xs.push(JSON.parse(r.stdout));
  }
  const med = (k) => xs.map((x) => x[k]).sort((a, b) => a - b)[2];
  loads[lib] = { loadMs: med('loadMs'), firstDocMs: med('firstDocMs'), rssMB: med('rssMB'), heapMB: med('heapMB') };
}

async function bundleSize(contents) {
  const r = await esbuild.build({
    stdin: { contents, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    minify: true,
    write: false,
    logLevel: 'error',
  });
  return r.outputFiles[0].contents.length;
}
const engineMin = (
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'server/src/engine/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    minify: true,
    write: false,
    logLevel: 'error',
    define: { SOURCELINT_VERSION: '"x"' },
  })
).outputFiles[0].contents.length;
const bundles = {
  'engine (dist/engine.js, minified)': engineMin,
  'wink-nlp + wink-eng-lite-web-model': await bundleSize(
    "module.exports = require('wink-nlp')(require('wink-eng-lite-web-model'));",
  ),
  compromise: await bundleSize("module.exports = require('compromise');"),
};
const unpacked = Object.fromEntries(
  ['wink-nlp', 'wink-eng-lite-web-model', 'compromise', 'efrt', 'suffix-thumb'].map((p) => {
    const dir = path.join(ROOT, 'node_modules', p);
    const du = (d) =>
      fs
        .readdirSync(d, { withFileTypes: true })
        .reduce((n, e) => n + (e.isDirectory() ? du(path.join(d, e.name)) : fs.statSync(path.join(d, e.name)).size), 0);
    return [
      p,
      { version: JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version, bytes: du(dir) },
    ];
  }),
);

// --- print -----------------------------------------------------------------------------------------------
const f = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : String(x));
const frac = ([a, b]) => `${a}/${b} (${b ? f(a / b, 2) : '–'})`;
const table = (h, rows) =>
  [`| ${h.join(' | ')} |`, `|${h.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const kindCount = Object.fromEntries(
  KINDS.map((k) => [k, golds.reduce((n, p) => n + p.speakers.filter((s) => s.kind === k).length, 0)]),
);
console.log(
  `## Gold speakers of the tune pages (${golds.length} pages): ${KINDS.map((k) => `${kindCount[k]} ${k}`).join(', ')}\n`,
);
console.log(
  table(
    ['detector', ...KINDS.map((k) => `${k} recall`), 'distinct names', 'extras (no gold speaker word)'],
    nameRows.map((r) => [r.detector, ...KINDS.map((k) => frac(r[k])), r.distinct, r.extras]),
  ),
);
if (pnRows.length) {
  console.log(
    `\n## PolNeAR train, ${pnUse.length === pnFiles.length ? 'all' : 'first'} ${pnUse.length} texts (${pnWords} words): ${pnGold} name-like Source spans (capitalised runs of 2+ words; people and organisations)\n`,
  );
  console.log(
    table(
      [
        'detector',
        'recall, all name-like Sources',
        `recall, Sources of quotations (${pnQuoted})`,
        'spans per 1k words',
        'ms per 1k words',
      ],
      pnRows.map((r) => [
        r.detector,
        `${r.hit}/${pnGold} (${f(r.recall)})`,
        `${r.qhit}/${pnQuoted} (${f(r.qhit / pnQuoted)})`,
        f(r.spansPer1kWords, 1),
        f(r.msPer1kWords, 2),
      ]),
    ),
  );
}
if (pnRows.length)
  console.log(
    `\nQuotation Sources that wink's 2–4 runs find and engine namesIn misses: ${pnCross.winkOnly}; of them, the engine's attributed source mentions overlap ${pnCross.engineAttributes}.`,
  );
console.log(
  `\n## The engine's name/noun source mentions on tune, by the POS of their head word (a "noun head" filter would reject the non-noun ones)\n`,
);
console.log(
  table(
    [
      'tagger',
      'right speakers with a non-noun head (would break)',
      'wrong speakers with a non-noun head (might be fixed)',
    ],
    Object.entries(posRows).map(([k, r]) => [k, frac(r.right), frac(r.wrong)]),
  ),
);
for (const [k, ex] of Object.entries(posExamples)) console.log(`\n${k}:\n${ex.map((x) => `  ${x}`).join('\n')}`);
console.log(
  `\n## The engine's affiliations on tune (right speaker, gold has keys), by whether the library tags a verb in them\n`,
);
console.log(
  table(
    ['engine affiliation', 'quotes', 'with a wink VERB/AUX', 'with a compromise #Verb'],
    Object.entries(affRows).map(([k, r]) => [k, r.n, r.wink ?? '–', r.compromise ?? '–']),
  ),
);
if (args.includes('--samples')) console.log(affExamples.map((x) => `  ${x}`).join('\n'));
console.log(
  `\n## Latency, ${text2k.split(/\s+/).length}-word bench article (bench/generate.mjs article(7, 2000)), same process, interleaved\n`,
);
console.log(
  table(
    ['what', 'p50 ms', 'p95 ms', 'runs'],
    latRows.map((r) => [r.what, f(r.p50), f(r.p95), r.runs]),
  ),
);
console.log(`\n## One-time load (fresh process, median of 5)\n`);
console.log(
  table(
    ['library', 'require + model ms', 'first doc ms', 'RSS MB', 'heap MB'],
    Object.entries(loads).map(([k, r]) => [k, f(r.loadMs, 0), f(r.firstDocMs, 1), f(r.rssMB, 1), f(r.heapMB, 1)]),
  ),
);
console.log(`\n## Size\n`);
console.log(
  table(
    ['bundle (esbuild, minified)', 'bytes'],
    Object.entries(bundles).map(([k, v]) => [k, v.toLocaleString('en')]),
  ),
);
console.log('');
console.log(
  table(
    ['package', 'version', 'unpacked bytes'],
    Object.entries(unpacked).map(([k, v]) => [k, v.version, v.bytes.toLocaleString('en')]),
  ),
);
if (args.includes('--samples'))
  for (const [k, s] of Object.entries(samples))
    console.log(`\nextras of ${k} (first ${Math.min(60, s.length)}): ${s.slice(0, 60).join(' · ')}`);
if (args.includes('--samples'))
  for (const [k, s] of Object.entries(personMisses)) console.log(`\ngold person names ${k} misses: ${s.join(' · ')}`);
if (args.includes('--samples'))
  for (const [k, s] of Object.entries(pnMisses))
    console.log(`\nPolNeAR quotation Sources ${k} misses (first 40): ${s.join(' · ')}`);
if (args.includes('--samples') && pnRows.length)
  console.log(
    `\nPolNeAR quotation Sources only wink finds and the engine does not attribute (first 60): ${pnCross.sample.join(' · ')}`,
  );
if (args.includes('--kinds'))
  for (const p of golds) for (const s of p.speakers) console.log(`${s.kind.padEnd(9)} ${s.name}`);
if (opt('--json'))
  fs.writeFileSync(
    opt('--json'),
    JSON.stringify(
      {
        nameRows,
        pnRows,
        pnCross: { winkOnly: pnCross.winkOnly, engineAttributes: pnCross.engineAttributes },
        posRows,
        latRows,
        loads,
        bundles,
        unpacked,
      },
      null,
      1,
    ),
  );
