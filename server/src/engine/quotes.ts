// Quote tokenizer: finds quotations in each paragraph and tells quotation marks from
// apostrophes. Handles straight and curly double and single quotes, guillemets (both
// orders) and „…“; unclosed quotes end at the paragraph end.

import type { Paragraph } from './text';
import { work } from './work';

export type Family = 'double' | 'single' | 'guillemet';

export interface Quote {
  family: Family;
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or -1 when the quote never closes. */
  close: number;
  /** The quoted text: after the opening mark up to the closing mark (or paragraph end). */
  start: number;
  end: number;
  /** The mark that would close it, in the style it was opened with. */
  closer: string;
  closed: boolean;
  /** Index of the enclosing quote in the result, or -1. */
  parent: number;
  paragraph: number;
  /**
   * An unclosed quote whose next paragraph opens again: news style for a quote that runs on. Also
   * set, with no continuation, for a quote wrapped over a line break whose closing mark is on the next line.
   */
  runsOn: boolean;
  /** Index of the quote in the previous paragraph that this one continues, or -1. */
  continues: number;
}

export interface StrayClose {
  at: number;
  mark: string;
}

const isSpace = (c: string | undefined) => c === undefined || /[\s\u00a0]/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
// Also the invisible direction and joining marks that pasted social posts carry (U+200B–U+200F, U+202A–U+202E).
const OPENERS_BEFORE = /[\s\u00a0([{\u2014\u2013\-/:;,\u200b-\u200f\u202a-\u202e\u2060]/;

/** Context of a mark: could it open (space before, text after) or close (text before, space or punctuation after)? */
function context(text: string, i: number, start: number, end: number) {
  const prev = i > start ? text[i - 1] : undefined;
  const next = i + 1 < end ? text[i + 1] : undefined;
  // A mark right before closing punctuation (“. or ”,) cannot open a quotation.
  const openish =
    (prev === undefined || OPENERS_BEFORE.test(prev) || /["“‘'«»„]/.test(prev)) &&
    !isSpace(next) &&
    !/[.,;:!?)\]}]/.test(next!);
  const closeish = !isSpace(prev) && (next === undefined || !isWordChar(next));
  return { prev, next, openish, closeish };
}

interface Open {
  family: Family;
  open: number;
  closer: string;
  index: number;
  /** The last «…» closed directly inside this quote, or -1 (see closeMerged). */
  inner: number;
}

export interface QuoteScan {
  quotes: Quote[];
  strays: StrayClose[];
}

/** Deeper nesting than this never occurs in prose; each level's extent may span the paragraph. */
const MAX_DEPTH = 8;

/** The marks scanParagraph acts on; every other character is passed over. */
const MARKS = /["'“”„«»‘’]/g;

export function scanQuotes(text: string, paras: Paragraph[]): QuoteScan {
  const quotes: Quote[] = [];
  const strays: StrayClose[] = [];
  // Offsets of every quotation mark, found natively in one pass; paragraphs read their share.
  const marks: number[] = [];
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(text); m; m = MARKS.exec(text)) marks.push(m.index);
  let k = 0;
  for (const p of paras) {
    while (k < marks.length && marks[k] < p.start) k++;
    const from = k;
    while (k < marks.length && marks[k] < p.end) k++;
    scanParagraph(text, p, marks, from, k, quotes, strays);
  }
  linkRunOns(text, paras, quotes);
  const wrapped = closeAcrossLineBreaks(text, paras, quotes, strays);
  return { quotes, strays: wrapped.size ? strays.filter((s) => !wrapped.has(s.at)) : strays };
}

/** Quotations of one paragraph, from the marks at marks[from, to). */
function scanParagraph(
  text: string,
  p: Paragraph,
  marks: number[],
  from: number,
  to: number,
  quotes: Quote[],
  strays: StrayClose[],
) {
  const stack: Open[] = [];
  const top = (f: Family) => {
    for (let k = stack.length - 1; k >= 0; k--) if (stack[k].family === f) return k;
    return -1;
  };
  const push = (family: Family, at: number, closer: string) => {
    if (stack.length >= MAX_DEPTH) return; // a run of opening marks, not speech: keeps quote extents linear
    const parent = stack.length ? stack[stack.length - 1].index : -1;
    const q: Quote = {
      family,
      open: at,
      close: -1,
      start: at + 1,
      end: p.end,
      closer,
      closed: false,
      parent,
      paragraph: p.index,
      runsOn: false,
      continues: -1,
    };
    quotes.push(q);
    stack.push({ family, open: at, closer, index: quotes.length - 1, inner: -1 });
  };
  const pop = (k: number, at: number) => {
    // Closing an outer quote ends any inner one left open inside it (unclosed, but not past its parent).
    while (stack.length > k + 1) {
      const inner = stack.pop()!;
      if (!closeMerged(inner, quotes)) quotes[inner.index].end = at;
    }
    const o = stack.pop()!;
    const q = quotes[o.index];
    q.close = at;
    q.end = at;
    q.closed = true;
    const parent = stack[stack.length - 1];
    if (parent && q.family === 'guillemet' && q.closer === '»') parent.inner = o.index;
  };

  const first = quotes.length;
  for (let m = from; m < to; m++) {
    const i = marks[m];
    const c = text[i];
    switch (c) {
      case '"': {
        // Markup pasted with a page (<script src="…">): an attribute value is no quotation.
        if (text[i - 1] === '=' && top('double') < 0) {
          while (m + 1 < to && text[marks[m + 1]] !== '"') m++;
          m++;
          break;
        }
        const { openish, closeish, prev, next } = context(text, i, p.start, p.end);
        const k = top('double');
        if ((k < 0 && isInch(text, i)) || isFeetInches(text, i)) break;
        // A doubled mark pasted from two styles ("“…” or ”"): the curly one beside it does the work.
        if (k < 0 && (text[i + 1] === '“' || text[i - 1] === '”')) break;
        if (k >= 0 && (closeish || !openish)) pop(k, i);
        else if (openish || k < 0) {
          // With no quotation open, a mark set off by spaces (‘wrote. " The course …’) is a loose opening one.
          if (openish || (isSpace(prev) && isSpace(next))) push('double', i, '"');
          else strays.push({ at: i, mark: c });
        } else pop(k, i);
        break;
      }
      case '“': {
        const { openish, closeish } = context(text, i, p.start, p.end);
        const k = top('double');
        // Some texts use “ for both marks: a closing-looking “ closes an open quote.
        // After „ the “ is the closing mark, even where it could also open (after another mark).
        // A “ that cannot open (“ I Cavalieri “, …) closes the open quote too.
        if (k >= 0 && ((closeish && (!openish || stack[k].closer === '“')) || !openish)) pop(k, i);
        else push('double', i, '”');
        break;
      }
      case '”': {
        const { openish, closeish, prev, next } = context(text, i, p.start, p.end);
        const k = top('double');
        // [button link=”…” type=”big”]: markup whose values are set in curly marks.
        if (k < 0 && text[i - 1] === '=') {
          while (m + 1 < to && text[marks[m + 1]] !== '”') m++;
          m++;
          break;
        }
        if ((k < 0 && isInch(text, i)) || isFeetInches(text, i)) break;
        if (k >= 0 && (closeish || !openish)) pop(k, i);
        // “the ” you can … nowhere” idea”: a ” set off by spaces that a later ” closes was typed for “.
        else if (openish || (k < 0 && looseOpener(text, prev, next, marks, m, to))) push('double', i, '”');
        else strays.push({ at: i, mark: c });
        break;
      }
      case '„':
        push('double', i, '“');
        break;
      case '«':
      case '»': {
        const k = top('guillemet');
        if (k < 0 && isArrow(text, i, p)) break; // "» Markets", "Home » News", "Read more »»", "Back to top «": a bullet or arrow

        if (k >= 0 && text[stack[k].open] !== c) pop(k, i);
        else if (!isSpace(text[i + 1]) || c === '«') push('guillemet', i, c === '«' ? '»' : '«');
        else strays.push({ at: i, mark: c });
        break;
      }
      case '‘': {
        const { openish, closeish, prev, next } = context(text, i, p.start, p.end);
        const k = top('single');
        if (k >= 0 && closeish && !openish) pop(k, i);
        else if (openish && !(isSpace(prev) && /\d/.test(next ?? '')) && hasSingleCloser(text, i + 1, p.end, '’')) {
          push('single', i, '’');
        }
        break;
      }
      case '’':
      case "'": {
        const { prev, next, openish, closeish } = context(text, i, p.start, p.end);
        if (isLetter(prev) && isLetter(next)) break; // can't, Korea's
        const k = top('single');
        if (k >= 0 && closeish && quotes[stack[k].index].start < i) {
          pop(k, i);
          break;
        }
        if (
          c === "'" &&
          openish &&
          isLetter(next) &&
          !(prev && /\p{L}/u.test(prev)) &&
          hasSingleCloser(text, i + 1, p.end, "'")
        ) {
          push('single', i, "'");
        }
        break; // otherwise an apostrophe: ’90s, Jesus’
      }
    }
  }
  for (const o of stack) closeMerged(o, quotes);
  dropOpenSingles(text, p, quotes, first);
}

/**
 * «Издание «Имя»: Russian style writes one » where an inner and an outer guillemet quotation end
 * together. A « left open with a closed «…» inside it ends at that inner quotation's mark.
 */
function closeMerged(o: Open, quotes: Quote[]): boolean {
  if (o.family !== 'guillemet' || o.closer !== '»' || o.inner < 0) return false;
  const q = quotes[o.index];
  q.close = quotes[o.inner].close;
  q.end = q.close;
  q.closed = true;
  return true;
}

/** “He says,” there are …” or ”Sorry …”: a ” where an opening mark belongs, that a later ” closes. */
function looseOpener(
  text: string,
  prev: string | undefined,
  next: string | undefined,
  marks: number[],
  m: number,
  to: number,
) {
  if (!(prev === undefined || OPENERS_BEFORE.test(prev)) || !isSpace(next)) return false;
  for (let n = m + 1; n < to; n++) {
    const d = text[marks[n]];
    if (d === '”') return true;
    if (d === '“' || d === '"') return false;
  }
  return false;
}

/** A » with no « before it, at the start or end of its paragraph or between spaces, points; it quotes nothing. */
function isArrow(text: string, i: number, p: Paragraph): boolean {
  // Paragraphs are trimmed: a run that starts at the paragraph's start has nothing before it.
  const c = text[i];
  let a = i;
  let b = i;
  while (a - 1 >= p.start && text[a - 1] === c && i - a < 8) a--; // "»»": one arrow
  while (b + 1 < p.end && text[b + 1] === c && b - i < 8) b++;
  work.steps += b - a + 1;
  const after = text[b + 1];
  // An opening « points only from the end of a line ("Back to top «") or as a doubled run.
  if (c === '«' && !(b + 1 >= p.end || (isSpace(text[a - 1]) && isSpace(after) && b > a))) return false;
  return a <= p.start || b + 1 >= p.end || (isSpace(text[a - 1]) && (isSpace(after) || after === undefined));
}

/** 16", 34” with no quotation open: inches, not a quotation mark. */
const isInch = (text: string, i: number) => /\d/.test(text[i - 1] ?? '');

/** 6’2” or 5'11": feet and inches, inches even inside a quotation. */
const isFeetInches = (text: string, i: number) => /\d['’]\d{1,2}$/.test(text.slice(Math.max(0, i - 4), i));

/**
 * A single mark that never closes and does not run on into the next paragraph was an apostrophe
 * ('staches, 'til, the officers' …): it is dropped, and the quotes inside it move up a level.
 * One pass renumbers the paragraph's quotes (splicing each dropped one out was quadratic in a
 * paragraph of thousands of them: `"it 'is" fine'` leaves one open single per repetition).
 */
function dropOpenSingles(text: string, p: Paragraph, quotes: Quote[], first: number) {
  let nextOpen = p.end;
  while (nextOpen < text.length && /[\s\u00a0\-–—]/.test(text[nextOpen])) nextOpen++;
  if (text[nextOpen] === '‘' || text[nextOpen] === "'") return; // a run-on in single marks
  let dropped = 0;
  for (let u = first; u < quotes.length; u++) if (quotes[u].family === 'single' && !quotes[u].closed) dropped++;
  if (!dropped) return;
  // Where each quote of the paragraph goes (-1: dropped), and the parent it then has: the nearest kept ancestor.
  const to = new Int32Array(quotes.length - first);
  const orig = quotes.slice(first);
  let w = first;
  work.steps += quotes.length - first;
  for (let u = first; u < quotes.length; u++) {
    const q = quotes[u];
    let parent = q.parent;
    while (parent >= first && to[parent - first] < 0) parent = orig[parent - first].parent; // a dropped quote's parent is as it was
    if (parent >= first) parent = to[parent - first];
    if (q.family === 'single' && !q.closed) {
      to[u - first] = -1;
      continue;
    }
    to[u - first] = w;
    q.parent = parent;
    quotes[w++] = q;
  }
  quotes.length = w;
}

/** A single quote opens only if a plausible closing mark follows in the paragraph, so that 'em and ’90s stay apostrophes. */
function hasSingleCloser(text: string, from: number, end: number, mark: string): boolean {
  const limit = Math.min(end, from + 400);
  for (let j = from + 1; j < limit; j++) {
    const c = text[j];
    if (c !== mark && !(mark === '’' && c === "'") && !(mark === "'" && c === '’')) continue;
    const prev = text[j - 1];
    const next = j + 1 < end ? text[j + 1] : undefined;
    if (!isSpace(prev) && !isWordChar(next)) return true;
  }
  return false;
}

/**
 * News style: a quote running over paragraphs leaves each paragraph unclosed and opens
 * the next with a fresh mark. Such a quote is balanced; the later part continues it.
 */
function linkRunOns(text: string, paras: Paragraph[], quotes: Quote[]) {
  const firstInPara = new Map<number, number>();
  quotes.forEach((q, i) => {
    if (!firstInPara.has(q.paragraph)) firstInPara.set(q.paragraph, i);
  });
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    if (q.closed || q.parent >= 0) continue;
    // A one- or two-word line between the parts ("Video", "Advertisement") is an embed's label, not the story.
    const skip = isEmbedLabel(text, paras[q.paragraph + 1]) && !firstInPara.has(q.paragraph + 1) ? 2 : 1;
    const nextPara = paras[q.paragraph + skip];
    const j = firstInPara.get(q.paragraph + skip);
    if (!nextPara || j === undefined) continue;
    const n = quotes[j];
    const lead = text.slice(nextPara.start, n.open);
    // A fragment quoted mid-sentence ("remains “highly unlikely.") cannot run on; a quoted sentence can.
    const fragment = /^\s*\p{Ll}/u.test(text.slice(q.start, q.start + 3));
    if (n.family === q.family && !fragment && /^[\s\-–—]*$/.test(lead)) {
      q.runsOn = true;
      n.continues = i;
    }
  }
}

/** A short line of page furniture: at most two words and no sentence punctuation. */
function isEmbedLabel(text: string, p: Paragraph | undefined): boolean {
  if (!p || p.end - p.start > 30) return false;
  const t = text.slice(p.start, p.end);
  return !/[.,;:!?"“”'‘’«»]/.test(t) && t.split(/\s+/).length <= 2;
}

/**
 * A quotation left open at the end of a line whose next line (no blank line between) holds the
 * closing mark, before any other mark: one quotation wrapped over a line break, not two faults.
 * It stays in its paragraph and counts as balanced, like a run-on; the closing mark is no stray. Returns the
 * offsets of the closing marks so consumed.
 */
function closeAcrossLineBreaks(text: string, paras: Paragraph[], quotes: Quote[], strays: StrayClose[]): Set<number> {
  const used = new Set<number>();
  if (!strays.length) return used;
  const firstStray = new Map<number, StrayClose>();
  let s = 0;
  for (const p of paras) {
    while (s < strays.length && strays[s].at < p.start) s++;
    if (s < strays.length && strays[s].at < p.end) firstStray.set(p.index, strays[s]);
  }
  const firstQuote = new Map<number, number>();
  quotes.forEach((q) => firstQuote.has(q.paragraph) || firstQuote.set(q.paragraph, q.open));
  for (const q of quotes) {
    if (q.closed || q.runsOn || q.parent >= 0) continue;
    const next = paras[q.paragraph + 1];
    const stray = next && firstStray.get(next.index);
    if (!stray || stray.mark !== q.closer || used.has(stray.at)) continue;
    if ((firstQuote.get(next.index) ?? Number.POSITIVE_INFINITY) < stray.at) continue;
    const gap = text.slice(paras[q.paragraph].end, next.start);
    if ((gap.match(/\n/g) ?? []).length !== 1) continue;
    q.runsOn = true;
    used.add(stray.at);
  }
  return used;
}
