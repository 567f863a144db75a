// .sourcelintrc.json: found from a path upwards, parsed with errors that name the file and key.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { boilerplatePatternProblems } from '../engine/boilerplate';
import { type Config, type ConfigProblem, DEFAULT_CONFIG, mergeConfig } from '../engine/config';

export const RC_NAME = '.sourcelintrc.json';

export function findRc(start: string): string | undefined {
  let dir = path.resolve(start);
  try {
    if (!fs.statSync(dir).isDirectory()) dir = path.dirname(dir);
  } catch {
    dir = path.dirname(dir);
  }
  for (;;) {
    const candidate = path.join(dir, RC_NAME);
    if (fs.existsSync(candidate)) return candidate;
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

export interface LoadedConfig {
  config: Config;
  /** One line per problem, naming the file and key. */
  errors: string[];
}

/** Parses an rc file's text over a base config; a broken file leaves the base in force. */
export function parseRc(file: string, text: string, base: Config = DEFAULT_CONFIG): LoadedConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { config: base, errors: [`${file}: invalid JSON: ${(e as Error).message}`] };
  }
  const problems: ConfigProblem[] = [];
  const config = mergeConfig(base, raw, problems);
  return { config, errors: problems.map((p) => `${file}: ${p.key ? `"${p.key}" ` : ''}${p.message}`) };
}

export function loadRc(file: string, base: Config = DEFAULT_CONFIG): LoadedConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return { config: base, errors: [`${file}: cannot read: ${(e as Error).message}`] };
  }
  return parseRc(file, text, base);
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
      const loaded = loadRc(rc);
      for (const e of loaded.errors) this.report(`sourcelint: ${e}\n`);
      if (this.patterns) for (const x of boilerplatePatternProblems(loaded.config)) this.report(`sourcelint: ${rc}: "${x.key}" ${x.message}\n`);
      c = loaded.config;
      this.byFile.set(rc, c);
      this.folders.set(c, path.dirname(path.resolve(rc)));
    }
    return c;
  }

  /** The folder of the rc file a config came from (per-file ignores are relative to it). */
  folderOf(c: Config): string | undefined {
    return this.folders.get(c);
  }
}
