// Speakers: the entities behind source mentions. Later surname-only mentions join the
// full name given first ("Shi" → Shi Yinhong), acronyms join organisations, and pronouns
// go to the latest fitting speaker or subject (not merely the last name in the text).

import { ORG_WORDS, TITLES } from './lexicon';
import { work } from '../work';
import type { EntityKind, NameParts } from './names';

export interface Entity {
  kind: EntityKind;
  name: string;
  keys: string[];
  affiliation: string | null;
  /** How good the affiliation is: 3 appositive, 2 title or "of …", 1 "who …" clause. */
  affRank: number;
  firstAt: number;
  lastAt: number;
  /** Where the person was last named in a sentence of prose (not a menu line or headline in title case). */
  inProse?: number;
  gender?: 'm' | 'f';
}

/**
 * Caps on the walks of a lookup (issue #17), each far above what an article holds, so that a text
 * of thousands of speakers costs a bounded amount per mention instead of one per speaker:
 * - a pronoun looks back over at most MAX_FOCUS_WALK latest speakers and subjects;
 * - a name looks at the MAX_BUCKET_WALK entities indexed last under each of its keys;
 * - a title alone ("the spokesman") looks at the MAX_HOLDER_WALK entities created last.
 */
export const MAX_FOCUS_WALK = 256;
export const MAX_BUCKET_WALK = 64;
export const MAX_HOLDER_WALK = 256;
/** How far back (in characters) a role or organisation named alone looks for whom the story is about: a few paragraphs. */
const NEAR = 1500;

interface Focus {
  entity: Entity;
  at: number;
}

const initials = (s: string) =>
  s
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('')
    .toLowerCase();

const orgTokens = (name: string) =>
  name
    .toLowerCase()
    .replace(/’/g, "'")
    .split(/\s+/)
    .filter((w) => w !== 'the');

export class Speakers {
  readonly all: Entity[] = [];
  private focus: Focus[] = [];
  /** Set while reading a photo caption: it stands outside the story, so no one it names is in focus after it. */
  muted = false;
  /** Entities by each of their keys and initials, so a lookup reads a few candidates, not all. */
  private index = new Map<string, Entity[]>();

  /**
   * Lists `e` under each of its keys. `indexed`: the keys it is listed under already. A person's
   * name only grows (a surname completed to the full name), so those are its keys before.
   */
  private indexKeys(e: Entity, indexed: readonly string[] = []) {
    const keys =
      e.kind === 'person' ? e.keys : e.kind === 'org' ? [...e.keys, initials(e.name)] : [e.name.toLowerCase()];
    const seen = new Set(indexed);
    work.steps += keys.length;
    for (const k of keys) {
      if (seen.has(k)) continue;
      seen.add(k);
      const list = this.index.get(k);
      if (!list) this.index.set(k, [e]);
      else list.push(e);
    }
  }

  /** The entity a name mention refers to, created when new; `written`: a name in the text, not a source. */
  byName(p: NameParts, at: number, written = false): Entity {
    const found = this.match(p);
    if (found) {
      // A name merely written (not a source) completes only a surname: a caption's run-on
      // "… Scotland Martin Taylor" must not rename Martin Taylor.
      if (
        p.kind === 'person' &&
        p.keys.length > found.keys.length &&
        isPart(found.keys, p.keys) &&
        (!written || found.keys.length < 2)
      ) {
        const before = found.keys;
        found.name = p.name;
        found.keys = p.keys;
        this.indexKeys(found, before);
      }
      found.lastAt = at;
      if (p.gender && !found.gender) found.gender = p.gender;
      if (p.affiliation) this.affiliate(found, p.affiliation, p.affRank);
      return found;
    }
    const e: Entity = {
      kind: p.kind,
      name: p.name,
      keys: p.kind === 'org' ? orgTokens(p.name) : p.keys,
      affiliation: null,
      affRank: 0,
      firstAt: p.at,
      lastAt: at,
      gender: p.gender,
    };
    if (p.affiliation) this.affiliate(e, p.affiliation, p.affRank);
    this.all.push(e);
    this.indexKeys(e);
    return e;
  }

  /** The known entity a name refers to, if any (nothing is created). */
  find(p: NameParts): Entity | undefined {
    return p.kind === 'person' ? this.match(p) : undefined;
  }

  private match(p: NameParts): Entity | undefined {
    // Candidates come from the index lists directly (an entity in two lists is checked twice,
    // which is harmless); only one seen later than the best so far is worth checking.
    let best: Entity | undefined;
    const kind = p.kind;
    const probe = kind === 'person' ? p.keys : kind === 'org' ? orgTokens(p.name) : [p.name.toLowerCase()];
    const own = kind === 'org' ? initials(p.name) : '';
    const fits = (e: Entity): boolean => {
      if (kind === 'person') return p.keys.length > 0 && (isPart(p.keys, e.keys) || isPart(e.keys, p.keys));
      if (kind === 'org')
        return (
          isSuffix(probe, e.keys) ||
          (probe.length === 1 && probe[0] === initials(e.name)) ||
          (e.keys.length === 1 && e.keys[0] === own)
        );
      return e.name.toLowerCase() === probe[0];
    };
    const consider = (list: Entity[] | undefined) => {
      if (!list) return;
      const stop = Math.max(0, list.length - MAX_BUCKET_WALK);
      work.steps += list.length - stop;
      for (let i = stop; i < list.length; i++) {
        const e = list[i];
        if (e.kind === kind && (!best || e.lastAt > best.lastAt) && fits(e)) best = e;
      }
    };
    for (const k of probe) consider(this.index.get(k));
    if (kind === 'org') consider(this.index.get(own));
    return best;
  }

  /** A deep copy (entities copied, so the copy can change without touching this one), and which copy is which. */
  clone(): { copy: Speakers; map: Map<Entity, Entity> } {
    const copy = new Speakers();
    const map = new Map<Entity, Entity>();
    for (const e of this.all) {
      const c = { ...e };
      map.set(e, c);
      copy.all.push(c);
    }
    copy.focus = this.focus.map((f) => ({ entity: map.get(f.entity)!, at: f.at }));
    for (const [k, list] of this.index)
      copy.index.set(
        k,
        list.map((e) => map.get(e)!),
      );
    return { copy, map };
  }

  affiliate(e: Entity, text: string, rank: number) {
    let t = text.replace(/^(a|an|the)\s+/i, '');
    // Less the spaces and punctuation ending it (/[\s,;:.]+$/ tried each one of a long run, each to its end).
    let end = t.length;
    while (end > 0 && /[\s,;:.]/.test(t[end - 1])) end--;
    work.steps += t.length - end;
    t = t.slice(0, end);
    if (!t) return;
    // Higher ranks win; within a rank, a description that names where the person works
    // ("director for games at Google") beats one that does not ("… at the tech giant").
    const better =
      rank > e.affRank || (rank === e.affRank && e.affiliation !== null && !namesPlace(e.affiliation) && namesPlace(t));
    if (!better) return;
    e.affiliation = t;
    e.affRank = rank;
  }

  /** The person seen last whose affiliation has this role word ("actor" in "former Dawson's Creek actor"). */
  holding(role: string): Entity | null {
    const re = new RegExp(`(^|[^\\p{L}])${role.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\p{L}]|$)`, 'iu');
    return this.latestPerson(
      (e) => e.lastAt,
      (e) => e.affiliation !== null && re.test(e.affiliation),
    );
  }

  /**
   * Of the MAX_HOLDER_WALK entities created last, the person with the highest `when` (undefined: not
   * one) that passes `ok`, tested only when it would win; a tie goes to the one created first.
   */
  private latestPerson(when: (e: Entity) => number | undefined, ok: (e: Entity) => boolean = () => true) {
    let best: Entity | null = null;
    let bestAt = Number.NEGATIVE_INFINITY;
    const stop = Math.max(0, this.all.length - MAX_HOLDER_WALK);
    work.steps += this.all.length - stop;
    for (let i = stop; i < this.all.length; i++) {
      const e = this.all[i];
      const t = e.kind === 'person' ? when(e) : undefined;
      if (t !== undefined && t > bestAt && ok(e)) {
        best = e;
        bestAt = t;
      }
    }
    return best;
  }

  /**
   * Walks the latest speakers and subjects before offset `at`, newest first: at most
   * MAX_FOCUS_WALK of them, none more than `within` characters back. `pick` returns the answer,
   * null to end the walk with none, or undefined to go on.
   */
  private lastFocus(at: number, within: number, pick: (e: Entity) => Entity | null | undefined): Entity | null {
    const stop = Math.max(0, this.focus.length - MAX_FOCUS_WALK);
    for (let i = this.focus.length - 1; i >= stop; i--) {
      const { entity: e, at: fat } = this.focus[i];
      work.steps++;
      if (fat > at) continue;
      if (at - fat > within) return null;
      const r = pick(e);
      if (r !== undefined) return r;
    }
    return null;
  }

  /** The person in focus last (within a few paragraphs of `at`), if the article has not described them. */
  undescribed(at: number): Entity | null {
    return this.lastFocus(at, NEAR, (e) => (e.kind !== 'person' ? undefined : e.affiliation === null ? e : null));
  }

  /** The person in focus last, within a few paragraphs of `at` ("the 40-year-old said"). */
  lastPerson(at: number): Entity | null {
    return this.lastFocus(at, NEAR, (e) => (e.kind === 'person' ? e : undefined));
  }

  /** The organisation in focus last (within a few paragraphs): the latest whose name has `noun` in it, else the latest. */
  lastOrg(at: number, noun: string): Entity | null {
    let any: Entity | null = null;
    const named = this.lastFocus(at, NEAR, (e) => {
      // An organisation, or a body named by one word ("Police said"), but not "a spokeswoman for …".
      const body = e.kind === 'org' || (e.kind === 'group' && ORG_WORDS.has(e.name.toLowerCase()));
      if (!body || /^an? /i.test(e.name)) return undefined;
      if (e.name.toLowerCase().split(/\s+/).includes(noun)) return e;
      any ??= e;
      return undefined;
    });
    return named ?? any;
  }

  /** Marks an entity as the latest speaker or subject, for pronouns that follow. */
  note(e: Entity, at: number) {
    if (this.muted) return;
    this.focus.push({ entity: e, at });
  }

  /** The entity a pronoun at offset `at` refers to. */
  pronoun(word: string, at: number): Entity | null {
    const w =
      ({ his: 'he', him: 'he', her: 'she', their: 'they', them: 'they', its: 'it' } as Record<string, string>)[
        word.toLowerCase()
      ] ?? word.toLowerCase();
    const focused = this.lastFocus(at, Infinity, (e) => {
      if (w === 'he' || w === 'she') {
        if (e.kind !== 'person') return undefined;
        const g = w === 'he' ? 'm' : 'f';
        if (e.gender && e.gender !== g) return undefined;
        e.gender = g;
        return e;
      }
      if (
        w === 'it' &&
        (e.kind === 'org' || (e.kind === 'group' && ORG_WORDS.has(e.name.toLowerCase().split(' ').pop() ?? '')))
      )
        return e;
      if (w === 'they' && (e.kind === 'group' || e.kind === 'org')) return e;
      return undefined;
    });
    return focused ?? (w === 'he' || w === 'she' ? this.lastNamed(at, w === 'he' ? 'm' : 'f') : null);
  }

  /**
   * With no one in focus, the person named last, nearby ("Meet Jane Doe, the founder of Acme.
   * “…,” she says"): a name as an object is a weaker antecedent than a subject, but the only one.
   */
  private lastNamed(at: number, g: 'm' | 'f'): Entity | null {
    const best = this.latestPerson(
      (e) => (e.inProse === undefined || e.inProse > at || at - e.inProse > NEAR ? undefined : e.inProse),
      (e) => !e.gender || e.gender === g,
    );
    if (best) best.gender = g;
    return best;
  }
}

/** Does a description name an organisation or place: a capitalised word that is not a title ("Disney's chairman", "director at Google")? */
const namesPlace = (s: string) =>
  s.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && !TITLES.has(w.toLowerCase().replace(/[,.]$/, '')));

/** Is `part` a run at the start or end of `whole` ("Shi" of "Shi Yinhong", "Pacheco Pardo" of "Ramon Pacheco Pardo")? */
function isPart(part: string[], whole: string[]): boolean {
  if (!part.length || part.length > whole.length) return false;
  let pre = true;
  for (let i = 0; pre && i < part.length; i++) pre = whole[i] === part[i];
  return pre || isSuffix(part, whole);
}

function isSuffix(part: string[], whole: string[]): boolean {
  if (!part.length || part.length > whole.length) return false;
  const off = whole.length - part.length;
  for (let i = 0; i < part.length; i++) if (whole[off + i] !== part[i]) return false;
  return true;
}
