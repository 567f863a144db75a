import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../server/src/engine/analyze';
import { blankMarkdown, formatOf } from '../../server/src/engine/markdown';

/** Same length, line breaks where they were, and every character kept is the original one. */
function assertAligned(src: string, out: string) {
  assert.equal(out.length, src.length);
  for (let i = 0; i < src.length; i++) {
    if (src[i] === '\n' || src[i] === '\r') assert.equal(out[i], src[i], `line break at ${i}`);
    else
      assert.ok(
        out[i] === src[i] || out[i] === ' ',
        `char ${i}: ${JSON.stringify(src[i])} -> ${JSON.stringify(out[i])}`,
      );
  }
}

// An invented story with every kind of Markdown that is not prose; each non-prose part holds a stray
// quotation mark that would be an unbalanced-quote finding if it were read as text.
const ARTICLE = `---
title: "Lighthouse keepers vote to stay
tags: [coast, "jobs]
---

# Lighthouse keepers vote to stay

![Keepers on the gallery "at dawn](https://pics.example/keepers.jpg "the north light")

The keepers of Skerry Point voted on Tuesday to keep the light manned, [the union said](https://union.example/news?id="42" "Union \\"news").

“We are not leaving the rock,” said Orla Quinn, the senior keeper.

\`\`\`json
{ "vote": "stay, "count": 14 }
\`\`\`

    indented "code block
    with a second “line

Run \`grep "keeper\` to find the rota, or see <https://rota.example/"x> and www.rota.example/a"b.

<div class="note" data-x='"'>
  An editor's "note
</div>

<!-- reviewer: "check the count -->

A keeper wrote <span title="a &quot;title">by hand</span> in the log.

[rota]: https://rota.example/list "Rota \\"list"

The council called the vote “a relief for the whole coast.
`;

describe('Markdown articles', () => {
  it('blanks front matter, code, link URLs, images and HTML, keeping every offset and line break', () => {
    const out = blankMarkdown(ARTICLE);
    assertAligned(ARTICLE, out);
    for (const gone of [
      'title:',
      '"stay',
      'keepers.jpg',
      'union.example',
      '"vote"',
      'indented',
      'second “line',
      'grep',
      'rota.example',
      'class=',
      "editor's",
      'reviewer',
      'span',
      'Rota \\"list',
    ]) {
      assert.ok(!out.includes(gone), `still there: ${gone}`);
    }
    assert.ok(out.includes('\n  Lighthouse keepers vote to stay\n'), 'heading marker blanked, words kept');
    for (const kept of [
      '[the union said]',
      '“We are not leaving the rock,” said Orla Quinn',
      'by hand',
      'A keeper wrote',
      '“a relief for the whole coast.',
      'to find the rota, or see',
    ]) {
      assert.ok(out.includes(kept), `lost: ${kept}`);
    }
  });

  it('finds only the prose findings in a Markdown article, at exact offsets of the source', () => {
    const md = analyze(ARTICLE, { format: 'markdown' });
    const unbalanced = md.findings.filter((f) => f.code === 'unbalanced-quote');
    assert.equal(unbalanced.length, 1, JSON.stringify(unbalanced));
    assert.equal(unbalanced[0].start, ARTICLE.lastIndexOf('“a relief'));
    const quote = md.quotes.find((q) => q.text.startsWith('We are not leaving'))!;
    assert.equal(ARTICLE.slice(quote.start, quote.end), quote.text);
    assert.equal(quote.speaker?.name, 'Orla Quinn');
    // Read as plain text, the same file is full of stray marks: the pre-pass is what removes them.
    const asText = analyze(ARTICLE, { format: 'text' }).findings.filter((f) => f.code === 'unbalanced-quote');
    assert.ok(asText.length >= 5, `${asText.length}`);
  });

  it('keeps list items and their indented continuation lines, which are not code, without their markers', () => {
    const src =
      'Tide times\n\n- High water at six, “the earliest this year,”\n    said the harbour master, Ilse Varga.\n- Low water at noon.\n\n> “Boats wait,” Varga said.\n';
    const out = blankMarkdown(src);
    assert.equal(out, src.replace(/^- /gm, '  ').replace(/^> /m, '  '));
    // Without the "- " the attribution rules see the sentence as it reads.
    const q = analyze('Tide times\n\n- High water at six, “the earliest this year,” said Ilse Varga.\n', {
      format: 'markdown',
    }).quotes[0];
    assert.equal(q.attributed, true);
    assert.equal(analyze(src, { format: 'markdown' }).quotes.find((x) => x.text === 'Boats wait,')?.attributed, true);
  });

  it('blanks an unclosed fence to the end and matches code spans by backtick count', () => {
    const src = 'Notes\n\nUse ``a ` tick`` here and `one` there; a lone ` stays.\n\n~~~\n"open\n';
    const out = blankMarkdown(src);
    assertAligned(src, out);
    assert.ok(out.startsWith('Notes\n\nUse '));
    assert.ok(!out.includes('tick') && !out.includes('one there') && !out.includes('"open'));
    assert.ok(out.includes('a lone ` stays.'));
    // A code span does not run over a blank line.
    const para = 'One `tick\n\nand another` here\n';
    assert.equal(blankMarkdown(para), para);
  });

  it('keeps CRLF line breaks and a BOM before front matter', () => {
    const src = '\uFEFF---\r\nslug: "x\r\n---\r\n“Hello,” said Mo Reyes.\r\n';
    const out = blankMarkdown(src);
    assertAligned(src, out);
    assert.ok(out.endsWith('“Hello,” said Mo Reyes.\r\n'));
    assert.ok(!out.includes('slug'));
  });

  it('leaves a thematic break that is not front matter', () => {
    const src = 'Ferry news\n\n---\n\n“It sails,” said Ada Lin.\n';
    assert.equal(blankMarkdown(src), src);
  });

  it('keeps length and line breaks on any input', () => {
    const piece = fc.constantFrom(
      '`',
      '``',
      '```',
      '~~~',
      '\n',
      '\r\n',
      '    ',
      '---',
      '<div>',
      '</div>',
      '<!--',
      '-->',
      '[a](b "c")',
      '![x](y)',
      '"',
      '“',
      '”',
      'https://x.y/"z',
      '<b title="q">',
      'word ',
      '- ',
      '# ',
      '\t',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const src = parts.join('');
        assertAligned(src, blankMarkdown(src));
      }),
      { numRuns: 300 },
    );
  });

  it('tells Markdown by language id or extension', () => {
    assert.equal(formatOf('file:///news/ferry.md'), 'markdown');
    assert.equal(formatOf('/news/ferry.MARKDOWN'), 'markdown');
    assert.equal(formatOf('file:///news/ferry.txt', 'markdown'), 'markdown');
    assert.equal(formatOf('file:///news/ferry.md', 'news-article'), 'text');
    assert.equal(formatOf('/news/ferry.txt'), 'text');
    assert.equal(formatOf('/news/md.article'), 'text');
  });
});
