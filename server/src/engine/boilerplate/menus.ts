// Copied site menus: runs of short lines, most of them navigation words ("Home", "Politics",
// "Sports"). One such word alone may be a story's subheading, so only a run counts.
// Blank and already-flagged lines do not break a run, so removing those never joins two
// short runs into one that would be flagged on the next lint.

import { NAV_WORDS } from './catalogue';
import type { Line } from './lines';

const MIN_ITEMS = 4;
const MAX_ITEM_CHARS = 32;
const MAX_ITEM_WORDS = 4;

/** Longest navigation word: longer keys skip the set lookup (hashing every story line). */
const NAV_MAX = Math.max(...[...NAV_WORDS].map((w) => w.length));

export function isMenuItem(key: string): boolean {
  if (key.length <= NAV_MAX && NAV_WORDS.has(key)) return true;
  if (key.length > MAX_ITEM_CHARS || key.split(' ').length > MAX_ITEM_WORDS) return false;
  if (!/\p{L}/u.test(key) || /["]/.test(key)) return false;
  return !/[.!?:;,]$/.test(key);
}

/**
 * Line indices of menu runs. `keyOf` gives a line's key; `transparent` lines (flagged by
 * other evidence) are skipped; `blocked` lines (allowed by the user) end a run.
 */
export function menuLines(
  lines: Line[],
  keyOf: (l: Line) => string,
  transparent: (l: Line) => boolean,
  blocked: (l: Line) => boolean,
): number[] {
  const out: number[] = [];
  let run: Line[] = [];
  let known = 0;
  const flush = () => {
    if (run.length >= MIN_ITEMS && known * 2 >= run.length && known >= 3) for (const l of run) out.push(l.index); // no spread: runs may be huge
    run = [];
    known = 0;
  };
  for (const l of lines) {
    if (l.blank || (transparent(l) && !blocked(l))) continue;
    const key = keyOf(l);
    if (blocked(l) || !isMenuItem(key)) {
      flush();
      continue;
    }
    run.push(l);
    if (NAV_WORDS.has(key)) known++;
  }
  flush();
  return out;
}
