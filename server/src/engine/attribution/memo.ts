// The part of attribution that reads only one paragraph (its tokens, cues, cue-less subjects
// and the names written in it), computed once per paragraph text and kept between analyses of
// one document: typing into a long article then re-reads only the paragraph being typed in.
// Speakers, which run through the whole text, are resolved again from the checkpoint before the
// first paragraph an edit changed (see checkpoint.ts), or from the top.

import { commonPrefix, commonSuffix } from '../affixes';
import type { ArticleDoc } from '../document';
import { type AttributionState, Checkpoint } from './checkpoint';
import { type Cue, findCues } from './cues';
import { type Frame, type Token, framesOf, quoteEnd } from './frames';
import { type NP, mainSubject } from './mentions';
import { type NameMention, namesIn } from './descriptions';
import { type NameParts, nameParts } from './names';

export interface ParagraphWork {
  frames: Frame[];
  /** Cues per frame. */
  cues: Cue[][];
  /** Per frame without cues that ends like a sentence, its main subject (else null). */
  subjects: (NP | null)[];
  /** Per frame, the full personal names written in it (token where each starts), which later surnames may refer to. */
  names: NameMention[][];
  /** Per frame, the positions of its quotation tokens. */
  quoteToks: number[][];
  /** What each source phrase of `cues` and `subjects` names, filled as they are resolved. */
  parts: Map<NP, NameParts>;
}

/** Tokens, cues, subjects and names of one paragraph, from its text alone. */
export function paragraphWork(doc: ArticleDoc, paragraph: number, topQuotes: number[]): ParagraphWork {
  const frames = framesOf(doc, paragraph, topQuotes);
  const cues = frames.map((f) => findCues(f.tokens));
  const subjects = frames.map((f, i) => {
    // A headline (no closing punctuation) has no subject worth remembering.
    if (cues[i].length || !/[.!?:"”’)]$/.test(doc.text.slice(f.end - 1, f.end))) return null;
    return mainSubject(f.tokens, 0, f.tokens.length - 1);
  });
  const quoteToks = frames.map(quotePositions);
  return { frames, cues, subjects, names: frames.map((f) => namesIn(doc.text, f.tokens)), quoteToks, parts: new Map() };
}

/** Positions of a frame's quotation tokens (a loop: flatMap made an array for every token). */
function quotePositions(f: Frame): number[] {
  const out: number[] = [];
  for (let pos = 0; pos < f.tokens.length; pos++) if (f.tokens[pos].kind === 'quote') out.push(pos);
  return out;
}

/** The NameParts of a phrase of this paragraph, computed once. */
export function partsOf(work: ParagraphWork, text: string, toks: Token[], np: NP): NameParts {
  let p = work.parts.get(np);
  if (!p) {
    p = nameParts(text, toks, np);
    work.parts.set(np, p);
  }
  return p;
}

const moveParts = (p: NameParts, d: number) => {
  p.at += d;
  if (p.nameEnd !== undefined) p.nameEnd += d;
};

interface Entry {
  work: ParagraphWork;
  end: number;
  /** Where the paragraph's quotations are, relative to it (tokens depend on it as well as on the text). */
  layout: string;
  /** Index of its first top-level quote when the tokens were placed. */
  quote: number;
}

/**
 * The paragraph work of the last analysis of one document, by paragraph start. A new text is
 * compared with the last one: a paragraph wholly inside their common prefix or suffix (with
 * its quotations laid out as before) takes its old work, with offsets moved by the length
 * the edit added; the others are computed.
 */
export class AttributionMemo {
  private text = '';
  private entries = new Map<number, Entry>();
  private next = new Map<number, Entry>();
  private prefix = 0;
  private suffixFrom = 0;
  private delta = 0;
  private checkpoint: Checkpoint | undefined;
  /** Paragraphs of the last analysis whose work was reused, those computed, and those skipped by resuming after them. */
  reused = 0;
  computed = 0;
  skipped = 0;

  /** Starts the analysis of `text`; `end` then keeps what it used. */
  begin(text: string): void {
    this.reused = 0;
    this.computed = 0;
    this.skipped = 0;
    this.prefix = commonPrefix(this.text, text);
    const suffix = commonSuffix(this.text, text, this.prefix);
    this.suffixFrom = text.length - suffix;
    this.delta = text.length - this.text.length;
    this.text = text;
    this.next = new Map();
  }

  end(): void {
    this.entries = this.next;
  }

  /**
   * Where to go on from, if the text before the checkpoint's paragraph is unchanged: that paragraph
   * and a copy of the state before it. The work of the paragraphs before it is kept as it is.
   */
  resume(
    doc: ArticleDoc,
    quotesBefore: (para: number) => number,
  ): { para: number; state: AttributionState } | undefined {
    const c = this.checkpoint;
    if (!c?.fits(doc, this.prefix, quotesBefore)) return undefined;
    const from = doc.paras[c.para].start;
    for (const [start, e] of this.entries) if (start < from) this.next.set(start, e);
    this.skipped = c.para;
    return { para: c.para, state: c.restore() };
  }

  /** Keeps the state before paragraph `para` (the first one recomputed), for the next analysis. */
  save(doc: ArticleDoc, para: number, quotes: number, state: AttributionState): void {
    this.checkpoint = Checkpoint.take(doc, para, quotes, state);
  }

  work(doc: ArticleDoc, paragraph: number, topQuotes: number[]): ParagraphWork {
    const p = doc.paras[paragraph];
    const first = topQuotes.length ? topQuotes[0] : 0;
    let layout = '';
    for (const qi of topQuotes) {
      const q = doc.quotes[qi];
      layout += `${qi - first},${q.open - p.start},${quoteEnd(doc, qi) - p.start},${q.end - p.start};`;
    }
    const d = p.end <= this.prefix ? 0 : p.start >= this.suffixFrom ? this.delta : null;
    const old = d === null ? undefined : this.entries.get(p.start - d);
    let entry: Entry;
    if (!old || old.end + d! !== p.end || old.layout !== layout) {
      entry = { work: paragraphWork(doc, paragraph, topQuotes), end: p.end, layout, quote: first };
      this.computed++;
    } else {
      entry = old;
      this.reused++;
      move(old.work, paragraph, d!, first - old.quote);
      old.end = p.end;
      old.quote = first;
    }
    this.next.set(p.start, entry);
    return entry.work;
  }
}

/** Moves a paragraph's work to its new place: offsets by d, quotation indices by dq. */
function move(work: ParagraphWork, paragraph: number, d: number, dq: number) {
  for (const f of work.frames) f.paragraph = paragraph;
  if (!d && !dq) return;
  for (const f of work.frames) {
    f.start += d;
    f.end += d;
    for (const t of f.tokens) {
      t.start += d;
      t.end += d;
      if (t.quote >= 0) t.quote += dq;
    }
  }
  for (const list of work.names) for (const n of list) moveParts(n.parts, d);
  for (const parts of work.parts.values()) moveParts(parts, d);
}

/**
 * One memo per document for the few long documents analysed last (those being edited), so memory
 * stays bounded. Short texts get none: they analyse in a few milliseconds anyway, and keeping their
 * work would only make the heap churn as the user moves between many files.
 */
export class MemoShelf {
  private memos = new Map<string, AttributionMemo>();
  constructor(
    private readonly max = 4,
    private readonly minChars = 50_000,
  ) {}

  for(id: string | undefined, text: string): AttributionMemo | undefined {
    if (id === undefined) return undefined;
    let m = this.memos.get(id);
    this.memos.delete(id);
    if (text.length < this.minChars) return undefined;
    m ??= new AttributionMemo();
    this.memos.set(id, m); // most recent last
    if (this.memos.size > this.max) this.memos.delete(this.memos.keys().next().value!);
    return m;
  }
}
