// Boilerplate: promo, syndication, copyright and page-furniture lines, found by the catalogue,
// the user's patterns, copied menus and lines repeated across unrelated articles of the corpus.
// Each finding offers to remove its line, or all of them, with edits that touch nothing else.

import type { Config } from '../config';
import type { ArticleDoc } from '../document';
import type { Edit, Finding, Fix, Severity } from '../types';
import { type Kind, MAX_CATALOGUE_WORDS, CATALOGUE } from './catalogue';
import { type LineStats, ownLines, repeatedLines } from './evidence';
import { type Line, type LineKeys, lineKeysOf, linesOf } from './lines';
import { menuLines } from './menus';
import { compileList } from './patterns';
import { chromeLines } from './region';
import { removalEdits } from './removal';

export { boilerplatePatternProblems, rawPatternProblems } from './patterns';
export { LineTable, type LineStats } from './evidence';

export const REMOVE_LINE = 'Remove this line';
export const REMOVE_ALL = 'Remove all boilerplate in this file';

/** Longest line the catalogue looks at; boilerplate lines are short. */
const MAX_CATALOGUE_CHARS = 600;

interface Hit {
  kind: Kind | 'repeated';
  what: string;
}

/** `stats`: which articles of the corpus hold which lines (CorpusIndex.lines), for lines repeated across them. */
export function findBoilerplate(
  doc: ArticleDoc,
  config: Config,
  severity: Severity,
  stats?: LineStats,
  docId?: string,
  scans = new BoilerplateScans(),
): Finding[] {
  const { lines, keys, hits } = scans.scan(doc, config, stats, docId);
  return toFindings(doc, lines, keys, hits, severity);
}

/** Line numbers findBoilerplate flags (ascending), from the same cached scan. */
export function boilerplateLines(
  doc: ArticleDoc,
  config: Config,
  stats?: LineStats,
  docId?: string,
  scans = new BoilerplateScans(),
): number[] {
  return [...scans.scan(doc, config, stats, docId).hits.keys()].sort((a, b) => a - b);
}

/** Line numbers of copyright and registration notices: a site's legal footer, never story. */
export function copyrightLines(
  doc: ArticleDoc,
  config: Config,
  stats: LineStats | undefined,
  docId: string | undefined,
  scans: BoilerplateScans,
): number[] {
  const out: number[] = [];
  for (const [line, hit] of scans.scan(doc, config, stats, docId).hits) if (hit.kind === 'copyright') out.push(line);
  return out;
}

interface Scan {
  doc: ArticleDoc;
  config: Config;
  stats: LineStats | undefined;
  docId: string | undefined;
  lines: Line[];
  keys: string[];
  hits: Map<number, Hit>;
}

/**
 * The rule and the duplicates rule (which cuts passages at boilerplate lines) both need the scan
 * of one document: one analysis holds one of these, and the second asker gets the first one's
 * scan while document, config, line stats and id are the same.
 */
export class BoilerplateScans {
  private last: Scan | undefined;

  scan(doc: ArticleDoc, config: Config, stats: LineStats | undefined, docId: string | undefined): Scan {
    const id = stats ? docId : undefined; // without corpus evidence the id plays no part
    const old = this.last;
    if (old && old.doc === doc && old.config === config && old.stats === stats && old.docId === id) return old;
    return (this.last = scan(doc, config, stats, id));
  }
}

function scan(doc: ArticleDoc, config: Config, stats: LineStats | undefined, docId: string | undefined): Scan {
  const lines = linesOf(doc);
  const text = doc.text;
  const lineKeys = lineKeysOf(text, doc.lines);
  const { keys, words } = lineKeys;
  const patterns = compileList(config.boilerplate.patterns, 'boilerplate.patterns').matchers;
  const allow = compileList(config.boilerplate.allow, 'boilerplate.allow').matchers;

  const hits = new Map<number, Hit>();
  const allowed = new Set<number>();
  for (const l of lines) {
    if (l.blank) continue;
    if (allow.length || patterns.length) {
      const raw = text.slice(l.start, l.end);
      if (allow.some((m) => m.test(raw))) {
        allowed.add(l.index);
        continue;
      }
      const user = patterns.find((m) => m.test(raw));
      if (user) {
        hits.set(l.index, { kind: 'promo', what: `a line matching your pattern ${user.source}` });
        continue;
      }
    }
    const key = keys[l.index];
    if (key.length > MAX_CATALOGUE_CHARS || words[l.index] > MAX_CATALOGUE_WORDS) continue;
    const entry = CATALOGUE.find((r) => (!r.needs || key.includes(r.needs)) && r.pattern.test(key));
    if (entry) hits.set(l.index, { kind: entry.kind, what: entry.what });
  }

  if (stats) corpusHits(doc, lines, lineKeys, stats, docId, config.boilerplate.corpusMinFiles, hits, allowed);

  for (const i of menuLines(
    lines,
    (l) => keys[l.index],
    (l) => hits.has(l.index),
    (l) => allowed.has(l.index),
  )) {
    hits.set(i, { kind: 'page furniture', what: 'part of a copied site menu' });
  }
  for (const i of chromeLines(
    lines,
    (i) => keys[i],
    (i) => words[i],
    (i) => hits.has(i),
    (i) => allowed.has(i),
  )) {
    hits.set(i, { kind: 'page furniture', what: 'page chrome outside the story' });
  }
  return { doc, config, stats, docId, lines, keys, hits };
}

function corpusHits(
  doc: ArticleDoc,
  lines: Line[],
  lineKeys: LineKeys,
  stats: LineStats,
  docId: string | undefined,
  minFiles: number,
  hits: Map<number, Hit>,
  allowed: Set<number>,
) {
  const { keys, hashes } = lineKeys;
  // Lines holding a quotation are the story's own words, however often other outlets repeat them.
  const quoted = new Set<number>();
  for (const q of doc.quotes) {
    const a = doc.lines.positionAt(q.open).line;
    const b = doc.lines.positionAt(q.end).line;
    for (let i = a; i <= b; i++) quoted.add(i);
  }
  const candidates = lines.filter(
    (l) =>
      !l.blank && !hits.has(l.index) && !allowed.has(l.index) && !quoted.has(l.index) && /\p{L}/u.test(keys[l.index]),
  );
  const repeated = repeatedLines(
    stats,
    docId,
    ownLines(lineKeys),
    new Set(candidates.map((l) => hashes[l.index])),
    minFiles,
  );
  for (const l of candidates) {
    const e = repeated.get(hashes[l.index]);
    if (!e) continue;
    const what =
      e.checked === e.files - 1
        ? `a line found in ${e.unrelated} unrelated articles of the workspace`
        : `a line found in ${e.files} articles of the workspace, ${e.unrelated - 1} of the ${e.checked} others checked unrelated to this one`;
    hits.set(l.index, { kind: 'repeated', what });
  }
}

function toFindings(
  doc: ArticleDoc,
  lines: Line[],
  keys: string[],
  hits: Map<number, Hit>,
  severity: Severity,
): Finding[] {
  if (!hits.size) return [];
  const starts = doc.lines.starts;
  const all: Edit[] = removalEdits(doc.text, starts, lines, new Set(hits.keys()));
  const removeAll: Fix | undefined = hits.size > 1 ? { title: REMOVE_ALL, edits: all } : undefined;
  const out: Finding[] = [];
  for (const [i, hit] of [...hits].sort((a, b) => a[0] - b[0])) {
    const l = lines[i];
    const label = hit.kind === 'repeated' ? 'repeated line' : hit.kind;
    const fixes: Fix[] = [
      { title: REMOVE_LINE, edits: removalEdits(doc.text, starts, lines, new Set([i])), preferred: true },
    ];
    if (removeAll) fixes.push(removeAll);
    out.push({
      code: 'boilerplate',
      severity,
      start: l.start,
      end: l.end,
      message: `Boilerplate (${label}): ${hit.what}, not part of the story.`,
      fixes,
      key: keys[i],
    });
  }
  return out;
}

/** The edits that remove every boilerplate line of an analysis (for fix-all and `sourcelint fix`). */
export function removeAllEdits(findings: readonly Finding[]): Edit[] {
  const bp = findings.filter((f) => f.code === 'boilerplate');
  if (!bp.length) return [];
  const all = bp[0].fixes?.find((f) => f.title === REMOVE_ALL);
  if (all) return all.edits;
  return bp[0].fixes?.find((f) => f.title === REMOVE_LINE)?.edits ?? [];
}
