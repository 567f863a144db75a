// Which cue governs a quotation in its frame: a source right after it ("…," he said), a cue
// right before it (X said: "…"), a sentence-opening "According to X", the outermost cue of
// its clause run (PolNeAR and news style agree that "Clinton says she … what she calls “…”"
// is Clinton's report), or a cue closing the sentence (", Chinese scholars said.").

import { cueExtent } from './cues';
import type { Tok } from './frames';
import { CLAUSE_WORDS, CUE_VERBS, SUBORDINATORS } from './lexicon';
import { OPENERS, inNP } from './mentions';
import type { ResolvedCue } from './resolve';
import { work } from '../work';

/** The cue that governs the quotation token at `pos`. */
export function chooseCue(toks: Tok[], cues: ResolvedCue[], pos: number): ResolvedCue | null {
  const ext = cues.map((c) => cueExtent(c.cue!));
  work.steps += cues.length;
  // Between a quote and the source after it: punctuation, or a few words of the same phrase
  // that the source walk did not take in ("…," panel Chairman Rep. Jason Chaffetz said).
  const onlyPunct = (a: number, b: number) => {
    let words = 0;
    for (let k = a; k < b; k++) {
      const t = toks[k];
      if (t.k === 'q' || (t.k === 'w' && ((CLAUSE_WORDS.has(t.l) && t.l !== 'and') || CUE_VERBS.has(t.l) || (OPENERS.has(t.l) && t.cap) || (!inNP(t) && /ed$/.test(t.l))))) return false;
      if (t.k === 'w') words++;
    }
    return words <= 4 && b - a <= 6;
  };
  // He said, "…," the office said: the speaker whose verb opens the quote is its source, the
  // trailing cue reports the report (court and police stories).
  for (let i = cues.length - 1; i >= 0; i--) {
    if (ext[i][1] >= pos || pos - ext[i][1] > 2 || cues[i].cue?.kind !== 'verb' || toks[cues[i].cue!.ve].l !== 'said') continue;
    if (toks[ext[i][1] + 1]?.t === ',' && (pos - ext[i][1] === 2) && cues.some((c, k) => ext[k][0] > pos)) return cues[i];
  }
  // "…," he said / said X — right after the quote.
  for (let i = 0; i < cues.length; i++) if (ext[i][0] > pos && onlyPunct(pos + 1, ext[i][0])) return cues[i];
  // He said: "…" / X told VOA that "…" — right before it.
  for (let i = cues.length - 1; i >= 0; i--) {
    if (ext[i][1] >= pos) continue;
    let ok = true;
    for (let k = ext[i][1] + 1; k < pos; k++) if (!(toks[k].k === 'p' || toks[k].l === 'that')) ok = false;
    if (ok && pos - ext[i][1] <= 3) return cues[i];
  }
  // "According to X, …" opening the sentence governs all of it.
  if (cues[0]?.cue?.kind === 'according' && ext[0][0] <= 1 && ext[0][1] < pos) return cues[0];
  // The outermost cue before, in the same clause run: "Clinton says she appreciated … what she calls a “…”"
  // and "Trump said Clinton once described it as “…”" are both the first speaker's report.
  let near = -1;
  for (let i = cues.length - 1; i >= 0; i--) if (ext[i][1] < pos) {
    near = i;
    break;
  }
  if (near >= 0) {
    let first = near;
    for (let i = near - 1; i >= 0; i--) {
      let cut = false;
      work.steps += ext[first][0] - ext[i][1];
      for (let k = ext[i][1] + 1; k < ext[first][0]; k++) {
        const t = toks[k];
        const inline = t.k === 'q' && t.e - t.s < 40 && toks[k - 1]?.k === 'w' && toks[k + 1]?.k === 'w';
        if ((t.k === 'q' && !inline) || /^[;—–]$/.test(t.t) || (t.t === '-' && toks[k + 1]?.t === '-')) cut = true;
      }
      if (cut) break;
      // "Graham, who says …, tweeted that …": a relative clause inside the subject's appositive.
      if (cues[i].np.ante) continue;
      // "While he acknowledged …, Ham also noted": a cue in a subordinate clause is not the main one.
      if (SUBORDINATORS.has(toks[ext[i][0] - 1]?.l ?? '') && toks.slice(ext[i][1] + 1, pos).some((t) => t.t === ',')) continue;
      first = i;
    }
    return cues[first];
  }
  // ", Chinese scholars said." closing the sentence covers the quotes before it.
  for (let i = 0; i < cues.length; i++) {
    if (ext[i][0] <= pos) continue;
    let k = ext[i][1] + 1;
    while (k < toks.length && toks[k].k === 'p') k++;
    if (k >= toks.length || cues[i].cue?.kind === 'according') return cues[i];
    // "“…” to drive up the price, she said, …": a cue set off by a comma reports what precedes it.
    if (toks[ext[i][0] - 1]?.t === ',' && !toks.slice(pos + 1, ext[i][0]).some((t) => t.k === 'q')) return cues[i];
  }
  return null;
}
