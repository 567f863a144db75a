// What the rules may ask of the workspace's corpus index: queries only. Keeping the index current
// (set, delete, ensureMinWords) is its owner's business, done before an analysis.

import type { CorpusIndex } from './corpus';

export type CorpusReader = Pick<CorpusIndex, 'size' | 'minWords' | 'has' | 'text' | 'words' | 'matches' | 'lines'>;
