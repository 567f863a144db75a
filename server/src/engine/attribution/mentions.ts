// Source mentions: the noun phrase a cue reaches (a name with its title, a pronoun, an
// organisation, "analysts"), found by walking tokens left or right from the cue, and the
// appositive that follows a name ("X, a professor at …, said").

import type { Token } from './frames';
import { work } from '../work';
import {
  APPOSITIVE_OPENERS,
  CLAUSE_WORDS,
  CUE_VERBS,
  DETERMINERS,
  FILLERS,
  NP_ADJECTIVES,
  NP_CONNECTORS,
  ORG_WORDS,
  PRONOUNS,
  isRoleWord,
  titleOrRole,
  SOURCE_NOUNS,
  THING_NOUNS,
  TIME_WORDS,
  TITLES,
} from './lexicon';

export type MentionKind = 'name' | 'pronoun' | 'noun';

/**
 * Tokens a phrase walk reads at most (issue #17): an appositive, the asides before a verb, an
 * opening adverbial before its comma, a name after a role. Each walk ran to the end of its frame,
 * once per cue or quotation, so a frame of thousands of cues was quadratic. Real appositives and
 * asides are a few words to a few dozen ("a professor of international relations at …").
 */
export const MAX_PHRASE_WALK = 64;
/** Words of a full name after a role ("said the harbour master, Ilse Varga"): more is no name. */
const MAX_NAME_WORDS = 12;

/** A source phrase: tokens first..last (inclusive), and its appositive when one was found. */
export interface NP {
  first: number;
  last: number;
  kind: MentionKind;
  /** For a relative pronoun ("McConnell, who said"), the phrase it stands for. */
  ante?: NP;
  appos?: { first: number; last: number; weak: boolean };
}

const isW = (t: Token | undefined): t is Token => !!t && t.kind === 'word';
const isComma = (t: Token | undefined) => !!t && t.kind === 'punct' && t.text === ',';
/** Sentence-opening words that are capitalised but never part of a name. */
export const OPENERS = new Set(
  (
    'however but and meanwhile still yet also in on at according with after during despite as when while although if because so then since the a an last earlier later this that there it he she they we i his her their its our more some many most asked speaking writing let please click subscribe ' +
    // Imperatives that open page copy and headlines ("Consider this entry", "Enter South Dakota").
    'consider enter take want have download invest try discover learn meet keep make just even'
  ).split(' '),
);

const lowerNoun = (t: Token) =>
  SOURCE_NOUNS.has(t.lower) ||
  TITLES.has(t.lower) ||
  (/s$/.test(t.lower) && (SOURCE_NOUNS.has(t.lower.slice(0, -1)) || TITLES.has(t.lower.slice(0, -1))));
export const inNP = (t: Token) =>
  t.capital || t.possessive || DETERMINERS.has(t.lower) || NP_ADJECTIVES.has(t.lower) || lowerNoun(t);

/** Could this token end a source phrase? */
const COMPANY_SUFFIX = /^(Inc\.?|Ltd\.?|LLC|L\.L\.C\.|Corp\.?|Co\.|PLC|plc|S\.A\.|AG|GmbH|Jr\.?|Sr\.?)$/;
/** Quantifiers that stand alone for a person ("…,” another said; one told the court). */
export const ALONE = new Set(['another', 'one', 'others', 'some', 'many', 'most', 'both', 'several']);

/** A bare number ends a source phrase only after a capitalised word ("Article 33", "No. 2"): "34 responses to …" is a count. */
const bareCount = (toks: Token[], j: number) =>
  /^\d[\d.,]*$/.test(toks[j].text) && !(isW(toks[j - 1]) && toks[j - 1].capital && !/^\d/.test(toks[j - 1].text));

export function isHead(t: Token | undefined): boolean {
  if (!isW(t)) return false;
  if (PRONOUNS.has(t.lower)) return true;
  if (t.capital)
    return (!CLAUSE_WORDS.has(t.lower) || t.lower === 'for') && !DETERMINERS.has(t.lower) && !OPENERS.has(t.lower);
  return lowerNoun(t);
}

/** A lower-case noun heads a source phrase after a possessive or determiner ("Trump's brief", "the ad's narrator"). */
const nounAfterDeterminer = (toks: Token[], j: number) => {
  const t = toks[j];
  if (
    !isW(t) ||
    t.capital ||
    CLAUSE_WORDS.has(t.lower) ||
    /(ly|ed|ing)$/.test(t.lower) ||
    DETERMINERS.has(t.lower) ||
    FILLERS.has(t.lower)
  )
    return false;
  // Up to two modifiers between: "the regional broadcaster".
  for (let k = j - 1; k >= 0 && j - k <= 3; k--) {
    const p = toks[k];
    if (!isW(p)) return false;
    if (p.possessive || /^(the|a|an|his|her|their|its|one|another|some|many|each)$/.test(p.lower)) return true;
    if (CLAUSE_WORDS.has(p.lower) || PRONOUNS.has(p.lower) || /(ly|ed)$/.test(p.lower)) return false;
  }
  return false;
};

const plainModifier = (t: Token | undefined) =>
  isW(t) &&
  !t.capital &&
  /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) &&
  !/(ly|ed|ing)$/.test(t.lower) &&
  !CLAUSE_WORDS.has(t.lower) &&
  !CUE_VERBS.has(t.lower) &&
  !FILLERS.has(t.lower) &&
  !PRONOUNS.has(t.lower) &&
  !DETERMINERS.has(t.lower) &&
  !NP_CONNECTORS.has(t.lower) &&
  !TIME_WORDS.has(t.lower) &&
  !THING_NOUNS.has(t.lower);

/**
 * The first token of one or two plain modifiers ending at i, when a role noun or a capitalised word
 * follows them and the phrase goes on (or begins) to their left; -1 otherwise.
 */
function modifiersLeft(toks: Token[], i: number, lo: number): number {
  const next = toks[i + 1];
  if (!plainModifier(toks[i]) || !isW(next) || !(next.capital || roleNoun(next))) return -1;
  let k = i;
  if (k - 1 >= lo && plainModifier(toks[k - 1])) k--;
  const before = toks[k - 1];
  // The phrase must not go on into a verb or object: a boundary, a capitalised word, an article or "and".
  const open =
    k === lo ||
    !isW(before) ||
    before.capital ||
    before.possessive ||
    DETERMINERS.has(before.lower) ||
    before.lower === 'and';
  return open ? k : -1;
}

const roleNoun = (t: Token) => lowerNoun(t) || isRoleWord(t.lower);

/** Does any token of a..b-1 pass `test`? */
const someIn = (toks: Token[], a: number, b: number, test: (t: Token) => boolean) => {
  for (let k = a; k < b; k++) if (test(toks[k])) return true;
  return false;
};

/** A role noun among the first tokens of a..b ("NASA planetary scientist"). */
const roleInside = (toks: Token[], a: number, b: number) =>
  someIn(toks, a, Math.min(b, a + 6), (t) => !t.capital && roleNoun(t));

/** The phrase ending at token j, reaching left no further than lo. */
export function npLeft(toks: Token[], j: number, lo: number): NP | null {
  if (toks[j]?.text === ')') {
    let k = j - 1;
    while (k >= lo && toks[k].text !== '(' && j - k < 8) k--;
    if (k > lo && toks[k].text === '(') j = k - 1;
  }
  const head = toks[j];
  if (isW(head) && ALONE.has(head.lower) && (j === lo || !isW(toks[j - 1]))) return { first: j, last: j, kind: 'noun' };
  if ((!isHead(head) && !nounAfterDeterminer(toks, j)) || bareCount(toks, j)) return null;
  if (PRONOUNS.has(head.lower)) return { first: j, last: j, kind: 'pronoun' };
  let a = j;
  for (let i = j - 1; i >= lo && j - i < 14; i--) {
    const t = toks[i];
    // "the “Pose” actor": a short quoted title between the article and the head.
    if (
      t.kind === 'quote' &&
      t.end - t.start < 30 &&
      i - 1 >= lo &&
      /^(the|a|an)$/.test(toks[i - 1].lower) &&
      !toks[j].capital
    )
      continue;
    if (!isW(t)) break;
    if (t.lower === 'that') break;
    if (DETERMINERS.has(t.lower)) {
      a = i;
      // "Morgan of the Sierra Club": the article belongs to the organisation's name.
      const c = toks[i - 1];
      if (t.lower === 'the' && isW(c) && /^(of|at|for)$/.test(c.lower) && toks[i - 2]?.capital && i - 2 >= lo) continue;
      break;
    }
    if (NP_CONNECTORS.has(t.lower) && !t.capital) {
      // Only inside a name: "Embassy in Washington", "Kim and Belousov".
      if (isW(toks[i - 1]) && (toks[i - 1].capital || toks[i - 1].possessive) && toks[i + 1]?.capital) continue;
      // Two roles of one person: "lead researcher and NASA planetary scientist Lena Okafor".
      if (
        t.lower === 'and' &&
        toks[j].capital &&
        isW(toks[i - 1]) &&
        !toks[i - 1].capital &&
        lowerNoun(toks[i - 1]) &&
        roleInside(toks, i + 1, j)
      )
        continue;
      break;
    }
    // "Goddard planetary scientist Avi Marsh", "Former royal press aides": one or two plain
    // modifiers before a role noun or a capitalised word of the phrase.
    const m = roleInside(toks, i, j + 1) ? modifiersLeft(toks, i, lo) : -1;
    if (m >= 0) {
      a = m;
      i = m;
      continue;
    }
    if (t.capital && OPENERS.has(t.lower) && (i === lo || !isW(toks[i - 1]))) break;
    if (!inNP(t)) break;
    if (!t.capital && THING_NOUNS.has(t.lower) && toks[j].capital) break; // "In a Bloomberg interview Trump declared"
    if (PRONOUNS.has(t.lower)) break;
    a = i;
  }
  // Drop connectors left dangling at the start.
  while (a < j && NP_CONNECTORS.has(toks[a].lower) && !toks[a].capital) a++;
  // "The United States and its allies": one coordinated source.
  if (
    /^(its|their|his|her)$/.test(toks[a].lower) &&
    a - 2 >= lo &&
    toks[a - 1].lower === 'and' &&
    toks[a - 2].capital
  ) {
    const first = npLeft(toks, a - 2, lo);
    if (first && first.kind !== 'pronoun') a = first.first;
  }
  return { first: a, last: j, kind: kindOf(toks, a, j) };
}

/** The phrase starting at token i (after a verb or "according to"), up to hi. */
export function npRight(toks: Token[], i: number, hi: number): NP | null {
  // "said on Friday Ana Ruiz": times before an inverted subject ("on" only before a time).
  while (
    i <= hi &&
    isW(toks[i]) &&
    TIME_WORDS.has(toks[i].lower) &&
    (toks[i].lower !== 'on' || TIME_WORDS.has(toks[i + 1]?.lower ?? ''))
  )
    i++;
  const first = toks[i];
  if (!isW(first) || i > hi) return null;
  // "…," says WHO: the World Health Organization, not a relative pronoun.
  if (first.text === 'WHO' && toks[i - 1]?.kind === 'word' && !toks[i - 1].capital)
    return { first: i, last: i, kind: 'name' };
  if (
    CLAUSE_WORDS.has(first.lower) ||
    /^(however|meanwhile|still|yet|also|then|there|here|now|not|on|in|at|of|after|during)$/.test(first.lower)
  )
    return null;
  if (PRONOUNS.has(first.lower)) return { first: i, last: i, kind: 'pronoun' };
  let b = -1;
  let sawCap = false;
  let sawNoun = false;
  for (let k = i; k <= hi && k - i < 14; k++) {
    const t = toks[k];
    // "the “Jane The Virgin” actress": a short quoted title after the article.
    if (
      t.kind === 'quote' &&
      t.end - t.start < 30 &&
      k > i &&
      /^(the|a|an)$/.test(toks[k - 1].lower) &&
      isW(toks[k + 1]) &&
      !toks[k + 1].capital
    )
      continue;
    if (!isW(t)) break;
    // "U.S. Ambassador to the European Union Gordon Sondland": a title's "to" goes on to the organisation.
    if (
      t.lower === 'to' &&
      b >= 0 &&
      TITLES.has(toks[k - 1].lower) &&
      (toks[k + 1]?.capital || (toks[k + 1]?.lower === 'the' && toks[k + 2]?.capital))
    ) {
      if (toks[k + 1].lower === 'the') k++;
      continue;
    }
    if (NP_CONNECTORS.has(t.lower) && !t.capital) {
      if (b >= 0 && toks[k + 1]?.capital && (t.lower !== 'on' || !TIME_WORDS.has(toks[k + 1].lower))) continue;
      // "Ines Moreau of the Institute …"
      if (b >= 0 && /^(of|at|for)$/.test(t.lower) && toks[k + 1]?.lower === 'the' && toks[k + 2]?.capital) {
        k++;
        continue;
      }
      break;
    }
    if (t.capital && TIME_WORDS.has(t.lower) && b >= 0) break;
    // An -ed adjective opens the phrase only right after the cue ("said undecided Republican voter …").
    if (
      !inNP(t) &&
      !t.capital &&
      !sawNoun &&
      (!/(ly|ed|ing)$/.test(t.lower) || (k === i && /ed$/.test(t.lower))) &&
      !CLAUSE_WORDS.has(t.lower) &&
      !NP_CONNECTORS.has(t.lower)
    ) {
      // "conservative talk radio host Rush Limbaugh", "Democratic presidential nominee …": modifiers before a title or name.
      let m = k + 1;
      while (
        m <= hi &&
        m - k <= 3 &&
        isW(toks[m]) &&
        !toks[m].capital &&
        !lowerNoun(toks[m]) &&
        !CLAUSE_WORDS.has(toks[m].lower) &&
        !NP_CONNECTORS.has(toks[m].lower)
      )
        m++;
      const to = toks[m];
      if (
        m <= hi &&
        m - k <= 3 &&
        isW(to) &&
        (TITLES.has(to.lower) || (lowerNoun(to) && !sawCap) || (to.capital && !sawCap && !OPENERS.has(to.lower)))
      )
        continue;
    }
    if (!inNP(t) && !sawCap && !sawNoun && nounAfterDeterminer(toks, k)) {
      b = k;
      break;
    }
    if (!inNP(t) || (CLAUSE_WORDS.has(t.lower) && !t.capital)) break;
    if (t.lower === 'that' || t.lower === 'this') break;
    b = k;
    if (t.capital && !DETERMINERS.has(t.lower) && !/^\d/.test(t.text)) sawCap = true;
    if (!t.capital && lowerNoun(t)) sawNoun = true;
    if (
      t.possessive &&
      !toks[k + 1]?.capital &&
      !lowerNoun(toks[k + 1] ?? t) &&
      !NP_ADJECTIVES.has(toks[k + 1]?.lower ?? '')
    )
      break;
  }
  if (b < 0) return null;
  while (
    b > i &&
    (DETERMINERS.has(toks[b].lower) || NP_ADJECTIVES.has(toks[b].lower)) &&
    !toks[b].capital &&
    !lowerNoun(toks[b])
  )
    b--;
  if (!(isHead(toks[b]) || nounAfterDeterminer(toks, b)) || toks[b].possessive || bareCount(toks, b)) return null;
  const np: NP = { first: i, last: b, kind: kindOf(toks, i, b) };
  const named = nameAfterRole(toks, np, hi);
  if (named) return named;
  const ap = appositiveAfter(toks, b, hi);
  if (ap) np.appos = ap;
  return np;
}

/** "said the harbour master, Ilse Varga": a role, a comma, then the full name it belongs to. */
function nameAfterRole(toks: Token[], np: NP, hi: number): NP | null {
  if (np.kind !== 'noun') return null;
  let c = np.last + 1;
  while (c <= hi && c - np.last <= 3 && isW(toks[c]) && !toks[c].capital) c++; // the rest of the role ("master")
  if (!isComma(toks[c])) return null;
  const a = c + 1;
  let e = a;
  while (e <= hi && isW(toks[e]) && toks[e].capital && !DETERMINERS.has(toks[e].lower)) {
    if (e - a >= MAX_NAME_WORDS) return null;
    e++;
  }
  work.steps += e - a;
  e--;
  // Two or more capitalised words, then the end of the clause: a person's full name.
  if (e - a < 1 || (e + 1 <= hi && isW(toks[e + 1]))) return null;
  return { first: a, last: e, kind: 'name', appos: { first: np.first, last: c - 1, weak: false } };
}

function kindOf(toks: Token[], a: number, b: number): MentionKind {
  for (let k = a; k <= b; k++) if (toks[k].capital && !DETERMINERS.has(toks[k].lower)) return 'name';
  return 'noun';
}

/** Does the stretch from token i read as an appositive ("a professor at …", "who was …", "head of …")? */
function opensAppositive(toks: Token[], i: number, left = false): boolean {
  const t = toks[i];
  if (!isW(t)) return false;
  if (t.lower === 'who' || t.lower === 'whose') return true;
  if (/^[RDI]-[A-Z][\w.]*$/.test(t.text)) return true; // "McConnell, R-Ky., said"
  if (left && (/^\d{1,3}$/.test(t.text) || /^(however|meanwhile|though|too|also|instead|in|for)$/.test(t.lower)))
    return true; // "Jones, 25, said", "Bush, however, …"
  // "X, while attending …, said": an aside between subject and verb.
  if (left && !t.capital && (/^(while|when|after|before|in|at|speaking|asked)$/.test(t.lower) || /ing$/.test(t.lower)))
    return true;
  // "Strauss Zelnick, CEO of Take-Two, adds": a capitalised title that goes on to say of what.
  if (
    t.capital &&
    TITLES.has(t.lower) &&
    !DETERMINERS.has(t.lower) &&
    /^(of|at|for|and|with)$/.test(toks[i + 1]?.lower ?? '')
  )
    return true;
  // "Julie Graham, Washington State Department of Health public information officer, said",
  // "Lewis Ward, research director of …": a role within the first words, before the next comma.
  // After the name ("…,” said Ana Ruiz, associate professor of physics at Leeds."), the sentence's end closes it too.
  if (roleBeforeComma(toks, i, !left)) return true;
  if (t.capital) return t.possessive && isW(toks[i + 1]) && !toks[i + 1].capital; // "China, Pyongyang's only ally, said"
  if (APPOSITIVE_OPENERS.has(t.lower)) {
    // "the Chinese Embassy" is a name, not an appositive; "the head of …" is one.
    if (t.lower === 'the') {
      // "the Republican attorney general of …" is a role; "the Chinese Embassy" is a name.
      // "the U.S. Attorney for the Western District …": a capitalised title, then of what.
      let title = false;
      for (let k = i + 1; k < toks.length && k - i <= 4 && isW(toks[k]); k++) {
        if (!toks[k].capital)
          return lowerNoun(toks[k]) || k === i + 1 || (title && /^(of|for|at)$/.test(toks[k].lower));
        if (TITLES.has(toks[k].lower)) title = true;
      }
      return false;
    }
    return true;
  }
  return TITLES.has(t.lower) || SOURCE_NOUNS.has(t.lower) || NP_ADJECTIVES.has(t.lower);
}

/**
 * A role word among the next few words (past an organisation's capitalised name), then a comma
 * closing the stretch (or, with orEnd, the sentence's end). Capitalised titles count when they
 * name an office ("Research Director for …", "General Manager of …"), not words like "State".
 */
function roleBeforeComma(toks: Token[], i: number, orEnd = false): boolean {
  let role = false;
  let before = 0; // lower-case words before the role: "research director", "public information officer"
  for (let k = i; k <= toks.length && k - i <= 16; k++) {
    const t = toks[k];
    if (isComma(t)) return role;
    if (orEnd && (!t || (t.kind === 'punct' && /^[.;]$/.test(t.text)))) return role;
    if (!isW(t) || CUE_VERBS_OR_AUX.has(t.lower)) return false;
    // "Howard, …, endorsed presidential candidate Ted Cruz.": a verb opens a clause, not a description.
    if (k === i && !t.capital && /ed$/.test(t.lower) && !NP_ADJECTIVES.has(t.lower) && !titleOrRole(t.lower))
      return false;
    if (!DETERMINERS.has(t.lower) && (t.capital ? CAPITAL_OFFICE.has(t.lower) : titleOrRole(t.lower))) role = true;
    else if (!t.capital && !role && !NP_CONNECTORS.has(t.lower) && ++before > 2) return false; // the role must come early
  }
  return false;
}
/** Capitalised words that name an office inside an appositive ("Managing Director", "Head of …"). */
const CAPITAL_OFFICE = new Set(
  'director manager president chairman chairwoman chair officer executive ceo cfo coo cto founder co-founder head secretary professor editor spokesman spokeswoman spokesperson analyst economist researcher scientist counsel partner dean principal'.split(
    ' ',
  ),
);
const roleIn = (toks: Token[], a: number, b: number) => someIn(toks, a, b, (t) => titleOrRole(t.lower));
const CUE_VERBS_OR_AUX = new Set([
  'said',
  'says',
  'is',
  'was',
  'are',
  'were',
  'has',
  'had',
  'have',
  'will',
  'would',
  'told',
  'added',
]);

/** ", a professor of … at …" after a name: runs to the next comma, full stop or quotation. */
export function appositiveAfter(toks: Token[], b: number, hi: number): NP['appos'] | undefined {
  if (!isComma(toks[b + 1]) || !opensAppositive(toks, b + 2)) return undefined;
  const a = b + 2;
  let e = a;
  const who = toks[a].lower === 'who' || toks[a].lower === 'whose';
  const last = Math.min(hi, a + MAX_PHRASE_WALK - 1);
  work.steps += last - a + 1;
  for (let k = a; k <= last; k++) {
    const t = toks[k];
    // "According to the man, the steroids “had …”": a phrase that runs into a quotation is the
    // clause's subject, not a description, unless it holds a role ("X, a spokeswoman “…”" is rare but real).
    if (t.kind === 'quote' && !who && !someIn(toks, a, k, (x) => titleOrRole(x.lower) || (!x.capital && lowerNoun(x))))
      return undefined;
    if (t.kind === 'quote' || (t.kind === 'punct' && t.text !== '-' && t.text !== '’' && !(who && t.text === ',')))
      break;
    if (t.kind === 'punct') continue;
    // "Claure, employees were told that …": a clause, not a description of the person.
    if (!who && CUE_VERBS_OR_AUX.has(t.lower) && !roleIn(toks, a, k)) return undefined;
    e = k;
  }
  return { first: a, last: e, weak: who };
}

/** Skips auxiliaries, adverbs and times left of token j ("has also", "on Friday"). */
export function skipFillersLeft(toks: Token[], j: number, lo: number): number {
  for (let round = 0; round < 3; round++) {
    while (
      j >= lo &&
      isW(toks[j]) &&
      (FILLERS.has(toks[j].lower) || (/ly$/.test(toks[j].lower) && !toks[j].capital && toks[j].lower.length > 4)) &&
      !(toks[j].capital && !TIME_WORDS.has(toks[j].lower))
    )
      j--;
    // "who in 2010 said"
    if (j - 1 >= lo && /^\d{4}$/.test(toks[j].text) && /^(in|since)$/.test(toks[j - 1].lower)) {
      j -= 2;
      continue;
    }
    // "Chaffetz (R-Utah) said": a parenthesis after the name.
    if (j >= lo && toks[j].text === ')') {
      let k = j - 1;
      while (k >= lo && toks[k].text !== '(' && j - k < 8) k--;
      if (k >= lo && toks[k].text === '(') {
        j = k - 1;
        continue;
      }
    }
    // "Scott beamed and asked": the subject of the first verb.
    if (
      j - 1 >= lo &&
      toks[j].lower === 'and' &&
      isW(toks[j - 1]) &&
      !toks[j - 1].capital &&
      /ed$/.test(toks[j - 1].lower)
    ) {
      j -= 2;
      continue;
    }
    break;
  }
  return j;
}

/** The subject of a verb at v: the phrase left of it, past an appositive set off by commas. */
export function subjectLeft(toks: Token[], v: number, lo: number): NP | null {
  const j = skipFillersLeft(toks, v - 1, lo);
  if (j < lo) return null;
  const t = toks[j];
  if (isComma(t)) {
    // X, APPOSITIVE, said — find the comma that opens the appositive; with several
    // ("Pruitt, the attorney general of Oklahoma, one of the states …, said") the first.
    let found: NP | null = null;
    const stop = Math.max(lo, j - MAX_PHRASE_WALK);
    work.steps += j - stop;
    for (let k = j - 1; k > stop; k--) {
      const c = toks[k];
      // A short title inside the aside ("wearing “Ted Cruz” pins") does not end it.
      if (c.kind === 'quote' && c.end - c.start < 40) continue;
      if (
        c.kind === 'quote' ||
        (c.kind === 'punct' && c.text !== ',' && c.text !== '-' && c.text !== '(' && c.text !== ')')
      )
        break;
      if (!isComma(c)) continue;
      if (opensAppositive(toks, k + 1, true)) {
        const np = npLeft(toks, k - 1, lo);
        if (np) {
          const aside = !opensAppositive(toks, k + 1);
          if (!aside && np.kind !== 'pronoun')
            np.appos = {
              first: k + 1,
              last: j - 1,
              weak: toks[k + 1].lower === 'who' || toks[k + 1].lower === 'whose',
            };
          found = np;
        }
      }
    }
    if (found) return found;
    // "Henry's biographers, Ann and Tom Reyes, wrote": a name set off by commas.
    const np = npLeft(toks, j - 1, lo);
    // "Sen. Ann Roe (D-Ore.), said": a name opening the sentence, its aside in parentheses.
    const bracketed = np?.first === lo && toks[j - 1].text === ')';
    if (np && np.kind === 'name' && (isComma(toks[np.first - 1]) || bracketed)) {
      // "Rob Goldman, President Ascom North America, says", "Steve Menet, … for Drager, Inc., says":
      // a title or a company suffix set off by commas belongs to the name before it.
      const titled =
        [0, 1, 2].some((d) => np.first + d <= np.last && TITLES.has(toks[np.first + d].lower)) && np.first - 2 >= lo;
      if (titled || COMPANY_SUFFIX.test(toks[np.first].text)) {
        const before = COMPANY_SUFFIX.test(toks[np.first].text)
          ? subjectLeft(toks, np.first, lo)
          : npLeft(toks, np.first - 2, lo);
        if (before && before.kind === 'name') {
          if (titled && !before.appos) before.appos = { first: np.first, last: j - 1, weak: false };
          return before;
        }
        if (titled) return np;
        return null;
      }
      return np;
    }
    return null;
  }
  if (!isW(t)) return null;
  if (t.lower === 'who' || t.lower === 'which' || t.lower === 'that') {
    // "McConnell, who in 2010 said": the relative pronoun is the mention; its antecedent the speaker.
    const e = isComma(toks[j - 1]) ? j - 2 : j - 1;
    const ante = e >= lo && t.lower !== 'that' ? npLeft(toks, e, lo) : null;
    return ante ? { first: j, last: j, kind: 'pronoun', ante } : null;
  }
  const np = npLeft(toks, j, lo);
  // "marching through the streets chanted": an object of a preposition is no subject.
  const before = toks[np ? np.first - 1 : -1];
  if (
    np &&
    np.kind !== 'pronoun' &&
    isW(before) &&
    /^(in|at|through|of|with|to|for|from|on|by|into|about|over|under|near|than)$/.test(before.lower)
  ) {
    // "a narrator in the Clinton ad asks": the phrase goes on to the left.
    const k = np.first - 2;
    if (
      k >= lo &&
      /^(in|of|at|for|from|with)$/.test(before.lower) &&
      (isHead(toks[k]) || nounAfterDeterminer(toks, k)) &&
      !PRONOUNS.has(toks[k].lower)
    ) {
      const wider = npLeft(toks, k, lo);
      if (wider && wider.kind !== 'pronoun')
        return {
          first: wider.first,
          last: np.last,
          kind: wider.kind === 'name' || np.kind === 'name' ? 'name' : 'noun',
        };
    }
    return null;
  }
  return np;
}

/** The subject of a frame's main clause: the first phrase after any opening adverbial set off by a comma. */
export function mainSubject(toks: Token[], lo: number, hi: number): NP | null {
  let i = lo;
  for (let round = 0; round < 2 && i <= hi; round++) {
    const t = toks[i];
    if (!isW(t)) break;
    // "Clearly, …", "Speaking on Friday, …" — but "Carly Fiorina", "Kelly Ayotte" are names.
    // "Dressed in black, the …": a participle opening the sentence, too.
    const adverbial =
      OPENERS.has(t.lower) ||
      CLAUSE_WORDS.has(t.lower) ||
      (/(ing|ly|ed)$/.test(t.lower) && !(toks[i + 1]?.kind === 'word' && toks[i + 1].capital)) ||
      !t.capital;
    if (!adverbial || PRONOUNS.has(t.lower) || DETERMINERS.has(t.lower)) break;
    let k = i;
    const last = Math.min(hi, i + MAX_PHRASE_WALK);
    while (k <= last && !isComma(toks[k]) && !toks[k].quoteGoesOn) k++;
    work.steps += k - i + 1;
    if (k > last) break;
    i = k + 1;
  }
  while (i <= hi && isW(toks[i]) && (toks[i].lower === 'but' || toks[i].lower === 'and' || toks[i].lower === 'so')) i++;
  // "On September 27 they published": a short opening phrase without a comma.
  if (isW(toks[i]) && /^(on|in|at|by|during|since|after|before)$/.test(toks[i].lower)) {
    let k = i + 1;
    while (
      k <= hi &&
      k - i <= 4 &&
      isW(toks[k]) &&
      (toks[k].capital || DETERMINERS.has(toks[k].lower) || /^\d/.test(toks[k].text))
    )
      k++;
    if (isW(toks[k]) && PRONOUNS.has(toks[k].lower)) i = k;
  }
  const np = npRight(toks, i, hi);
  if (!np) return null;
  // A subject is followed by a verb, not by more of a list.
  let after = np.appos ? np.appos.last + 1 : np.last + 1;
  if (toks[after]?.text === '(') {
    const last = Math.min(hi, after + MAX_PHRASE_WALK);
    while (after <= last && toks[after].text !== ')') after++;
    work.steps += after - np.last;
    if (after > last && after <= hi) return null; // no closing parenthesis near: no verb follows the phrase
  }
  if (toks[after]?.text === ')') after++;
  let next = toks[after];
  // "The RNC, in its daily summary Monday, emailed …": step over an aside.
  if (isComma(next) && !np.appos && opensAppositive(toks, after + 1, true) && !opensAppositive(toks, after + 1)) {
    let k = after + 1;
    const last = Math.min(hi, after + MAX_PHRASE_WALK);
    while (k <= last && !isComma(toks[k]) && toks[k].kind !== 'quote') k++;
    work.steps += k - after;
    if (k <= last && isComma(toks[k])) next = toks[k + 1];
  }
  if (np.appos && isComma(next)) return np;
  if (isComma(next) && !np.appos) {
    const ap = appositiveAfter(toks, after - 1, hi);
    if (ap && isComma(toks[ap.last + 1])) return { ...np, appos: ap };
  }
  if (!isW(next) || next.capital) return null;
  return np;
}

export const orgLike = (toks: Token[], a: number, b: number) => {
  for (let k = a; k <= b; k++) {
    const l = toks[k].lower.replace(/'s$/, '');
    if (ORG_WORDS.has(l)) return true;
    // An acronym: "NASA", "PG&E", "AT&T".
    if (/^[A-Z][A-Z&]*[A-Z]s?$/.test(toks[k].text.replace(/['’]s$/, '')) && toks[k].text.length <= 8) return true;
  }
  return false;
};
