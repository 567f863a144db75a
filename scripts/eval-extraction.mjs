#!/usr/bin/env node
// Boilerplate precision on real pages: node scripts/eval-extraction.mjs BENCH_DIR [--corpus] [--show N]
// BENCH_DIR is the article-extraction benchmark (output/html-text.json: each page's whole text;
// ground-truth.json: its hand-made article body). Each page becomes an article, is linted by the
// engine (bundled from source here), and every flagged line is checked against the body.
// Nothing from the benchmark is written anywhere; --show prints flagged body lines to the terminal.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as os from 'node:os';
import * as esbuild from 'esbuild';

const args = process.argv.slice(2);
const bench = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a));
if (!bench) {
  console.error('usage: node scripts/eval-extraction.mjs BENCH_DIR [--corpus] [--show N]');
  process.exit(2);
}
const useCorpus = args.includes('--corpus');
const showAt = args.indexOf('--show');
const show = showAt >= 0 ? Number(args[showAt + 1] ?? 20) : 0;

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const entry = path.join(os.tmpdir(), `sourcelint-eval-${process.pid}.cjs`);
await esbuild.build({
  stdin: {
    contents:
      "export { analyze } from './server/src/engine/analyze'; export { CorpusIndex } from './server/src/engine/duplicates/corpus'; export { DEFAULT_CONFIG } from './server/src/engine/config';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: entry,
  logLevel: 'warning',
});
const { analyze, CorpusIndex, DEFAULT_CONFIG } = await import(pathToFileURL(entry).href);
fs.rmSync(entry, { force: true });

const readJson = (p) => JSON.parse(fs.readFileSync(path.join(bench, p), 'utf8'));
const pagesRaw = readJson('output/html-text.json');
const pages = pagesRaw.output ?? pagesRaw;
const gold = readJson('ground-truth.json');
const norm = (s) => s.replace(/\s+/g, ' ').trim().toLowerCase();

const corpus = new CorpusIndex();
if (useCorpus) for (const [id, p] of Object.entries(pages)) corpus.set(id, p.articleBody ?? '');

let lines = 0,
  body = 0,
  nonBody = 0,
  flaggedBody = 0,
  flaggedNonBody = 0,
  pagesWithBodyFlag = 0;
const shown = [];
const started = Date.now();
for (const [id, page] of Object.entries(pages)) {
  const g = gold[id];
  if (!g) continue;
  const text = page.articleBody ?? '';
  const goldBody = norm(g.articleBody);
  const goldLines = new Set(g.articleBody.split('\n').map(norm));
  // A page line is body text when it is a whole line of the gold body, or (4+ words) part of it.
  const isBody = (line) => {
    const n = norm(line);
    return goldLines.has(n) || (n.split(' ').length >= 4 && goldBody.includes(n));
  };
  // The pages stand in for the workspace corpus, which only the boilerplate rule reads here.
  const config = useCorpus ? { ...DEFAULT_CONFIG, severity: { 'duplicate-passage': 'off' } } : DEFAULT_CONFIG;
  const { findings } = analyze(text, { config, corpus: useCorpus ? corpus : undefined, docId: id });
  const flagged = new Set();
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const lineOf = (off) => {
    let lo = 0,
      hi = starts.length - 1;
    while (lo < hi) {
      const m = (lo + hi + 1) >> 1;
      if (starts[m] <= off) lo = m;
      else hi = m - 1;
    }
    return lo;
  };
  for (const f of findings) if (f.code === 'boilerplate') flagged.add(lineOf(f.start));
  const textLines = text.split('\n');
  let bodyFlagHere = false;
  textLines.forEach((l, i) => {
    if (!l.trim()) return;
    lines++;
    const b = isBody(l);
    if (b) body++;
    else nonBody++;
    if (!flagged.has(i)) return;
    if (b) {
      flaggedBody++;
      bodyFlagHere = true;
      if (shown.length < show) shown.push(`${id.slice(0, 8)}:${i + 1}: ${l.trim().slice(0, 120)}`);
    } else flaggedNonBody++;
  });
  if (bodyFlagHere) pagesWithBodyFlag++;
}
const flagged = flaggedBody + flaggedNonBody;
const r = (x) => (Number.isFinite(x) ? x.toFixed(4) : 'n/a');
if (shown.length) console.log(shown.join('\n') + '\n');
console.log(
  `pages ${Object.keys(pages).length}, non-blank lines ${lines} (body ${body}, non-body ${nonBody})${useCorpus ? ', with corpus evidence' : ''}`,
);
console.log(
  `flagged lines ${flagged}: on body ${flaggedBody} (${pagesWithBodyFlag} pages), on non-body ${flaggedNonBody}`,
);
console.log(`precision (flags off the body)  ${r(flaggedNonBody / flagged)}`);
console.log(`body lines left alone           ${r(1 - flaggedBody / body)}`);
console.log(`non-body lines flagged          ${r(flaggedNonBody / nonBody)}`);
console.log(`time ${Date.now() - started} ms`);
