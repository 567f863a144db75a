// Boilerplate: promo, syndication and page-furniture lines. (Not written yet.)

import type { Config } from '../config';
import type { Corpus } from '../duplicates/corpus';
import type { ArticleDoc } from '../document';
import type { Finding, Severity } from '../types';

export function findBoilerplate(_doc: ArticleDoc, _config: Config, _severity: Severity, _corpus?: Corpus, _docId?: string): Finding[] {
  return [];
}
