// Text model: lines, paragraphs, sentences and offset <-> position mapping.
// Offsets and characters are UTF-16 code units, as in LSP; \n, \r\n and \r end lines.

import { work } from './work';

export interface Position {
  line: number;
  character: number;
}

export class LineIndex {
  readonly starts: number[];
  constructor(readonly text: string) {
    const starts = [0];
    if (text.indexOf('\r') < 0) {
      // Most files: only \n ends lines, and indexOf finds them several times faster than a loop.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.starts = starts;
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }

  offsetAt(pos: Position): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.starts.length) return this.text.length;
    const start = this.starts[pos.line];
    const end = this.lineEnd(pos.line);
    return Math.max(start, Math.min(start + Math.max(0, pos.character), end));
  }

  /** Offset of the end of a line's content (before its line break). */
  lineEnd(line: number): number {
    const next = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    let e = next;
    if (e > this.starts[line] && this.text.charCodeAt(e - 1) === 10) e--;
    if (e > this.starts[line] && this.text.charCodeAt(e - 1) === 13) e--;
    return e;
  }
}

export interface Paragraph {
  start: number;
  end: number;
  index: number;
}

const BLANK = /^[\s\u00a0\ufeff]*$/;

/**
 * Paragraphs are non-blank lines: real files separate them by blank lines or by single
 * newlines. A block of hard-wrapped lines (most lines in it not ending a sentence) is
 * one paragraph instead.
 */
export function paragraphs(text: string, lines: LineIndex = new LineIndex(text)): Paragraph[] {
  const out: Paragraph[] = [];
  let block: Paragraph[] = [];
  const flush = () => {
    if (block.length > 1 && isHardWrapped(text, block)) {
      out.push({ start: block[0].start, end: block[block.length - 1].end, index: out.length });
    } else {
      for (const p of block) out.push({ ...p, index: out.length });
    }
    block = [];
  };
  for (let l = 0; l < lines.lineCount; l++) {
    let s = lines.starts[l];
    let e = lines.lineEnd(l);
    const line = text.slice(s, e);
    if (BLANK.test(line)) {
      flush();
      continue;
    }
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    block.push({ start: s, end: e, index: 0 });
  }
  flush();
  return out;
}

function isHardWrapped(text: string, block: Paragraph[]): boolean {
  let open = 0;
  let lower = 0;
  for (let i = 0; i < block.length - 1; i++) {
    const last = text[block[i].end - 1];
    const len = block[i].end - block[i].start;
    if (!/[.!?:"”’)\]]/.test(last) && len > 30 && len < 100) open++;
    if (/\p{Ll}/u.test(text[block[i + 1].start])) lower++;
  }
  // Wrapped prose goes on in lower case on many of its lines; a list of headlines (a page's
  // related stories) starts every line with a capital, and each line is a paragraph of its own.
  return open * 10 >= (block.length - 1) * 6 && lower * 10 >= (block.length - 1) * 2;
}

// Abbreviations after which a period does not end a sentence.
const ABBREV = new Set(
  (
    'mr mrs ms dr prof sen rep gov gen lt col sgt capt cmdr adm st jr sr inc ltd co corp vs etc ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec no nos vol fig approx est dept univ ' +
    'u.s u.k u.n e.u d.c a.m p.m e.g i.e'
  ).split(' '),
);

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

// Intl.Segmenter costs time proportional to the whole string per segment (each segment it returns
// carries a fresh copy of its input: quadratic), so long paragraphs are segmented in windows. A
// break needs some text after it to be decided ("asked. 😀 ok" is no break), so only breaks at
// least MARGIN before a window's cut are kept; the rest is redone. A window with no decided break
// is doubled; from a doubled window only its first segment is kept (then windows are WINDOW long
// again), so one long sentence followed by many short ones costs no more than the long one: the
// segments are read lazily, and a window yields at most WINDOW of them (issue #17).
const WINDOW = 4096;
const MARGIN = 256;

/** Raw sentence segments of text[start, end), in windows of bounded size. */
function* segments(text: string, start: number, end: number): Generator<{ start: number; end: number }> {
  let pos = start;
  let size = WINDOW;
  while (pos < end) {
    let stop = Math.min(end, pos + size);
    if (stop < end && (text.charCodeAt(stop - 1) & 0xfc00) === 0xd800) stop--; // keep a surrogate pair whole
    const span = stop - pos;
    // The last segment of a window that does not reach the paragraph's end is cut by it: it ends
    // at the cut, after the limit, so it is never kept.
    const limit = stop < end ? span - MARGIN : Infinity;
    const doubled = size > WINDOW;
    let kept = 0;
    let next = -1; // where the next window starts, relative to pos; -1: the paragraph is done
    for (const seg of segmenter.segment(text.slice(pos, stop))) {
      work.steps += 1 + (span >> 6); // a segment costs a copy of the window
      const e = seg.index + seg.segment.length;
      if (e > limit) {
        next = seg.index;
        break;
      }
      yield { start: pos + seg.index, end: pos + e };
      kept++;
      if (doubled && e < span) {
        next = e;
        break;
      }
    }
    if (next < 0) break;
    if (kept === 0) {
      size *= 2; // no break decided in this window: a longer one (linear overall: sizes double)
      continue;
    }
    pos += next;
    size = WINDOW;
  }
}

/** Sentence spans of one paragraph; per paragraph because the segmenter is quadratic on whole texts. */
export function sentences(text: string, para: Paragraph): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const seg of segments(text, para.start, para.end)) {
    const { start, end } = seg;
    const prev = out[out.length - 1];
    if (prev && continuesAfterAbbreviation(text, prev.start, prev.end)) prev.end = end;
    else out.push({ start, end });
  }
  for (const s of out) while (s.end > s.start && /\s/.test(text[s.end - 1])) s.end--;
  return out;
}

function continuesAfterAbbreviation(text: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && /\s/.test(text[e - 1])) e--;
  if (text[e - 1] !== '.') return false;
  const m = /([A-Za-z][A-Za-z.]*)\.$/.exec(text.slice(Math.max(start, e - 12), e));
  if (!m) return false;
  const word = m[1].toLowerCase();
  return ABBREV.has(word) || /^[a-z]$/.test(word);
}
