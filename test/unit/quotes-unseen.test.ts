// Quotation marks as real pages set them, which the unbalanced-quote rule must not report:
// a quote wrapped over a line break, Russian merged guillemets, a ” typed for “, feet and inches
// inside a quote, and a run-on quote past an embed's label. A real unclosed quote is still reported.

import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine/analyze';
import { ArticleDoc } from '../../server/src/engine/document';

const unbalanced = (text: string) => analyze(text).findings.filter((f) => f.code === 'unbalanced-quote');

describe('quotation marks on real pages', () => {
  it('takes a quote whose closing mark is on the next line (no blank line) as one balanced quote', () => {
    const text =
      'The harbourmaster told the meeting, “Every boat that leaves before the tide turns will find the sandbar waiting for it,\nand nobody wants that.”\n';
    assert.deepEqual(unbalanced(text), []);
    // Across a blank line it is two faults: a quote never closed and a stray closing mark.
    assert.equal(unbalanced(text.replace(',\n', ',\n\n')).length, 2);
  });

  it('closes an outer guillemet quote at the one » it shares with an inner one (Russian style)', () => {
    const text =
      'Она сказала: «Я повторяю себе: «Всё будет хорошо!»\n\n«Издание «Пример.ру» Свидетельство о регистрации 12.\n';
    assert.deepEqual(unbalanced(text), []);
    const doc = new ArticleDoc(text);
    assert.ok(doc.quotes.every((q) => q.closed));
    // An outer « with nothing closed inside it is still unclosed.
    assert.equal(unbalanced('Она сказала: «Я повторяю себе одно и то же.\n').length, 1);
  });

  it('reads a ” typed where the opening mark belongs as the opening mark', () => {
    assert.deepEqual(unbalanced('I like the ” spend less, build more” idea.\n'), []);
    assert.deepEqual(unbalanced('He says,” there are people who never get listened to.”\n'), []);
    assert.deepEqual(unbalanced('” … and then the tide came in,” it read.\n'), []);
    // A lone ” with no later one to close it stays a stray.
    assert.equal(unbalanced('The rope held ” for a while.\n').length, 1);
  });

  it('lets a pasted post open with an invisible direction mark before its ”', () => {
    assert.deepEqual(unbalanced('\u202a”Thanks for the ferry, it runs on time!” posted Ana Reyes.\n'), []);
  });

  it('takes 6’2” inside a quotation for feet and inches', () => {
    const text = '“He is taller than me; he’s like 6’2”,” the coach said.\n';
    assert.deepEqual(unbalanced(text), []);
    assert.deepEqual(
      new ArticleDoc(text).quotes.map((q) => text.slice(q.start, q.end)),
      ['He is taller than me; he’s like 6’2”,'],
    );
  });

  it('runs a quote on past a one-word embed label between its paragraphs', () => {
    const text =
      '"We will keep the pier open," the statement said. "We have worked with the council to move forward.\n\nVideo\n\n"We started to see progress last week," the statement concluded.\n';
    assert.deepEqual(unbalanced(text), []);
    // A sentence between the parts is story: the first part really is left open.
    const prose = text.replace('Video', 'The council met on Monday.');
    assert.equal(unbalanced(prose).length, 1);
  });
});
