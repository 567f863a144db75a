// What a sentence says a named person is, read from the words after the name: "Hege is the CEO
// of DH", "Ruiz joined NASA as a planetary scientist", "Lopez heads the geology lab at Leeds",
// "Jane Doe (chief engineer, Acme)", "Jane Doe — chief engineer at Acme —". Profiles and features
// introduce their subject this way once, and the hover needs it at every quote.

import type { Token } from './frames';
import { TITLES, isRoleWord, titleOrRole } from './lexicon';

export const isRole = (t: Token) =>
  titleOrRole(t.lower) ||
  (/s$/.test(t.lower) && isRoleWord(t.lower.slice(0, -1))) ||
  (/^\p{L}+-/u.test(t.lower) && TITLES.has(t.lower.split('-')[0])); // "editor-in-chief"

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
const BECOMES = /^(became|becomes|is|was|been)$/;
const SERVES_AS = /^(works|worked|serves|served)$/;
const NAMED = /^(named|appointed|elected|hired|promoted)$/;

/** An age set off by commas after token j ("Sam Cole, 34, …"). */
export const ageAfter = (toks: Token[], j: number) =>
  toks[j + 1]?.text === ',' && /^\d{1,3}$/.test(toks[j + 2]?.text ?? '') && toks[j + 3]?.text === ',';

/** The introduction of the person whose name ends at token j, if the words after it give one. */
export function introduction(text: string, toks: Token[], j: number): Introduction | null {
  // "Brandt, 54, is a ferry captain": past the age.
  if (ageAfter(toks, j)) j += 3;
  const bracketed = bracketAfter(text, toks, j);
  if (bracketed) return { text: bracketed, deed: false };
  let v = j + 1;
  const w = (k: number) => (toks[k]?.kind === 'word' ? toks[k].lower : '');
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
    return end >= a ? { text: lessTime(text.slice(toks[v].start, toks[end].end)), deed: true } : null;
  } else if (!BECOMES.test(verb)) return null;
  const role = roleAt(text, toks, a, toks[a - 1]?.lower === 'as');
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
function phraseEnd(toks: Token[], a: number, max: number): number {
  let e = a - 1;
  for (let k = a; k < toks.length && k - a < max && toks[k].kind === 'word'; k++) e = k;
  return e;
}

/** "a professor of geology at Leeds", "the CEO of DH": a role within the first words, to the next punctuation. */
function roleAt(text: string, toks: Token[], a: number, sure = false): string | null {
  // After "works as", "joined … as" whatever follows is the role.
  let role = sure;
  let e = -1;
  for (let k = a; k < toks.length && k - a < 16; k++) {
    const t = toks[k];
    if (t.kind !== 'word') break;
    if (
      !sure &&
      k === a &&
      !/^(a|an|the)$/.test(t.lower) &&
      !isRole(t) &&
      !t.possessive &&
      !(t.capital && isRole(toks[k + 1] ?? t))
    )
      return null;
    if (isRole(t) && (!t.capital || TITLES.has(t.lower)))
      role = true; // "the director of", "the CEO of"
    else if (!role && k - a >= 4) return null; // the role comes first: "is the CEO of", not "is going to …"
    e = k;
  }
  return role && e >= a ? lessTime(text.slice(toks[a].start, toks[e].end)) : null;
}

/** "joined Acme as chief engineer" → "chief engineer, Acme". */
function joined(text: string, toks: Token[], a: number): Introduction | null {
  let as = -1;
  for (let k = a; k < toks.length && k - a < 8 && toks[k].kind === 'word'; k++)
    if (toks[k].lower === 'as') {
      as = k;
      break;
    }
  if (as <= a) return null;
  const role = roleAt(text, toks, as + 1, true);
  if (!role) return null;
  let o = a;
  if (toks[o].lower === 'the') o++;
  return {
    text: `${role.replace(/^(a|an|the)\s+/i, '')}, ${text.slice(toks[o].start, toks[as - 1].end)}`,
    deed: false,
  };
}

/** "Jane Doe (chief engineer, Acme)", "Jane Doe — chief engineer at Acme —": a role set off by brackets or dashes. */
function bracketAfter(text: string, toks: Token[], j: number): string | null {
  const open = toks[j + 1];
  if (open?.kind !== 'punct' || !/^[(—–]$/.test(open.text)) return null;
  const close = open.text === '(' ? /^\)$/ : /^[—–.]$/;
  let role = false;
  let k = j + 2;
  for (; k < toks.length && k - j <= 16; k++) {
    const t = toks[k];
    if (t.kind === 'quote') return null;
    if (t.kind === 'punct' && close.test(t.text))
      return role && k > j + 2 ? text.slice(toks[j + 2].start, toks[k - 1].end) : null;
    if (t.kind === 'punct' && t.text !== ',' && t.text !== '-' && t.text !== '&') return null;
    if (t.kind === 'word' && isRole(t)) role = true;
  }
  // A dash credit that runs to the end of the sentence ("— Jane Doe — chief engineer at Acme").
  return open.text !== '(' && k === toks.length && role && k > j + 2
    ? text.slice(toks[j + 2].start, toks[k - 1].end)
    : null;
}
