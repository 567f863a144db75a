// Rule unbalanced-quote: a quotation mark that opens and never closes, or a stray closing mark.

import type { ArticleDoc } from '../document';
import type { Finding } from '../types';
import type { RuleContext } from './context';

export function unbalancedQuotes(doc: ArticleDoc, { severity }: RuleContext): Finding[] {
  const out: Finding[] = [];
  // The furthest closed quote nested (at any depth) in each quote: the fix must not close inside it.
  // Nesting is at most 8 deep (quotes.ts), so walking up is cheap.
  const innerEnd = new Map<number, number>();
  doc.quotes.forEach((x) => {
    if (!x.closed) return;
    for (let p = x.parent; p >= 0; p = doc.quotes[p].parent)
      innerEnd.set(p, Math.max(innerEnd.get(p) ?? 0, x.close + 1));
  });
  doc.quotes.forEach((q, qi) => {
    if (q.closed || q.runsOn) return;
    const mark = doc.text[q.open];
    // Close at the end of the sentence the quote starts in (news style keeps the period inside).
    const sentence = doc.sentenceAt(q.start, q.paragraph);
    let at = Math.max(sentence.end, q.start);
    const inner = innerEnd.get(qi);
    if (inner !== undefined && inner > at) at = inner;
    at = Math.min(at, q.end); // an inner quote left open closes before its parent's closing mark
    out.push({
      code: 'unbalanced-quote',
      severity,
      start: q.open,
      end: Math.max(q.open + 1, at),
      message: `Quotation mark ${mark} opens here and is never closed; attribution cannot be checked past it.`,
      key: doc.text
        .slice(q.start, Math.min(at, q.start + 200))
        .trim()
        .toLowerCase(),
      fixes: [
        {
          title: `Close the quotation with ${q.closer}`,
          edits: [{ start: at, end: at, newText: q.closer }],
          preferred: true,
        },
      ],
    });
  });
  for (const s of doc.strays) {
    out.push({
      code: 'unbalanced-quote',
      severity,
      start: s.at,
      end: s.at + 1,
      message: `Closing quotation mark ${s.mark} has no opening mark.`,
      key: s.mark,
      fixes: [{ title: `Remove the stray ${s.mark}`, edits: [{ start: s.at, end: s.at + 1, newText: '' }] }],
    });
  }
  return out;
}
