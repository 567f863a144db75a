// The engine's entry point: text in, findings and quotes out. No editor or LSP here.

import { type Config, DEFAULT_CONFIG, severityOf } from './config';
import { ArticleDoc } from './document';
import { applyIgnores } from './ignore';
import { type Attribution, attribute } from './attribution';
import type { AttributionMemo } from './attribution/memo';
import { BoilerplateScans } from './boilerplate';
import type { CorpusIndex } from './duplicates/corpus';
import { type TextFormat, prepareText } from './markdown';
import { boilerplateRule } from './rules/boilerplate';
import type { RuleContext, RuleEntry } from './rules/context';
import { duplicatesRule } from './rules/duplicates';
import { unattributedQuotes } from './rules/unattributed';
import { unbalancedQuotes } from './rules/unbalanced';
import type { Analysis, Finding, QuoteInfo } from './types';

export { tooLargeFinding } from './rules/file-too-large';

/** The rules that read only the article (attribution and quotation marks). */
const LOCAL_RULES: RuleEntry[] = [
  { code: 'unbalanced-quote', rule: unbalancedQuotes },
  { code: 'unattributed-quote', rule: unattributedQuotes },
];

/** The rules that read the corpus too. Boilerplate first: duplicates reuse its scan. */
const CORPUS_RULES: RuleEntry[] = [
  { code: 'boilerplate', rule: boilerplateRule },
  { code: 'duplicate-passage', rule: duplicatesRule },
];

export interface AnalyzeOptions {
  config?: Config;
  /**
   * The workspace's articles, for duplicates and boilerplate seen across files. Before the rules
   * read it, analyze has it hold this text as `docId` (the server and the CLI have put it there
   * already; an unsaved document, with no docId, is held for this analysis only).
   */
  corpus?: CorpusIndex;
  /** This article's key in the corpus (a URI in the server, a path in the CLI). */
  docId?: string;
  /** Path relative to the configuration's folder (forward slashes), for per-file ignores. */
  relPath?: string;
  /** 'markdown': code, front matter, URLs and HTML are blanked first (offsets stay exact). */
  format?: TextFormat;
  /** Kept by a caller that analyses one document again and again (an editor): per-paragraph work to reuse. */
  memo?: AttributionMemo;
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const doc = new ArticleDoc(prepareText(text, options.format));
  const local = analyzeLocal(doc, options);
  return finish(text, [...local.findings, ...corpusFindings(doc, options)], local.quotes, options);
}

/**
 * The two halves of analyze, which share nothing but the text: the rules that read only the
 * article (attribution and quotation marks), and those that read the corpus too (boilerplate
 * and duplicates), for a caller that runs them apart; `finish` joins them.
 */
export type AnalysisPart = 'local' | 'corpus';

export function analyzePart(text: string, part: AnalysisPart, options: AnalyzeOptions = {}): Analysis {
  const doc = new ArticleDoc(prepareText(text, options.format));
  return part === 'local' ? analyzeLocal(doc, options) : { findings: corpusFindings(doc, options), quotes: [] };
}

/**
 * analyze, one rule at a time, on a text already prepared (`prepared`: `source` with Markdown
 * blanked, as the corpus holds it): the caller may pause between rules, or stop (a newer edit),
 * so a long article does not hold up the others. The generator's return value is the analysis;
 * with `part`, only that part's rules run and their findings come back unfinished (as analyzePart).
 */
export function* analysisSteps(
  source: string,
  prepared: string,
  options: AnalyzeOptions = {},
  part?: AnalysisPart,
): Generator<void, Analysis> {
  const doc = new ArticleDoc(prepared);
  const findings: Finding[] = [];
  let quotes: QuoteInfo[] = [];
  if (part !== 'corpus') {
    const ctx = contextOf(doc, options);
    yield;
    ctx.attributions();
    for (const entry of LOCAL_RULES) {
      yield;
      for (const f of runRules(doc, [entry], ctx)) findings.push(f);
    }
    quotes = quoteInfos(doc, ctx.attributions());
  }
  if (part === 'local') return { findings, quotes };
  const corpus = options.corpus;
  const docId = corpus ? (options.docId ?? UNSAVED_ID) : options.docId;
  if (corpus) {
    corpus.ensureMinWords((options.config ?? DEFAULT_CONFIG).duplicates.minWords);
    corpus.set(docId as string, doc.text);
  }
  try {
    const ctx = contextOf(doc, { ...options, docId });
    for (const entry of CORPUS_RULES) {
      yield;
      for (const f of runRules(doc, [entry], ctx)) findings.push(f);
    }
  } finally {
    if (corpus && options.docId === undefined) corpus.delete(docId as string);
  }
  return part === 'corpus' ? { findings, quotes: [] } : finish(source, findings, quotes, options);
}

/** The findings of both parts, sorted, less those ignored. */
export function finish(text: string, findings: Finding[], quotes: QuoteInfo[], options: AnalyzeOptions = {}): Analysis {
  const config = options.config ?? DEFAULT_CONFIG;
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return { findings: applyIgnores(findings, text, config.ignore, options.relPath), quotes };
}

function contextOf(doc: ArticleDoc, options: AnalyzeOptions): Omit<RuleContext, 'severity'> {
  const config = options.config ?? DEFAULT_CONFIG;
  let attributions: Attribution[] | undefined;
  return {
    config,
    corpus: options.corpus,
    docId: options.docId,
    attributions: () => (attributions ??= attribute(doc, config, options.memo)),
    boilerplate: new BoilerplateScans(),
  };
}

function runRules(doc: ArticleDoc, rules: RuleEntry[], ctx: Omit<RuleContext, 'severity'>): Finding[] {
  const findings: Finding[] = [];
  for (const { code, rule } of rules) {
    const severity = severityOf(ctx.config, code);
    if (severity === 'off') continue;
    // One by one: spreading a rule's findings into push overflows the stack past ~100,000 of them.
    for (const f of rule(doc, { ...ctx, severity })) findings.push(f);
  }
  return findings;
}

function analyzeLocal(doc: ArticleDoc, options: AnalyzeOptions): Analysis {
  const ctx = contextOf(doc, options);
  const findings = runRules(doc, LOCAL_RULES, ctx);
  return { findings, quotes: quoteInfos(doc, ctx.attributions()) };
}

const UNSAVED_ID = '\u0000sourcelint-unsaved';

function corpusFindings(doc: ArticleDoc, options: AnalyzeOptions): Finding[] {
  const corpus = options.corpus;
  if (!corpus) return runRules(doc, CORPUS_RULES, contextOf(doc, options));
  // The one write: the index holds this version (an editor's text can be newer than the file's),
  // fine-grained enough for this config's duplicates.minWords. The rules then only read it.
  const docId = options.docId ?? UNSAVED_ID;
  corpus.ensureMinWords((options.config ?? DEFAULT_CONFIG).duplicates.minWords);
  corpus.set(docId, doc.text);
  try {
    return runRules(doc, CORPUS_RULES, contextOf(doc, { ...options, docId }));
  } finally {
    if (options.docId === undefined) corpus.delete(docId);
  }
}

function quoteInfos(doc: ArticleDoc, attributions: Attribution[]): QuoteInfo[] {
  return doc.quotes.map((q, i) => ({
    start: q.start,
    end: q.end,
    text: doc.text.slice(q.start, q.end),
    closed: q.closed || q.runsOn,
    open: q.open,
    ...attributions[i],
  }));
}
