// The engine's entry point: text in, findings and quotes out. No editor or LSP here.

import { type Config, DEFAULT_CONFIG, severityOf } from './config';
import { ArticleDoc } from './document';
import { applyIgnores } from './ignore';
import { type Attribution, attribute } from './attribution';
import type { AttributionMemo } from './attribution/memo';
import { findBoilerplate } from './boilerplate';
import type { Corpus } from './duplicates/corpus';
import { findDuplicates } from './duplicates';
import { unbalancedQuotes } from './rules/unbalanced';
import { type TextFormat, prepareText } from './markdown';
import { unattributedQuotes } from './rules/unattributed';
import type { Analysis, Finding, QuoteInfo, RuleCode, Severity } from './types';

export interface AnalyzeOptions {
  config?: Config;
  /** The workspace's articles, for duplicates and boilerplate seen across files. */
  corpus?: Corpus;
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
export function* analysisSteps(source: string, prepared: string, options: AnalyzeOptions = {}, part?: AnalysisPart): Generator<void, Analysis> {
  const config = options.config ?? DEFAULT_CONFIG;
  const doc = new ArticleDoc(prepared);
  const findings: Finding[] = [];
  const run = ruleRunner(config, findings);
  let attributions: Attribution[] = [];
  if (part !== 'corpus') {
    yield;
    attributions = attribute(doc, config, options.memo);
    yield;
    run('unbalanced-quote', (sev) => unbalancedQuotes(doc, sev));
    run('unattributed-quote', (sev) => unattributedQuotes(doc, attributions, config, sev));
  }
  const quotes = quoteInfos(doc, attributions);
  if (part === 'local') return { findings, quotes };
  yield;
  run('boilerplate', (sev) => findBoilerplate(doc, config, sev, options.corpus, options.docId));
  yield;
  run('duplicate-passage', (sev) => findDuplicates(doc, config, sev, options.corpus, options.docId));
  return part === 'corpus' ? { findings, quotes: [] } : finish(source, findings, quotes, options);
}

/** The findings of both parts, sorted, less those ignored. */
export function finish(text: string, findings: Finding[], quotes: QuoteInfo[], options: AnalyzeOptions = {}): Analysis {
  const config = options.config ?? DEFAULT_CONFIG;
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return { findings: applyIgnores(findings, text, config.ignore, options.relPath), quotes };
}

function ruleRunner(config: Config, findings: Finding[]) {
  return (code: RuleCode, rule: (severity: Severity) => Finding[]) => {
    const sev = severityOf(config, code);
    // One by one: spreading a rule's findings into push overflows the stack past ~100,000 of them.
    if (sev !== 'off') for (const f of rule(sev)) findings.push(f);
  };
}

function analyzeLocal(doc: ArticleDoc, options: AnalyzeOptions): Analysis {
  const config = options.config ?? DEFAULT_CONFIG;
  const findings: Finding[] = [];
  const run = ruleRunner(config, findings);
  const attributions = attribute(doc, config, options.memo);
  run('unbalanced-quote', (sev) => unbalancedQuotes(doc, sev));
  run('unattributed-quote', (sev) => unattributedQuotes(doc, attributions, config, sev));
  return { findings, quotes: quoteInfos(doc, attributions) };
}

function corpusFindings(doc: ArticleDoc, options: AnalyzeOptions): Finding[] {
  const config = options.config ?? DEFAULT_CONFIG;
  const findings: Finding[] = [];
  const run = ruleRunner(config, findings);
  run('boilerplate', (sev) => findBoilerplate(doc, config, sev, options.corpus, options.docId));
  run('duplicate-passage', (sev) => findDuplicates(doc, config, sev, options.corpus, options.docId));
  return findings;
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

/** A finding for a file that is too large to analyse, at the top of the file. */
export function tooLargeFinding(size: number, limit: number): Finding {
  return {
    code: 'file-too-large',
    severity: 'information',
    start: 0,
    end: 0,
    message: `Not analysed: ${size.toLocaleString('en')} bytes is over sourcelint.maxFileSize (${limit.toLocaleString('en')}).`,
  };
}
