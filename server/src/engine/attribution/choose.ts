// Which cue governs a quotation in its frame: a source right after it ("…," he said), a cue
// right before it (X said: "…"), a sentence-opening "According to X", the outermost cue of
// its clause run (PolNeAR and news style agree that "Clinton says she … what she calls “…”"
// is Clinton's report), or a cue closing the sentence (", Chinese scholars said.").

import { cueExtent } from './cues';
import type { Token } from './frames';
import { CLAUSE_WORDS, CUE_VERBS, SUBORDINATORS } from './lexicon';
import { OPENERS, inNP } from './mentions';
import type { ResolvedCue } from './resolve';
import { work } from '../work';

/**
 * Cues looked at, each way from a quotation, by every walk below (issue #17). A frame with hundreds
 * of cues (one 1 MB line of "X said "…" and Y said …") walked all of them for each of its quotes:
 * quadratic, and cubic with the stretches between cues rescanned. Prose has a few cues in a
 * sentence; a cue more than this many cues away from a quotation is never the one that governs it.
 */
export const MAX_CUE_WALK = 64;

/**
 * The cue that governs the quotation token at `pos`, for each quotation of one frame: what does
 * not depend on the quotation (cue extents, where the cuts and commas are) is worked out once.
 */
export function cueChooser(toks: Token[], cues: ResolvedCue[]): (pos: number) => ResolvedCue | null {
  const n = cues.length;
  if (!n) return () => null;
  const ext = cues.map((c) => cueExtent(c.cue!));
  let maxStart = -1;
  for (const e of ext) if (e[0] > maxStart) maxStart = e[0];
  // Prefix counts over the tokens: cuts of a clause run, commas and quotations in toks[a, b) each in one step.
  const T = toks.length;
  const cuts = new Int32Array(T + 1);
  const commas = new Int32Array(T + 1);
  const quotes = new Int32Array(T + 1);
  for (let k = 0; k < T; k++) {
    const t = toks[k];
    const inline =
      t.kind === 'quote' && t.end - t.start < 40 && toks[k - 1]?.kind === 'word' && toks[k + 1]?.kind === 'word';
    const cut =
      (t.kind === 'quote' && !inline) || /^[;—–]$/.test(t.text) || (t.text === '-' && toks[k + 1]?.text === '-');
    cuts[k + 1] = cuts[k] + (cut ? 1 : 0);
    commas[k + 1] = commas[k] + (t.text === ',' ? 1 : 0);
    quotes[k + 1] = quotes[k] + (t.kind === 'quote' ? 1 : 0);
  }
  // The first token at or after k that is not punctuation.
  const word = new Int32Array(T + 1);
  word[T] = T;
  for (let k = T - 1; k >= 0; k--) word[k] = toks[k].kind === 'punct' ? word[k + 1] : k;
  work.steps += T + n;
  const any = (counts: Int32Array, a: number, b: number) => b > a && counts[b] - counts[a] > 0;

  // Between a quote and the source after it: punctuation, or a few words of the same phrase
  // that the source walk did not take in ("…," panel Chairman Rep. Jason Chaffetz said).
  const onlyPunct = (a: number, b: number) => {
    if (b - a > 6) return false;
    let words = 0;
    for (let k = a; k < b; k++) {
      const t = toks[k];
      if (
        t.kind === 'quote' ||
        (t.kind === 'word' &&
          ((CLAUSE_WORDS.has(t.lower) && t.lower !== 'and') ||
            CUE_VERBS.has(t.lower) ||
            (OPENERS.has(t.lower) && t.capital) ||
            (!inNP(t) && /ed$/.test(t.lower))))
      )
        return false;
      if (t.kind === 'word') words++;
    }
    return words <= 4;
  };

  return (pos) => {
    // Cues are in text order of their verbs: c0 is the first whose verb comes after the quote.
    // A cue before c0 cannot start after the quote; one from c0 on cannot end before it.
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (cues[m].cue!.first > pos) hi = m;
      else lo = m + 1;
    }
    const c0 = lo;
    const from = Math.max(0, c0 - MAX_CUE_WALK);
    const to = Math.min(n, c0 + MAX_CUE_WALK);
    work.steps += 4 + 3 * (to - from);
    // He said, "…," the office said: the speaker whose verb opens the quote is its source, the
    // trailing cue reports the report (court and police stories).
    for (let i = c0 - 1; i >= from; i--) {
      if (
        ext[i][1] >= pos ||
        pos - ext[i][1] > 2 ||
        cues[i].cue?.kind !== 'verb' ||
        toks[cues[i].cue!.last].lower !== 'said'
      )
        continue;
      if (toks[ext[i][1] + 1]?.text === ',' && pos - ext[i][1] === 2 && maxStart > pos) return cues[i];
    }
    // "…," he said / said X — right after the quote.
    for (let i = c0; i < to; i++) if (ext[i][0] > pos && onlyPunct(pos + 1, ext[i][0])) return cues[i];
    // He said: "…" / X told VOA that "…" — right before it.
    for (let i = c0 - 1; i >= from; i--) {
      if (ext[i][1] >= pos || pos - ext[i][1] > 3) continue;
      let ok = true;
      for (let k = ext[i][1] + 1; k < pos; k++) if (!(toks[k].kind === 'punct' || toks[k].lower === 'that')) ok = false;
      if (ok) return cues[i];
    }
    // "According to X, …" opening the sentence governs all of it.
    if (cues[0]?.cue?.kind === 'according' && ext[0][0] <= 1 && ext[0][1] < pos) return cues[0];
    // The outermost cue before, in the same clause run: "Clinton says she appreciated … what she calls a “…”"
    // and "Trump said Clinton once described it as “…”" are both the first speaker's report.
    let near = -1;
    for (let i = c0 - 1; i >= from; i--)
      if (ext[i][1] < pos) {
        near = i;
        break;
      }
    if (near >= 0) {
      let first = near;
      const stop = Math.max(0, near - MAX_CUE_WALK);
      work.steps += near - stop;
      for (let i = near - 1; i >= stop; i--) {
        if (any(cuts, ext[i][1] + 1, ext[first][0])) break;
        // "Graham, who says …, tweeted that …": a relative clause inside the subject's appositive.
        if (cues[i].np.ante) continue;
        // "While he acknowledged …, Ham also noted": a cue in a subordinate clause is not the main one.
        if (SUBORDINATORS.has(toks[ext[i][0] - 1]?.lower ?? '') && any(commas, ext[i][1] + 1, pos)) continue;
        first = i;
      }
      return cues[first];
    }
    // ", Chinese scholars said." closing the sentence covers the quotes before it.
    for (let i = c0; i < to; i++) {
      if (ext[i][0] <= pos) continue;
      const k = word[Math.min(T, ext[i][1] + 1)];
      if (k >= T || cues[i].cue?.kind === 'according') return cues[i];
      // "“…” to drive up the price, she said, …": a cue set off by a comma reports what precedes it.
      if (toks[ext[i][0] - 1]?.text === ',' && !any(quotes, pos + 1, ext[i][0])) return cues[i];
    }
    return null;
  };
}
