// Workspace trust: in an untrusted workspace the server still lints, but ignores what the
// workspace could turn against the user: its regular expressions and the settings that name paths.

import { type Config, DEFAULT_CONFIG } from '../engine/config';

const REGEX = /^\/(.*)\/([a-z]*)$/s;

export interface Restricted {
  config: Config;
  /** What was dropped, for one log line. */
  dropped: string[];
}

/** The config with workspace regular expressions and path settings (include/exclude) set back to defaults. */
export function restrictUntrusted(config: Config): Restricted {
  const dropped: string[] = [];
  const literal = (key: string, list: string[]) => {
    const kept = list.filter((p) => !REGEX.test(p));
    if (kept.length < list.length) dropped.push(`${list.length - kept.length} regular expression(s) in ${key}`);
    return kept;
  };
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  if (!same(config.include, DEFAULT_CONFIG.include)) dropped.push('include');
  if (!same(config.exclude, DEFAULT_CONFIG.exclude)) dropped.push('exclude');
  return {
    config: {
      ...config,
      include: [...DEFAULT_CONFIG.include],
      exclude: [...DEFAULT_CONFIG.exclude],
      boilerplate: {
        ...config.boilerplate,
        patterns: literal('boilerplate.patterns', config.boilerplate.patterns),
        allow: literal('boilerplate.allow', config.boilerplate.allow),
      },
    },
    dropped,
  };
}
