// Affiliations: what the article says a speaker is. Appositives ("X, a professor of … at
// …, said") rank above titles before the name ("NATO Secretary-General Mark Rutte"), which
// rank above "who" clauses; an affiliation given later ("…, continued Pacheco Pardo, a
// professor at …") fills in or improves the speaker's, and applies to all their quotes.

import type { Token } from './frames';
import type { NP } from './mentions';
import type { Entity, Speakers } from './speakers';

export const RANK = { who: 1, title: 2, appositive: 3 } as const;

/** Records the appositive of a source phrase, if any, as the entity's affiliation. */
export function affiliateFromAppositive(text: string, toks: Token[], np: NP, e: Entity, speakers: Speakers) {
  if (!np.appos) return;
  const { first: a, last: b, weak } = np.appos;
  if (b < a) return;
  const words = text.slice(toks[a].start, toks[b].end);
  // "Doe, who is 40, said": an age says nothing of where the person works.
  if (weak && /^who (is|was|turned|turns) \d+$/.test(words)) return;
  speakers.affiliate(e, words, weak ? RANK.who : RANK.appositive);
}
