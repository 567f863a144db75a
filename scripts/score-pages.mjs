#!/usr/bin/env node
// Scores the built CLI on the real-page development set (eval/README.md): the pages of a split as
// they are, and their mutated copies (attributions deleted), with ../shared/eval/score.mjs.
//
//   node scripts/score-pages.mjs [--split tune|heldout|all] [--misses] [--json] [--drafts]
//
// Prints one table; --json prints { pages, mutated } as the scorer's JSON. --drafts also scores
// pages whose annotation is unfinished (their open entries count as no speech).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from './pages.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = path.resolve(process.env.SOURCELINT_SHARED ?? path.join(ROOT, '..', 'shared'));
const CLI = path.join(ROOT, 'dist', 'cli.js');
const args = process.argv.slice(2);
const opt = (name, d) => (args.includes(name) ? args[args.indexOf(name) + 1] : d);
const split = opt('--split', 'tune');

if (!fs.existsSync(CLI))
  spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { stdio: 'inherit', cwd: ROOT });

/** Builds the texts and gold of one variant, runs the CLI from that folder and scores it. */
export function scorePages(which, mutated, drafts = args.includes('--drafts')) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `sl-pages-${mutated ? 'm' : ''}`));
  try {
    const { n, problems } = build(dir, which, mutated, drafts);
    if (!n) return null;
    const cli = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', 'text'], {
      cwd: dir,
      maxBuffer: 256 << 20,
      encoding: 'utf8',
    });
    if (!cli.stdout.startsWith('{'))
      throw new Error(`the CLI printed no JSON report (exit ${cli.status}): ${cli.stderr.slice(0, 400)}`);
    fs.writeFileSync(path.join(dir, 'report.json'), cli.stdout);
    const sc = spawnSync(
      process.execPath,
      [
        path.join(SHARED, 'eval', 'score.mjs'),
        path.join(dir, 'report.json'),
        path.join(dir, 'gold'),
        '--corpus-root',
        dir,
        '--json',
      ],
      { encoding: 'utf8', maxBuffer: 64 << 20 },
    );
    if (sc.status !== 0) throw new Error(`scorer failed: ${sc.stderr}`);
    return { pages: n, problems, ...JSON.parse(sc.stdout) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The figures issue 16 names, from the scores of the pages and of their mutated copies. */
export function figures(p, m) {
  return {
    'quotes F1': p.quotes.f1,
    'speaker accuracy': p.speaker.accuracy,
    'affiliation accuracy': p.affiliation.accuracy,
    'unattributed P (mutated)': m ? m.unattributed.precision : null,
    'unattributed R (mutated)': m ? m.unattributed.recall : null,
    'unattributed false warnings (untouched)': p.unattributed.fp,
    'boilerplate P': p.boilerplate.precision,
    'boilerplate R': p.boilerplate.recall,
    'unbalanced false warnings': p.unbalanced.fp,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const p = scorePages(split, false);
  if (!p) {
    console.error(`score-pages: no gold in split ${split}`);
    process.exit(2);
  }
  const m = scorePages(split, true);
  if (args.includes('--json')) console.log(JSON.stringify({ pages: p, mutated: m }, null, 1));
  else {
    if (args.includes('--misses'))
      for (const x of [...p.misses, ...(m?.misses ?? []).filter((s) => s.startsWith('unattributed'))]) console.log(x);
    for (const s of new Set(p.problems)) console.error(`gold: ${s}`);
    console.log(`\n${split}: ${p.pages} pages, ${m?.pages ?? 0} mutated`);
    const d = (c) => `tp ${c.tp} fp ${c.fp} fn ${c.fn}`;
    const detail = {
      'quotes F1': d(p.quotes),
      'speaker accuracy': `${p.speaker.right}/${p.speaker.total}`,
      'affiliation accuracy': `${p.affiliation.right}/${p.affiliation.total}`,
      'unattributed P (mutated)': m ? d(m.unattributed) : '',
      'unattributed false warnings (untouched)': d(p.unattributed),
      'boilerplate P': d(p.boilerplate),
      'unbalanced false warnings': d(p.unbalanced),
    };
    for (const [k, v] of Object.entries(figures(p, m)))
      console.log(`${k.padEnd(34)} ${String(v).padEnd(7)} ${detail[k] ?? ''}`);
  }
}
