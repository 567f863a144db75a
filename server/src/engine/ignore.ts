// Findings the writer chose to ignore, recorded by rule and normalised text (not by line),
// so that edits elsewhere in the file do not bring them back.

import type { Finding, RuleCode } from './types';

export interface IgnoreEntry {
  rule: RuleCode;
  /** Normalised text of the finding (see ignoreKey). */
  text: string;
  /** Path relative to the configuration's folder, with forward slashes; absent: every file. */
  file?: string;
}

/** Case, quote style, dashes and spacing do not matter; long texts are keyed by their start. */
export function ignoreKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b`']/g, "'")
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb"]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);
}

/** The text a finding is about, as recorded in an ignore entry. */
export function findingKey(f: Finding, text: string): string {
  return ignoreKey(f.key ?? text.slice(f.start, f.end));
}

export function applyIgnores(findings: Finding[], text: string, ignores: IgnoreEntry[], relPath?: string): Finding[] {
  if (!ignores.length) return findings;
  const keys = new Set(
    ignores.filter((i) => !i.file || (relPath !== undefined && i.file === relPath)).map((i) => `${i.rule}\u0000${ignoreKey(i.text)}`),
  );
  return findings.filter((f) => !keys.has(`${f.code}\u0000${findingKey(f, text)}`));
}
