// Hover on a quote, its cue, its source or any other mention of a speaker's name: who is
// speaking, as Markdown (full name, affiliation, quotes in this article, where first named).

import type { Hover } from 'vscode-languageserver/node';
import type { LineIndex } from '../engine/text';
import type { Analysis, QuoteInfo, Span, Speaker } from '../engine/types';
import { toRange } from './convert';

const inside = (s: Span | null, at: number) => !!s && at >= s.start && at <= s.end;

export function hoverAt(analysis: Analysis, lines: LineIndex, at: number): Hover | null {
  const quotes = analysis.quotes;
  // The innermost quote under the cursor, or the quote whose source or cue is under it.
  const inQuote = quotes
    .filter((q) => at >= q.open && at <= q.end + (q.closed ? 1 : 0))
    .sort((a, b) => b.open - a.open)[0];
  const viaMention = quotes.find((q) => inside(q.source, at) || inside(q.cue, at));
  const hit = viaMention ?? inQuote;
  if (hit) {
    const span = inside(hit.source, at)
      ? hit.source!
      : inside(hit.cue, at)
        ? hit.cue!
        : { start: hit.open, end: hit.closed ? hit.end + 1 : hit.end };
    return { contents: { kind: 'markdown', value: describeQuote(hit, quotes, lines) }, range: toRange(lines, span) };
  }
  // Any other mention of a speaker's name ("Shi" in a sentence without a quote).
  const word = wordAt(lines.text, at);
  if (!word) return null;
  const speaker = speakerNamed(quotes, lines.text.slice(word.start, word.end));
  if (!speaker) return null;
  return {
    contents: { kind: 'markdown', value: describeSpeaker(speaker, quotes, lines) },
    range: toRange(lines, word),
  };
}

function describeQuote(q: QuoteInfo, all: QuoteInfo[], lines: LineIndex): string {
  if (!q.speaker) {
    if (q.attributed === false)
      return '**No source.** No one is named as saying this quotation in its sentence or paragraph: add who said it.';
    if (q.attributed === null) return '_Quoted term or title: not treated as speech._';
    return q.source
      ? `**Source:** “${escapeMarkdown(q.source.text)}” (not resolved to a named speaker)`
      : '**Source unknown.**';
  }
  const parts = [describeSpeaker(q.speaker, all, lines)];
  const via = [
    q.source ? `source “${escapeMarkdown(q.source.text)}”` : '',
    q.cue ? `cue “${escapeMarkdown(q.cue.text)}”` : '',
  ]
    .filter(Boolean)
    .join(', ');
  if (via) parts.push(`This quotation: ${via} (line ${lines.positionAt((q.source ?? q.cue)!.start).line + 1})`);
  return parts.join('\n\n');
}

function describeSpeaker(s: Speaker, all: QuoteInfo[], lines: LineIndex): string {
  const count = all.filter((x) => x.speaker?.name === s.name && x.speaker.firstAt === s.firstAt).length;
  const first = lines.positionAt(s.firstAt);
  const head = `**${escapeMarkdown(s.name)}**${s.affiliation ? ` — ${escapeMarkdown(s.affiliation)}` : ''}`;
  return `${head}\n\n${count} quote${count === 1 ? '' : 's'} in this article · first named on line ${first.line + 1}`;
}

/** The speaker whose name has this word as one of its parts ("Shi" of "Shi Yinhong"), most quoted first. */
function speakerNamed(quotes: QuoteInfo[], word: string): Speaker | null {
  if (word.length < 2 || !/^\p{Lu}/u.test(word)) return null;
  const w = word.replace(/['’]s$/, '');
  const counts = new Map<string, { speaker: Speaker; count: number }>();
  for (const q of quotes) {
    const s = q.speaker;
    if (!s?.name.split(/\s+/).includes(w)) continue;
    const k = `${s.name}@${s.firstAt}`;
    const c = counts.get(k) ?? { speaker: s, count: 0 };
    c.count++;
    counts.set(k, c);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count)[0]?.speaker ?? null;
}

function wordAt(text: string, at: number): Span | null {
  const isW = (c: string | undefined) => !!c && /[\p{L}\p{N}'’-]/u.test(c);
  let s = at;
  let e = at;
  while (s > 0 && isW(text[s - 1])) s--;
  while (e < text.length && isW(text[e])) e++;
  while (e > s && /['’-]/.test(text[e - 1])) e--;
  return e > s ? { start: s, end: e } : null;
}

const escapeMarkdown = (s: string) => s.replace(/[\\`*_{}[\]()#+\-!<>|]/g, (c) => '\\' + c);
