// `sourcelint duplicates`: the duplicated passages of a set of articles, as groups of copies,
// and the one corpus that `check` builds of its inputs.

import * as fs from 'node:fs';
import { parseArgs } from 'node:util';
import { type Config, DEFAULT_CONFIG } from '../engine/config';
import { duplicateGroups } from '../engine/duplicates/groups';
import { LineIndex } from '../engine/text';
import { ConfigLookup } from '../project/config';
import { collectInputs } from '../project/inputs';
import { indexArticles, readPrepared } from '../project/prepare';

export const DUPLICATES_HELP = `Usage: sourcelint duplicates [paths…] [--format text|json] [--config FILE]

Lists the passages (at least duplicates.minWords words, default 15) that stand in more than
one place among the given files and the articles in the given folders, largest first. Each
group names every copy as path:line:column-line:column. Boilerplate lines are left out.

Options:
  --format text|json   text: one block per group; json: { version, groups: [{ words, text, copies: [{ path, range }] }] }
  --config FILE        use this .sourcelintrc.json instead of the one found upwards from each path
  --follow-symlinks    follow symbolic links inside folders`;

export class DuplicatesUsageError extends Error {}

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
  if (format !== 'text' && format !== 'json')
    throw new DuplicatesUsageError(`--format must be text or json, not "${format}"`);
  if (values.config && !fs.existsSync(values.config))
    throw new DuplicatesUsageError(`--config ${values.config}: no such file`);

  // Grouping runs no boilerplate rule, so its patterns are not checked here.
  const configs = new ConfigLookup(values.config, err, false);
  // The same files, configs and prepared texts as `check` (Markdown code and front matter blanked).
  const collected = collectInputs(positionals.length ? positionals : ['.'], configs, err, {
    followSymlinks: values['follow-symlinks'],
  });
  let failed = collected.failed;
  const entries: { path: string; text: string; source: string; config: Config }[] = [];
  for (const f of collected.inputs) {
    const read = readPrepared(f.path, f.config);
    if (read.ok) entries.push({ path: f.path, text: read.text, source: read.source, config: f.config });
    else {
      err(`sourcelint: ${f.path}: ${f.named ? '' : 'skipped: '}${read.reason}\n`);
      if (f.named) failed = true;
    }
  }

  const corpus = indexArticles(entries);
  const configByPath = new Map(entries.map((e) => [e.path, e.config]));
  // Excerpts from the file's own text (the corpus holds Markdown blanked, at the same offsets).
  const sourceOf = new Map(entries.map((e) => [e.path, e.source]));
  const groups = duplicateGroups(corpus, (id) => configByPath.get(id) ?? DEFAULT_CONFIG);
  const lines = new Map<string, LineIndex>();
  const linesOf = (doc: string) => lines.get(doc) ?? lines.set(doc, new LineIndex(corpus.text(doc)!)).get(doc)!;
  const rangeOf = (doc: string, s: number, e: number) => ({
    start: linesOf(doc).positionAt(s),
    end: linesOf(doc).positionAt(e),
  });
  const excerpt = (doc: string, s: number, e: number) => {
    const t = sourceOf.get(doc)!.slice(s, e).replace(/\s+/g, ' ');
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
    err(
      `sourcelint: ${groups.length} duplicated passage${groups.length === 1 ? '' : 's'} in ${files.size} of ${entries.length} files\n`,
    );
  }
  return failed ? 2 : 0;
}
