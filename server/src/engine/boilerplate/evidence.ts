// Corpus evidence: a line repeated in several unrelated articles of the workspace is
// boilerplate even if no rule names it. "Unrelated" matters: copies and versions of one story
// share its sentences and quotes, and those are duplicates, not boilerplate.
//
// The engine needs only the two lookups of LineStats. LineTable implements them; the workspace
// Corpus provides them by implementing LineStats itself or by exposing a LineTable as `lines`.

import { lineKey } from './lines';

export interface LineStats {
  /** Ids of the documents that have a line with this key (see lineKey). */
  docsWithLine(key: string): readonly string[];
  /** The distinct line keys of a document, or undefined if it is not in the corpus. */
  lineKeys(docId: string): ReadonlySet<string> | undefined;
}

/** Keys of a text's non-blank lines. */
export function textLineKeys(text: string): Set<string> {
  const keys = new Set<string>();
  for (const l of text.split(/\r\n|\r|\n/)) {
    const k = lineKey(l);
    if (k) keys.add(k);
  }
  return keys;
}

/** An index of line keys to documents, kept up to date with set/delete. */
export class LineTable implements LineStats {
  private readonly byKey = new Map<string, Set<string>>();
  private readonly byDoc = new Map<string, Set<string>>();

  set(docId: string, text: string): void {
    this.delete(docId);
    const keys = textLineKeys(text);
    this.byDoc.set(docId, keys);
    for (const k of keys) {
      let docs = this.byKey.get(k);
      if (!docs) this.byKey.set(k, (docs = new Set()));
      docs.add(docId);
    }
  }

  delete(docId: string): void {
    const keys = this.byDoc.get(docId);
    if (!keys) return;
    this.byDoc.delete(docId);
    for (const k of keys) {
      const docs = this.byKey.get(k)!;
      docs.delete(docId);
      if (!docs.size) this.byKey.delete(k);
    }
  }

  docsWithLine(key: string): readonly string[] {
    const docs = this.byKey.get(key);
    return docs ? [...docs] : [];
  }

  lineKeys(docId: string): ReadonlySet<string> | undefined {
    return this.byDoc.get(docId);
  }
}

const isStats = (x: unknown): x is LineStats =>
  !!x && typeof (x as LineStats).docsWithLine === 'function' && typeof (x as LineStats).lineKeys === 'function';

/** The line statistics of whatever corpus the engine was given, if it offers them. */
export function lineStatsOf(corpus: unknown): LineStats | undefined {
  if (isStats(corpus)) return corpus;
  const lines = (corpus as { lines?: unknown } | undefined)?.lines;
  return isStats(lines) ? lines : undefined;
}

/** Shortest line (in words) whose sharing makes two documents versions of one story. */
const STORY_LINE_WORDS = 5;

/**
 * Which of a document's line keys occur in at least `minFiles` unrelated documents (this one
 * included). Two documents are related when they share a story line (one found in fewer than
 * `minFiles` documents) or most of their lines: then neither counts as evidence for the other.
 */
export function repeatedLines(
  stats: LineStats,
  docId: string | undefined,
  keys: ReadonlySet<string>,
  candidates: Iterable<string>,
  minFiles: number,
): Map<string, number> {
  const others = (k: string) => stats.docsWithLine(k).filter((d) => d !== docId);
  const related = new Map<string, boolean>();
  const isRelated = (other: string): boolean => {
    let r = related.get(other);
    if (r === undefined) {
      const theirs = stats.lineKeys(other) ?? new Set<string>();
      let shared = 0;
      r = false;
      for (const k of keys) {
        if (!theirs.has(k)) continue;
        shared++;
        if (k.split(' ').length >= STORY_LINE_WORDS && others(k).length + 1 < minFiles) {
          r = true;
          break;
        }
      }
      // Copies of one story, whole or cut down: most of the shorter one's lines shared, however common each line is.
      if (!r && shared >= 3 && shared * 2 > Math.min(keys.size, theirs.size)) r = true;
      related.set(other, r);
    }
    return r;
  };
  const out = new Map<string, number>();
  for (const k of candidates) {
    const docs = others(k);
    if (docs.length + 1 < minFiles) continue;
    let unrelated = 1;
    for (const d of docs) if (!isRelated(d)) unrelated++;
    if (unrelated >= minFiles) out.set(k, unrelated);
  }
  return out;
}
