// The sources of an article for LSP: document symbols (outline) and the Sources view's data.

import { type DocumentSymbol, SymbolKind } from 'vscode-languageserver/node';
import type { SourcesResult, WireQuote } from '../../../common/protocol';
import { sourceList, sourceListText, type SourceQuote } from '../engine/sources';
import type { LineIndex } from '../engine/text';
import type { Analysis } from '../engine/types';
import { toRange } from './convert';

const MAX_NAME = 80;
const short = (s: string) => (s.length > MAX_NAME ? s.slice(0, MAX_NAME - 1) + '…' : s);
const quoteSpan = (q: SourceQuote) => ({ start: q.open, end: Math.max(q.end, q.open + 1) });

export function documentSymbols(analysis: Analysis, lines: LineIndex): DocumentSymbol[] {
  const list = sourceList(analysis.quotes);
  const quoteSymbol = (q: SourceQuote): DocumentSymbol => ({
    name: short(`“${q.text.trim()}”`),
    kind: SymbolKind.String,
    range: toRange(lines, quoteSpan(q)),
    selectionRange: toRange(lines, quoteSpan(q)),
  });
  const group = (
    name: string,
    detail: string | undefined,
    kind: SymbolKind,
    at: number,
    quotes: SourceQuote[],
  ): DocumentSymbol => {
    const start = Math.min(at, ...quotes.map((q) => q.open));
    const end = Math.max(at + 1, ...quotes.map((q) => quoteSpan(q).end));
    return {
      name,
      detail,
      kind,
      range: toRange(lines, { start, end }),
      selectionRange: toRange(lines, { start: at, end: at + 1 }),
      children: quotes.map(quoteSymbol),
    };
  };
  const out = list.speakers.map((s) =>
    group(s.name, s.affiliation ?? undefined, SymbolKind.Class, s.firstAt, s.quotes),
  );
  if (list.unattributed.length) {
    out.push(
      group(
        'Unattributed quotes',
        `${list.unattributed.length}`,
        SymbolKind.Event,
        list.unattributed[0].open,
        list.unattributed,
      ),
    );
  }
  return out;
}

export function sourcesResult(uri: string, version: number, analysis: Analysis, lines: LineIndex): SourcesResult {
  const list = sourceList(analysis.quotes);
  const wire = (q: SourceQuote): WireQuote => ({ text: q.text, range: toRange(lines, quoteSpan(q)) });
  return {
    uri,
    version,
    speakers: list.speakers.map((s) => ({
      name: s.name,
      affiliation: s.affiliation,
      firstNamed: toRange(lines, { start: s.firstAt, end: s.firstAt }),
      quotes: s.quotes.map(wire),
    })),
    unattributed: list.unattributed.map(wire),
    text: sourceListText(list),
  };
}
