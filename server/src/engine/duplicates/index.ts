// Duplicated passages within the article and across the corpus. (Not written yet.)

import type { Config } from '../config';
import type { ArticleDoc } from '../document';
import type { Finding, Severity } from '../types';
import type { Corpus } from './corpus';

export function findDuplicates(_doc: ArticleDoc, _config: Config, _severity: Severity, _corpus?: Corpus, _docId?: string): Finding[] {
  return [];
}
