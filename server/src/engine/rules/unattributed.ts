// Rule unattributed-quote: a quotation of at least `unattributed.minWords` words whose
// source cannot be found. Quoted terms, titles and scare quotes (attributed: null) are skipped, and so
// are quotations in a site's copyright or registration footer. (Related headlines' quotes are still reported.)

import { wordCount } from '../attribution/quote-words';
import { copyrightLines } from '../boilerplate';
import type { ArticleDoc } from '../document';
import type { Finding } from '../types';
import type { RuleContext } from './context';

export function unattributedQuotes(doc: ArticleDoc, ctx: RuleContext): Finding[] {
  const { config, severity } = ctx;
  const attributions = ctx.attributions();
  const out: Finding[] = [];
  // A quotation that runs on over paragraphs is one warning covering all of its parts.
  const next = new Map<number, number>();
  doc.quotes.forEach((q, i) => q.continues >= 0 && next.set(q.continues, i));
  const lastPart = (i: number) => {
    for (let k = next.get(i); k !== undefined; k = next.get(k)) i = k;
    return doc.quotes[i];
  };
  let footer: Set<number> | undefined;
  const onFooter = (offset: number) => {
    footer ??= new Set(copyrightLines(doc, config, ctx.corpus?.lines, ctx.docId, ctx.boilerplate));
    return footer.has(doc.lines.positionAt(offset).line);
  };
  doc.quotes.forEach((q, i) => {
    // One warning per quotation: not for a quote inside another, nor for the later paragraphs of a run-on quote.
    if (attributions[i]?.attributed !== false || q.parent >= 0 || q.continues >= 0) return;
    const text = doc.text.slice(q.start, q.end);
    const words = wordCount(text);
    if (words < config.unattributed.minWords || onFooter(q.open)) return;
    // Insert after the closing mark, or at the end of an unclosed quote's paragraph.
    const at = q.closed ? q.close + 1 : q.end;
    const before = doc.text.slice(q.close - 1, q.close);
    // "…." → "…," [who] said. keeps news punctuation: move a final full stop out of the quote.
    // "…?" and "…!" keep their mark and take no comma.
    const fix =
      q.closed && before === '.'
        ? {
            title: 'Add an attribution: “…,” [who] said.',
            edits: [
              { start: q.close - 1, end: q.close, newText: ',' },
              { start: at, end: at, newText: ' [who] said.' },
            ],
          }
        : q.closed && (before === '?' || before === '!')
          ? { title: 'Add an attribution: “…?” [who] said.', edits: [{ start: at, end: at, newText: ' [who] said.' }] }
          : { title: 'Add an attribution: …, [who] said', edits: [{ start: at, end: at, newText: ', [who] said' }] };
    const last = q.runsOn ? lastPart(i) : q;
    out.push({
      code: 'unattributed-quote',
      severity,
      start: q.open,
      end: last.closed ? last.close + 1 : last.end,
      message: `Quotation of ${words} words has no source: no one is named as saying it in its sentence or paragraph.`,
      key: text.trim().toLowerCase().slice(0, 80),
      fixes: [{ ...fix, preferred: true }],
    });
  });
  return out;
}
