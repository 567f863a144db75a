// Resolving a source phrase: its mention span, and the speaker entity behind it.

import type { Mention } from '../types';
import { affiliateFromAppositive } from './affiliations';
import type { Cue } from './cues';
import type { Tok } from './frames';
import { ORG_WORDS, TITLES, isRoleWord } from './lexicon';
import type { NP } from './mentions';
import { type NameParts, nameParts } from './names';
import type { Entity, Speakers } from './speakers';

export interface ResolvedCue {
  cue: Cue | null;
  cueMention: Mention | null;
  source: Mention;
  entity: Entity | null;
  /** Token position of the source in its frame, for adjacency. */
  np: NP;
}

/** `parts` may answer nameParts from a cache (the phrase's tokens are the same). */
export function resolveNP(
  text: string,
  toks: Tok[],
  np: NP,
  speakers: Speakers,
  cue: Cue | null,
  parts: (np: NP) => NameParts = (x) => nameParts(text, toks, x),
): ResolvedCue {
  const source: Mention = { start: toks[np.a].s, end: toks[np.b].e, text: text.slice(toks[np.a].s, toks[np.b].e) };
  let entity: Entity | null = null;
  if (np.ante) entity = resolveNP(text, toks, np.ante, speakers, null, parts).entity;
  else if (np.kind === 'pronoun') entity = speakers.pronoun(toks[np.a].l, source.start);
  else if (isAge(toks, np)) entity = speakers.lastPerson(source.start);
  else {
    let p = parts(np);
    // "a company spokesperson": speaks for the company the story is about.
    if (p.kind === 'group' && !p.affiliation) {
      const org = orgModifier(toks, np, speakers);
      if (org) p = { ...p, affiliation: org.name };
    }
    // "company CEO Andy Vesey": the same, in a title.
    if (p.kind === 'person' && p.affiliation)
      p = { ...p, affiliation: orgInTitle(p.affiliation, speakers, source.start) };
    // "said the actor", "the coach added": a title alone names the person last described so.
    entity =
      (p.kind === 'group' && (byTitle(toks, np, speakers) || byOrgNoun(toks, np, speakers))) ||
      speakers.byName(p, source.start);
    // "Del. Stacey Plaskett of the Virgin Islands": the mention is the person; the rest is affiliation.
    if (p.nameEnd) {
      source.end = p.nameEnd;
      source.text = text.slice(source.start, source.end);
    }
  }
  if (entity) {
    affiliateFromAppositive(text, toks, np, entity, speakers);
    speakers.note(entity, source.start);
  }
  const cueMention = cue
    ? { start: toks[cue.v].s, end: toks[cue.ve].e, text: text.slice(toks[cue.v].s, toks[cue.ve].e) }
    : null;
  return { cue, cueMention, source, entity, np };
}

/** "the 40-year-old said": an age stands for the person the story is about. */
const isAge = (toks: Tok[], np: NP) =>
  np.b === np.a + 1 && toks[np.a].l === 'the' && /^\d{1,3}-year-old$/.test(toks[np.b].l);

/** "the actor", "the company's chief executive": a singular role after "the", and who holds it in the article. */
function byTitle(toks: Tok[], np: NP, speakers: Speakers): Entity | null {
  const head = toks[np.b];
  // "the “Pose” actor": a quoted title between the article and the role.
  const the = toks[np.a].l === 'the' || (np.a >= 2 && toks[np.a - 1].k === 'q' && toks[np.a - 2].l === 'the');
  if (np.b - np.a > 4 || !the || head.cap || head.l.endsWith('s')) return null;
  if (!TITLES.has(head.l) && !isRoleWord(head.l)) return null;
  // A role no one was described by: the person the story was just about, when nothing says otherwise
  // ("… Van Der Beek said. “…,” said the actor."). Roles that bring in someone new are left alone.
  return speakers.holding(head.l) ?? (NEW_PERSON.has(head.l) ? null : speakers.undescribed(toks[np.a].s));
}

/** "the company said", "the group added": the organisation the story was just about. */
function byOrgNoun(toks: Tok[], np: NP, speakers: Speakers): Entity | null {
  const head = toks[np.b];
  if (np.b - np.a > 2 || toks[np.a].l !== 'the' || head.cap || !ORG_WORDS.has(head.l) || head.l.endsWith('s'))
    return null;
  return speakers.lastOrg(toks[np.a].s, head.l);
}

/** The organisation in focus named by a lower-case modifier of an unnamed source ("a company spokesperson"). */
function orgModifier(toks: Tok[], np: NP, speakers: Speakers): Entity | null {
  const head = toks[np.b];
  if (!TITLES.has(head.l) && !isRoleWord(head.l)) return null;
  for (let k = np.a; k < np.b; k++)
    if (!toks[k].cap && ORG_WORDS.has(toks[k].l)) return speakers.lastOrg(toks[np.a].s, toks[k].l);
  return null;
}

/** A title's lower-case "company" or "agency" replaced by the organisation in focus of that kind ("PG&E CEO"). */
export function orgInTitle(title: string, speakers: Speakers, at: number): string {
  const m =
    /^(?:the\s+)?(company|firm|agency|bank|group|club|team|university|school|hospital|department)\s+(?=\S)/i.exec(
      title,
    );
  if (!m || m[1] !== m[1].toLowerCase()) return title;
  const org = speakers.lastOrg(at, m[1]);
  return org && org.name.toLowerCase().split(/\s+/).includes(m[1]) === false && org.kind === 'org'
    ? `${org.name} ${title.slice(m[0].length)}`
    : title;
}

/** Roles that usually introduce a new person rather than describe the one in focus. */
const NEW_PERSON = new Set(
  'spokesman spokeswoman spokesperson official officer aide adviser advisor source analyst expert representative lawyer attorney witness judge'.split(
    ' ',
  ),
);
