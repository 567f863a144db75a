// Names: what a source phrase names — a person (with a title before the name), an
// organisation or place speaking as one, or a group ("analysts") — and the title or
// "of …" phrase that gives an affiliation.

import type { Token } from './frames';
import { FEMALE_NAMES, MALE_NAMES } from './given-names';
import { DETERMINERS, HONORIFICS, NP_ADJECTIVES, ORG_WORDS, SOURCE_NOUNS, TITLES } from './lexicon';
import { type NP, orgLike } from './mentions';

export type EntityKind = 'person' | 'org' | 'group';

export interface NameParts {
  kind: EntityKind;
  /** The name as written, without title, honorific or leading "the". */
  name: string;
  /** Lower-case name tokens for matching later mentions ("Shi" → "Shi Yinhong"). */
  keys: string[];
  /** Title or "of …" phrase from the mention itself. */
  affiliation: string | null;
  /** 2 for a title or "of …", 1 for a bare possessive ("North Korea's Kim"). */
  affRank: number;
  /** Offset where the name starts. */
  at: number;
  /** Offset where a person's name ends, before an "of …" tail (the mention stops there). */
  nameEnd?: number;
  gender?: 'm' | 'f';
}

/** Places that speak as institutions ("Beijing said", "North Korea said"). */
export const PLACES = new Set(
  (
    'china beijing russia moscow kremlin korea pyongyang seoul japan tokyo ukraine kyiv kiev washington america ' +
    'united states britain london france paris germany berlin iran tehran israel jerusalem india delhi pakistan ' +
    'taiwan taipei canada mexico brazil turkey ankara syria iraq egypt europe asia africa nato eu un brussels ' +
    'vietnam hanoi australia canberra saudi arabia riyadh qatar gaza'
  ).split(' '),
);

const MALE = new Set(['mr.', 'mr', 'sir', 'king', 'prince', 'father', 'brother']);
const FEMALE = new Set(['mrs.', 'mrs', 'ms.', 'ms', 'miss', 'dame', 'queen', 'princess', 'sister', 'lady']);

const bare = (t: Token) => t.text.replace(/['’]s$/, '');

export function nameParts(text: string, toks: Token[], np: NP): NameParts {
  let { first: a, last: b } = np;
  const slice = (x: number, y: number) => text.slice(toks[x].start, toks[y].end);
  // Coordinated sources ("The United States and its allies …"): the first one names the speaker.
  for (let k = a + 1; k < b; k++) {
    if (toks[k].lower === 'and' && !toks[k].capital && toks[k - 1].capital && !isOrgContinuation(toks, k)) {
      b = k - 1;
      break;
    }
  }
  while (a < b && toks[a].lower === 'the') a++;
  const head = toks[b];
  // A lone plural noun capitalised only because it starts the sentence ("Volunteers will help") is a group.
  if (!head.capital || (a === b && SOURCE_NOUNS.has(head.lower))) {
    return {
      kind: 'group',
      name: slice(a, b),
      keys: [],
      affiliation: unnamedFor(text, toks, a, b),
      affRank: 2,
      at: toks[a].start,
    };
  }
  // "Chen Qi of the Institute …", "Shi at Renmin University": a person, then where they work.
  let e = b;
  let tail: string | null = null;
  for (let k = a + 1; k < b; k++) {
    if (!toks[k].capital && /^(of|at|from)$/.test(toks[k].lower)) {
      if (
        !orgLike(toks, a, k - 1) &&
        !placeOnly(toks, a, k - 1) &&
        toks[k - 1].capital &&
        !TITLES.has(toks[k - 1].lower)
      ) {
        e = k - 1;
        tail = slice(k + (toks[k].lower === 'of' ? 1 : 0), b);
      }
      break;
    }
  }
  // The name follows the last title, honorific or possessive ("Fox's Chris Wallace").
  let n = a;
  let titled = false;
  let gender: 'm' | 'f' | undefined;
  for (let k = a; k < e; k++) {
    const t = toks[k];
    const title = TITLES.has(t.lower);
    // Lowercase words before a capitalised name are its title ("harbour master Ilse Varga").
    const lowerLead = !t.capital && toks[e].capital && /^\p{Ll}/u.test(t.text);
    const age = /^\d/.test(t.text); // "43-year-old Martin Taylor"
    if (
      title ||
      t.possessive ||
      DETERMINERS.has(t.lower) ||
      (!t.capital && NP_ADJECTIVES.has(t.lower)) ||
      (!t.capital && SOURCE_NOUNS.has(t.lower)) ||
      lowerLead ||
      age
    ) {
      n = k + 1;
      if (title || (!t.capital && !age)) titled = true;
      if (MALE.has(t.lower)) gender = 'm';
      if (FEMALE.has(t.lower)) gender = 'f';
    }
  }
  // "Deputy Director of Public Prosecution Eva-Marie Persson": after "title of", the capitalised
  // words are the organisation, then the name (its last two words, with initials and particles).
  const conn = toks[n - 1]?.lower === 'the' && n - 2 > a ? toks[n - 2] : toks[n - 1];
  // The words after "title of" may hold an organisation and then a name ("… to the European Union Gordon
  // Sondland"): then the last two words, which look like no organisation, are the name.
  const orgThenName = e - n >= 3 && !orgLike(toks, e - 1, e) && toks[e - 1].capital && toks[e].capital;
  if (titled && n > a + 1 && n <= e && /^(of|for|at|to)$/.test(conn.lower) && (!orgLike(toks, n, e) || orgThenName)) {
    const count = e - n + 1;
    // "a spokeswoman for Neumann": the spokeswoman speaks, unnamed; Neumann is whom she speaks for.
    if (count === 1 && conn.lower !== 'of')
      return { kind: 'group', name: slice(a, b), keys: [], affiliation: null, affRank: 0, at: toks[a].start };
    if (count >= 2) {
      let s = count === 2 ? e : e - 1;
      while (
        s - 1 > n &&
        (/^\p{Lu}\.$/u.test(toks[s - 1].text) || /^(van|von|der|de|da|la|le|bin|al|el|di|du)$/.test(toks[s - 1].text))
      )
        s--;
      n = s;
    }
  }
  const person = tail !== null || (n > a && n <= e && !orgLike(toks, n, e) && !placeOnly(toks, n, e));
  if (!person && (orgLike(toks, a, b) || placeOnly(toks, a, b))) {
    // "a spokeswoman for the Harbour Authority": an unnamed person, speaking for the organisation.
    let role = false;
    for (let k = a; k < n; k++)
      if (!toks[k].capital && (TITLES.has(toks[k].lower) || SOURCE_NOUNS.has(toks[k].lower))) role = true;
    const forOrg = role && n <= e ? slice(n, b) : null;
    return {
      kind: 'org',
      name: slice(a, b),
      keys: [slice(a, b).toLowerCase().replace(/’/g, "'")],
      affiliation: forOrg,
      affRank: forOrg ? 2 : 0,
      at: toks[a].start,
    };
  }
  const title = n > a ? slice(a, n - 1) : null;
  const nameToks = toks.slice(n, e + 1).filter((t) => !HONORIFICS.has(t.lower));
  // "James P. Kennedy Jr." is later "Kennedy": a generational suffix is no part to match on.
  const keys = nameToks
    .filter((t, k) => k === 0 || !/^(jr\.?|sr\.?|ii|iii|iv)$/.test(t.lower))
    .map((t) => bare(t).toLowerCase().replace(/’/g, "'"));
  const name = nameToks.length
    ? text.slice(nameToks[0].start, nameToks[nameToks.length - 1].end).replace(/['’]s$/, '')
    : slice(a, b);
  const titleText = title && !HONORIFICS.has(title.toLowerCase()) ? title : null;
  const affiliation = [titleText, tail].filter(Boolean).join(', ') || null;
  const affRank = tail || (titleText && titled) ? 2 : 1;
  // "Growing Up Weightless", "By 2018": a title or a date, not a person.
  if (keys.some(notPersonKey)) return { kind: 'group', name, keys: [], affiliation, affRank, at: toks[a].start };
  // A given name known to be mostly one gender's, when nothing before the name said.
  if (!gender && keys.length >= 2) gender = MALE_NAMES.has(keys[0]) ? 'm' : FEMALE_NAMES.has(keys[0]) ? 'f' : undefined;
  return {
    kind: 'person',
    name,
    keys,
    affiliation,
    affRank,
    at: nameToks.length ? nameToks[0].start : toks[a].start,
    gender,
    nameEnd: tail ? toks[e].end : undefined,
  };
}

/** Function words and numbers are no part of a personal name (names such as "To Lam", "Will", "No" are left out). */
const FUNCTION_WORDS = new Set(
  'by up down out off over into onto from with without about after before under than how why what where who whom is are was be been not your our'.split(
    ' ',
  ),
);
const notPersonKey = (k: string) => FUNCTION_WORDS.has(k) || /^\d+$/.test(k);

/** Whom an unnamed source speaks for: "a WeWork spokesperson" → WeWork, "an official at the Harbour Authority" → Harbour Authority. */
function unnamedFor(text: string, toks: Token[], a: number, b: number): string | null {
  const head = toks[b];
  if (!TITLES.has(head.lower) && !SOURCE_NOUNS.has(head.lower)) return null;
  let k = b - 1;
  while (k >= a && (!toks[k].capital || DETERMINERS.has(toks[k].lower) || NP_ADJECTIVES.has(toks[k].lower))) k--;
  let s = k;
  // "a State Department official": a title word capitalised inside an organisation's name is part of it.
  while (
    s - 1 >= a &&
    toks[s - 1].capital &&
    (!TITLES.has(toks[s - 1].lower) || ORG_WORDS.has(toks[s].lower)) &&
    !DETERMINERS.has(toks[s - 1].lower)
  )
    s--;
  return k >= a && !TITLES.has(toks[k].lower) ? text.slice(toks[s].start, toks[k].end).replace(/['’]s$/, '') : null;
}

function placeOnly(toks: Token[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++)
    if (
      !PLACES.has(bare(toks[k]).toLowerCase()) &&
      !/^(north|south|east|west|the|of|united|states)$/i.test(bare(toks[k]))
    )
      return false;
  return true;
}

/** "and" inside an organisation's name ("Department of Health and Human Services"). */
function isOrgContinuation(toks: Token[], k: number): boolean {
  return toks
    .slice(k + 1, k + 4)
    .some((t) => t.capital && /^(services|security|development|affairs|research|technology)$/i.test(t.text));
}
