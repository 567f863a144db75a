// What a sentence says a named person is, read from the words after the name: "Hege is the CEO
// of DH", "Ruiz joined NASA as a planetary scientist", "Lopez heads the geology lab at Leeds",
// "Jane Doe (chief engineer, Acme)", "Jane Doe — chief engineer at Acme —". Profiles and features
// introduce their subject this way once, and the hover needs it at every quote.

import type { Tok } from './frames';
import { TITLES, isRoleWord } from './lexicon';

export const isRole = (t: Tok) =>
  TITLES.has(t.l) ||
  isRoleWord(t.l) ||
  (/s$/.test(t.l) && isRoleWord(t.l.slice(0, -1))) ||
  (/^\p{L}+-/u.test(t.l) && TITLES.has(t.l.split('-')[0])); // "editor-in-chief"

export interface Introduction {
  text: string;
  /** Only a deed ("heads the lab"), no role noun: ranks with "who" clauses. */
  deed: boolean;
}

/** Verbs whose object says where a person works ("heads the lab", "founded Acme"). */
const DEEDS = new Set(
  'heads leads runs founded co-founded cofounded chairs directs manages oversees owns coaches represents'.split(' '),
);
/** Verbs after which a role follows: "became the CEO", "works as a nurse". */
const BECOMES = /^(became|becomes|is|was)$/;
const SERVES_AS = /^(works|worked|serves|served)$/;
const NAMED = /^(named|appointed|elected|hired|promoted)$/;

/** The introduction of the person whose name ends at token j, if the words after it give one. */
export function introduction(text: string, toks: Tok[], j: number): Introduction | null {
  // "Brandt, 54, is a ferry captain": past the age.
  if (toks[j + 1]?.t === ',' && /^\d{1,3}$/.test(toks[j + 2]?.t ?? '') && toks[j + 3]?.t === ',') j += 3;
  const bracketed = bracketAfter(text, toks, j);
  if (bracketed) return { text: bracketed, deed: false };
  let v = j + 1;
  const w = (k: number) => (toks[k]?.k === 'w' ? toks[k].l : '');
  if (/^(has|had)$/.test(w(v)) && w(v + 1) === 'been') v++; // "has been a nurse at …"
  const verb = w(v);
  if (!verb) return null;
  let a = v + 1;
  if (w(a) === 'also' || w(a) === 'now') a++;
  // "was named head coach of …"
  if (/^(is|was|has|had|been)$/.test(verb) && NAMED.test(w(a))) a++;
  else if (SERVES_AS.test(verb)) {
    if (w(a) !== 'as') return null;
    a++;
  } else if (/^(joined|joins)$/.test(verb)) return joined(text, toks, a);
  else if (DEEDS.has(verb)) {
    const end = phraseEnd(toks, a, 12);
    return end >= a ? { text: lessTime(text.slice(toks[v].s, toks[end].e)), deed: true } : null;
  } else if (!BECOMES.test(verb) && verb !== 'been') return null;
  const role = roleAt(text, toks, a, toks[a - 1]?.l === 'as');
  return role ? { text: role, deed: false } : null;
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const TIME_TAIL = new RegExp(
  `\\s+(?:(?:in|since|until|from)\\s+(?:\\d{4}|${MONTHS}|early|late|last)|for\\s+\\S+\\s+(?:years?|months?|decades?|weeks?))\\b.*$`,
);

/** Less a trailing time ("… in 2019", "… for ten years", "… since March"): when, not what. */
export function lessTime(s: string): string {
  return s.replace(TIME_TAIL, '');
}

/** The last token of a plain stretch of words from a (to the next punctuation), at most max words, or a - 1. */
function phraseEnd(toks: Tok[], a: number, max: number): number {
  let e = a - 1;
  for (let k = a; k < toks.length && k - a < max && toks[k].k === 'w'; k++) e = k;
  return e;
}

/** "a professor of geology at Leeds", "the CEO of DH": a role within the first words, to the next punctuation. */
function roleAt(text: string, toks: Tok[], a: number, sure = false): string | null {
  // After "works as", "joined … as" whatever follows is the role.
  let role = sure;
  let e = -1;
  for (let k = a; k < toks.length && k - a < 16; k++) {
    const t = toks[k];
    if (t.k !== 'w') break;
    if (!sure && k === a && !/^(a|an|the)$/.test(t.l) && !isRole(t) && !t.poss && !(t.cap && isRole(toks[k + 1] ?? t)))
      return null;
    if (isRole(t) && (!t.cap || TITLES.has(t.l)))
      role = true; // "the director of", "the CEO of"
    else if (!role && k - a >= 4) return null; // the role comes first: "is the CEO of", not "is going to …"
    e = k;
  }
  return role && e >= a ? lessTime(text.slice(toks[a].s, toks[e].e)) : null;
}

/** "joined Acme as chief engineer" → "chief engineer, Acme". */
function joined(text: string, toks: Tok[], a: number): Introduction | null {
  let as = -1;
  for (let k = a; k < toks.length && k - a < 8 && toks[k].k === 'w'; k++)
    if (toks[k].l === 'as') {
      as = k;
      break;
    }
  if (as <= a) return null;
  const role = roleAt(text, toks, as + 1, true);
  if (!role) return null;
  let o = a;
  if (toks[o].l === 'the') o++;
  return { text: `${role.replace(/^(a|an|the)\s+/i, '')}, ${text.slice(toks[o].s, toks[as - 1].e)}`, deed: false };
}

/** "Jane Doe (chief engineer, Acme)", "Jane Doe — chief engineer at Acme —": a role set off by brackets or dashes. */
function bracketAfter(text: string, toks: Tok[], j: number): string | null {
  const open = toks[j + 1];
  if (open?.k !== 'p' || !/^[(—–]$/.test(open.t)) return null;
  const close = open.t === '(' ? /^\)$/ : /^[—–.]$/;
  let role = false;
  let k = j + 2;
  for (; k < toks.length && k - j <= 16; k++) {
    const t = toks[k];
    if (t.k === 'q') return null;
    if (t.k === 'p' && close.test(t.t)) return role && k > j + 2 ? text.slice(toks[j + 2].s, toks[k - 1].e) : null;
    if (t.k === 'p' && t.t !== ',' && t.t !== '-' && t.t !== '&') return null;
    if (t.k === 'w' && isRole(t)) role = true;
  }
  // A dash credit that runs to the end of the sentence ("— Jane Doe — chief engineer at Acme").
  return open.t !== '(' && k === toks.length && role && k > j + 2 ? text.slice(toks[j + 2].s, toks[k - 1].e) : null;
}
