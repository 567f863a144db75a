import * as assert from 'node:assert/strict';
import { ArticleDoc } from '../../server/src/engine/document';
import { analyze } from '../../server/src/engine/analyze';
import { fixture } from '../helpers/fixtures';

const quoteTexts = (text: string) => new ArticleDoc(text).quotes.map((q) => text.slice(q.start, q.end));

describe('quote tokenizer', () => {
  it('takes inch marks, arrows and markup values for no quotation marks', () => {
    const unbalanced = (text: string) => analyze(text).findings.filter((f) => f.code === 'unbalanced-quote').length;
    assert.equal(unbalanced('The 16" model is out, and a 14” screen would suit the smaller one.\n'), 0);
    assert.equal(unbalanced('Read More »»\n\nBack to Top «\n'), 0);
    assert.equal(unbalanced('[button link=”http://example.invalid/review” type=”big”] Send us a review\n'), 0);
    assert.deepEqual(quoteTexts('The series “ Knights of the Harbour “, made in 1986, returns.\n'), [
      ' Knights of the Harbour ',
    ]);
    // A quotation that does not close is still reported.
    assert.equal(unbalanced('She said “we will be back on Monday for the vote.\n'), 1);
  });

  it('finds straight, curly, single, guillemet and „…“ quotes and skips apostrophes', () => {
    const text = fixture('styles.txt');
    assert.deepEqual(quoteTexts(text), [
      'new',
      'The stalls will open at dawn,',
      'Everyone is welcome.',
      'fair',
      'the lowest in years',
      ' Nous sommes prêts ',
      'Wir freuen uns.',
    ]);
    const doc = new ArticleDoc(text);
    assert.ok(doc.quotes.every((q) => q.closed));
    assert.equal(doc.strays.length, 0);
  });

  it("treats apostrophes as apostrophes: Korea's, can’t, ’90s, plural possessives", () => {
    assert.deepEqual(quoteTexts("Korea's envoy can’t stay; the ’90s were calm; the Joneses’ house."), []);
    assert.deepEqual(quoteTexts("Kim's 'dilemma' was plain."), ['dilemma']);
  });

  it('reads pasted page furniture as no quotation: » bullets and arrows, markup attributes, a lone elision', () => {
    const page =
      '» Markets\n\nHome » News » Harbour\n\nRead more »\n\n<script type="text/javascript" src="x.js"></script>\n\nFresh \'taches\nCadets raise funds\nThe nurses\' ward reopens';
    const doc = new ArticleDoc(page);
    assert.deepEqual(quoteTexts(page), []);
    assert.equal(doc.strays.length, 0);
    const unbalanced = analyze(page).findings.filter((f) => f.code === 'unbalanced-quote');
    assert.deepEqual(unbalanced, []);
    // A real guillemet quotation and a single-quoted headline word still count.
    assert.deepEqual(quoteTexts("Elle a dit «Nous partons» hier.\n\nKim's 'dilemma' grows"), [
      'Nous partons',
      'dilemma',
    ]);
  });

  it('takes a mark set off by spaces, with no quotation open, as an opening one', () => {
    const text = '"The first dose helped," she wrote. " The second part went on for months.\n\n"It has not come back."';
    const doc = new ArticleDoc(text);
    assert.deepEqual(
      quoteTexts(text).map((q) => q.trim()),
      ['The first dose helped,', 'The second part went on for months.', 'It has not come back.'],
    );
    assert.equal(doc.strays.length, 0);
    assert.ok(doc.quotes[1].runsOn, 'the open quote runs on into the next paragraph');
  });

  it('nests a single quote inside a double quote', () => {
    const text = fixture('nested.txt');
    const doc = new ArticleDoc(text);
    assert.deepEqual(
      doc.quotes.map((q) => text.slice(q.start, q.end)),
      ["very 'bold' move", 'bold', 'cheap'],
    );
    assert.equal(doc.quotes[1].parent, 0);
  });

  it('ends an unclosed quote at the paragraph end and reports it; reports a stray closing mark', () => {
    const text = fixture('unclosed.txt');
    const doc = new ArticleDoc(text);
    const unclosed = doc.quotes.filter((q) => !q.closed);
    assert.equal(unclosed.length, 2);
    assert.equal(text.slice(unclosed[0].start, unclosed[0].end), 'as soon as the storm passes.');
    assert.equal(text.slice(unclosed[1].start, unclosed[1].end), 'ready to sail.');
    assert.equal(doc.strays.length, 1);
    const findings = analyze(text).findings.filter((f) => f.code === 'unbalanced-quote');
    assert.equal(findings.length, 3);
  });

  it('joins a quote that runs over paragraphs in news style, without reporting it', () => {
    const text = fixture('runon.txt');
    const doc = new ArticleDoc(text);
    assert.equal(doc.quotes.length, 2);
    assert.equal(doc.quotes[0].runsOn, true);
    assert.equal(doc.quotes[1].continues, 0);
    assert.deepEqual(analyze(text).findings, []);
  });

  it('closes an unclosed quote at the end of its sentence, in the style it opened with', () => {
    const text = 'The minister called it “a serious step. Talks go on.';
    const [f] = analyze(text).findings;
    assert.equal(f.code, 'unbalanced-quote');
    const edit = f.fixes![0].edits[0];
    const fixed = text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
    assert.equal(fixed, 'The minister called it “a serious step.” Talks go on.');
    assert.deepEqual(analyze(fixed).findings, []);
  });

  it('keeps offsets right in CRLF files and after a BOM, and copes with an empty file', () => {
    const crlf = fixture('crlf.txt');
    assert.deepEqual(quoteTexts(crlf), ['Quoted words here,']);
    const bom = fixture('bom.txt');
    assert.equal(bom.charCodeAt(0), 0xfeff);
    assert.deepEqual(quoteTexts(bom), ['Bom words,']);
    assert.deepEqual(analyze(fixture('empty.txt')), { findings: [], quotes: [] });
  });
});
