// Frames: sentences that no quotation crosses, as token lists with each top-level quotation
// as one token. Attribution reads only the words outside quotations. A paragraph is
// tokenised once and cut at sentence ends found on the tokens (cheaper than a segmenter,
// and quotations are never cut).

import type { ArticleDoc } from '../document';
import { work } from '../work';
import { CUE_VERBS } from './lexicon';

export type TokenKind = 'word' | 'punct' | 'quote';

export interface Token {
  start: number;
  end: number;
  /** Text as written; for a quotation token, the quoted text is not copied. */
  text: string;
  /** Lower case, curly apostrophes made straight. */
  lower: string;
  kind: TokenKind;
  /** Starts with a capital letter or digit (words only). */
  capital: boolean;
  /** Ends in 's or ’s ("Korea's"). */
  possessive: boolean;
  /** Index in doc.quotes for a quotation token, else -1. */
  quote: number;
  /** A quotation whose text ends with a comma ("…,” she said): the sentence goes on. */
  quoteGoesOn: boolean;
  /** A quotation whose text ends a sentence ("…ended.”"). */
  quoteEnds: boolean;
}

export interface Frame {
  start: number;
  end: number;
  paragraph: number;
  /** Index of this frame within its paragraph. */
  index: number;
  tokens: Token[];
}

const LETTER = /[\p{L}\p{N}]/u;
const isAlnum = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER.test(text[i]);
};
const JOINERS = new Set(['-', "'", '’', '.', '&', '/']);

/** End of the word at i: letters and digits, joined by - ' ’ . & / when a letter follows. */
function wordEnd(text: string, i: number, end: number): number {
  let e = i;
  while (e < end) {
    if (isAlnum(text, e)) e++;
    else if (e > i && e + 1 < end && JOINERS.has(text[e]) && isAlnum(text, e + 1)) e += 2;
    else break;
  }
  return e;
}
const ABBR = new Set(
  'mr mrs ms dr sen rep del gov gen st jr sr lt col sgt capt prof rev u.s u.k u.n d.c inc corp co ltd no vs etc a.m p.m e.g i.e jan feb mar apr jun jul aug sep sept oct nov dec ft mt'.split(
    ' ',
  ),
);
// The separators of page furniture ("Business | Trump …", "Home › World") end a phrase as punctuation does.
const PUNCT = new Set([
  ',',
  ';',
  ':',
  '(',
  ')',
  '—',
  '–',
  '―',
  '-',
  '!',
  '?',
  '.',
  '[',
  ']',
  '|',
  '•',
  '·',
  '›',
  '‹',
  '►',
  '▶',
  '→',
  '>',
]);
/** "He’s", "they’re": a pronoun and a verb, split so the pronoun can be a subject. */
const CLITIC = /^(he|she|it|they|we|i|you|who|that)(['’](?:s|re|ve|ll|d|m))$/i;
const UPPER = /^[\p{Lu}\p{N}]/u;

/** The end offset (exclusive) of a quotation token: past its closing mark, or the paragraph end. */
export function quoteEnd(doc: ArticleDoc, qi: number): number {
  const q = doc.quotes[qi];
  return q.closed ? q.close + 1 : doc.paras[q.paragraph].end;
}

export function framesOf(doc: ArticleDoc, paragraph: number, topQuotes: number[]): Frame[] {
  const p = doc.paras[paragraph];
  const toks = tokens(doc, p.start, p.end, topQuotes);
  const frames: Frame[] = [];
  let from = 0;
  const cut = (to: number) => {
    if (to <= from) return;
    const slice = toks.slice(from, to);
    frames.push({
      start: slice[0].start,
      end: slice[slice.length - 1].end,
      paragraph,
      index: frames.length,
      tokens: slice,
    });
    from = to;
  };
  for (let i = 0; i < toks.length - 1; i++) {
    const t = toks[i];
    const n = toks[i + 1];
    // A sentence ends at . ! ? (or a quotation ending in one) before a capital, a digit or a new quotation.
    const ends =
      (t.kind === 'punct' && (t.text === '.' || t.text === '!' || t.text === '?')) ||
      (t.kind === 'quote' && t.quoteEnds);
    if (!ends) continue;
    if (t.kind === 'quote' && n.kind === 'word' && attributionFollows(toks, i + 1)) continue; // "“…?” Scarborough continued."
    if ((n.kind === 'word' && n.capital) || n.kind === 'quote') cut(i + 1);
  }
  cut(toks.length);
  return frames;
}

function isWordStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c > 127;
}

/** A capital or a non-ASCII character in text[i, e): the word needs toLowerCase (and ’ made '). */
function needsFold(text: string, i: number, e: number): boolean {
  for (let k = i; k < e; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c > 127) return true;
  }
  return false;
}

function tokens(doc: ArticleDoc, start: number, end: number, topQuotes: number[]): Token[] {
  const text = doc.text;
  const out: Token[] = [];
  let nextQ = 0;
  let i = start;
  while (i < end) {
    while (nextQ < topQuotes.length && doc.quotes[topQuotes[nextQ]].open < i) nextQ++;
    const qi = nextQ < topQuotes.length && doc.quotes[topQuotes[nextQ]].open === i ? topQuotes[nextQ] : -1;
    if (qi >= 0) {
      const e = Math.min(Math.max(quoteEnd(doc, qi), i + 1), end);
      const qq = doc.quotes[qi];
      let k = qq.end - 1;
      while (
        k > qq.start &&
        (text.charCodeAt(k) === 32 || text[k] === '"' || text[k] === '”' || text[k] === '’' || text[k] === "'")
      )
        k--;
      const last = text[k];
      out.push({
        start: i,
        end: e,
        text: '"',
        lower: '"',
        kind: 'quote',
        capital: false,
        possessive: false,
        quote: qi,
        quoteGoesOn: last === ',',
        quoteEnds: last === '.' || last === '!' || last === '?',
      });
      i = e;
      nextQ++;
      continue;
    }
    const code = text.charCodeAt(i);
    if (code === 32 || code === 10 || code === 13 || code === 9 || code === 160) {
      i++;
      continue;
    }
    const c = text[i];
    if (PUNCT.has(c)) {
      out.push({
        start: i,
        end: i + 1,
        text: c,
        lower: c,
        kind: 'punct',
        capital: false,
        possessive: false,
        quote: -1,
        quoteGoesOn: false,
        quoteEnds: false,
      });
      i++;
      continue;
    }
    if (!isWordStart(code)) {
      i++;
      continue;
    }
    let e = wordEnd(text, i, end);
    if (e === i) {
      i++;
      continue;
    }
    let t = text.slice(i, e);
    let l = t; // most words are lower-case ASCII: nothing to fold (toLowerCase was 4% of analyze)
    if (needsFold(text, i, e)) {
      l = t.toLowerCase();
      if (l.indexOf('’') >= 0) l = l.replace(/’/g, "'");
    }
    const cap = code < 128 ? (code >= 65 && code <= 90) || (code >= 48 && code <= 57) : UPPER.test(t);
    if (
      text.charCodeAt(e) === 46 &&
      (ABBR.has(l) || (l.length === 1 && cap) || (l.length > 2 && l[1] === '-' && /^[rdi]-[a-z]+$/.test(l)))
    ) {
      e++;
      t += '.';
      l += '.';
    }
    if (l.length <= 7 && l.indexOf("'") > 0) {
      const cl = CLITIC.exec(t);
      if (cl) {
        const b = i + cl[1].length;
        out.push({
          start: i,
          end: b,
          text: cl[1],
          lower: cl[1].toLowerCase(),
          kind: 'word',
          capital: UPPER.test(cl[1]),
          possessive: false,
          quote: -1,
          quoteGoesOn: false,
          quoteEnds: false,
        });
        out.push({
          start: b,
          end: e,
          text: cl[2],
          lower: l.slice(cl[1].length),
          kind: 'word',
          capital: false,
          possessive: false,
          quote: -1,
          quoteGoesOn: false,
          quoteEnds: false,
        });
        i = e;
        continue;
      }
    }
    const n = l.length;
    const poss = n > 2 && l.charCodeAt(n - 1) === 115 && l.charCodeAt(n - 2) === 39;
    out.push({
      start: i,
      end: e,
      text: t,
      lower: l,
      kind: 'word',
      capital: cap,
      possessive: poss,
      quote: -1,
      quoteGoesOn: false,
      quoteEnds: false,
    });
    i = e;
  }
  work.steps += out.length;
  return out;
}

/** A bare "Name verb." (or "Said Name, …") right after a quotation belongs to its sentence, not "He told a crowd that …". */
function attributionFollows(toks: Token[], from: number): boolean {
  if (toks[from].kind === 'word' && CUE_VERBS.has(toks[from].lower)) return true;
  // The speaker's phrase may carry an appositive: "Scott's niece, state Del. Marcia “Cia” Price (D-Va.), shouted."
  for (let k = from; k < toks.length && k - from <= 14; k++) {
    const t = toks[k];
    if (t.kind === 'punct' && (t.text === '.' || t.text === '!' || t.text === '?')) return false;
    if (t.kind !== 'word') continue;
    if (t.capital || !CUE_VERBS.has(t.lower)) continue;
    // After the verb, at most a time or adverb before the sentence ends or a comma.
    let m = k + 1;
    while (m < toks.length && m - k <= 3 && toks[m].kind === 'word') m++;
    const end = toks[m];
    // It must close the sentence ("Scarborough continued.", "…, referring to …"), not open
    // a new one ("South Carolina, he said, was …") or introduce the next quote ("Cruz says, “…”").
    if (!end || (end.kind === 'punct' && /^[.!?;]$/.test(end.text))) return true;
    return (
      end.kind === 'punct' &&
      end.text === ',' &&
      toks[m + 1]?.kind !== 'quote' &&
      !(toks[m + 1]?.kind === 'word' && /^(was|is|were|are|will|would|has|had)$/.test(toks[m + 1].lower))
    );
  }
  return false;
}
