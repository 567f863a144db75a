// Page chrome around the story. A news page pasted whole is its story — one contiguous region
// of long prose paragraphs — wrapped in chrome: menus, share rows, related headlines, footer
// links. Word lists cannot name every site's menu, but the shape is general: outside the story
// region, short lines without sentence punctuation are chrome. Inside the region nothing is
// flagged by this (a story's subheads, lists and Q&A labels stay), and a text with little
// outside its story (an article as a writer types it: headline, byline, dateline) is left alone.
//
// The region is the maximum-sum run of lines (Kadane, one pass): prose lines add their words,
// other lines cost a fixed amount, so a few captions or ad markers inside the story do not cut
// it, while a long menu does.

import type { Line } from './lines';

/** A prose line: at least this many words and sentence-final punctuation, or very long. */
const PROSE_WORDS = 8;
const LONG_WORDS = 30;
/** What a non-prose line costs the region, in words of prose. */
const LINE_COST = 6;
/** What a line other evidence flagged costs: a "More from" or "Follow us" line is a strong end of the story. */
const KNOWN_COST = 25;
/** Lines above the story's first paragraph kept as its heading block. */
const HEAD_LINES = 1;
/** Longest chrome line, in words: longer lines outside the region are left alone. */
const MAX_CHROME_WORDS = 14;
/** Chrome lines outside the region needed before any is flagged: fewer is a writer's headline and byline. */
const MIN_CHROME = 12;
/** ...and among the lines outside, ones the catalogue or menus already flagged: evidence it is a page. */
const MIN_KNOWN = 2;

/** A sentence next to the region is the story's (a short closing line): at least this many words. */
const EDGE_SENTENCE_WORDS = 4;
/**
 * A list introducer ("Tour dates:") right after the story: its list, up to the next blank line, is
 * the story's. A letter, then a colon ending the line (/\p{L}.*:$/u tried every letter of a long
 * line, each to its end: keys hold no line breaks, so this is the same test).
 */
const isIntroducer = (key: string) => key.endsWith(':') && /\p{L}/u.test(key.slice(0, -1));

/** Links separated by bars: at least four short items. */
const LINK_ROW = /^[^|]{1,60}( \| [^|]{1,60}){3,}( \|)?$/;
/** A browser title: the headline, then a bar or dash and the site's name. */
const PAGE_TITLE = /^.{8,300} (\||-|–|—|::) [^|.!?]{2,60}$/;

/** A table row: at least four numbers, and at least half its tokens numbers ("3 Kevin Harvick 5033 4 6 15 26"). */
function dataRow(key: string): boolean {
  const toks = key.split(/\s+/);
  const nums = toks.filter((t) => /^[+-]?\d[\d.,:%-]*$/.test(t)).length;
  return nums >= 4 && nums * 2 >= toks.length;
}

const SENTENCE_END = /[.!?…]["'”’)\]]*$|[.!?,…]["'”’]$/;

export function isProse(key: string, words: number): boolean {
  if (words >= LONG_WORDS) return true;
  return words >= PROSE_WORDS && SENTENCE_END.test(key);
}

/**
 * Line indices of chrome outside the story region. `known` lines are already flagged by other
 * evidence (they count as evidence of a page, never as prose); `blocked` lines (allowed by the
 * user) are never returned.
 */
export function chromeLines(
  lines: Line[],
  keyOf: (i: number) => string,
  wordsOf: (i: number) => number,
  known: (i: number) => boolean,
  blocked: (i: number) => boolean,
): number[] {
  // Kadane over non-blank lines: best region [bestFrom, bestTo].
  let sum = 0;
  let from = -1;
  let best = 0;
  let bestFrom = -1;
  let bestTo = -1;
  const prose: boolean[] = new Array(lines.length).fill(false);
  for (const l of lines) {
    if (l.blank) continue;
    const i = l.index;
    const w = wordsOf(i);
    const p = !known(i) && isProse(keyOf(i), w);
    prose[i] = p;
    const score = p ? Math.min(w, 60) : known(i) ? -KNOWN_COST : -LINE_COST;
    if (sum <= 0) {
      if (score <= 0) continue;
      sum = 0;
      from = i;
    }
    sum += score;
    if (sum > best) {
      best = sum;
      bestFrom = from;
      bestTo = i;
    }
  }
  if (bestFrom < 0) return [];
  [bestFrom, bestTo] = widen(lines, bestFrom, bestTo, keyOf, wordsOf, known);
  // The story's own heading block (headline, standfirst, byline) stands right above its first
  // paragraph: up to HEAD_LINES unflagged lines there, up to the nearest known chrome line, are kept.
  let head = bestFrom;
  for (let i = bestFrom - 1, n = 0; i >= 0 && n < HEAD_LINES; i--) {
    if (lines[i].blank) continue;
    if (known(i)) break;
    head = i;
    n++;
  }
  let first = 0;
  while (first < lines.length && lines[first].blank) first++;
  const out: number[] = [];
  let knownOutside = 0;
  for (const l of lines) {
    if (l.blank || (l.index >= bestFrom && l.index <= bestTo)) continue;
    const i = l.index;
    if (known(i)) {
      knownOutside++;
      continue;
    }
    if (blocked(i) || (i >= head && i < bestFrom)) continue;
    const key = keyOf(i);
    if (dataRow(key)) continue; // a table the story carries (standings, results), not a menu
    // Longer lines outside are chrome only in two shapes no story line has: a row of links
    // ("About | Contact | Careers | …") and, as the page's first line, its title with the site name.
    const long = prose[i] || wordsOf(i) > MAX_CHROME_WORDS;
    if (long && !LINK_ROW.test(key) && !(i === first && PAGE_TITLE.test(key))) continue;
    out.push(i);
  }
  if (out.length < MIN_CHROME || knownOutside < MIN_KNOWN) return [];
  return out;
}

/**
 * The region widened over what borders it and belongs to the story: short sentences next to it
 * (a one-line closing paragraph), and a list the story introduces with a colon right after its
 * last paragraph, up to the next blank line.
 */
function widen(
  lines: Line[],
  from: number,
  to: number,
  keyOf: (i: number) => string,
  wordsOf: (i: number) => number,
  known: (i: number) => boolean,
): [number, number] {
  const sentence = (i: number) => !known(i) && wordsOf(i) >= EDGE_SENTENCE_WORDS && SENTENCE_END.test(keyOf(i));
  for (;;) {
    let i = from - 1;
    while (i >= 0 && lines[i].blank) i--;
    if (i < 0 || !sentence(i)) break;
    from = i;
  }
  for (;;) {
    let i = to + 1;
    while (i < lines.length && lines[i].blank) i++;
    if (i >= lines.length || known(i)) break;
    if (sentence(i)) {
      to = i;
      continue;
    }
    if (wordsOf(i) >= 2 && isIntroducer(keyOf(i))) {
      to = i;
      while (to + 1 < lines.length && !lines[to + 1].blank && !known(to + 1)) to++;
      continue;
    }
    break;
  }
  return [from, to];
}
