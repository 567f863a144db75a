// Names written anywhere in a sentence, with what the sentence says the person is: a title
// before the name ("Wild defenseman Ryan Suter", "The We Company's executive chair Marcelo
// Claure") or an appositive after it ("Marco Villa, the company's chief operating officer,").
// Articles introduce a person fully once, often outside any quote's sentence; the hover needs
// that description wherever the person speaks.

import type { Tok } from './frames';
import { CLAUSE_WORDS, DETERMINERS, NP_ADJECTIVES, TITLES } from './lexicon';
import { type Introduction, introduction, isRole, lessTime } from './introductions';
import { OPENERS, appositiveAfter } from './mentions';
import { type NameParts, nameParts } from './names';

export interface NameMention {
  /** Token where the name (not its title) starts. */
  tok: number;
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
function subjectAt(toks: Tok[], a: number, j: number): boolean {
  const next = toks[j + 1];
  if (next?.k !== 'w' || next.cap || !VERBISH.test(next.l)) return false;
  const prev = toks[a - 1];
  return !prev || (prev.k === 'w' ? /^(and|but|while|as|when|so)$/.test(prev.l) : /^[—–;:-]$/.test(prev.t));
}

/**
 * Where a title before the name at token i starts, or i: lower-case roles ("defenseman", "chief
 * executive") with the organisation or adjectives before them ("NASA", "former", "Renmin
 * University's"). Nothing is taken unless a role word is in it.
 */
function titleStart(toks: Tok[], i: number): number {
  let a = i;
  let role = false;
  for (let k = i - 1; k >= 0 && i - k <= 8; k--) {
    const t = toks[k];
    if (t.k !== 'w') break;
    if (!t.cap && isRole(t)) {
      role = true;
      a = k;
      continue;
    }
    if (!role) break; // the word right before the name must be a role ("Wild coach Bruce …")
    // "The We Company's executive chair": an opener word inside an organisation's name after "the".
    const inName = t.cap && OPENERS.has(t.l) && a === k + 1 && toks[k - 1]?.l === 'the' && !DETERMINERS.has(t.l);
    if (t.cap && ((!OPENERS.has(t.l) && !CLAUSE_WORDS.has(t.l)) || inName)) {
      a = k;
      continue;
    }
    if (!t.cap && (NP_ADJECTIVES.has(t.l) || /^(recently|newly|named|appointed|elected|longtime|then)$/.test(t.l)))
      continue;
    if (t.l === 'and' && k > 0 && isRole(toks[k - 1])) continue; // "president and chief executive"
    break;
  }
  return role ? a : i;
}

/** Runs of capitalised words that make a full personal name (two to four parts), with their title and appositive. */
export function namesIn(text: string, toks: Tok[]): NameMention[] {
  const out: NameMention[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].k !== 'w' || !toks[i].cap || OPENERS.has(toks[i].l)) continue;
    let j = i;
    while (j + 1 < toks.length && toks[j + 1].k === 'w' && toks[j + 1].cap && !toks[j].poss) j++;
    if (j === i && !toks[i].poss) {
      const desc = introduction(text, toks, j);
      // A surname opening a sentence ("Carlineo faces …") puts a known person in focus, described or not
      // (only a known person: the lookup needs its key alone, not a full reading of the name).
      if (desc)
        out.push({
          tok: i,
          parts: nameParts(text, toks, { a: i, b: i, kind: 'name' }),
          appos: desc.text,
          deed: desc.deed,
          single: true,
        });
      else if (i === 0 && toks[i].t.length > 1) {
        const key = toks[i].l.replace(/['’]s$/, '').replace(/’/g, "'");
        out.push({
          tok: i,
          parts: { kind: 'person', name: toks[i].t, keys: [key], affiliation: null, affRank: 0, at: toks[i].s },
          appos: null,
          single: true,
        });
      }
    }
    if (j > i) {
      // "Deputy Director of Public Prosecution Eva-Marie Persson": the run after "title of" holds the organisation too.
      let from = i;
      // "Ambassador to the European Union Gordon Sondland": "the" may stand between.
      const gap = toks[i - 1]?.t === 'the' ? 1 : 0;
      if (
        i >= 2 + gap &&
        /^(of|for|to)$/.test(toks[i - 1 - gap].t) &&
        toks[i - 2 - gap].cap &&
        TITLES.has(toks[i - 2 - gap].l)
      ) {
        from = i - 2 - gap;
        // "U.S. Ambassador to …", "Deputy Director of …": capitalised words before the title too.
        while (
          from > 0 &&
          i - from < 8 &&
          toks[from - 1].k === 'w' &&
          toks[from - 1].cap &&
          !OPENERS.has(toks[from - 1].l)
        )
          from--;
      }
      const plain = nameParts(text, toks, { a: from, b: j, kind: 'name' });
      // "Prince Andrew", "Coach Reyes": a capitalised title before one name makes a person too.
      const titledOne = plain.keys.length === 1 && TITLES.has(toks[from].l) && j === from + 1;
      if (
        plain.kind === 'person' &&
        (plain.keys.length >= 2 || titledOne) &&
        plain.keys.length <= 4 &&
        !plain.keys.some((k) => NOT_NAMES.has(k))
      ) {
        const a = titleStart(toks, i);
        const titled = a < i ? nameParts(text, toks, { a, b: j, kind: 'name' }) : plain;
        const parts = titled.kind === 'person' && titled.keys.join(' ') === plain.keys.join(' ') ? titled : plain;
        const ap = toks[j].poss ? undefined : appositiveAfter(toks, skipAge(toks, j), toks.length - 1);
        let desc: Introduction | null = null;
        if (ap && ap.b >= ap.a && (!ap.weak || DEED_CLAUSE.test(toks[ap.a + 1]?.l ?? '')))
          // A "who" clause after a name that is no source ends at its comma: the sentence's verb follows.
          desc = { text: lessTime(clauseText(text, toks, ap.a, ap.b, ap.weak)), deed: ap.weak };
        else {
          const before = roleBefore(text, toks, from, j);
          desc = before ? { text: before, deed: false } : introduction(text, toks, j);
        }
        out.push({
          tok: from,
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

function clauseText(text: string, toks: Tok[], a: number, b: number, who: boolean): string {
  let e = b;
  if (who)
    for (let k = a; k <= b; k++)
      if (toks[k].t === ',') {
        e = k - 1;
        break;
      }
  return text.slice(toks[a].s, toks[e].e);
}

/** Past an age set off by commas ("Sam Cole, 34, a nurse"): the token before its second comma. */
function skipAge(toks: Tok[], j: number): number {
  return toks[j + 1]?.t === ',' && /^\d{1,3}$/.test(toks[j + 2]?.t ?? '') && toks[j + 3]?.t === ',' ? j + 2 : j;
}

/** "Carlineo's attorney, Sonya Zoghlin, said": a role set off before the name, opening the sentence. */
function roleBefore(text: string, toks: Tok[], i: number, j: number): string | null {
  if (i < 2 || toks[i - 1].t !== ',') return null;
  const opening = asRole(text, toks, i);
  if (opening) return opening;
  // "Google's head of search, Raj Patel": the role may go on to say of what.
  let r = i - 2;
  for (let k = i - 3; k >= Math.max(1, i - 6) && !isRole(toks[r]); k--) {
    if (toks[k].k !== 'w') break;
    if (/^(of|for|at)$/.test(toks[k].l) && isRole(toks[k - 1]) && !toks[k - 1].cap) r = k - 1;
  }
  const role = toks[r];
  // Lower-case roles, or an all-capital one ("WeWork's founder and former CEO, Adam Neumann,").
  if (!isRole(role) || (role.cap && !/^[A-Z]{2,4}$/.test(role.t))) return null;
  const next = toks[j + 1];
  if (!next || !(next.t === ',' || (next.k === 'w' && VERBISH.test(next.l)))) return null;
  let a = r;
  const part = (t: Tok) =>
    t.poss || t.cap || NP_ADJECTIVES.has(t.l) || isRole(t) || /^(the|his|her|their|its|and)$/.test(t.l);
  while (a > 0 && i - a <= 8 && toks[a - 1].k === 'w' && part(toks[a - 1])) a--;
  if (toks[a].l === 'and') return null;
  // It opens the sentence or a clause ("… is whether WeWork's founder, …").
  const before = toks[a - 1];
  // … or follows the quotation it attributes ("“…,” the defendant, Paul Gray, told the court").
  const opens =
    a === 0 ||
    (before.k === 'q' && before.qc) ||
    (before.k === 'w' ? /^(whether|that|when|as|while|but)$/.test(before.l) : /^[,;:—–]$/.test(before.t));
  return opens ? text.slice(toks[a].s, toks[i - 2].e) : null;
}

/** "As chief executive of Acme, Jane Doe …": a role the sentence opens with. */
function asRole(text: string, toks: Tok[], i: number): string | null {
  let a = i - 2;
  while (a > 0 && i - a <= 10 && toks[a - 1].k === 'w' && toks[a - 1].l !== 'as') a--;
  if (a < 1 || toks[a - 1].l !== 'as' || a - 1 !== 0) return null;
  let role = false;
  for (let k = a; k <= i - 2; k++) if (isRole(toks[k]) && (!toks[k].cap || TITLES.has(toks[k].l))) role = true;
  return role ? text.slice(toks[a].s, toks[i - 2].e) : null;
}

/** Words of page chrome and headlines that are capitalised but name no one ("Sign Up", "Read More"). */
const NOT_NAMES = new Set(
  'sign up log in out more read view share follow subscribe click watch get see here now new top home all news video photos live latest next previous back menu search login register'.split(
    ' ',
  ),
);
