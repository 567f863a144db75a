// What every rule is given besides the document: one signature, (doc, ctx) => findings.

import type { Attribution } from '../attribution';
import type { BoilerplateScans } from '../boilerplate';
import type { Config } from '../config';
import type { ArticleDoc } from '../document';
import type { CorpusReader } from '../duplicates/corpus-reader';
import type { Finding, RuleCode, Severity } from '../types';

export interface RuleContext {
  config: Config;
  /** The severity the config gives this rule (a rule turned off is not run). */
  severity: Severity;
  /** The workspace's articles, holding this one as `docId` (analyze places it there first). */
  corpus?: CorpusReader;
  docId?: string;
  /** Who says each of doc.quotes, worked out once per analysis. */
  attributions(): Attribution[];
  /** The boilerplate scan of this document, shared by the boilerplate and duplicates rules. */
  boilerplate: BoilerplateScans;
}

export type Rule = (doc: ArticleDoc, ctx: RuleContext) => Finding[];

export interface RuleEntry {
  code: RuleCode;
  rule: Rule;
}
