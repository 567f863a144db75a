// Conventions of real pages that say who is quoted, or that a quotation is no speech, without a
// cue verb: headlines ("‘…’: Coach quits", "Coach: ‘…’"), a dash credit on the next line
// ("“…” ¶ – Ana R."), a citation after the quote ("“…” (Psalms 119:1)"), and quotations that are
// names or sayings. A quoted teaser alone in a list of headlines stays speech with no source: the
// dev gold counts it so ('…' ¶ under "IN BRIEF").

import type { ArticleDoc } from '../document';
import type { Quote } from '../quotes';
import type { Token } from './frames';
import { mayBeSource } from './lexicon';
import { mainSubject } from './mentions';
import { wordCount } from './quote-words';
import type { EntityKind } from './names';
import type { ResolvedCue } from './resolve';
import type { Speakers } from './speakers';

/** "Wednesday November 20, 2019 ": a date a list of headlines puts before each. */
const DATELINE =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\s*$/i;

/** A headline: short, and no full stop at its end. */
const HEADLINE_MAX_WORDS = 25;
/** A dash credit: a few words. */
const SHORT_LINE_WORDS = 12;
const CREDIT_MAX_CHARS = 120;

/** Longer than this, a paragraph is no headline (and is never split into words here: a paragraph of
 * thousands of quotations must cost each of them a bounded amount). */
const HEADLINE_MAX_CHARS = 300;
// A headline cut short ("Voters see...") ends with an ellipsis, not a full stop.
const isHeadline = (p: string) => wordCount(p) <= HEADLINE_MAX_WORDS && !/(?<!\.)\.\s*$/.test(p);

/**
 * The paragraph of quotation qi is a headline (a teaser in a list of them, a title over the story):
 * short, and no sentence end at its close, not even inside a closing quotation ("… ended.”").
 */
export function inHeadline(doc: ArticleDoc, qi: number): boolean {
  const p = doc.paras[doc.quotes[qi].paragraph];
  if (p.end - p.start > HEADLINE_MAX_CHARS) return false;
  const text = doc.text.slice(p.start, p.end);
  return isHeadline(text) && !/[.!?…:]['"’”»)\]]*\s*$/u.test(text);
}

/** The quotation fills its paragraph (paragraphs are trimmed): nothing but a few marks after it. */
function fills(doc: ArticleDoc, q: Quote): boolean {
  const p = doc.paras[q.paragraph];
  return (
    q.closed && q.open === p.start && p.end - q.close <= 4 && !/[\p{L}\p{N}]/u.test(doc.text.slice(q.close + 1, p.end))
  );
}

/** A source phrase written at [start, end): a person when every word is capitalised, else a group. */
export function sourceAt(doc: ArticleDoc, start: number, end: number, speakers: Speakers): ResolvedCue {
  const text = doc.text.slice(start, end);
  const words = text.split(/\s+/).filter(Boolean);
  const kind: EntityKind = words.length <= 3 && words.every((w) => /^\p{Lu}/u.test(w)) ? 'person' : 'group';
  const keys = kind === 'person' ? words.map((w) => w.toLowerCase()) : [text.toLowerCase()];
  const entity = speakers.byName({ kind, name: text, keys, affiliation: null, affRank: 0, at: start }, start);
  return { cue: null, cueMention: null, source: { start, end, text }, entity, np: { first: 0, last: 0, kind: 'name' } };
}

const NOT_IN_LABEL = new Set(
  'the a an this that these those it its is was are were be been has have had said says do does did there here'.split(
    ' ',
  ),
);
/** "Police", "Netanyahu, Katz", "‘Dukes’ star": a few words, no article or verb. */
const isLabel = (s: string) => {
  const words = s.split(/\s+/).filter(Boolean);
  return words.length <= 4 && !words.some((w) => NOT_IN_LABEL.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')));
};

/**
 * The source a page's layout gives a quotation that no cue attributes. `pos` is the quotation's
 * token in `toks` (its frame).
 */
export function pageSource(
  doc: ArticleDoc,
  qi: number,
  toks: Token[],
  pos: number,
  speakers: Speakers,
): ResolvedCue | null {
  const q = doc.quotes[qi];
  if (q.parent >= 0 || !q.closed) return null;
  const p = doc.paras[q.paragraph];
  if (p.end - p.start <= HEADLINE_MAX_CHARS && isHeadline(doc.text.slice(p.start, p.end))) {
    // "‘Hate to cause a stink’: FCC chairman declines …": the subject after the colon (a dateline may stand first).
    if ((q.open === p.start || DATELINE.test(doc.text.slice(p.start, q.open))) && toks[pos + 1]?.text === ':') {
      const np = mainSubject(toks, pos + 2, toks.length - 1);
      // "‘…’: All eyes turn to …": a lower-case head that is no source says what the story is about.
      const head = np && toks[np.last];
      if (np && head && (head.capital || np.kind !== 'noun' || mayBeSource(head.lower)))
        return sourceAt(doc, toks[np.first].start, toks[np.last].end, speakers);
    }
    // "Netanyahu, Katz: ‘…’", "‘Dukes’ star: I ‘didn’t see it coming’": the phrase before the colon.
    // Only a bare label: "The message was clear: “…”" is a sentence, not a headline's speaker.
    const head = /^([^:]{2,60}):\s*(?:I\s+)?$/u.exec(doc.text.slice(p.start, q.open));
    if (head && /^[\p{Lu}\p{N}'‘"“]/u.test(head[1]) && isLabel(head[1]))
      return sourceAt(doc, p.start, p.start + head[1].length, speakers);
  }
  // "… in the words of the patient: “…”": the phrase names who speaks.
  const words = /\bin the words of ((?:the |an? )?[^\s:,.]+(?: [^\s:,.]+){0,3}),?:?\s*$/i.exec(
    doc.text.slice(Math.max(p.start, q.open - 80), q.open),
  );
  if (words) {
    const start = q.open - words[0].length + words[0].indexOf(words[1], 'in the words of'.length);
    return sourceAt(doc, start, start + words[1].length, speakers);
  }
  // "“…”" ¶ "– Ana R.": a dash credit on the next line.
  const next = doc.paras[q.paragraph + 1];
  if (next && next.end - next.start <= CREDIT_MAX_CHARS && fills(doc, q)) {
    const credit = /^[–—―-]\s*([^,.!?]+)/u.exec(doc.text.slice(next.start, next.end));
    if (credit && wordCount(doc.text.slice(next.start, next.end)) <= SHORT_LINE_WORDS) {
      const start = next.start + credit.index + credit[0].indexOf(credit[1]);
      return sourceAt(doc, start, start + credit[1].trimEnd().length, speakers);
    }
  }
  // "“…”" ¶ "[Psalms 119:1-2]": a citation of the work quoted, on the next line.
  if (next && fills(doc, q)) {
    const cited = /^[([]\s*(\p{Lu}[^)\]\n\d]{1,40}?\d[\d:.,–-]*)/u.exec(
      doc.text.slice(next.start, Math.min(next.end, next.start + 64)),
    );
    if (cited) {
      const start = next.start + cited.index + cited[0].indexOf(cited[1]);
      return sourceAt(doc, start, start + cited[1].length, speakers);
    }
  }
  // "“…” [Al Maa-idah 8]", "“…” (Psalms 119:1-2)": a citation of the work quoted.
  const cite = /^[.,]?\s*[([]\s*(\p{Lu}[^)\]\n]{1,40}?\d[\d:.,–-]*)\s*[)\]]/u.exec(
    doc.text.slice(q.close + 1, Math.min(p.end, q.close + 64)),
  );
  if (cite) {
    const start = q.close + 1 + cite.index + cite[0].indexOf(cite[1]);
    return sourceAt(doc, start, start + cite[1].length, speakers);
  }
  return null;
}

/**
 * Quotation marks around no one's speech, by what stands before them: a name after "responses
 * to" (a comment count over a post's title) or a saying ("as the saying goes").
 */
export function notSpeech(doc: ArticleDoc, qi: number): boolean {
  const q = doc.quotes[qi];
  const lead = doc.text.slice(Math.max(doc.paras[q.paragraph].start, q.open - 40), q.open);
  return (
    /\b(responses?|thoughts|comments?|replies|reply)\s+(to|on)\s*$/i.test(lead) ||
    // A noun ("a saying that goes"), not the verb ("…, saying, “…”").
    // "One of the habits – “…”": a named maxim, rule or slogan.
    /\b(a|an|the|old|famous)\s+(saying|proverb|adage|motto|maxim|mantra|slogan|credo|habits?|principles?)\b(\s+(that|which))?(\s+goes)?\s*[:,–—-]?\s*$/i.test(
      lead,
    ) ||
    scareQuoted(doc.text.slice(q.start, q.end), lead)
  );
}

/**
 * "terrified to “put yourself out there”", "these “moments of growth?”": a short lower-case phrase after
 * a demonstrative or an infinitive's "to", that no one is found saying, is a phrase held at arm's length.
 */
function scareQuoted(text: string, lead: string): boolean {
  return /\b(these|those|such|so-called|to)\s$/i.test(lead) && /^\p{Ll}/u.test(text) && wordCount(text) <= 6;
}
