// User patterns (boilerplate.patterns / boilerplate.allow): a string between slashes is a
// regular expression, run on RE2 (re2js, linear time) so that a pattern such as (a+)+$ cannot
// hang the linter; any other string is a literal that matches a line beginning with it.

import { RE2JS } from 're2js';
import type { Config, ConfigProblem } from '../config';
import { lineKey } from './lines';

export interface LineMatcher {
  /** The setting as written. */
  source: string;
  /** Tests a line's trimmed text. */
  test(line: string): boolean;
}

export type Compiled = { ok: true; matcher: LineMatcher } | { ok: false; message: string };

const REGEX = /^\/(.*)\/([a-z]*)$/s;
const cache = new Map<string, Compiled>();

export function compilePattern(source: string): Compiled {
  let c = cache.get(source);
  if (!c) {
    c = compileUncached(source);
    if (cache.size > 500) cache.clear(); // settings change rarely; this only bounds memory
    cache.set(source, c);
  }
  return c;
}

function compileUncached(source: string): Compiled {
  const m = REGEX.exec(source);
  if (!m) {
    const lit = lineKey(source);
    if (!lit) return { ok: false, message: 'is empty' };
    return { ok: true, matcher: { source, test: (line) => lineKey(line).startsWith(lit) } };
  }
  const [, body, flagText] = m;
  if (!body) return { ok: false, message: `${source} is an empty regular expression` };
  let flags = 0;
  for (const f of flagText) {
    if (f === 'i') flags |= RE2JS.CASE_INSENSITIVE;
    else if (f === 'm') flags |= RE2JS.MULTILINE;
    else if (f === 's') flags |= RE2JS.DOTALL;
    else if (f !== 'u' && f !== 'g')
      return { ok: false, message: `${source}: unsupported flag "${f}" (use i, m, s or u)` };
  }
  try {
    const re = RE2JS.compile(RE2JS.translateRegExp(body), flags);
    return { ok: true, matcher: { source, test: (line) => re.test(line) } };
  } catch (e) {
    // RE2 has no backreferences or lookarounds: those are what make a pattern exponential.
    const why = (e as Error).message.replace(/^error parsing regexp: /, '');
    return {
      ok: false,
      message: `${source} is not a valid linear-time regular expression (${why}); backreferences and lookarounds are not supported`,
    };
  }
}

export interface CompiledList {
  matchers: LineMatcher[];
  problems: ConfigProblem[];
}

/** Compiles a setting's list; bad entries are reported under `key[i]` and left out. */
export function compileList(list: readonly string[], key: string): CompiledList {
  const out: CompiledList = { matchers: [], problems: [] };
  list.forEach((source, i) => {
    const c = compilePattern(source);
    if (c.ok) out.matchers.push(c.matcher);
    else out.problems.push({ key: `${key}[${i}]`, message: c.message });
  });
  return out;
}

/** The problems in a config's boilerplate patterns, for the server and CLI to report like other config errors. */
export function boilerplatePatternProblems(config: Config): ConfigProblem[] {
  return [
    ...compileList(config.boilerplate.patterns, 'boilerplate.patterns').problems,
    ...compileList(config.boilerplate.allow, 'boilerplate.allow').problems,
  ];
}

/** The same check on a raw settings or rc object ({ boilerplate: { patterns, allow } }), before merging. */
export function rawPatternProblems(raw: unknown): ConfigProblem[] {
  const bp = (raw as { boilerplate?: { patterns?: unknown; allow?: unknown } } | undefined)?.boilerplate;
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  if (!bp || typeof bp !== 'object') return [];
  return [
    ...compileList(list(bp.patterns), 'boilerplate.patterns').problems,
    ...compileList(list(bp.allow), 'boilerplate.allow').problems,
  ];
}
