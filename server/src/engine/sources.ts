// Who is quoted in an article: speakers with their quotes, and the quotes with no source.
// Feeds the Sources view, the document outline and "Copy source list".

import type { QuoteInfo, Span } from './types';

export interface SourceQuote extends Span {
  text: string;
  open: number;
}

export interface SourceEntry {
  name: string;
  affiliation: string | null;
  /** Where the speaker is first named. */
  firstAt: number;
  quotes: SourceQuote[];
}

export interface SourceList {
  speakers: SourceEntry[];
  unattributed: SourceQuote[];
}

const brief = (q: QuoteInfo): SourceQuote => ({ start: q.start, end: q.end, open: q.open, text: q.text });

export function sourceList(quotes: QuoteInfo[]): SourceList {
  const byName = new Map<string, SourceEntry>();
  const unattributed: SourceQuote[] = [];
  for (const q of quotes) {
    if (q.speaker) {
      let e = byName.get(q.speaker.name);
      if (!e) {
        e = { name: q.speaker.name, affiliation: q.speaker.affiliation, firstAt: q.speaker.firstAt, quotes: [] };
        byName.set(q.speaker.name, e);
      }
      e.affiliation ??= q.speaker.affiliation;
      e.quotes.push(brief(q));
    } else if (q.attributed === false) unattributed.push(brief(q));
  }
  // Most-quoted first; ties in order of appearance.
  const speakers = [...byName.values()].sort((a, b) => b.quotes.length - a.quotes.length || a.firstAt - b.firstAt);
  return { speakers, unattributed };
}

/** Plain text for an editor's fact-check: one speaker a line, "name — affiliation — N quotes". */
export function sourceListText(list: SourceList): string {
  const n = (k: number) => `${k} quote${k === 1 ? '' : 's'}`;
  const lines = list.speakers.map((s) =>
    [s.name, s.affiliation ?? '(no affiliation given)', n(s.quotes.length)].join(' — '),
  );
  if (list.unattributed.length) lines.push(`Unattributed — ${n(list.unattributed.length)}`);
  return lines.join('\n') + (lines.length ? '\n' : '');
}
