// sourcelint command line: the same engine as the language server, on files and folders.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { tooLargeFinding } from './engine/analyze';
import type { Config } from './engine/config';
import { LineIndex } from './engine/text';
import { ConfigLookup } from './io/rcfile';
import { errnoReason, readArticle } from './io/read';
import { articleMatcher, walkArticles } from './io/walk';
import { type FileResult, jsonReport, textLine, printable } from './report';
import { sarifReport } from './sarif';
import { Worker } from 'node:worker_threads';
import { analyseShare, type CheckEntry, type CheckJob } from './check-worker';
import type { Analysis } from './engine/types';
import { formatOf, prepareText } from './engine/markdown';
import { PROGRESS_MIN_FILES, Progress, SEVERITY_STYLE, painter, plural, useColor } from './io/term';
import { FIX_HELP, fixCommand } from './fix';
import { DUPLICATES_HELP, DuplicatesUsageError, duplicatesCommand } from './duplicates-cmd';

declare const SOURCELINT_VERSION: string | undefined;
const VERSION = typeof SOURCELINT_VERSION === 'string' ? SOURCELINT_VERSION : '0.0.0-dev';

const HELP: Record<string, string> = {
  main: `sourcelint ${VERSION} — lints news articles: unattributed quotes, boilerplate, duplicated passages, unbalanced quotation marks.

Usage: sourcelint <command> [options] [paths…]

Commands:
  check [paths…]     report findings (default path: .)
  fix [paths…]       remove boilerplate lines (--dry-run: print a diff, write nothing)
  duplicates [paths…]  list passages that stand in more than one place, largest first

Options:
  -h, --help         help for a command (sourcelint check --help, sourcelint help fix)
  -v, --version      print the version

Output: the report goes to stdout, messages to stderr. On a terminal findings are coloured
(NO_COLOR=1 turns that off) and runs over ${PROGRESS_MIN_FILES} files show a progress line on stderr.

Examples:
  sourcelint check articles/
  sourcelint fix --dry-run articles/
  sourcelint duplicates --format json articles/ > groups.json

Exit codes: 0 no warnings or errors, 1 warnings or errors found, 2 bad usage or unreadable input.`,
  check: `Usage: sourcelint check [paths…] [--format text|json|sarif] [--config FILE]

Lints the given files, and the articles in the given folders (by the include/exclude
globs of the configuration). Nothing is written.

Options:
  --format text|json   text: one line per finding (file:line:col: severity code message);
                       json: the report of the evaluation README (diagnostics and quotes);
                       sarif: SARIF 2.1.0 for code scanning (paths relative to the current folder)
  --config FILE        use this .sourcelintrc.json instead of the one found upwards from each path
  --follow-symlinks    follow symbolic links inside folders (off: links are skipped)
  -j, --jobs N         worker threads for the analysis (default 1; each worker indexes the whole corpus again)

Examples:
  sourcelint check samples
  sourcelint check --format json articles/ > report.json
  sourcelint check --format sarif articles/ > sourcelint.sarif`,
  fix: `${FIX_HELP}

Examples:
  sourcelint fix --dry-run articles/ | less
  sourcelint fix articles/monday.txt`,
  duplicates: `${DUPLICATES_HELP}

Examples:
  sourcelint duplicates articles/
  sourcelint duplicates --format json wire/ local/ > groups.json`,
};

class UsageError extends Error {}

interface Input {
  path: string;
  config: Config;
}

function main(argv: string[]): number | Promise<number> {
  const [command, ...rest] = argv;
  if (!command) {
    process.stderr.write(HELP.main + '\n');
    return 2;
  }
  if (command === '-h' || command === '--help' || command === 'help') {
    const topic = command === 'help' ? rest[0] : undefined;
    if (topic && !HELP[topic]) throw new UsageError(`no help for "${topic}" (commands: check, fix, duplicates)`);
    process.stdout.write(HELP[topic ?? 'main'] + '\n');
    return 0;
  }
  if (HELP[command] && (rest.includes('-h') || rest.includes('--help'))) {
    process.stdout.write(HELP[command] + '\n');
    return 0;
  }
  if (command === '-v' || command === '--version') {
    process.stdout.write(VERSION + '\n');
    return 0;
  }
  if (command === 'check') return check(rest);
  if (command === 'fix') return fixCommand(rest);
  if (command === 'duplicates') return duplicatesCommand(rest, (s) => process.stdout.write(s), (s) => process.stderr.write(s));
  throw new UsageError(`unknown command "${command}" (try: sourcelint --help)`);
}

/** --jobs: worker threads on request only; each indexes the whole corpus again, which measured no faster on 2 cores (npm run bench). */
function jobsFor(arg: string | undefined, files: number): number {
  if (arg === undefined) return 1;
  const n = Number(arg);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new UsageError(`--jobs must be a whole number from 1 to 64, not "${arg}"`);
  return Math.min(n, Math.max(1, files));
}

/** Splits the files over worker threads; each builds the whole corpus, since duplicates need it. */
function analyseInWorkers(entries: CheckEntry[], jobs: number, onEach: () => void): Promise<Analysis[]> {
  const out: Analysis[] = new Array(entries.length);
  const shares: number[][] = Array.from({ length: jobs }, () => []);
  entries.forEach((_, i) => shares[i % jobs].push(i));
  return Promise.all(
    shares.map(
      (share) =>
        new Promise<void>((resolve, reject) => {
          const w = new Worker(path.join(__dirname, 'check-worker.js'), { workerData: { entries, share } satisfies CheckJob });
          w.on('message', (m: { type: string; analyses?: Analysis[] }) => {
            if (m.type === 'progress') onEach();
            else if (m.type === 'done') m.analyses!.forEach((a, k) => (out[share[k]] = a));
          });
          w.on('error', reject);
          w.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`a check worker exited with code ${code}`))));
        }),
    ),
  ).then(() => out);
}

async function check(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      config: { type: 'string' },
      'follow-symlinks': { type: 'boolean', default: false },
      jobs: { type: 'string', short: 'j' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(HELP.check + '\n');
    return 0;
  }
  const format = values.format!;
  if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new UsageError(`--format must be text, json or sarif, not "${format}"`);
  const paths = positionals.length ? positionals : ['.'];

  let failed = false; // something the user named directly could not be read
  if (values.config && !fs.existsSync(values.config)) throw new UsageError(`--config ${values.config}: no such file`);
  const configs = new ConfigLookup(values.config, (line) => process.stderr.write(line));

  const inputs: Input[] = [];
  for (const p of paths) {
    const config = configs.for(p);
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch (e) {
      process.stderr.write(`sourcelint: ${p}: ${errnoReason(e, 'cannot read')}\n`);
      failed = true;
      continue;
    }
    if (st.isDirectory()) {
      const problems: { path: string; reason: string }[] = [];
      const found = walkArticles(p, articleMatcher(config.include, config.exclude), problems, values['follow-symlinks']);
      for (const pr of problems) process.stderr.write(`sourcelint: ${printable(pr.path)}: skipped: ${pr.reason}\n`);
      if (!found.length) {
        process.stderr.write(`sourcelint: ${p}: no articles found (include: ${config.include.join(', ')})\n`);
        failed = true;
      }
      for (const f of found) if (config.markdown.enabled || formatOf(f) !== 'markdown') inputs.push({ path: f, config });
    } else if (!config.markdown.enabled && formatOf(p) === 'markdown') process.stderr.write(`sourcelint: ${p}: skipped: markdown.enabled is false\n`);
    else inputs.push({ path: p, config });
  }

  const direct = new Set(paths.map((p) => path.normalize(p)));
  const results: FileResult[] = [];
  const pending: { result: FileResult; config: Config }[] = [];
  const progress = new Progress(process.stderr, inputs.length);
  for (const [i, input] of inputs.entries()) {
    progress.update(`sourcelint: reading ${i + 1}/${inputs.length} files`);
    const read = readArticle(input.path, input.config.maxFileSize);
    if (!read.ok) {
      const named = direct.has(path.normalize(input.path));
      progress.done();
      process.stderr.write(`sourcelint: ${printable(input.path)}: ${named ? '' : 'skipped: '}${read.reason}\n`);
      if (named) failed = true;
      if (read.tooLarge) {
        results.push({ path: input.path, text: '', analysis: { findings: [tooLargeFinding(read.tooLarge, input.config.maxFileSize)], quotes: [] } });
      }
      continue;
    }
    results.push({ path: input.path, text: read.text, analysis: { findings: [], quotes: [] } });
    pending.push({ result: results[results.length - 1], config: input.config });
  }
  // One corpus of all inputs, so passages shared between them are found (related paths as reported).
  progress.update(`sourcelint: indexing ${plural(pending.length, 'file')}`, true);
  const relPath = (file: string, config: Config) => {
    const root = configs.folderOf(config);
    return root ? path.relative(root, path.resolve(file)).split(path.sep).join('/') : undefined;
  };
  const entries: CheckEntry[] = pending.map((p) => {
    const format = formatOf(p.result.path);
    return { path: p.result.path, text: p.result.text, indexText: prepareText(p.result.text, format), config: p.config, relPath: relPath(p.result.path, p.config), format };
  });
  const jobs = jobsFor(values.jobs, entries.length);
  let analysed = 0;
  const onEach = () => progress.update(`sourcelint: analysing ${++analysed}/${pending.length} files`);
  const analyses = jobs > 1 ? await analyseInWorkers(entries, jobs, onEach) : analyseShare({ entries, share: entries.map((_, i) => i) }, onEach);
  pending.forEach((p, i) => (p.result.analysis = analyses[i]));

  progress.done();

  const linesByPath = new Map(results.map((r) => [r.path, (r.lines = new LineIndex(r.text))]));
  if (format === 'json') {
    process.stdout.write(JSON.stringify(jsonReport(results, (d) => linesByPath.get(d)), null, 1) + '\n');
  } else if (format === 'sarif') {
    const sarif = sarifReport(results, (d) => linesByPath.get(d), { version: VERSION, cwd: process.cwd(), executionSuccessful: !failed });
    process.stdout.write(JSON.stringify(sarif, null, 1) + '\n');
  } else {
    const paint = painter(useColor(process.stdout));
    const out: string[] = [];
    for (const r of results) for (const f of r.analysis.findings) out.push(textLine(r.path, r.lines!, f, paint));
    if (out.length) process.stdout.write(out.join('\n') + '\n');
    // A person at a terminal gets a count; a pipe or a CI log gets only the report.
    if (process.stderr.isTTY) process.stderr.write(summary(results, painter(useColor(process.stderr))) + '\n');
  }
  if (failed) return 2;
  const serious = results.some((r) => r.analysis.findings.some((f) => f.severity === 'error' || f.severity === 'warning'));
  return serious ? 1 : 0;
}

function summary(results: FileResult[], paint: ReturnType<typeof painter>): string {
  const count = { error: 0, warning: 0, information: 0, hint: 0 };
  let files = 0;
  for (const r of results) {
    for (const f of r.analysis.findings) count[f.severity]++;
    if (r.analysis.findings.length) files++;
  }
  const parts = (['error', 'warning', 'information', 'hint'] as const)
    .filter((k) => count[k])
    .map((k) => paint(SEVERITY_STYLE[k], k === 'information' ? `${count[k]} information` : plural(count[k], k)));
  return parts.length ? `${parts.join(', ')} in ${files} of ${plural(results.length, 'file')}` : `no findings in ${plural(results.length, 'file')}`;
}

function fail(e: unknown): void {
  if (e instanceof UsageError || e instanceof DuplicatesUsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    process.stderr.write(`sourcelint: ${(e as Error).message}\n`);
    process.exitCode = 2;
  } else throw e;
}

try {
  Promise.resolve(main(process.argv.slice(2))).then((code) => (process.exitCode = code), fail);
} catch (e) {
  fail(e);
}
