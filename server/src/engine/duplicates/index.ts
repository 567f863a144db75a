// Duplicated passages within the article and across the corpus: one finding per shared
// passage (overlapping shared runs merged), pointing at every other copy.

import { boilerplateLines } from '../boilerplate';
import type { Config } from '../config';
import type { ArticleDoc } from '../document';
import type { Finding, RelatedLocation, Severity } from '../types';
import { Corpus, type Match, selfMatches } from './corpus';
import { tokenize } from './words';
import { passageKey } from './passage-key';
import { type Breaks, breaksOf, passages, removalEdit, textSpan } from './passages';
import { steps } from './steps';

const SCRATCH_ID = '\u0000sourcelint-unsaved';

/** `texts`: other documents' texts already decoded, by id (a caller making many calls may share one). */
export function findDuplicates(doc: ArticleDoc, config: Config, severity: Severity, corpus?: Corpus, docId?: string, texts = new Map<string, string>()): Finding[] {
  const minWords = config.duplicates.minWords;
  // Alone (no corpus): the article's own repeats, without building a corpus index for it.
  // (With corpusMinFiles < 2 a scratch corpus would count as boilerplate evidence: kept below.)
  if (!corpus && config.boilerplate.corpusMinFiles >= 2) {
    const id = docId ?? SCRATCH_ID;
    const words = tokenize(doc.text);
    const matches: Match[] = selfMatches(words, minWords).map((m) => ({ ...m, doc: id }));
    if (!matches.length) return [];
    // Alone, the article has no corpus evidence for boilerplate (a line needs 2 files or more):
    // the rule's own scan, made without a corpus, applies.
    const kept = cutBoilerplate(matches, boilerplateWords(doc, config, undefined, id, words), minWords);
    return passages(kept).map((p) => finding(doc.text, undefined, id, p.a, p.b, p.matches, config, severity, 0, words, new Map()));
  }
  const scratch = !corpus || docId === undefined;
  const c = corpus ?? new Corpus({ minWords });
  const id = docId ?? SCRATCH_ID;
  c.ensureMinWords(minWords);
  // The corpus may hold an older version of this document (the editor's text is newer).
  c.set(id, doc.text);
  try {
    const { matches, unchecked, uncheckedIn } = c.matches(id, minWords);
    if (!matches.length) return [];
    const words = c.words(id)!;
    const kept = cutBoilerplate(matches, boilerplateWords(doc, config, c, id, words), minWords);
    // Each other document's text decoded once for all the findings (not once per copy): `texts`.
    return passages(kept).map((p) => finding(doc.text, c, id, p.a, p.b, p.matches, config, severity, unchecked + uncheckedIn(p.a, p.b), words, texts));
  } finally {
    if (scratch && corpus) c.delete(id);
  }
}

/** Word indices that lie on lines the boilerplate rule flags: duplicates there are its business. */
function boilerplateWords(doc: ArticleDoc, config: Config, corpus: Corpus | undefined, id: string, words: { count: number; starts: Int32Array }): Uint8Array {
  const mark = new Uint8Array(words.count);
  // The scan the boilerplate rule made of this document is reused (same config, corpus and id).
  const flagged = boilerplateLines(doc, config, corpus, id);
  if (!flagged.length) return mark;
  // Lines and words both ascend: one sweep.
  let w = 0;
  for (const line of flagged) {
    const start = doc.lines.starts[line];
    const end = doc.lines.lineEnd(line);
    while (w < words.count && words.starts[w] < start) w++;
    for (let i = w; i < words.count && words.starts[i] < end; i++) mark[i] = 1;
  }
  return mark;
}

/** Splits matches around boilerplate words; pieces shorter than minWords are dropped. */
function cutBoilerplate(matches: Match[], mark: Uint8Array, minWords: number): Match[] {
  // next[i]: the first boilerplate word at or after i (mark.length if none), so each match costs
  // its pieces, not its length (runs of near-identical files cover every word several times).
  const n = mark.length;
  let next: Int32Array | undefined;
  for (let i = 0; i < n && !next; i++) if (mark[i]) next = new Int32Array(n + 1);
  if (!next) return matches;
  next[n] = n;
  for (let i = n - 1; i >= 0; i--) next[i] = mark[i] ? i : next[i + 1];
  const out: Match[] = [];
  for (const m of matches) {
    let s = m.a;
    for (;;) {
      steps.n++;
      const i = Math.min(next[Math.min(s, n)], m.b);
      if (i - s >= minWords) out.push(s === m.a && i === m.b ? m : { ...m, a: s, b: i, c: m.c + (s - m.a), d: m.c + (i - m.a) });
      if (i >= m.b) break;
      s = i + 1;
    }
  }
  return out;
}

/** A readable name for a document key: the file name of a path or URI. */
export function docName(docId: string): string {
  const last = docId.split(/[\\/]/).pop() || docId;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

const plural = (n: number, one: string, many = one + 's') => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

function finding(
  text: string,
  corpus: Corpus | undefined, // only read for copies in other documents
  id: string,
  a: number,
  b: number,
  matches: Match[],
  config: Config,
  severity: Severity,
  unchecked: number,
  words: { starts: Int32Array; ends: Int32Array },
  texts: Map<string, string>,
): Finding {
  const span = textSpan(text, words, a, b);
  const n = b - a;
  // Each other copy once (the same place can be reached from several overlapping runs): the same
  // word range is the same text span, so copies are told apart without reading the other text,
  // which is read only for the copies linked (a passage in many files has many copies).
  const seen = new Set<string>();
  const copies: Match[] = [];
  const order = [...matches].sort((x, y) => Number(y.self) - Number(x.self) || (x.doc < y.doc ? -1 : x.doc > y.doc ? 1 : x.c - y.c));
  for (const m of order) {
    steps.n++;
    const key = `${m.self ? id : m.doc}\u0000${m.c}\u0000${m.d}`;
    if (seen.has(key)) continue;
    seen.add(key);
    copies.push(m);
  }
  const max = config.duplicates.maxRelated;
  // More copies than are linked: the first copy in each file before any second one (a passage
  // repeated in 60 files links 5 files, not 5 copies in one of them).
  let linked = copies;
  if (copies.length > max) {
    const rank = new Map<Match, number>();
    let run = 0;
    copies.forEach((m, i) => {
      run = i > 0 && copies[i - 1].doc === m.doc && copies[i - 1].self === m.self ? run + 1 : 0;
      rank.set(m, run);
    });
    linked = copies
      .map((m, i) => ({ m, i }))
      .sort((x, y) => rank.get(x.m)! - rank.get(y.m)! || x.i - y.i)
      .slice(0, max)
      .sort((x, y) => x.i - y.i)
      .map((x) => x.m);
  }
  const related: RelatedLocation[] = linked.map((m) => {
    let otherText = m.self ? text : texts.get(m.doc);
    if (otherText === undefined) texts.set(m.doc, (otherText = corpus!.text(m.doc)!));
    const otherWords = m.self ? words : corpus!.words(m.doc)!;
    const s = textSpan(otherText, otherWords, m.c, m.d);
    const len = m.b - m.a;
    return {
      doc: m.self ? id : m.doc,
      start: s.start,
      end: s.end,
      message: m.self ? `Earlier copy in this article (${plural(len, 'word')})` : `Same passage in ${docName(m.doc)} (${plural(len, 'word')})`,
    };
  });
  const selfCount = copies.filter((m) => m.self).length;
  const files = new Set(copies.filter((m) => !m.self).map((m) => m.doc));
  const where: string[] = [];
  if (selfCount) where.push('earlier in this article');
  if (files.size) {
    const names = [...files].slice(0, 3).map(docName);
    where.push(files.size <= 3 ? `in ${names.join(', ')}` : `in ${plural(files.size, 'other file')} (${names.join(', ')}, …)`);
  }
  // Files holding some of its wording that were not read: no more than the corpus has besides those named.
  if (corpus) unchecked = Math.max(0, Math.min(unchecked, corpus.size - 1 - files.size));
  let message = `Duplicated passage (${plural(n, 'word')}): also ${where.join(' and ')}.`;
  if (copies.length > max) message += ` ${plural(copies.length, 'copy', 'copies')} in all; the first ${max} are linked.`;
  if (unchecked > 0) message += ` ${plural(unchecked, 'more file')} share${unchecked === 1 ? 's' : ''} some of its wording (not checked).`;
  const f: Finding = {
    code: 'duplicate-passage',
    severity,
    start: span.start,
    end: span.end,
    message,
    related,
    key: passageKey(text, span.start, span.end),
  };
  // Remove the later copy: only where the in-file copies cover the whole passage.
  const selfRuns = matches.filter((m) => m.self);
  // (Loops, not Math.min(...runs): a file of one repeated paragraph has more runs than a call takes arguments.)
  let lo = Infinity;
  let hi = -Infinity;
  for (const m of selfRuns) {
    if (m.a < lo) lo = m.a;
    if (m.b > hi) hi = m.b;
  }
  if (selfRuns.length && lo === a && hi === b && coversAll(selfRuns, a, b)) {
    f.fixes = [{ title: 'Remove the duplicated passage', edits: [removalEdit(text, span, breaksFor(text))] }];
  }
  return f;
}

// The line breaks of the text whose findings are being made (one text at a time).
let lastBreaks: { text: string; breaks: Breaks } | undefined;
function breaksFor(text: string): Breaks {
  if (lastBreaks?.text !== text) lastBreaks = { text, breaks: breaksOf(text) };
  return lastBreaks.breaks;
}

function coversAll(runs: Match[], a: number, b: number): boolean {
  let reach = a;
  for (const m of [...runs].sort((x, y) => x.a - y.a)) {
    if (m.a > reach) return false;
    reach = Math.max(reach, m.b);
  }
  return reach >= b;
}
