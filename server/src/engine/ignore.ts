// Findings the writer chose to ignore, recorded by rule and normalised text (not by line),
// so that edits elsewhere in the file do not bring them back.

import type { Finding, RuleCode } from './types';
import { work } from './work';

export interface IgnoreEntry {
  rule: RuleCode;
  /** Normalised text of the finding (see ignoreKey). */
  text: string;
  /** Path relative to the configuration's folder, with forward slashes; absent: every file. */
  file?: string;
}

const KEY_CHARS = 200;
const isAsciiSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

function fullKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b`']/g, "'")
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb"]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Case, quote style, dashes and spacing do not matter; long texts are keyed by their start. Only
 * as much of the text is normalised as the key needs (issue #17: each finding normalised all of
 * its text, a whole 1 MB passage for one key): a prefix cut before an ASCII space normalises as
 * the start of the whole would, so once its key is longer than the key kept, that is the key.
 */
export function ignoreKey(text: string): string {
  for (let len = 4 * KEY_CHARS; len < text.length; len *= 2) {
    let cut = len;
    // Cut before an ASCII space: NFKC composes nothing with it, and a final sigma before it stays final.
    while (cut < text.length && !isAsciiSpace(text.charCodeAt(cut))) cut++;
    if (cut >= text.length) break;
    work.steps += cut;
    const key = fullKey(text.slice(0, cut));
    if (key.length > KEY_CHARS) return key.slice(0, KEY_CHARS);
  }
  work.steps += text.length;
  return fullKey(text).slice(0, KEY_CHARS);
}

/** The text a finding is about, as recorded in an ignore entry. */
export function findingKey(f: Finding, text: string): string {
  return ignoreKey(f.key ?? text.slice(f.start, f.end));
}

export function applyIgnores(findings: Finding[], text: string, ignores: IgnoreEntry[], relPath?: string): Finding[] {
  if (!ignores.length) return findings;
  const keys = new Set(
    ignores
      .filter((i) => !i.file || (relPath !== undefined && i.file === relPath))
      .map((i) => `${i.rule}\u0000${ignoreKey(i.text)}`),
  );
  return findings.filter((f) => !keys.has(`${f.code}\u0000${findingKey(f, text)}`));
}
