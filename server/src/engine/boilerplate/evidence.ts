// Corpus evidence: a line repeated in several unrelated articles of the workspace is
// boilerplate even if no rule names it. "Unrelated" matters: copies and versions of one story
// share its sentences and quotes, and those are duplicates, not boilerplate.
//
// The engine needs only the lookups of LineStats. LineTable implements them; the workspace
// CorpusIndex keeps one, current with its documents, as `lines`.

import { steps } from '../duplicates/steps';
import { LineDocs } from './line-docs';
import { type LineKeys, lineKeysOf } from './lines';

export interface LineStats {
  /**
   * Ids of the documents that have a line with this hash (hash52 of its key, as lineKeysOf gives
   * it); with `max`, at most that many, spread evenly over them.
   */
  docsWithLine(hash: number, max?: number): readonly string[];
  /** How many documents have a line with this hash (without listing them). */
  docCount(hash: number): number;
  /** The distinct line hashes of a document, ascending, or undefined if it is not in the corpus. */
  lineHashes(docId: string): Float64Array | undefined;
}

/** Distinct hashes of a text's non-blank lines, ascending. */
export function textLineHashes(text: string): Float64Array {
  const hashes = new Set<number>();
  for (const h of lineKeysOf(text).hashes) if (h) hashes.add(h);
  return Float64Array.from(hashes).sort();
}

/** Whether an ascending array holds `h`. */
export function hasHash(sorted: Float64Array, h: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid];
    if (v === h) return true;
    if (v < h) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * An index of line hashes to documents, kept up to date with set/delete. Compact because a
 * workspace has hundreds of thousands of lines: numbers for keys and documents, a document
 * number alone for a line only one document has (most of them), an array for the rest.
 */
export class LineTable implements LineStats {
  private readonly byKey = new LineDocs();
  private readonly byDoc = new Map<string, { num: number; hashes: Float64Array }>();
  private readonly ids: (string | undefined)[] = [];
  private readonly freeNums: number[] = [];

  set(docId: string, text: string): void {
    this.setHashes(docId, textLineHashes(text));
  }

  /** As set(), with the text's line hashes (textLineHashes) computed earlier. */
  setHashes(docId: string, hashes: Float64Array): void {
    const rec = this.byDoc.get(docId);
    if (!rec) {
      const num = this.freeNums.pop() ?? this.ids.length;
      this.ids[num] = docId;
      this.byDoc.set(docId, { num, hashes });
      for (const h of hashes) this.link(h, num);
      return;
    }
    // A new version of the document (an edit): only the lines that came or went change the table.
    const old = rec.hashes;
    let i = 0;
    let j = 0;
    while (i < old.length || j < hashes.length) {
      if (j >= hashes.length || (i < old.length && old[i] < hashes[j])) this.unlink(old[i++], rec.num);
      else if (i >= old.length || hashes[j] < old[i]) this.link(hashes[j++], rec.num);
      else {
        i++;
        j++;
      }
    }
    rec.hashes = hashes;
  }

  delete(docId: string): void {
    const rec = this.byDoc.get(docId);
    if (!rec) return;
    this.byDoc.delete(docId);
    this.ids[rec.num] = undefined;
    this.freeNums.push(rec.num);
    for (const h of rec.hashes) this.unlink(h, rec.num);
  }

  private link(h: number, num: number) {
    this.byKey.add(h, num);
  }

  private unlink(h: number, num: number) {
    this.byKey.remove(h, num);
  }

  docsWithLine(hash: number, max = Infinity): readonly string[] {
    const docs = this.byKey.get(hash);
    if (docs === undefined) return [];
    if (typeof docs === 'number') return [this.ids[docs]!];
    if (docs.length <= max) return docs.map((d) => this.ids[d]!);
    const out: string[] = [];
    for (let i = 0; i < max; i++) out.push(this.ids[docs[Math.floor((i * docs.length) / max)]]!);
    return out;
  }

  docCount(hash: number): number {
    const docs = this.byKey.get(hash);
    return docs === undefined ? 0 : typeof docs === 'number' ? 1 : docs.length;
  }

  lineHashes(docId: string): Float64Array | undefined {
    return this.byDoc.get(docId)?.hashes;
  }
}

/** Shortest line (in words) whose sharing makes two documents versions of one story. */
const STORY_LINE_WORDS = 5;

/**
 * Other files read per line (issue #17): a line in every one of N files would otherwise compare
 * each file with all N - 1 others, N² pair checks. Past this many, the files read are spread
 * evenly over those that hold the line, and the line is boilerplate when enough of them are
 * unrelated (they are, so it is in that many unrelated articles at least). 32 is far above the
 * 4 files (corpusMinFiles) the decision needs and above the most files any line of a real
 * corpus we measured has (7 of 200 polnear articles); a larger corpusMinFiles raises it.
 */
export const MAX_EVIDENCE_DOCS = 32;

/**
 * Pair checks (is that file a version of this one?) per document, each walking the lines of the
 * shorter of the two: so the evidence of a file costs at most this many times its lines, however
 * many lines it shares with however many files. A file read after the budget is spent is left
 * out of the line's count (its message then says how many were checked). 256 is 8 lines' worth
 * of MAX_EVIDENCE_DOCS; no file of the corpora we measured comes near it.
 */
export const MAX_RELATED_CHECKS = 256;

/** What repeatedLines found for a line: unrelated documents (this one included) among those checked. */
export interface LineEvidence {
  unrelated: number;
  /** Documents holding the line, this one included. */
  files: number;
  /** Other documents read; fewer than files - 1 when the line is in more than MAX_EVIDENCE_DOCS others. */
  checked: number;
}

/**
 * Which of a document's lines occur in at least `minFiles` unrelated documents (this one
 * included), as line hash -> evidence. `own` maps each of the document's line hashes to the
 * words of its line. Two documents are related when they share a story line (one found in fewer
 * than `minFiles` documents) or most of their lines: then neither counts as evidence for the
 * other. At most MAX_EVIDENCE_DOCS other files are read per line, and MAX_RELATED_CHECKS pair
 * checks made per document, so the work is linear in the corpus (steps.n counts it).
 */
export function repeatedLines(
  stats: LineStats,
  docId: string | undefined,
  own: ReadonlyMap<number, number>,
  candidates: Iterable<number>,
  minFiles: number,
): Map<number, LineEvidence> {
  const mine = docId === undefined ? undefined : stats.lineHashes(docId);
  /** Other documents with the line (this one, where the corpus holds it, not counted). */
  const otherCount = (h: number) => stats.docCount(h) - (mine && hasHash(mine, h) ? 1 : 0);
  const perLine = Math.max(MAX_EVIDENCE_DOCS, minFiles - 1);
  const related = new Map<string, boolean>();
  let budget = MAX_RELATED_CHECKS;
  const isRelated = (other: string): boolean | undefined => {
    let r = related.get(other);
    if (r !== undefined) return r;
    if (budget <= 0) return undefined;
    budget--;
    const theirs = stats.lineHashes(other) ?? new Float64Array(0);
    let shared = 0;
    r = false;
    const story = (h: number, words: number) => words >= STORY_LINE_WORDS && otherCount(h) + 1 < minFiles;
    if (theirs.length < own.size) {
      for (const h of theirs) {
        steps.n++;
        const words = own.get(h);
        if (words === undefined) continue;
        shared++;
        if (story(h, words)) {
          r = true;
          break;
        }
      }
    } else {
      for (const [h, words] of own) {
        steps.n++;
        if (!hasHash(theirs, h)) continue;
        shared++;
        if (story(h, words)) {
          r = true;
          break;
        }
      }
    }
    // Copies of one story, whole or cut down: most of the shorter one's lines shared, however common each line is.
    if (!r && shared >= 3 && shared * 2 > Math.min(own.size, theirs.length)) r = true;
    related.set(other, r);
    return r;
  };
  const out = new Map<number, LineEvidence>();
  for (const h of candidates) {
    const count = otherCount(h);
    if (count + 1 < minFiles) continue;
    // One more than needed, in case this document is among them.
    const docs = stats.docsWithLine(h, perLine + 1);
    let unrelated = 1;
    let checked = 0;
    for (const d of docs) {
      if (d === docId || checked >= perLine) continue;
      steps.n++;
      const r = isRelated(d);
      if (r === undefined) continue;
      checked++;
      if (!r) unrelated++;
    }
    if (unrelated >= minFiles) out.set(h, { unrelated, files: count + 1, checked });
  }
  return out;
}

/** The line hash -> word count map repeatedLines takes, for a document's line keys and their hashes. */
export function ownLines({ hashes, words }: LineKeys): Map<number, number> {
  const own = new Map<number, number>();
  for (let i = 0; i < hashes.length; i++) if (hashes[i]) own.set(hashes[i], words[i]);
  return own;
}
