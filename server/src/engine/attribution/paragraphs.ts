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
}

/** The cue a cue-less quotation in frame `f` of this paragraph inherits, if any. */
export function inherit(doc: ArticleDoc, here: ParagraphCues, f: number, prev: ParagraphCues | null): ResolvedCue | null {
  for (let k = f - 1; k >= 0; k--) {
    const c = here.frames[k];
    work.steps++;
    if (c.length) return c[c.length - 1];
  }
  for (let k = f + 1; k < here.frames.length; k++) {
    const c = here.frames[k];
    work.steps++;
    if (c.length) return c[0];
  }
  if (prev?.colon && f === 0) {
    const last = prev.frames.length - 1;
    const c = prev.frames[last];
    if (c?.length) return c[c.length - 1];
    if (prev.subjects[last]) return prev.subjects[last];
  }
  return null;
}

export const endsWithColon = (doc: ArticleDoc, paragraph: number) => /:\s*$/.test(doc.text.slice(Math.max(doc.paras[paragraph].start, doc.paras[paragraph].end - 3), doc.paras[paragraph].end));
