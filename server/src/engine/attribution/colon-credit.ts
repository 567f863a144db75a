// A name and a colon right before a quotation credit it: digests and round-ups quote people so
// ("Pollsters agree - Ann Roe: “…”", "More from Roe: “…”"), with no verb for a cue to find.

import type { Token } from './frames';
import { OPENERS, npLeft } from './mentions';
import { type ResolvedCue, resolveNP } from './resolve';
import type { Speakers } from './speakers';

const DASH = /^[-–—]$/;

/** The name before "Name: “…”" at the quotation token `pos`, when the name opens its clause. */
export function colonCredit(text: string, toks: Token[], pos: number, speakers: Speakers): ResolvedCue | null {
  const colon = toks[pos - 1];
  if (pos < 2 || colon.kind !== 'punct' || colon.text !== ':') return null;
  const np = npLeft(toks, pos - 2, 0);
  if (np?.kind !== 'name' || np.last !== pos - 2) return null;
  for (let k = np.first; k <= np.last; k++) if (toks[k].kind !== 'word' || !toks[k].capital) return null;
  if (OPENERS.has(toks[np.first].lower)) return null;
  // The name opens the sentence, follows a dash, or follows "(More) from".
  const before = toks[np.first - 1];
  const opens =
    !before ||
    (before.kind === 'punct' && DASH.test(before.text)) ||
    (before.lower === 'from' && (np.first === 1 || toks[np.first - 2].lower === 'more'));
  if (!opens) return null;
  return resolveNP(text, toks, np, speakers, null);
}
