// Names written anywhere in a sentence, with what the sentence says the person is: a title
// before the name ("Wild defenseman Ryan Suter", "The We Company's executive chair Marcelo
// Claure") or an appositive after it ("Marco Villa, the company's chief operating officer,").
// Articles introduce a person fully once, often outside any quote's sentence; the hover needs
// that description wherever the person speaks.

import type { Token } from './frames';
import { CLAUSE_WORDS, DETERMINERS, NP_ADJECTIVES, TITLES } from './lexicon';
import { type Introduction, ageAfter, introduction, isRole, lessTime } from './introductions';
import { OPENERS, appositiveAfter } from './mentions';
import { type NameParts, nameParts } from './names';

export interface NameMention {
  /** Token where the name (not its title) starts. */
  token: number;
  parts: NameParts;
  /** An appositive after the name, or what a copula says it is ("Hege is the CEO of DH"), as written. */
  appos: string | null;
  /** The appositive is only a deed ("who heads the lab", "runs Acme"): it ranks with "who" clauses. */
  deed?: boolean;
  /** A one-word name (a surname): it only describes a person already known, never makes one. */
  single?: boolean;
  /** The name is a clause's subject ("… and coach Bruce Boudreau couldn't be happier"): "he" may mean them next. */
  subject?: boolean;
}

const VERBISH =
  /^(is|was|are|were|has|had|have|will|would|could|can|should|may|might|must|did|does|do|says|said|told|\w+n't|\w{3,}ed)$/;
/** A name between a clause boundary and a verb. */
function subjectAt(toks: Token[], a: number, j: number): boolean {
  const next = toks[j + 1];
  if (next?.kind !== 'word' || next.capital || !VERBISH.test(next.lower)) return false;
  const prev = toks[a - 1];
  return (
    !prev || (prev.kind === 'word' ? /^(and|but|while|as|when|so)$/.test(prev.lower) : /^[—–;:-]$/.test(prev.text))
  );
}

/**
 * Where a title before the name at token i starts, or i: lower-case roles ("defenseman", "chief
 * executive") with the organisation or adjectives before them ("NASA", "former", "Renmin
 * University's"). Nothing is taken unless a role word is in it.
 */
function titleStart(toks: Token[], i: number): number {
  let a = i;
  let role = false;
  for (let k = i - 1; k >= 0 && i - k <= 8; k--) {
    const t = toks[k];
    if (t.kind !== 'word') break;
    if (!t.capital && isRole(t)) {
      role = true;
      a = k;
      continue;
    }
    if (!role) break; // the word right before the name must be a role ("Wild coach Bruce …")
    // "The We Company's executive chair": an opener word inside an organisation's name after "the".
    const inName =
      t.capital && OPENERS.has(t.lower) && a === k + 1 && toks[k - 1]?.lower === 'the' && !DETERMINERS.has(t.lower);
    if (t.capital && ((!OPENERS.has(t.lower) && !CLAUSE_WORDS.has(t.lower)) || inName)) {
      a = k;
      continue;
    }
    if (
      !t.capital &&
      (NP_ADJECTIVES.has(t.lower) || /^(recently|newly|named|appointed|elected|longtime|then)$/.test(t.lower))
    )
      continue;
    if (t.lower === 'and' && k > 0 && isRole(toks[k - 1])) continue; // "president and chief executive"
    break;
  }
  return role ? a : i;
}

/** Runs of capitalised words that make a full personal name (two to four parts), with their title and appositive. */
export function namesIn(text: string, toks: Token[]): NameMention[] {
  const out: NameMention[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].kind !== 'word' || !toks[i].capital || OPENERS.has(toks[i].lower)) continue;
    let j = i;
    while (j + 1 < toks.length && toks[j + 1].kind === 'word' && toks[j + 1].capital && !toks[j].possessive) j++;
    if (j === i && !toks[i].possessive) {
      const desc = introduction(text, toks, j);
      // A surname opening a sentence ("Carlineo faces …") puts a known person in focus, described or not
      // (only a known person: the lookup needs its key alone, not a full reading of the name).
      if (desc)
        out.push({
          token: i,
          parts: nameParts(text, toks, { first: i, last: i, kind: 'name' }),
          appos: desc.text,
          deed: desc.deed,
          single: true,
        });
      else if (i === 0 && toks[i].text.length > 1) {
        const key = toks[i].lower.replace(/['’]s$/, '').replace(/’/g, "'");
        out.push({
          token: i,
          parts: { kind: 'person', name: toks[i].text, keys: [key], affiliation: null, affRank: 0, at: toks[i].start },
          appos: null,
          single: true,
        });
      }
    }
    if (j > i) {
      // "Deputy Director of Public Prosecution Eva-Marie Persson": the run after "title of" holds the organisation too.
      let from = i;
      // "Ambassador to the European Union Gordon Sondland": "the" may stand between.
      const gap = toks[i - 1]?.text === 'the' ? 1 : 0;
      if (
        i >= 2 + gap &&
        /^(of|for|to)$/.test(toks[i - 1 - gap].text) &&
        toks[i - 2 - gap].capital &&
        TITLES.has(toks[i - 2 - gap].lower)
      ) {
        from = i - 2 - gap;
        // "U.S. Ambassador to …", "Deputy Director of …": capitalised words before the title too.
        while (
          from > 0 &&
          i - from < 8 &&
          toks[from - 1].kind === 'word' &&
          toks[from - 1].capital &&
          !OPENERS.has(toks[from - 1].lower)
        )
          from--;
      }
      const plain = nameParts(text, toks, { first: from, last: j, kind: 'name' });
      // "Prince Andrew", "Coach Reyes": a capitalised title before one name makes a person too.
      const titledOne = plain.keys.length === 1 && TITLES.has(toks[from].lower) && j === from + 1;
      if (
        plain.kind === 'person' &&
        (plain.keys.length >= 2 || titledOne) &&
        plain.keys.length <= 4 &&
        !plain.keys.some((k) => NOT_NAMES.has(k))
      ) {
        const a = titleStart(toks, i);
        const titled = a < i ? nameParts(text, toks, { first: a, last: j, kind: 'name' }) : plain;
        const parts = titled.kind === 'person' && titled.keys.join(' ') === plain.keys.join(' ') ? titled : plain;
        const ap = toks[j].possessive ? undefined : appositiveAfter(toks, skipAge(toks, j), toks.length - 1);
        let desc: Introduction | null = null;
        if (ap && ap.last >= ap.first && (!ap.weak || DEED_CLAUSE.test(toks[ap.first + 1]?.lower ?? '')))
          // A "who" clause after a name that is no source ends at its comma: the sentence's verb follows.
          desc = { text: lessTime(clauseText(text, toks, ap.first, ap.last, ap.weak)), deed: ap.weak };
        else {
          const before = roleBefore(text, toks, from, j);
          desc = before ? { text: before, deed: false } : introduction(text, toks, j);
        }
        out.push({
          token: from,
          parts,
          appos: desc?.text ?? null,
          deed: desc?.deed,
          subject: subjectAt(toks, Math.min(a, from), j),
        });
      }
    }
    i = j;
  }
  return out;
}

/** "who heads the lab", "who founded Acme": a "who" clause that says where the person works. */
const DEED_CLAUSE =
  /^(heads|leads|runs|founded|co-founded|cofounded|chairs|directs|manages|oversees|owns|coaches|represents|teaches|works|serves|is|was)$/;

function clauseText(text: string, toks: Token[], a: number, b: number, who: boolean): string {
  let e = b;
  if (who)
    for (let k = a; k <= b; k++)
      if (toks[k].text === ',') {
        e = k - 1;
        break;
      }
  return text.slice(toks[a].start, toks[e].end);
}

/** Past an age set off by commas ("Sam Cole, 34, a nurse"): the token before its second comma. */
const skipAge = (toks: Token[], j: number) => (ageAfter(toks, j) ? j + 2 : j);

/** "Carlineo's attorney, Sonya Zoghlin, said": a role set off before the name, opening the sentence. */
function roleBefore(text: string, toks: Token[], i: number, j: number): string | null {
  if (i < 2 || toks[i - 1].text !== ',') return null;
  const opening = asRole(text, toks, i);
  if (opening) return opening;
  // "Google's head of search, Raj Patel": the role may go on to say of what.
  let r = i - 2;
  for (let k = i - 3; k >= Math.max(1, i - 6) && !isRole(toks[r]); k--) {
    if (toks[k].kind !== 'word') break;
    if (/^(of|for|at)$/.test(toks[k].lower) && isRole(toks[k - 1]) && !toks[k - 1].capital) r = k - 1;
  }
  const role = toks[r];
  // Lower-case roles, or an all-capital one ("WeWork's founder and former CEO, Adam Neumann,").
  if (!isRole(role) || (role.capital && !/^[A-Z]{2,4}$/.test(role.text))) return null;
  const next = toks[j + 1];
  if (!next || !(next.text === ',' || (next.kind === 'word' && VERBISH.test(next.lower)))) return null;
  let a = r;
  const part = (t: Token) =>
    t.possessive ||
    t.capital ||
    NP_ADJECTIVES.has(t.lower) ||
    isRole(t) ||
    /^(the|his|her|their|its|and)$/.test(t.lower);
  while (a > 0 && i - a <= 8 && toks[a - 1].kind === 'word' && part(toks[a - 1])) a--;
  if (toks[a].lower === 'and') return null;
  // It opens the sentence or a clause ("… is whether WeWork's founder, …").
  const before = toks[a - 1];
  // … or follows the quotation it attributes ("“…,” the defendant, Paul Gray, told the court").
  const opens =
    a === 0 ||
    (before.kind === 'quote' && before.quoteGoesOn) ||
    (before.kind === 'word' ? /^(whether|that|when|as|while|but)$/.test(before.lower) : /^[,;:—–]$/.test(before.text));
  return opens ? text.slice(toks[a].start, toks[i - 2].end) : null;
}

/** "As chief executive of Acme, Jane Doe …": a role the sentence opens with. */
function asRole(text: string, toks: Token[], i: number): string | null {
  let a = i - 2;
  while (a > 0 && i - a <= 10 && toks[a - 1].kind === 'word' && toks[a - 1].lower !== 'as') a--;
  if (a < 1 || toks[a - 1].lower !== 'as' || a - 1 !== 0) return null;
  let role = false;
  for (let k = a; k <= i - 2; k++) if (isRole(toks[k]) && (!toks[k].capital || TITLES.has(toks[k].lower))) role = true;
  return role ? text.slice(toks[a].start, toks[i - 2].end) : null;
}

/** Words of page chrome and headlines that are capitalised but name no one ("Sign Up", "Read More"). */
const NOT_NAMES = new Set(
  'sign up log in out more read view share follow subscribe click watch get see here now new top home all news video photos live latest next previous back menu search login register'.split(
    ' ',
  ),
);
