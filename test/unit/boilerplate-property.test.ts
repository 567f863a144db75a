// Property: applying the fixes removes exactly the flagged lines (and surplus blank lines around
// them), keeps every other line byte for byte with its line ending, keeps a BOM, and leaves
// nothing for a second run to find.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { findBoilerplate, removeAllEdits } from '../../server/src/engine/boilerplate';
import { applyEdits } from '../../server/src/engine/boilerplate/removal';
import { DEFAULT_CONFIG } from '../../server/src/engine/config';
import { ArticleDoc } from '../../server/src/engine/document';

const lint = (text: string) => findBoilerplate(new ArticleDoc(text), DEFAULT_CONFIG, 'warning');

const NAMES = ['Ada Brenn', 'Oskar Lind', 'Mira Tosh', 'the council', 'a spokeswoman'];
const THINGS = ['the tram line', 'the new school', 'the harbour wall', 'a flood plan', 'the budget'];
const story = fc
  .tuple(fc.constantFrom(...NAMES), fc.constantFrom(...THINGS), fc.integer({ min: 2, max: 900 }), fc.boolean())
  .map(([who, what, n, quoted]) =>
    quoted ? `"We need ${what} by ${n}," said ${who}.` : `${who} said ${what} would cost ${n} thousand.`,
  );
const furniture = fc.constantFrom(
  'Advertisement',
  'Share',
  'Read Later',
  'Comments',
  'leave a reply:',
  'Subscribe now',
  'Via Coastline Wire',
  'Credited from: DELTA PRESS',
  'Copyright 2024 Fen Media Ltd. All rights reserved.',
  'Sign up for the Fen Daily newsletter in your inbox.',
  'This story first appeared in the Fen Gazette.',
  'Home',
  'News',
  'Sport',
  'Weather',
  'Health',
  'Politics',
);
const blank = fc.constantFrom('', ' ', '\u00a0', '\t');
const line = fc.oneof(
  { arbitrary: story, weight: 4 },
  { arbitrary: furniture, weight: 3 },
  { arbitrary: blank, weight: 3 },
);
const eol = fc.constantFrom('\n', '\r\n', '\r');
const article = fc
  .tuple(fc.array(fc.tuple(line, eol), { minLength: 0, maxLength: 40 }), fc.boolean(), fc.boolean())
  .map(([ls, bom, finalEol]) => {
    let text = (bom ? '\ufeff' : '') + ls.map(([l, e]) => l + e).join('');
    if (!finalEol) text = text.replace(/(\r\n|\r|\n)$/, '');
    return text;
  });

/** Lines with their own endings. */
const split = (text: string) => text.match(/[^\r\n]*(\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
const noBom = (t: string) => t.replace(/^\ufeff/, '');
const isBlank = (l: string) => /^[\s\u00a0\ufeff]*$/.test(l);
const maxBlankRun = (ls: string[]) => {
  let best = 0;
  let run = 0;
  for (const l of ls) best = Math.max(best, (run = isBlank(l) ? run + 1 : 0));
  return best;
};

describe('boilerplate fixes: properties over generated articles', () => {
  it('fix all: no boilerplate left, every other non-blank line byte-for-byte kept, BOM kept, no new doubled blank lines', () => {
    fc.assert(
      fc.property(article, (text) => {
        const findings = lint(text);
        const out = applyEdits(text, removeAllEdits(findings));
        assert.deepEqual(lint(out), [], 'a second lint finds nothing');
        const flagged = new Set(findings.map((f) => new ArticleDoc(text).lines.positionAt(f.start).line));
        // The BOM belongs to the file, not to a line: it stays at the start whichever line goes.
        const lines = split(noBom(text));
        const kept = lines.filter((l, i) => !flagged.has(i) && !isBlank(l));
        assert.deepEqual(
          split(noBom(out)).filter((l) => !isBlank(l)),
          kept,
        );
        assert.equal(out.startsWith('\ufeff'), text.startsWith('\ufeff'));
        assert.ok(maxBlankRun(split(out)) <= Math.max(1, maxBlankRun(lines)), 'no doubled blank lines made');
      }),
      { numRuns: 400 },
    );
  });

  it('remove this line: only that line and blank lines next to it go', () => {
    fc.assert(
      fc.property(article, fc.nat(), (text, pick) => {
        const findings = lint(text);
        fc.pre(findings.length > 0);
        const f = findings[pick % findings.length];
        const fix = f.fixes!.find((x) => x.preferred)!;
        const out = applyEdits(text, fix.edits);
        const removed = text.slice(f.start, f.end);
        const before = split(noBom(text)).filter((l) => !isBlank(l));
        const after = split(noBom(out)).filter((l) => !isBlank(l));
        assert.equal(after.length, before.length - 1);
        const i = before.findIndex((l, k) => l !== after[k]);
        assert.equal(before[i].trim(), removed);
        assert.deepEqual([...before.slice(0, i), ...before.slice(i + 1)], after);
        assert.equal(out.startsWith('\ufeff'), text.startsWith('\ufeff'));
      }),
      { numRuns: 300 },
    );
  });
});
