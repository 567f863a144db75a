import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine/analyze';
import { DEFAULT_CONFIG, mergeConfig } from '../../server/src/engine/config';
import type { Finding } from '../../server/src/engine/types';
import { fixture } from '../helpers/fixtures';

const unattributed = (text: string, raw?: unknown): Finding[] =>
  analyze(text, raw ? { config: mergeConfig(DEFAULT_CONFIG, raw) } : {}).findings.filter(
    (f) => f.code === 'unattributed-quote',
  );
const applyFix = (text: string, f: Finding) => {
  const edits = [...f.fixes![0].edits].sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
};

describe('unattributed-quote rule', () => {
  it('takes a cited title and a name after "entitled" for no speech', () => {
    assert.equal(unattributed('Further reading: Lund, Aino. “Five Lessons From the Harbour Strike.”\n').length, 0);
    assert.equal(unattributed('The show, entitled ‘Lights over the old river bend’, opens in May.\n').length, 0);
    // A sentence of speech in quotes is still flagged.
    assert.equal(unattributed('“We will open the bridge again in May.”\n').length, 1);
  });

  it('gives a quotation that runs on over paragraphs one warning covering every part', () => {
    const text =
      'The ferry was late again.\n\n"We waited on the pier for two hours in the rain.\n\n"Nobody from the company came to tell us anything at all."\n';
    const found = unattributed(text);
    assert.equal(found.length, 1);
    assert.ok(text.slice(found[0].start, found[0].end).startsWith('"We waited'));
    assert.ok(text.slice(found[0].start, found[0].end).endsWith('at all."'));
  });

  it('warns on a standalone quoted paragraph and nowhere else in an attributed article', () => {
    const text = fixture('attribution/paragraphs.txt');
    const found = unattributed(text);
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'warning');
    assert.ok(text.slice(found[0].start, found[0].end).startsWith('"This is the worst spring'));
    assert.ok(text.slice(found[0].start, found[0].end).endsWith('valley."'));
    assert.match(found[0].message, /14 words has no source/);
  });

  it('stays quiet on articles where every quote has a source', () => {
    for (const name of ['experts', 'pronouns', 'traps'])
      assert.deepEqual(unattributed(fixture(`attribution/${name}.txt`)), [], name);
  });

  it('does not flag short quoted terms or titles, and respects unattributed.minWords', () => {
    const text =
      'Lead.\n\nThe plan was called "bold" by nobody in particular.\n\nThe ruling cited the "Harbour Access and Moorings Act" twice.\n\n"Three short words."\n';
    assert.deepEqual(unattributed(text), []);
    const strict = unattributed(text, { unattributed: { minWords: 3 } });
    assert.deepEqual(
      strict.map((f) => text.slice(f.start, f.end)),
      ['"Three short words."'],
    );
  });

  it('offers a preferred quick fix that adds a placeholder attribution after the quote', () => {
    const text = 'The vote is on Monday.\n\n"We will not move the market to the car park."\n';
    const [f] = unattributed(text);
    assert.ok(f.fixes?.[0].preferred);
    assert.match(f.fixes![0].title, /\[who\] said/);
    const fixed = applyFix(text, f);
    assert.equal(fixed, 'The vote is on Monday.\n\n"We will not move the market to the car park," [who] said.\n');
    // Once the writer names the speaker, the warning goes.
    assert.deepEqual(unattributed(fixed.replace('[who]', 'Ada Brandt')), []);
  });

  it('keeps a question mark and adds no comma; adds ", [who] said" after an unclosed quote', () => {
    const text = 'Intro line.\n\n“Is anyone going to pay for the new roof?”\n';
    const [f] = unattributed(text);
    assert.equal(applyFix(text, f), 'Intro line.\n\n“Is anyone going to pay for the new roof?” [who] said.\n');
    const open = 'Intro line.\n\n“Nobody is going to pay for the new roof\n';
    const [g] = unattributed(open);
    assert.equal(applyFix(open, g), 'Intro line.\n\n“Nobody is going to pay for the new roof, [who] said\n');
  });

  it('does not take a dash and an ordinary phrase after a quote for a credit', () => {
    const text =
      'Intro.\n\n"The market is in real trouble this year." - On the one hand, we want the stalls to stay.\n\n"Fees are too high for us." ― Rosa Lind\n';
    const found = unattributed(text);
    assert.deepEqual(
      found.map((f) => text.slice(f.start, f.end)),
      ['"The market is in real trouble this year."'],
    );
  });

  it('warns once for a quote that runs over paragraphs with no source', () => {
    const text =
      'Intro.\n\n"The bridge has been closed for a month and nobody has told us why.\n\n"We want answers before the winter comes."\n';
    const found = unattributed(text);
    assert.equal(found.length, 1);
    assert.ok(text.slice(found[0].start).startsWith('"The bridge'));
  });

  it('can be switched off per rule', () => {
    const text = 'Intro.\n\n"Nobody here signed the petition at all."\n';
    assert.equal(unattributed(text).length, 1);
    assert.deepEqual(unattributed(text, { severity: { 'unattributed-quote': 'off' } }), []);
  });

  it("passes over a quoted outlet name in a site's media registration footer, which is boilerplate", () => {
    const footer =
      '«Сетевое издание «Пример-Новости.ру (ПримерНовости.ру)» Свидетельство о регистрации СМИ ЭЛ №ФС00-12345, выдано Федеральной службой по надзору в сфере связи 1 мая 2020 г. 16+.';
    const page = `Мэр открыл мост в понедельник.\n\n${footer}\n`;
    assert.deepEqual(unattributed(page), []);
    const bp = analyze(page).findings.filter((f) => f.code === 'boilerplate');
    assert.deepEqual(
      bp.map((f) => page.slice(f.start, f.end)),
      [footer],
    );
    // The same line without the registration is no footer: its quotation is reported.
    assert.equal(unattributed(page.replace('Свидетельство о регистрации СМИ', 'Сайт')).length, 1);
    // A story sentence about some other registration is no footer.
    const story = 'Свидетельство о регистрации брака пара получила в мае.\n';
    assert.deepEqual(
      analyze(story).findings.filter((f) => f.code === 'boilerplate'),
      [],
    );
  });

  it('takes a short lower-case phrase after "to" or "these" that no one says for scare quotes', () => {
    assert.deepEqual(unattributed('Want to sell your art, but secretly afraid to “put yourself out there”\n'), []);
    assert.deepEqual(unattributed('Have you had any of these “moments of quiet local pride?”\n'), []);
    // After another word, or longer than a phrase, it may be someone's words: still reported.
    assert.equal(unattributed('Want to sell your art, but secretly afraid of “put yourself out there”\n').length, 1);
    assert.equal(unattributed('Have you had any of the “moments of quiet local pride?”\n').length, 1);
    assert.equal(
      unattributed('Have you had any of these “moments of quiet local pride when the ferry finally came in?”\n').length,
      1,
    );
  });
});
