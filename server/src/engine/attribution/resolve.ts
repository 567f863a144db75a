// Resolving a source phrase: its mention span, and the speaker entity behind it.

import type { Mention } from '../types';
import { affiliateFromAppositive } from './affiliations';
import type { Cue } from './cues';
import type { Token } from './frames';
import { ORG_WORDS, titleOrRole } from './lexicon';
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
  toks: Token[],
  np: NP,
  speakers: Speakers,
  cue: Cue | null,
  parts: (np: NP) => NameParts = (x) => nameParts(text, toks, x),
): ResolvedCue {
  const source: Mention = {
    start: toks[np.first].start,
    end: toks[np.last].end,
    text: text.slice(toks[np.first].start, toks[np.last].end),
  };
  let entity: Entity | null = null;
  if (np.ante) entity = resolveNP(text, toks, np.ante, speakers, null, parts).entity;
  else if (np.kind === 'pronoun') entity = speakers.pronoun(toks[np.first].lower, source.start);
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
    ? {
        start: toks[cue.first].start,
        end: toks[cue.last].end,
        text: text.slice(toks[cue.first].start, toks[cue.last].end),
      }
    : null;
  return { cue, cueMention, source, entity, np };
}

/** "the 40-year-old said": an age stands for the person the story is about. */
const isAge = (toks: Token[], np: NP) =>
  np.last === np.first + 1 && toks[np.first].lower === 'the' && /^\d{1,3}-year-old$/.test(toks[np.last].lower);

/** "the actor", "the company's chief executive": a singular role after "the", and who holds it in the article. */
function byTitle(toks: Token[], np: NP, speakers: Speakers): Entity | null {
  const head = toks[np.last];
  // "the “Pose” actor": a quoted title between the article and the role.
  const the =
    toks[np.first].lower === 'the' ||
    (np.first >= 2 && toks[np.first - 1].kind === 'quote' && toks[np.first - 2].lower === 'the');
  if (np.last - np.first > 4 || !the || head.capital || head.lower.endsWith('s')) return null;
  if (!titleOrRole(head.lower)) return null;
  // A role no one was described by: the person the story was just about, when nothing says otherwise
  // ("… Van Der Beek said. “…,” said the actor."). Roles that bring in someone new are left alone.
  return (
    speakers.holding(head.lower) ?? (NEW_PERSON.has(head.lower) ? null : speakers.undescribed(toks[np.first].start))
  );
}

/** "the company said", "the group added": the organisation the story was just about. */
function byOrgNoun(toks: Token[], np: NP, speakers: Speakers): Entity | null {
  const head = toks[np.last];
  if (
    np.last - np.first > 2 ||
    toks[np.first].lower !== 'the' ||
    head.capital ||
    !ORG_WORDS.has(head.lower) ||
    head.lower.endsWith('s')
  )
    return null;
  return speakers.lastOrg(toks[np.first].start, head.lower);
}

/** The organisation in focus named by a lower-case modifier of an unnamed source ("a company spokesperson"). */
function orgModifier(toks: Token[], np: NP, speakers: Speakers): Entity | null {
  const head = toks[np.last];
  if (!titleOrRole(head.lower)) return null;
  for (let k = np.first; k < np.last; k++)
    if (!toks[k].capital && ORG_WORDS.has(toks[k].lower)) return speakers.lastOrg(toks[np.first].start, toks[k].lower);
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
