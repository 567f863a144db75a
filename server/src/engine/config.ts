// Settings shared by the server (from workspace/configuration) and the CLI (from
// .sourcelintrc.json). Unknown or wrong values fall back to defaults with an error message.

import type { IgnoreEntry } from './ignore';
import type { RuleCode, Severity } from './types';

export type SeveritySetting = Severity | 'off';

export interface Config {
  include: string[];
  exclude: string[];
  maxFileSize: number;
  severity: Partial<Record<RuleCode, SeveritySetting>>;
  unattributed: { minWords: number };
  boilerplate: { patterns: string[]; allow: string[]; corpusMinFiles: number };
  duplicates: { minWords: number; maxRelated: number };
  /** Findings recorded as meant ("Ignore this finding"). */
  ignore: IgnoreEntry[];
  /** Markdown files matched by `include` are linted (code, front matter, URLs and HTML skipped). */
  markdown: { enabled: boolean };
}

export const DEFAULT_CONFIG: Config = {
  include: ['**/*.txt', '**/*.article'],
  exclude: ['**/node_modules/**', '**/.git/**'],
  maxFileSize: 2_000_000,
  severity: {},
  unattributed: { minWords: 4 },
  boilerplate: { patterns: [], allow: [], corpusMinFiles: 4 },
  duplicates: { minWords: 15, maxRelated: 5 },
  ignore: [],
  markdown: { enabled: true },
};

export const DEFAULT_SEVERITY: Record<RuleCode, Severity> = {
  'unbalanced-quote': 'warning',
  'unattributed-quote': 'warning',
  boilerplate: 'warning',
  'duplicate-passage': 'information',
  'file-too-large': 'information',
};

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

export interface ConfigProblem {
  key: string;
  message: string;
}

/**
 * Merges a raw object (settings without the `sourcelint.` prefix, or a parsed
 * .sourcelintrc.json) over a base config. Bad values are reported, never thrown.
 */
export function mergeConfig(base: Config, raw: unknown, problems: ConfigProblem[] = []): Config {
  const out: Config = structuredClone(base);
  if (raw === undefined || raw === null) return out;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({ key: '', message: 'the configuration must be an object' });
    return out;
  }
  const r = raw as Record<string, unknown>;
  const strings = (key: string, v: unknown): string[] | undefined => {
    if (v === undefined) return undefined;
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
    problems.push({ key, message: 'must be an array of strings' });
    return undefined;
  };
  const num = (key: string, v: unknown, min: number): number | undefined => {
    if (v === undefined) return undefined;
    if (typeof v === 'number' && Number.isFinite(v) && v >= min) return v;
    problems.push({ key, message: `must be a number ≥ ${min}` });
    return undefined;
  };
  const obj = (key: string, v: unknown): Record<string, unknown> | undefined => {
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
    problems.push({ key, message: 'must be an object' });
    return undefined;
  };
  out.include = strings('include', r.include) ?? out.include;
  out.exclude = strings('exclude', r.exclude) ?? out.exclude;
  out.maxFileSize = num('maxFileSize', r.maxFileSize, 0) ?? out.maxFileSize;
  const sev = obj('severity', r.severity);
  if (sev) {
    for (const [k, v] of Object.entries(sev)) {
      if (!(k in DEFAULT_SEVERITY)) problems.push({ key: `severity.${k}`, message: 'is not a rule' });
      else if (typeof v !== 'string' || !SEVERITIES.has(v))
        problems.push({ key: `severity.${k}`, message: 'must be error, warning, information, hint or off' });
      else out.severity[k as RuleCode] = v as SeveritySetting;
    }
  }
  const un = obj('unattributed', r.unattributed);
  if (un) out.unattributed.minWords = num('unattributed.minWords', un.minWords, 1) ?? out.unattributed.minWords;
  const bp = obj('boilerplate', r.boilerplate);
  if (bp) {
    out.boilerplate.patterns = strings('boilerplate.patterns', bp.patterns) ?? out.boilerplate.patterns;
    out.boilerplate.allow = strings('boilerplate.allow', bp.allow) ?? out.boilerplate.allow;
    out.boilerplate.corpusMinFiles =
      num('boilerplate.corpusMinFiles', bp.corpusMinFiles, 2) ?? out.boilerplate.corpusMinFiles;
  }
  const dup = obj('duplicates', r.duplicates);
  if (dup) {
    out.duplicates.minWords = num('duplicates.minWords', dup.minWords, 5) ?? out.duplicates.minWords;
    out.duplicates.maxRelated = num('duplicates.maxRelated', dup.maxRelated, 1) ?? out.duplicates.maxRelated;
  }
  const md = obj('markdown', r.markdown);
  if (md && md.enabled !== undefined) {
    if (typeof md.enabled === 'boolean') out.markdown.enabled = md.enabled;
    else problems.push({ key: 'markdown.enabled', message: 'must be true or false' });
  }
  if (r.ignore !== undefined) {
    if (!Array.isArray(r.ignore))
      problems.push({ key: 'ignore', message: 'must be an array of {"rule", "text", "file"?} entries' });
    else {
      out.ignore = [];
      r.ignore.forEach((e: unknown, i: number) => {
        const x = e as Record<string, unknown> | null;
        if (
          !x ||
          typeof x !== 'object' ||
          typeof x.text !== 'string' ||
          typeof x.rule !== 'string' ||
          !(x.rule in DEFAULT_SEVERITY)
        ) {
          problems.push({
            key: `ignore[${i}]`,
            message: 'must be {"rule": <a rule code>, "text": <string>, "file"?: <string>}',
          });
        } else if (x.file !== undefined && typeof x.file !== 'string') {
          problems.push({ key: `ignore[${i}].file`, message: 'must be a string' });
        } else
          out.ignore.push({ rule: x.rule as RuleCode, text: x.text, ...(x.file ? { file: x.file as string } : {}) });
      });
    }
  }
  return out;
}

export function severityOf(config: Config, code: RuleCode): SeveritySetting {
  return config.severity[code] ?? DEFAULT_SEVERITY[code];
}
