// Which configuration holds for a path: the .sourcelintrc.json found upwards from it (each file
// loaded once, its problems said once), for the CLI and the server alike. Editor settings over it:
// ./settings; workspace trust: ./trust.

import * as path from 'node:path';
import { boilerplatePatternProblems } from '../engine/boilerplate';
import { type Config, DEFAULT_CONFIG } from '../engine/config';
import { findRc, loadRc } from '../io/rcfile';

export interface RcFound {
  file: string;
  /** The rc file's folder: per-file ignores are relative to it. */
  folder: string;
  config: Config;
  /** One line per problem, naming the file (and key). */
  errors: string[];
}

/** The rc file found upwards from `start` (a folder or a file), loaded; `patterns`: also check the boilerplate patterns. */
export function rcFor(start: string, patterns = true): RcFound | undefined {
  const file = findRc(start);
  if (!file) return undefined;
  return loadFound(file, patterns);
}

/** How a per-file ignore names `file`: relative to `folder` (the rc file's), with forward slashes. */
export function ignorePath(folder: string, file: string): string {
  return path.relative(folder, path.resolve(file)).split(path.sep).join('/');
}

/**
 * The rc file in force for files whose configuration is found upwards from `scope`, which per-file
 * ignores are relative to (and which an editor's "ignore" action adds to), or undefined for none.
 */
export function rcFileFor(scope: string): string | undefined {
  const file = findRc(scope);
  return file && path.resolve(file);
}

function loadFound(file: string, patterns: boolean): RcFound {
  const loaded = loadRc(file);
  const errors = [...loaded.errors];
  if (patterns)
    for (const x of boilerplatePatternProblems(loaded.config)) errors.push(`${file}: "${x.key}" ${x.message}`);
  return { file, folder: path.dirname(path.resolve(file)), config: loaded.config, errors };
}

/**
 * The configuration for each path a command is given: `--config` or the rc file found upwards,
 * each file loaded once and its problems reported once. Callers check that `--config` exists first.
 */
export class ConfigLookup {
  private readonly byFile = new Map<string, Config>();
  private readonly folders = new Map<Config, string>();

  /** `report` gets whole lines; `patterns`: also check the boilerplate patterns (commands that run that rule). */
  constructor(
    private readonly explicit: string | undefined,
    private readonly report: (line: string) => void,
    private readonly patterns = true,
  ) {}

  for(p: string): Config {
    const rc = this.explicit ?? findRc(p);
    if (!rc) return DEFAULT_CONFIG;
    let c = this.byFile.get(rc);
    if (!c) {
      const found = loadFound(rc, this.patterns);
      for (const e of found.errors) this.report(`sourcelint: ${e}\n`);
      c = found.config;
      this.byFile.set(rc, c);
      this.folders.set(c, found.folder);
    }
    return c;
  }

  /** The folder of the rc file a config came from (per-file ignores are relative to it). */
  folderOf(c: Config): string | undefined {
    return this.folders.get(c);
  }
}
