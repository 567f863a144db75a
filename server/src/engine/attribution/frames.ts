// Frames: sentences widened so that no quotation crosses their edges, tokenised with each
// top-level quotation as one token. Attribution reads only the words outside quotations.

import type { ArticleDoc } from '../document';

export type TokKind = 'w' | 'p' | 'q';

export interface Tok {
  s: number;
  e: number;
  /** Text as written; for a quotation token, the quoted text is not copied. */
  t: string;
  /** Lower case, curly apostrophes made straight. */
  l: string;
  k: TokKind;
  /** Starts with a capital letter or digit (words only). */
  cap: boolean;
  /** Ends in 's or ’s ("Korea's"). */
  poss: boolean;
  /** Index in doc.quotes for a quotation token, else -1. */
  q: number;
  /** A quotation whose text ends with a comma ("…,” she said): the sentence goes on. */
  qc?: boolean;
}

export interface Frame {
  start: number;
  end: number;
  paragraph: number;
  /** Index of this frame within its paragraph. */
  index: number;
  toks: Tok[];
}

const WORD = /[\p{L}\p{N}]+(?:[-'’.&/][\p{L}\p{N}]+)*/uy;
const ABBR = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'st', 'jr', 'sr', 'lt', 'col', 'sgt', 'capt', 'prof', 'rev', 'u.s', 'u.k', 'u.n', 'd.c', 'inc', 'corp', 'co', 'ltd', 'no']);
const PUNCT = new Set([',', ';', ':', '(', ')', '—', '–', '―', '-', '!', '?', '.', '[', ']']);
/** "He’s", "they’re": a pronoun and a verb, split so the pronoun can be a subject. */
const CLITIC = /^(he|she|it|they|we|i|you)(['’](?:s|re|ve|ll|d|m))$/i;

/** The end offset (exclusive) of a quotation token: past its closing mark, or the paragraph end. */
export function quoteEnd(doc: ArticleDoc, qi: number): number {
  const q = doc.quotes[qi];
  return q.closed ? q.close + 1 : doc.paras[q.paragraph].end;
}

export function framesOf(doc: ArticleDoc, paragraph: number, topQuotes: number[]): Frame[] {
  const sents = doc.sentencesOf(paragraph);
  const frames: Frame[] = [];
  let qi = 0;
  for (let i = 0; i < sents.length; i++) {
    const start = sents[i].start;
    let end = sents[i].end;
    // Widen over every quotation that starts inside and ends past the sentence.
    for (;;) {
      while (qi < topQuotes.length && doc.quotes[topQuotes[qi]].open < end) {
        const qe = quoteEnd(doc, topQuotes[qi]);
        while (qe > end && i + 1 < sents.length) end = sents[++i].end;
        if (qe > end) end = qe;
        qi++;
      }
      // "…shame.” ― Ana Ruiz", "…over!” he said": what follows a closing quote belongs to it.
      const next = sents[i + 1];
      if (next && /["”’»]\s*$/.test(doc.text.slice(Math.max(start, end - 2), end)) && /^[—–―\-,\p{Ll}]/u.test(doc.text.slice(next.start, next.start + 1))) {
        end = sents[++i].end;
        continue;
      }
      break;
    }
    frames.push({ start, end, paragraph, index: frames.length, toks: tokens(doc, start, end, topQuotes) });
  }
  return frames;
}

function tokens(doc: ArticleDoc, start: number, end: number, topQuotes: number[]): Tok[] {
  const text = doc.text;
  const out: Tok[] = [];
  const opens = new Map<number, number>();
  for (const qi of topQuotes) {
    const o = doc.quotes[qi].open;
    if (o >= start && o < end) opens.set(o, qi);
  }
  let i = start;
  while (i < end) {
    const qi = opens.get(i);
    if (qi !== undefined) {
      const e = Math.min(Math.max(quoteEnd(doc, qi), i + 1), end);
      const qq = doc.quotes[qi];
      const qc = /,\s*$/.test(text.slice(Math.max(qq.start, qq.end - 2), qq.end));
      out.push({ s: i, e, t: '"', l: '"', k: 'q', cap: false, poss: false, q: qi, qc });
      i = e;
      continue;
    }
    const c = text[i];
    if (PUNCT.has(c)) {
      out.push({ s: i, e: i + 1, t: c, l: c, k: 'p', cap: false, poss: false, q: -1 });
      i++;
      continue;
    }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (m && m.index === i) {
      let e = Math.min(i + m[0].length, end);
      let t = text.slice(i, e);
      let l = t.toLowerCase().replace(/’/g, "'");
      if (text[e] === '.' && (ABBR.has(l) || /^[rdi]-[a-z]+$/.test(l) || /^\p{Lu}$/u.test(t))) {
        e++;
        t += '.';
        l += '.';
      }
      const cl = CLITIC.exec(t);
      if (cl) {
        const b = i + cl[1].length;
        out.push({ s: i, e: b, t: cl[1], l: cl[1].toLowerCase(), k: 'w', cap: /^\p{Lu}/u.test(cl[1]), poss: false, q: -1 });
        out.push({ s: b, e, t: cl[2], l: cl[2].toLowerCase().replace(/’/g, "'"), k: 'w', cap: false, poss: false, q: -1 });
        i = e;
        continue;
      }
      const cap = /^[\p{Lu}\p{N}]/u.test(t);
      out.push({ s: i, e, t, l, k: 'w', cap, poss: /'s$/.test(l) || /s'$/.test(l), q: -1 });
      i = e;
      continue;
    }
    i++;
  }
  return out;
}
