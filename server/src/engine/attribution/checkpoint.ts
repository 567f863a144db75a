// The attribution state just before the first paragraph an analysis had to recompute: the
// speakers seen so far, the quotations decided so far and the previous paragraph's cues. The
// next analysis of the document, if its text before that paragraph is unchanged, resumes there
// instead of resolving every speaker from the top. States are deep copies both ways: the live
// one goes on changing entities (names, affiliations, last mentions) after the checkpoint.

import type { ArticleDoc } from '../document';
import type { ParagraphCues } from './paragraphs';
import type { ResolvedCue } from './resolve';
import type { Speakers } from './speakers';

export interface AttributionState {
  speakers: Speakers;
  /** Per quotation before the paragraph: its decided cue (null: none, undefined: not decided). */
  decided: (ResolvedCue | null | undefined)[];
  prev: ParagraphCues | null;
}

function copyState(s: AttributionState, quotes: number): AttributionState {
  const { copy, map } = s.speakers.clone();
  const cue = (r: ResolvedCue | null | undefined) => (r?.entity ? { ...r, entity: map.get(r.entity) ?? r.entity } : r);
  const prev = s.prev && { frames: s.prev.frames.map((f) => f.map((r) => cue(r)!)), subjects: s.prev.subjects.map((r) => cue(r) ?? null), colon: s.prev.colon };
  return { speakers: copy, decided: s.decided.slice(0, quotes).map(cue), prev };
}

export class Checkpoint {
  private constructor(
    /** The paragraph resumed at, its start, and the spans of the paragraphs before it. */
    readonly para: number,
    private readonly spans: Int32Array,
    /** Quotations before the paragraph. */
    private readonly quotes: number,
    private readonly state: AttributionState,
  ) {}

  static take(doc: ArticleDoc, para: number, quotes: number, state: AttributionState): Checkpoint {
    const spans = new Int32Array(2 * para + 1);
    for (let i = 0; i < para; i++) {
      spans[2 * i] = doc.paras[i].start;
      spans[2 * i + 1] = doc.paras[i].end;
    }
    spans[2 * para] = doc.paras[para].start;
    return new Checkpoint(para, spans, quotes, copyState(state, quotes));
  }

  /** Whether `doc`, equal to the last text for its first `prefix` characters, has the same paragraphs and quotations before this one. */
  fits(doc: ArticleDoc, prefix: number, quotesBefore: (para: number) => number): boolean {
    const p = this.para;
    if (p >= doc.paras.length || doc.paras[p].start !== this.spans[2 * p] || this.spans[2 * p] > prefix) return false;
    for (let i = 0; i < p; i++) if (doc.paras[i].start !== this.spans[2 * i] || doc.paras[i].end !== this.spans[2 * i + 1]) return false;
    return quotesBefore(p) === this.quotes;
  }

  /** A copy of the state, to go on from. */
  restore(): AttributionState {
    return copyState(this.state, this.quotes);
  }
}
