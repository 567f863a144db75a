// `sourcelint fix [paths…] [--dry-run]`: removes the boilerplate lines that `check` reports,
// with the same edits as the editor's fix-all. --dry-run prints a unified diff and writes nothing;
// otherwise each file is replaced atomically, and a file that changed since it was read is left alone.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from '../engine/analyze';
import { removeAllEdits } from '../engine/boilerplate';
import { applyEdits } from '../engine/boilerplate/removal';
import { ChangedSinceReadError, replaceFileAtomic } from '../io/atomic';
import { unifiedDiff } from '../io/unified-diff';
import { errnoReason } from '../io/read';
import { ConfigLookup } from '../project/config';
import { type ArticleInput, collectInputs } from '../project/inputs';
import { type PreparedArticle, indexArticles, readPrepared } from '../project/prepare';

export const FIX_HELP = `Usage: sourcelint fix [paths…] [--dry-run] [--config FILE] [--follow-symlinks]

Removes the boilerplate lines (promos, credit and copyright lines, page furniture) that
\`sourcelint check\` reports, from the given files and the articles in the given folders.
Removals leave no doubled blank lines, keep line endings and a BOM, and change no other byte.

Options:
  --dry-run            print a unified diff of the changes and write nothing
  --config FILE        use this .sourcelintrc.json instead of the one found upwards from each path
  --follow-symlinks    follow symbolic links inside folders (off: links are skipped)

Each file is written atomically (a temp file in the same folder, flushed, then renamed over the
old one, keeping its mode); a file that changed after it was read is not written.
Exit codes: 0 done (or nothing to do), 2 bad usage, or a file could not be read or written.`;

const UTF8_BOM = [0xef, 0xbb, 0xbf];

interface Out {
  out: (s: string) => void;
  err: (s: string) => void;
}

export function fixCommand(
  args: string[],
  io: Out = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) },
): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      config: { type: 'string' },
      'follow-symlinks': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(FIX_HELP + '\n');
    return 0;
  }
  const dry = values['dry-run']!;
  let failed = false;
  if (values.config && !fs.existsSync(values.config)) {
    io.err(`sourcelint: --config ${values.config}: no such file\n`);
    return 2;
  }
  const configs = new ConfigLookup(values.config, io.err);
  // The same files, configs and prepared texts as `check`, so the same lines go.
  const collected = collectInputs(positionals.length ? positionals : ['.'], configs, io.err, {
    followSymlinks: values['follow-symlinks'],
    emptyFails: false,
  });
  failed = collected.failed;
  const read: (ArticleInput & PreparedArticle)[] = [];
  for (const f of collected.inputs) {
    const r = readPrepared(f.path, f.config);
    if (!r.ok) {
      io.err(`sourcelint: ${f.path}: ${f.named ? '' : 'skipped: '}${r.reason}\n`);
      if (f.named) failed = true;
      continue;
    }
    read.push({ ...f, ...r });
  }

  // The same corpus as `check` builds, so lines repeated across unrelated articles go too.
  const corpus = indexArticles(read);
  let changed = 0;
  let removed = 0;
  for (const f of read) {
    const { bytes, source: text } = f;
    const { findings } = analyze(text, {
      config: f.config,
      corpus,
      docId: f.path,
      relPath: f.relPath,
      format: f.format,
    });
    const edits = removeAllEdits(findings);
    if (!edits.length) continue;
    const lines = findings.filter((x) => x.code === 'boilerplate').length;
    const next = applyEdits(text, edits);
    const name = (path.isAbsolute(f.path) ? f.path : path.relative(process.cwd(), f.path))
      .split(path.sep)
      .join('/')
      .replace(/^\/+/, '');
    if (dry) {
      io.out(unifiedDiff(name, text, next));
    } else {
      const hasBom = UTF8_BOM.every((b, i) => bytes[i] === b);
      const data = Buffer.from(hasBom && !next.startsWith('\ufeff') ? '\ufeff' + next : next, 'utf8');
      try {
        replaceFileAtomic(f.path, data, bytes);
      } catch (e) {
        const why =
          e instanceof ChangedSinceReadError ? e.message : `${f.path}: not written: ${errnoReason(e, 'cannot write')}`;
        io.err(`sourcelint: ${why}\n`);
        failed = true;
        continue;
      }
    }
    changed++;
    removed += lines;
    io.err(
      `sourcelint: ${f.path}: ${dry ? 'would remove' : 'removed'} ${lines} boilerplate line${lines === 1 ? '' : 's'}\n`,
    );
  }
  if (!changed && !failed) io.err('sourcelint: no boilerplate to remove\n');
  else if (changed > 1)
    io.err(`sourcelint: ${dry ? 'would remove' : 'removed'} ${removed} lines from ${changed} files\n`);
  return failed ? 2 : 0;
}
