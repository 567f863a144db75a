// Cues: the words that attribute speech — speech verbs in either order ("X said",
// "said X", "…," he added), participles ("…, saying"), "according to X" and
// "X was quoted as saying" — each with the source phrase it reaches.

import type { Token } from './frames';
import { CUE_VERBS, DETERMINERS, INVERTIBLE, NOUN_CUES, WEAK_VERBS } from './lexicon';
import { ALONE, MAX_PHRASE_WALK, type NP, mainSubject, npLeft, npRight, subjectLeft } from './mentions';
import { work } from '../work';

export type CueKind = 'verb' | 'inverted' | 'according' | 'participle' | 'quoted-as';

export interface Cue {
  /** First and last token of the cue words. */
  first: number;
  last: number;
  kind: CueKind;
  np: NP;
}

const PASSIVE_AUX = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);
const BACK_VERBS = new Set(['shot', 'shoots', 'fired', 'fires', 'hit', 'hits', 'struck', 'strikes']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its']);
const isW = (t: Token | undefined): t is Token => !!t && t.kind === 'word';
const OPEN_LEFT = (t: Token | undefined) =>
  !t || t.kind === 'quote' || (t.kind === 'punct' && t.text !== ')' && t.text !== '(');

/** First and last token a cue and its source cover, for adjacency to a quotation. */
export function cueExtent(c: Cue): [number, number] {
  const ends = [c.first, c.last, c.np.first, c.np.appos ? c.np.appos.last : c.np.last];
  return [Math.min(...ends), Math.max(...ends)];
}

export function findCues(toks: Token[]): Cue[] {
  const out: Cue[] = [];
  const hi = toks.length - 1;
  let lo = 0; // start of the current clause run: quotations and semicolons cut it
  for (let i = 0; i <= hi; i++) {
    const t = toks[i];
    if (t.kind === 'quote' || (t.kind === 'punct' && t.text === ';')) {
      // A short quoted name or term inside a phrase ("Marcia “Cia” Price") does not cut the clause.
      const inline =
        t.kind === 'quote' && t.end - t.start < 24 && toks[i - 1]?.kind === 'word' && toks[i + 1]?.kind === 'word';
      if (!inline) lo = i + 1;
      continue;
    }
    if (t.kind === 'punct' && /^[—–―-]$/.test(t.text) && toks[i - 1]?.kind === 'quote') {
      // "“…” ― Ana Ruiz": a dash after the quote names its author.
      const np = npRight(toks, i + 1, hi);
      if (np && np.kind === 'name') out.push({ first: i, last: i, kind: 'inverted', np });
      continue;
    }
    if (t.kind === 'punct' && t.text === ':' && i > 0 && i <= 8 && i === firstColon(toks)) {
      // Transcripts: "WALLACE: …" — a name alone before a colon at the start.
      const np = npLeft(toks, i - 1, 0);
      // Not an interview's "Q:" and "A:": they mark turns, not people.
      const turn = np?.last === 0 && /^[QA]$/.test(toks[0].text);
      if (np && np.first === 0 && np.kind === 'name' && !turn) out.push({ first: i, last: i, kind: 'verb', np });
      continue;
    }
    if (t.kind !== 'word') continue;
    const l = t.lower;
    if (l === 'per' && !t.capital && isW(toks[i + 1])) {
      const np = npRight(toks, i + 1, hi);
      if (np && np.kind !== 'pronoun') out.push({ first: i, last: i, kind: 'according', np });
      continue;
    }
    if ((l === 'put' || l === 'puts') && toks[i + 1]?.lower === 'it') {
      // "as a Homeland Security memo put it"
      const np = subjectLeft(toks, i, lo);
      if (np && toks[np.first - 1]?.lower === 'as') out.push({ first: i, last: i + 1, kind: 'verb', np });
      continue;
    }
    if (l === 'according' && toks[i + 1]?.lower === 'to') {
      const np = npRight(toks, i + 2, hi);
      if (np) out.push({ first: i, last: i + 1, kind: 'according', np });
      i++;
      continue;
    }
    if (t.capital && !(i === 0 && CUE_VERBS.has(l) && toks[1]?.capital)) continue; // "Stated Stone:" opens inverted
    if (
      (l === 'went' || l === 'goes' || l === 'go') &&
      toks[i + 1]?.lower === 'on' &&
      (!isW(toks[i + 2]) || toks[i + 2].lower === 'to')
    ) {
      // "he went on." / "went on to say"
      const np = subjectLeft(toks, i, lo);
      if (np) out.push({ first: i, last: i + 1, kind: 'verb', np });
      continue;
    }
    if (toks[i + 1]?.lower === 'back' && BACK_VERBS.has(l)) {
      // "Trump shot back"
      const np = subjectLeft(toks, i, lo) ?? (OPEN_LEFT(toks[i - 1]) ? npRight(toks, i + 2, hi) : null);
      if (np) out.push({ first: i, last: i + 1, kind: 'verb', np });
      continue;
    }
    if (l === 'quoted') {
      const q = quotedAs(toks, i, lo);
      if (q) {
        out.push(q);
        i = q.last;
      }
      continue;
    }
    const prev = toks[i - 1];
    if (
      NOUN_CUES.has(l) &&
      (prev?.possessive || POSSESSIVE_PRONOUNS.has(prev?.lower ?? '')) &&
      (toks[i + 1]?.lower === 'that' ||
        toks[i + 1]?.lower === 'for' ||
        toks[i + 1]?.text === ':' ||
        toks[i + 1]?.kind === 'quote')
    ) {
      // "Trump's claim that …", "his call for “…”"
      const np = prev.possessive ? npLeft(toks, i - 1, lo) : { first: i - 1, last: i - 1, kind: 'pronoun' as const };
      if (np) out.push({ first: i, last: i, kind: 'verb', np });
      continue;
    }
    const base = CUE_VERBS.get(l);
    if (!base) continue;
    if (prev?.possessive) continue; // "Bill Clinton's comments": a noun
    // "to say", "a warning" — but "…,” another said: a quantifier standing alone after a boundary.
    const alone = prev && ALONE.has(prev.lower) && (i - 1 === 0 || !isW(toks[i - 2]));
    if (prev?.lower === 'to' || (prev && DETERMINERS.has(prev.lower) && prev.lower !== 'that' && !alone)) continue;
    if (WEAK_VERBS.has(base) && !followedByQuote(toks, i) && !OPEN_LEFT(prev) && !afterQuotedSubject(toks, i, lo))
      continue;
    const progressive = prev && prev.kind === 'word' && /^(is|are|was|were|been|be|'s|'re|am)$/.test(prev.lower);
    if (/ing$/.test(l) && l !== base && !progressive) {
      // "…, saying": the speaker is the subject of the clause the participle hangs on —
      // before it, or after it when the participle opens the sentence ("After saying …, she …").
      // "footage of Hillary Clinton asking, …": a name right before the participle is its subject.
      let near = prev?.kind === 'word' ? npLeft(toks, i - 1, lo) : null;
      if (near && /^(on|in|at|to|from|by|for)$/i.test(toks[near.first - 1]?.lower ?? '')) near = null; // "on Facebook writing"
      const np =
        (near && near.kind === 'name' ? near : null) ?? mainSubject(toks, lo, i - 1) ?? subjectAfterClause(toks, i, hi);
      if (np) out.push({ first: i, last: i, kind: 'participle', np });
      continue;
    }
    if (prev && prev.kind === 'word' && PASSIVE_AUX.has(prev.lower) && /(ed|told|written|spoken)$/.test(l)) continue; // "was asked"
    // "…," said X / "…," continued X: the speaker follows; after a comma only if none precedes.
    const afterQuote = !prev || prev.kind === 'quote' || i === lo;
    let right = OPEN_LEFT(prev) && (INVERTIBLE.has(base) || afterQuote) ? npRight(toks, i + 1, hi) : null;
    // ", said he." but not ", said it was …": an inverted pronoun ends the clause.
    if (right?.kind === 'pronoun' && toks[right.last + 1]?.kind === 'word') right = null;
    if (right && afterQuote) {
      out.push({ first: i, last: i, kind: 'inverted', np: right });
      continue;
    }
    let np = subjectLeft(toks, i, lo);
    if (!np && prev?.lower === 'who' && toks[i - 2]?.text === ',') np = npLeft(toks, i - 3, lo); // "Smith, who said"
    if (!np && prev?.lower === 'and') np = mainSubject(toks, lo, i - 2); // "The council condemned … and pledged"
    if (np) out.push({ first: i, last: i, kind: 'verb', np });
    else if (right) out.push({ first: i, last: i, kind: 'inverted', np: right });
  }
  return out;
}

/** "X was quoted as saying (by Y)" → X; "Y quoted X as saying" → X. */
function quotedAs(toks: Token[], i: number, lo: number): Cue | null {
  let k = i + 1;
  while (k < toks.length && k - i <= 7 && toks[k].lower !== 'as') k++;
  if (toks[k]?.lower !== 'as' || toks[k + 1]?.lower !== 'saying') return null;
  let np: NP | null;
  if (k === i + 1) {
    const aux = PASSIVE_AUX.has(toks[i - 1]?.lower ?? '') ? i - 1 : i;
    np = subjectLeft(toks, aux, lo);
  } else np = npRight(toks, i + 1, k - 1);
  return np ? { first: i, last: k + 1, kind: 'quoted-as', np } : null;
}

/** Weak verbs ("called", "described") attribute only what they introduce. */
function followedByQuote(toks: Token[], i: number): boolean {
  const n = toks[i + 1];
  if (n && (n.lower === 'that' || n.text === ':' || n.text === ',')) return true;
  for (let k = i + 1; k < toks.length && k - i <= 6; k++) if (toks[k].kind === 'quote') return true;
  return false;
}

const firstColon = (toks: Token[]) => toks.findIndex((t) => t.text === ':');

/** "“…,” the article read": a weak verb whose subject follows a quotation. */
function afterQuotedSubject(toks: Token[], i: number, lo: number): boolean {
  const np = subjectLeft(toks, i, lo);
  if (!np) return false;
  let k = np.first - 1;
  while (k >= 0 && toks[k].kind === 'punct' && toks[k].text === ',') k--;
  return k >= 0 && toks[k].kind === 'quote';
}

/** The subject after a participial opening ("After saying her foot was “…,” she was …"). */
function subjectAfterClause(toks: Token[], i: number, hi: number): NP | null {
  let k = i + 1;
  const last = Math.min(hi, i + MAX_PHRASE_WALK);
  while (k <= last && !(toks[k].kind === 'punct' && toks[k].text === ',') && !toks[k].quoteGoesOn) k++;
  work.steps += k - i;
  if (k >= hi || k > last) return null;
  const np = npRight(toks, k + 1, hi);
  const next = np ? toks[np.last + 1] : undefined;
  return np && isW(next) && !next.capital ? np : null;
}
