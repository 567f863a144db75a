// Rule boilerplate: promo, credit, copyright and page-furniture lines (engine/boilerplate).

import { findBoilerplate } from '../boilerplate';
import type { ArticleDoc } from '../document';
import type { Finding } from '../types';
import type { RuleContext } from './context';

export function boilerplateRule(doc: ArticleDoc, ctx: RuleContext): Finding[] {
  return findBoilerplate(doc, ctx.config, ctx.severity, ctx.corpus?.lines, ctx.docId, ctx.boilerplate);
}
