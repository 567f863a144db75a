// "Ignore this finding": records it (rule + normalised text, optionally the file) in the
// .sourcelintrc.json in force for the workspace folder, keeping whatever else the file holds.

import * as fs from 'node:fs';
import { findingKey, type IgnoreEntry } from '../engine/ignore';
import type { Finding } from '../engine/types';
import { replaceFileAtomic } from '../io/atomic';

export function ignoreEntry(f: Finding, text: string, relPath: string | undefined): IgnoreEntry {
  return { rule: f.code, text: findingKey(f, text), ...(relPath ? { file: relPath } : {}) };
}

/** Adds the entry to the rc file `file` (created if missing); throws with a message a user can act on. */
export function recordIgnore(file: string, entry: IgnoreEntry): string {
  let original: Buffer | undefined;
  let rc: Record<string, unknown> = {};
  try {
    original = fs.readFileSync(file);
  } catch {
    original = undefined;
  }
  if (original) {
    try {
      rc = JSON.parse(original.toString('utf8'));
    } catch (e) {
      throw new Error(`${file} is not valid JSON (${(e as Error).message}); fix it before adding ignores`);
    }
    if (!rc || typeof rc !== 'object' || Array.isArray(rc)) throw new Error(`${file} must hold a JSON object`);
  }
  const list = Array.isArray(rc.ignore) ? (rc.ignore as IgnoreEntry[]) : [];
  const same = (x: IgnoreEntry) =>
    x.rule === entry.rule && x.text === entry.text && (x.file ?? '') === (entry.file ?? '');
  if (!list.some(same)) list.push(entry);
  rc.ignore = list;
  const data = Buffer.from(JSON.stringify(rc, null, 2) + '\n', 'utf8');
  if (original) replaceFileAtomic(file, data, original);
  else fs.writeFileSync(file, data, { flag: 'wx' });
  return file;
}
