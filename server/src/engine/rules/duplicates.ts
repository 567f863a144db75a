// Rule duplicate-passage: passages repeated in this article or another of the corpus (engine/duplicates).

import type { ArticleDoc } from '../document';
import { findDuplicates } from '../duplicates';
import type { Finding } from '../types';
import type { RuleContext } from './context';

export function duplicatesRule(doc: ArticleDoc, ctx: RuleContext): Finding[] {
  return findDuplicates(doc, ctx.config, ctx.severity, ctx.corpus, ctx.docId, undefined, ctx.boilerplate);
}
