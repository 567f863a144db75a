// sourcelint command line: the same engine as the language server, on files and folders.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { tooLargeFinding } from '../engine/analyze';
import { ConfigLookup } from '../project/config';
import { collectInputs } from '../project/inputs';
import { readPrepared } from '../project/prepare';
import { printable } from './report';
import { type RenderOptions, ReportWriter } from './report-stream';
import { CheckArticles, type CheckEntry, type FilePart, checkFile, partOf } from './check-file';
import { checkInWorkers } from './check-worker';
import type { Severity } from '../engine/types';
import { PROGRESS_MIN_FILES, Progress, SEVERITY_STYLE, painter, plural, useColor } from '../io/term';
import { FIX_HELP, fixCommand } from './fix';
import { DUPLICATES_HELP, DuplicatesUsageError, duplicatesCommand } from './duplicates-cmd';
import { type CachedFile, CorpusCache, cacheFileFor, defaultCacheDir } from '../cache/corpus-cache';
import type { FileKey } from '../cache/cached-read';
import { contentHash } from '../cache/entry';
import { DEFAULT_CONFIG } from '../engine/config';

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
  --no-cache           do not read or write the corpus cache ($XDG_CACHE_HOME/sourcelint, one file per
                       working folder; SOURCELINT_NO_CACHE=1 too). With --jobs over 1 it is not used.

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
  if (command === 'duplicates')
    return duplicatesCommand(
      rest,
      (s) => process.stdout.write(s),
      (s) => process.stderr.write(s),
    );
  throw new UsageError(`unknown command "${command}" (try: sourcelint --help)`);
}

/** --jobs: worker threads on request only; each indexes the whole corpus again, which measured no faster on 2 cores (npm run bench). */
function jobsFor(arg: string | undefined, files: number): number {
  if (arg === undefined) return 1;
  const n = Number(arg);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new UsageError(`--jobs must be a whole number from 1 to 64, not "${arg}"`);
  return Math.min(n, Math.max(1, files));
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
      'no-cache': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(HELP.check + '\n');
    return 0;
  }
  const format = values.format!;
  if (format !== 'text' && format !== 'json' && format !== 'sarif')
    throw new UsageError(`--format must be text, json or sarif, not "${format}"`);
  const paths = positionals.length ? positionals : ['.'];

  if (values.config && !fs.existsSync(values.config)) throw new UsageError(`--config ${values.config}: no such file`);
  const configs = new ConfigLookup(values.config, (line) => process.stderr.write(line));
  // `failed`: something the user named directly could not be read.
  const collected = collectInputs(paths, configs, (line) => process.stderr.write(line), {
    followSymlinks: values['follow-symlinks'],
  });
  const inputs = collected.inputs;
  let failed = collected.failed;

  const render: RenderOptions = { format, color: useColor(process.stdout), cwd: process.cwd() };
  // Worker threads read and index the files themselves; otherwise each goes into the corpus as it is read.
  const jobs = jobsFor(values.jobs, inputs.length);
  const local = jobs > 1 ? undefined : new CheckArticles();
  // The corpus cache (one file per working folder): entries of unchanged files are not computed again.
  const cache =
    local && !values['no-cache'] && !process.env.SOURCELINT_NO_CACHE
      ? CorpusCache.open(
          cacheFileFor(defaultCacheDir(), process.cwd(), 'cli'),
          DEFAULT_CONFIG.duplicates.minWords,
          cacheLog,
        )
      : undefined;
  const seen = new Set<string>();
  const entries: CheckEntry[] = [];
  // Each file's part of the report, by input order: filled as analyses finish, emptied as written.
  const slots: (FilePart | undefined)[] = [];
  const slotOf: number[] = [];
  const progress = new Progress(process.stderr, inputs.length);
  for (const [i, input] of inputs.entries()) {
    progress.update(`sourcelint: reading ${i + 1}/${inputs.length} files`);
    const read = readPrepared(input.path, input.config);
    if (!read.ok) {
      const named = input.named;
      progress.done();
      process.stderr.write(`sourcelint: ${printable(input.path)}: ${named ? '' : 'skipped: '}${read.reason}\n`);
      if (named) failed = true;
      if (read.tooLarge) {
        const analysis = { findings: [tooLargeFinding(read.tooLarge, input.config.maxFileSize)], quotes: [] };
        slots.push(partOf({ path: input.path, text: '', analysis }, () => undefined, render));
      }
      continue;
    }
    const entry: CheckEntry = { path: input.path, config: input.config, relPath: input.relPath, format: input.format };
    if (local) {
      const abs = path.resolve(input.path);
      const held = cache?.get(abs);
      const key = cache && fileKey(abs, read.source, held);
      const fresh = local.add(
        entries.length,
        entry,
        read,
        key && held && key.hash === held.hash ? held.data : undefined,
      );
      if (cache && key && (fresh || key.mtime !== held?.mtime)) cache.put(abs, { ...key, data: fresh ?? held!.data });
      seen.add(abs);
    }
    entries.push(entry);
    slotOf.push(slots.length);
    slots.push(undefined);
  }
  if (cache) {
    // Files that are gone leave the cache (those merely not named this time stay).
    for (const p of cache.paths()) if (!seen.has(p) && !fs.existsSync(p)) cache.delete(p);
    cache.close();
  }
  // One corpus of all inputs, so passages shared between them are found (related paths as reported).
  progress.update(`sourcelint: indexing ${plural(entries.length, 'file')}`, true);

  const report = new ReportWriter(
    format,
    { version: VERSION, cwd: render.cwd, executionSuccessful: !failed },
    (s) => process.stdout.write(s),
    progress.active && !!process.stdout.isTTY,
  );
  const tally = new Tally();
  let written = 0;
  const flush = () => {
    while (written < slots.length && slots[written]) {
      const part = slots[written]!;
      slots[written++] = undefined;
      report.add(part.items);
      tally.add(part.severities);
    }
  };
  let analysed = 0;
  const done = (i: number, part: FilePart) => {
    slots[slotOf[i]] = part;
    progress.update(`sourcelint: analysing ${++analysed}/${entries.length} files`);
    flush();
  };
  if (local) entries.forEach((e, i) => done(i, checkFile(i, e, local, render)));
  else if (entries.length) {
    try {
      await checkInWorkers(entries, Math.min(jobs, entries.length), render, done);
    } catch (e) {
      progress.done();
      process.stderr.write(`sourcelint: ${(e as Error).message}\n`);
      return 2;
    }
  }
  flush();
  progress.done();
  report.end();
  // A person at a terminal gets a count; a pipe or a CI log gets only the report.
  if (format === 'text' && process.stderr.isTTY)
    process.stderr.write(tally.summary(painter(useColor(process.stderr))) + '\n');
  if (failed) return 2;
  return tally.count.error || tally.count.warning ? 1 : 0;
}

/** The cache is an optimisation: its notes (no SQLite, a folder it cannot make, a file rebuilt) stay off stderr unless SOURCELINT_CACHE_LOG is set. */
const cacheLog = (m: string) => {
  if (process.env.SOURCELINT_CACHE_LOG) process.stderr.write(`${m}\n`);
};

/** A read file's cache key: its size and time now, and a content hash, taken from `held` when size and time are the same. */
function fileKey(file: string, text: string, held: CachedFile | undefined): FileKey | undefined {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch {
    return undefined;
  }
  const same = held && held.size === st.size && held.mtime === st.mtimeMs;
  return { size: st.size, mtime: st.mtimeMs, hash: same ? held.hash : contentHash(text) };
}

/** Findings by severity over the files reported, for the summary line and the exit code. */
class Tally {
  readonly count = { error: 0, warning: 0, information: 0, hint: 0 };
  private files = 0;
  private withFindings = 0;

  add(severities: Severity[]): void {
    this.files++;
    if (severities.length) this.withFindings++;
    for (const s of severities) this.count[s]++;
  }

  summary(paint: ReturnType<typeof painter>): string {
    const count = this.count;
    const parts = (['error', 'warning', 'information', 'hint'] as const)
      .filter((k) => count[k])
      .map((k) => paint(SEVERITY_STYLE[k], k === 'information' ? `${count[k]} information` : plural(count[k], k)));
    return parts.length
      ? `${parts.join(', ')} in ${this.withFindings} of ${plural(this.files, 'file')}`
      : `no findings in ${plural(this.files, 'file')}`;
  }
}

function fail(e: unknown): void {
  if (
    e instanceof UsageError ||
    e instanceof DuplicatesUsageError ||
    (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
  ) {
    process.stderr.write(`sourcelint: ${(e as Error).message}\n`);
    process.exitCode = 2;
  } else throw e;
}

try {
  Promise.resolve(main(process.argv.slice(2))).then((code) => (process.exitCode = code), fail);
} catch (e) {
  fail(e);
}
