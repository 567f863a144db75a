// .sourcelintrc.json: found from a path upwards, parsed with errors that name the file and key.

import * as fs from 'node:fs';
import * as path from 'node:path';
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
