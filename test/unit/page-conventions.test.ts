// Who a quotation is by, or that it is no speech, where real pages say so without a cue verb:
// headlines, dash credits, citations, comment counts over a title, sayings.

import * as assert from 'node:assert/strict';
import { quotes, unattributed } from '../helpers/attribution';

describe('attribution: page conventions', () => {
  it('takes the subject after a headline quote’s colon as its source', () => {
    const [q] = quotes('‘We need a bigger harbour’: Port chief asks council for funds\n\nThe port is busy.\n');
    assert.equal(q.attributed, true);
    assert.equal(q.source?.text, 'Port chief');
  });

  it('takes the label before a headline’s colon as the source of the quote after it', () => {
    const [q] = quotes('Mayor Lind: ‘There will be no new toll on the bridge’\n\nThe council meets today.\n');
    assert.equal(q.source?.text, 'Mayor Lind');
    const [r] = quotes("'Harbour' star: I 'never expected the ferry to sink'\n");
    assert.equal(r.attributed, null, 'the show’s title');
    assert.equal(quotes("'Harbour' star: I 'never expected the ferry to sink'\n")[1].source?.text, "'Harbour' star");
    // A phrase with an article or a verb before the colon is no label: the quote stays unattributed.
    assert.equal(unattributed('Then came the news: “We will not reopen the old pier this year.”\n').length, 1);
  });

  it('takes the phrase after "in the words of" as the source', () => {
    const [q] = quotes(
      'This is how the winter went, in the words of the keeper: “We burned the last of the wood in March.”\n',
    );
    assert.equal(q.attributed, true);
    assert.equal(q.source?.text, 'the keeper');
  });

  it('takes a dash credit on the next line as the source', () => {
    const text = '“The boat trip was calm and the guide knew every island by name.”\n\n– Mara K.\n';
    const [q] = quotes(text);
    assert.equal(q.attributed, true);
    assert.equal(q.source?.text, 'Mara K');
    assert.deepEqual(unattributed(text), []);
    // Without the credit line it is flagged.
    assert.equal(unattributed('“The boat trip was calm and the guide knew every island by name.”\n').length, 1);
  });

  it('takes a citation after the quote as its source', () => {
    const [q] = quotes('“Blessed are the ones who keep the lamps lit through the night.” (Lamps 12:3)\n');
    assert.equal(q.source?.text, 'Lamps 12:3');
    assert.deepEqual(
      unattributed('“Do not fear the long winter, for the spring will come again.” [Harbour Book 4]\n'),
      [],
    );
  });

  it('gives a pull quote of a dozen words the attribution of the quote it repeats', () => {
    const text =
      'The ferry was late again on Monday.\n\n“The tide tables we were given were wrong by an hour on every single crossing”\n\n“Frankly, the tide tables we were given were wrong by an hour on every single crossing this month,” said Ines Valk, the ferry captain.\n';
    const [pull] = quotes(text);
    assert.equal(pull.attributed, true);
    assert.equal(pull.speaker?.name, 'Ines Valk');
    assert.deepEqual(unattributed(text), []);
  });

  it('reads a title after "responses to" and a saying as no speech, but not the verb "saying"', () => {
    assert.deepEqual(unattributed('12 responses to “ Coach Berg: “We needed this one badly” ”\n'), []);
    assert.deepEqual(unattributed('There is an old saying that goes “a calm sea never made a good sailor”.\n'), []);
    const [q] = quotes('The captain spoke at noon, saying, “We will sail at dawn if the wind drops.”\n');
    assert.equal(q.attributed, true);
  });
});
