// The articles a CLI command is given: files named directly, and the articles under named folders,
// each with its configuration and its path relative to that configuration's folder. `check`, `fix`
// and `duplicates` all start here, so they agree on which files they read.

import * as fs from 'node:fs';
import type { Config } from '../engine/config';
import { type TextFormat, formatOf } from '../engine/markdown';
import { errnoReason } from '../io/read';
import { printable } from '../cli/report';
import { articlesUnder, formatAllowed } from './articles';
import { type ConfigLookup, ignorePath } from './config';

export interface ArticleInput {
  path: string;
  config: Config;
  /** Named on the command line (a problem reading it fails the run), not found in a folder. */
  named: boolean;
  /** Path relative to the configuration's folder (forward slashes), for per-file ignores. */
  relPath?: string;
  format: TextFormat;
}

export interface InputOptions {
  followSymlinks?: boolean;
  /** A folder with no articles fails the run (check, duplicates); otherwise it is only said. */
  emptyFails?: boolean;
}

export function collectInputs(
  paths: string[],
  configs: ConfigLookup,
  err: (line: string) => void,
  opts: InputOptions = {},
): { inputs: ArticleInput[]; failed: boolean } {
  const inputs: ArticleInput[] = [];
  let failed = false;
  const add = (file: string, config: Config, named: boolean) => {
    const root = configs.folderOf(config);
    const relPath = root ? ignorePath(root, file) : undefined;
    inputs.push({ path: file, config, named, relPath, format: formatOf(file) });
  };
  for (const p of paths) {
    const config = configs.for(p);
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch (e) {
      err(`sourcelint: ${p}: ${errnoReason(e, 'cannot read')}\n`);
      failed = true;
      continue;
    }
    if (st.isDirectory()) {
      const problems: { path: string; reason: string }[] = [];
      const found = articlesUnder(p, config, problems, opts.followSymlinks);
      for (const pr of problems) err(`sourcelint: ${printable(pr.path)}: skipped: ${pr.reason}\n`);
      if (!found.length) {
        err(`sourcelint: ${p}: no articles found (include: ${config.include.join(', ')})\n`);
        if (opts.emptyFails !== false) failed = true;
      }
      for (const f of found) add(f, config, false);
    } else if (!formatAllowed(p, config)) err(`sourcelint: ${p}: skipped: markdown.enabled is false\n`);
    else add(p, config, true);
  }
  return { inputs, failed };
}
