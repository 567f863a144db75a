// Names written anywhere in a sentence, with what the sentence says the person is: a title
// before the name ("Wild defenseman Ryan Suter", "The We Company's executive chair Marcelo
// Claure") or an appositive after it ("Marco Villa, the company's chief operating officer,").
// Articles introduce a person fully once, often outside any quote's sentence; the hover needs
// that description wherever the person speaks.

import type { Tok } from './frames';
import { CLAUSE_WORDS, DETERMINERS, NP_ADJECTIVES, ROLES, TITLES } from './lexicon';
import { OPENERS, appositiveAfter } from './mentions';
import { type NameParts, nameParts } from './names';

export interface NameMention {
  /** Token where the name (not its title) starts. */
  tok: number;
  parts: NameParts;
  /** An appositive after the name, or what a copula says it is ("Hege is the CEO of DH"), as written. */
  appos: string | null;
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

const isRole = (t: Tok) =>
  TITLES.has(t.l) ||
  ROLES.has(t.l) ||
  (/s$/.test(t.l) && ROLES.has(t.l.slice(0, -1))) ||
  (/^\p{L}+-/u.test(t.l) && TITLES.has(t.l.split('-')[0])); // "editor-in-chief"

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
      const desc = copula(text, toks, j);
      // A surname opening a sentence ("Carlineo faces …") puts a known person in focus, described or not
      // (only a known person: the lookup needs its key alone, not a full reading of the name).
      if (desc)
        out.push({ tok: i, parts: nameParts(text, toks, { a: i, b: i, kind: 'name' }), appos: desc, single: true });
      else if (i === 0) {
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
        const ap = toks[j].poss ? undefined : appositiveAfter(toks, j, toks.length - 1);
        const appos =
          ap && ap.b >= ap.a && !ap.weak
            ? text.slice(toks[ap.a].s, toks[ap.b].e)
            : (roleBefore(text, toks, from, j) ?? copula(text, toks, j));
        out.push({ tok: from, parts, appos, subject: subjectAt(toks, Math.min(a, from), j) });
      }
    }
    i = j;
  }
  return out;
}

/** "Carlineo's attorney, Sonya Zoghlin, said": a role set off before the name, opening the sentence. */
function roleBefore(text: string, toks: Tok[], i: number, j: number): string | null {
  const role = toks[i - 2];
  // Lower-case roles, or an all-capital one ("WeWork's founder and former CEO, Adam Neumann,").
  if (i < 2 || toks[i - 1].t !== ',' || !isRole(role) || (role.cap && !/^[A-Z]{2,4}$/.test(role.t))) return null;
  const next = toks[j + 1];
  if (!next || !(next.t === ',' || (next.k === 'w' && VERBISH.test(next.l)))) return null;
  let a = i - 2;
  const part = (t: Tok) =>
    t.poss || t.cap || NP_ADJECTIVES.has(t.l) || isRole(t) || /^(the|his|her|their|its|and)$/.test(t.l);
  while (a > 0 && i - a <= 8 && toks[a - 1].k === 'w' && part(toks[a - 1])) a--;
  if (toks[a].l === 'and') return null;
  // It opens the sentence or a clause ("… is whether WeWork's founder, …").
  const before = toks[a - 1];
  const opens =
    a === 0 || (before.k === 'w' ? /^(whether|that|when|as|while|but)$/.test(before.l) : /^[,;:—–]$/.test(before.t));
  return opens ? text.slice(toks[a].s, role.e) : null;
}

/** Words of page chrome and headlines that are capitalised but name no one ("Sign Up", "Read More"). */
const NOT_NAMES = new Set(
  'sign up log in out more read view share follow subscribe click watch get see here now new top home all news video photos live latest next previous back menu search login register'.split(
    ' ',
  ),
);

/** "Hege is the CEO of DH, …", "Ruiz was a lecturer at …": a role said with is/was, to the next comma or full stop. */
function copula(text: string, toks: Tok[], j: number): string | null {
  // "Brandt, 54, is a ferry captain": past the age.
  if (toks[j + 1]?.t === ',' && /^\d{1,3}$/.test(toks[j + 2]?.t ?? '') && toks[j + 3]?.t === ',') j += 3;
  const v = toks[j + 1];
  if (v?.k !== 'w' || !/^(is|was)$/.test(v.l)) return null;
  let a = j + 2;
  if (toks[a]?.l === 'also' || toks[a]?.l === 'now') a++;
  let role = false;
  let e = -1;
  for (let k = a; k < toks.length && k - a < 16; k++) {
    const t = toks[k];
    if (t.k !== 'w') break;
    if (k === a && !/^(a|an|the)$/.test(t.l) && !isRole(t) && !t.poss) return null;
    if (isRole(t) && (!t.cap || TITLES.has(t.l)))
      role = true; // "the director of", "the CEO of"
    else if (!role && k - a >= 4) return null; // the role comes first: "is the CEO of", not "is going to …"
    e = k;
  }
  return role && e >= a ? text.slice(toks[a].s, toks[e].e) : null;
}
