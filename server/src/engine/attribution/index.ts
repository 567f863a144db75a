// Attribution: for each quote, the cue and the source it reaches, resolved to a speaker.
// (First version: no attribution yet; every quote is reported with attributed = null.)

import type { Config } from '../config';
import type { ArticleDoc } from '../document';
import type { Mention, Speaker } from '../types';

export interface Attribution {
  attributed: boolean | null;
  source: Mention | null;
  speaker: Speaker | null;
  cue: Mention | null;
}

/** One entry per doc.quotes[i]. */
export function attribute(doc: ArticleDoc, _config: Config): Attribution[] {
  return doc.quotes.map(() => ({ attributed: null, source: null, speaker: null, cue: null }));
}
