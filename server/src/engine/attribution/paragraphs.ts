// Paragraph rules of news style, for quotations whose own sentence has no cue: a quote
// continues the attribution of the quote it runs on from; otherwise it takes the
// attribution of its own paragraph (nearest sentence with a cue, before it first), or of
// an "X said:" paragraph just before it. A standalone quoted paragraph takes nothing.

import type { ArticleDoc } from '../document';
import type { ResolvedCue } from './resolve';
import { work } from '../work';

export interface ParagraphCues {
  /** Resolved cues per frame of the paragraph, in text order. */
  frames: ResolvedCue[][];
  /** The main subject of each frame without cues ("Sanders made the following comment:"). */
  subjects: (ResolvedCue | null)[];
  /** The paragraph's text ends with a colon ("X said:"). */
  colon: boolean;
  /** Per frame, the cue its last quotation took from the frame's own words, if any. */
  quoted?: (ResolvedCue | null)[];
}

/** Per frame of a paragraph, the nearest frame before it and after it that has cues (-1: none). */
interface Nearest {
  before: Int32Array;
  after: Int32Array;
}

// The nearest frames with cues, per paragraph, found in one pass each way: walking out from every
// cue-less quotation was quadratic in a paragraph of thousands of cue-less quoted sentences.
const nearest = new WeakMap<ResolvedCue[][], Nearest>();

function nearestOf(frames: ResolvedCue[][]): Nearest {
  let n = nearest.get(frames);
  if (n && n.before.length === frames.length) return n;
  const before = new Int32Array(frames.length);
  const after = new Int32Array(frames.length);
  let last = -1;
  for (let k = 0; k < frames.length; k++) {
    before[k] = last;
    if (frames[k].length) last = k;
  }
  last = -1;
  for (let k = frames.length - 1; k >= 0; k--) {
    after[k] = last;
    if (frames[k].length) last = k;
  }
  work.steps += frames.length;
  n = { before, after };
  nearest.set(frames, n);
  return n;
}

/** The cue a cue-less quotation in frame `f` of this paragraph inherits, if any. */
export function inherit(here: ParagraphCues, f: number, prev: ParagraphCues | null): ResolvedCue | null {
  const near = nearestOf(here.frames);
  work.steps++;
  if (near.before[f] >= 0) {
    // "“…,” one commenter said, per Feng. “…”": the next quotation goes on with the speaker of the
    // one before, not with a credit that came after it in the sentence.
    const quoted = here.quoted?.[near.before[f]];
    if (quoted) return quoted;
    const c = here.frames[near.before[f]];
    return c[c.length - 1];
  }
  if (near.after[f] >= 0) return here.frames[near.after[f]][0];
  if (prev?.colon && f === 0) {
    const last = prev.frames.length - 1;
    const c = prev.frames[last];
    if (c?.length) return c[c.length - 1];
    if (prev.subjects[last]) return prev.subjects[last];
  }
  return null;
}

/** "X said:" — or "X said something along the lines of …", an ellipsis after a word that leads in to words. */
export const endsWithColon = (doc: ArticleDoc, paragraph: number) =>
  /(?::|\b(?:of|like|this)\s*(?:…|\.\.\.))\s*$/.test(
    doc.text.slice(Math.max(doc.paras[paragraph].start, doc.paras[paragraph].end - 12), doc.paras[paragraph].end),
  );
