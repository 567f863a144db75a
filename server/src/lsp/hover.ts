// Hover on a quote, its cue or a speaker's mention: who is speaking, as Markdown.

import type { Hover } from 'vscode-languageserver/node';
import type { LineIndex } from '../engine/text';
import type { Analysis, QuoteInfo, Span } from '../engine/types';
import { toRange } from './convert';

const inside = (s: Span | null, at: number) => !!s && at >= s.start && at <= s.end;

export function hoverAt(analysis: Analysis, lines: LineIndex, at: number): Hover | null {
  const quotes = analysis.quotes;
  // The innermost quote under the cursor, or the quote whose source or cue is under it.
  const hit =
    quotes.filter((q) => at >= q.open && at <= q.end + 1).sort((a, b) => b.open - a.open)[0] ??
    quotes.find((q) => inside(q.source, at) || inside(q.cue, at));
  if (!hit) return null;
  const span = inside(hit.source, at) ? hit.source! : inside(hit.cue, at) ? hit.cue! : { start: hit.open, end: hit.closed ? hit.end + 1 : hit.end };
  return { contents: { kind: 'markdown', value: describe(hit, quotes, lines) }, range: toRange(lines, span) };
}

function describe(q: QuoteInfo, all: QuoteInfo[], lines: LineIndex): string {
  if (!q.speaker) {
    if (q.attributed === false) return '**No source.** This quotation names no speaker: add who said it.';
    if (q.attributed === null && !q.source) return '_Quoted term: not speech._';
    return q.source ? `**Source:** ${escape(q.source.text)} (not resolved to a named speaker)` : '**Source unknown.**';
  }
  const s = q.speaker;
  const count = all.filter((x) => x.speaker?.name === s.name).length;
  const first = lines.positionAt(s.firstAt);
  const parts = [`**${escape(s.name)}**${s.affiliation ? ` — ${escape(s.affiliation)}` : ''}`];
  parts.push(`${count} quote${count === 1 ? '' : 's'} in this article · first named on line ${first.line + 1}`);
  return parts.join('\n\n');
}

const escape = (s: string) => s.replace(/[\\`*_{}[\]()#+\-!<>|]/g, (c) => '\\' + c);
