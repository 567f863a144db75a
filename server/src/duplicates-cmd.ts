// `sourcelint duplicates`: the duplicated passages of a set of articles, as groups of copies,
// and the one corpus that `check` builds of its inputs.

import * as fs from 'node:fs';
import { parseArgs } from 'node:util';
import { type Config, DEFAULT_CONFIG } from './engine/config';
import { Corpus } from './engine/duplicates/corpus';
import { duplicateGroups } from './engine/duplicates/groups';
import { LineIndex } from './engine/text';
import { ConfigLookup } from './io/rcfile';
import { readArticle } from './io/read';
import { articleMatcher, walkArticles } from './io/walk';

export const DUPLICATES_HELP = `Usage: sourcelint duplicates [paths…] [--format text|json] [--config FILE]

Lists the passages (at least duplicates.minWords words, default 15) that stand in more than
one place among the given files and the articles in the given folders, largest first. Each
group names every copy as path:line:column-line:column. Boilerplate lines are left out.

Options:
  --format text|json   text: one block per group; json: { version, groups: [{ words, text, copies: [{ path, range }] }] }
  --config FILE        use this .sourcelintrc.json instead of the one found upwards from each path
  --follow-symlinks    follow symbolic links inside folders`;

export class DuplicatesUsageError extends Error {}

/** One corpus of every article given, keyed by its path as reported; the smallest minWords asked for wins. */
export function corpusOf(entries: { path: string; text: string; config: Config }[]): Corpus {
  const minWords = Math.min(DEFAULT_CONFIG.duplicates.minWords, ...entries.map((e) => e.config.duplicates.minWords));
  const corpus = new Corpus({ minWords });
  for (const e of entries) corpus.set(e.path, e.text);
  return corpus;
}

export function duplicatesCommand(args: string[], out: (s: string) => void, err: (s: string) => void): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      config: { type: 'string' },
      'follow-symlinks': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    out(DUPLICATES_HELP + '\n');
    return 0;
  }
  const format = values.format!;
  if (format !== 'text' && format !== 'json') throw new DuplicatesUsageError(`--format must be text or json, not "${format}"`);
  if (values.config && !fs.existsSync(values.config)) throw new DuplicatesUsageError(`--config ${values.config}: no such file`);

  let failed = false;
  // Grouping runs no boilerplate rule, so its patterns are not checked here.
  const configs = new ConfigLookup(values.config, err, false);
  const entries: { path: string; text: string; config: Config }[] = [];
  const take = (file: string, config: Config, named: boolean) => {
    const read = readArticle(file, config.maxFileSize);
    if (read.ok) entries.push({ path: file, text: read.text, config });
    else {
      err(`sourcelint: ${file}: ${named ? '' : 'skipped: '}${read.reason}\n`);
      if (named) failed = true;
    }
  };
  for (const p of positionals.length ? positionals : ['.']) {
    const config = configs.for(p);
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch {
      err(`sourcelint: ${p}: no such file or directory\n`);
      failed = true;
      continue;
    }
    if (!st.isDirectory()) {
      take(p, config, true);
      continue;
    }
    const problems: { path: string; reason: string }[] = [];
    const found = walkArticles(p, articleMatcher(config.include, config.exclude), problems, values['follow-symlinks']);
    for (const pr of problems) err(`sourcelint: ${pr.path}: skipped: ${pr.reason}\n`);
    if (!found.length) {
      err(`sourcelint: ${p}: no articles found (include: ${config.include.join(', ')})\n`);
      failed = true;
    }
    for (const f of found) take(f, config, false);
  }

  const corpus = corpusOf(entries);
  const configByPath = new Map(entries.map((e) => [e.path, e.config]));
  const groups = duplicateGroups(corpus, (id) => configByPath.get(id) ?? DEFAULT_CONFIG);
  const lines = new Map<string, LineIndex>();
  const linesOf = (doc: string) => lines.get(doc) ?? lines.set(doc, new LineIndex(corpus.text(doc)!)).get(doc)!;
  const rangeOf = (doc: string, s: number, e: number) => ({ start: linesOf(doc).positionAt(s), end: linesOf(doc).positionAt(e) });
  const excerpt = (doc: string, s: number, e: number) => {
    const t = corpus.text(doc)!.slice(s, e).replace(/\s+/g, ' ');
    return t.length > 80 ? t.slice(0, 79) + '…' : t;
  };
  if (format === 'json') {
    const report = {
      version: 1,
      groups: groups.map((g) => ({
        words: g.words,
        text: excerpt(g.copies[0].doc, g.copies[0].start, g.copies[0].end),
        copies: g.copies.map((c) => ({ path: c.doc, range: rangeOf(c.doc, c.start, c.end) })),
      })),
    };
    out(JSON.stringify(report, null, 1) + '\n');
  } else {
    const blocks = groups.map((g) => {
      const head = `${g.copies.length} copies, ${g.words} words: "${excerpt(g.copies[0].doc, g.copies[0].start, g.copies[0].end)}"`;
      const where = g.copies.map((c) => {
        const r = rangeOf(c.doc, c.start, c.end);
        return `  ${c.doc}:${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;
      });
      return [head, ...where].join('\n');
    });
    out(blocks.length ? blocks.join('\n\n') + '\n' : '');
    const files = new Set(groups.flatMap((g) => g.copies.map((c) => c.doc)));
    err(`sourcelint: ${groups.length} duplicated passage${groups.length === 1 ? '' : 's'} in ${files.size} of ${entries.length} files\n`);
  }
  return failed ? 2 : 0;
}
