// Edits that remove whole lines and leave the file tidy: blank lines around a removed line are
// merged so no doubled blank line appears, line endings (CRLF, LF, CR) and a BOM are kept,
// and no byte of any other line changes.

import type { Edit } from '../types';
import type { Line } from './lines';

/**
 * Edits removing the given lines. `starts` are the line start offsets (LineIndex.starts).
 * A group of removed lines and the blank lines among them goes as one edit: at the start or end
 * of the file the blank lines go too; in between, one separator (the blank lines before the
 * group, or else those after it) stays.
 */
export function removalEdits(
  text: string,
  starts: readonly number[],
  lines: Line[],
  remove: ReadonlySet<number>,
): Edit[] {
  const n = lines.length;
  const startOf = (i: number) => (i >= n ? text.length : starts[i]);
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const edits: Edit[] = [];
  // Only the removed lines are visited (not every line per call: one call per finding would be quadratic).
  const order = [...remove].filter((x) => x >= 0 && x < n).sort((x, y) => x - y);
  let i = 0;
  for (const r of order) {
    if (r < i) continue; // taken by the previous group
    i = r;
    let a = i;
    while (a > 0 && lines[a - 1].blank) a--;
    let k = i;
    let last = i;
    while (k < n && (lines[k].blank || remove.has(k))) {
      if (remove.has(k)) last = k;
      k++;
    }
    const atStart = a === 0;
    const atEnd = k === n;
    let from: number;
    let to: number;
    if (atStart || atEnd) [from, to] = [startOf(a), startOf(k)];
    else if (a < i) [from, to] = [startOf(i), startOf(k)];
    else [from, to] = [startOf(i), startOf(last + 1)];
    from = Math.max(from, bom);
    // A CR line end must not meet the LF of a blank line that follows: together they would read as one CRLF.
    while (from > 0 && text[from - 1] === '\r' && text[to] === '\n') to++;
    if (to > from) edits.push({ start: from, end: to, newText: '' });
    i = k;
  }
  return edits;
}

/** Applies non-overlapping edits to a text (any order). */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((x, y) => y.start - x.start);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
