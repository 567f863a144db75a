// Cue words and page conventions met on unseen real pages: "as he related,", a gerund after "to"
// ("reduced to lecturing X that"), "praying the court to", a lead-in ending in an ellipsis, a
// citation on the line after the quote, a named maxim, and a dated headline quote. Invented sentences.

import * as assert from 'node:assert/strict';
import { quotes, unattributed } from '../helpers/attribution';

describe('attribution: cues met on unseen pages', () => {
  it('reads "as he related," before the quote', () => {
    const [q] = quotes(
      'Tom Reyes ran the mill. As he related, “the river froze and the wheel stood still for a month.”\n',
    );
    assert.equal(q.attributed, true);
    assert.equal(q.speaker?.name, 'Tom Reyes');
    // "related" as an adjective is no cue.
    assert.equal(
      unattributed('The related stories are below.\n\n“The wheel stood still for a whole month.”\n').length,
      1,
    );
  });

  it('reads a gerund after "to" but not an infinitive', () => {
    const [q] = quotes(
      'When city officials are reduced to lecturing the voters that “a late bus is much better than no bus” it is time to go.\n',
    );
    assert.equal(q.attributed, true);
    assert.equal(q.source?.text, 'city officials');
    // "to say" stays no cue: the quote has no speaker.
    assert.equal(unattributed('It is hard to say. “The bus comes when the driver wakes up.”\n').length, 1);
  });

  it('reads "praying the court to" as a court filing’s cue', () => {
    const [q] = quotes(
      'The tenants are praying the court to, among others, order the firm to “repair every road it damaged.”\n',
    );
    assert.equal(q.attributed, true);
    assert.equal(q.source?.text, 'The tenants');
  });

  it('carries a paragraph ending "along the lines of …" to the quote after it', () => {
    const text =
      'I often phone a friend and say something along the lines of …\n\n“Help! I know I must do this but it is scary!”\n';
    assert.deepEqual(unattributed(text), []);
    // A paragraph trailing off after an ordinary word does not.
    const off =
      'I phone a friend and say we should meet, and then …\n\n“Help! I know I must do this but it is scary!”\n';
    assert.equal(unattributed(off).length, 1);
  });

  it('takes a citation on the next line as the source', () => {
    const text =
      '“Be kind to the stranger at your gate, for you were once a stranger too.”\n\n[Book of Ruth 2:10 in a village reading]\n';
    const [q] = quotes(text);
    assert.equal(q.attributed, true);
    assert.equal(q.source?.text, 'Book of Ruth 2:10');
  });

  it('treats a named maxim or habit as no speech', () => {
    assert.deepEqual(unattributed('I keep one of the habits – “Put first things first” – every day.\n'), []);
    assert.deepEqual(unattributed('The club lives by the motto “leave the field cleaner than you found it”.\n'), []);
  });

  it('reads a headline quote after a dateline, and a headline cut short by an ellipsis', () => {
    const [q] = quotes('Monday March 2, 2026 ‘Fix the roads first’: Town voters tell council...\n');
    assert.equal(q.attributed, true);
    assert.equal(q.source?.text, 'Town voters');
  });

  it('reads a name before "to" as the speaker of "to claim that"', () => {
    const [q] = quotes(
      'The vote allowed Ana Ruiz to claim that the town wants to be “a place where every child can swim.”\n',
    );
    assert.equal(q.attributed, true);
    assert.equal(q.speaker?.name, 'Ana Ruiz');
  });

  it('gives no source to a headline quote after the headline’s first word', () => {
    const text = 'Harbour fees ‘to double for every boat’ by next spring\n\nThe port board met on Monday.\n';
    assert.equal(unattributed(text).length, 1);
    // A source word before the quote still speaks.
    const [q] = quotes('Fishermen fear fees ‘will double for every boat’ next spring\n\nThe port board met.\n');
    assert.equal(q.source?.text, 'Fishermen');
    // "Lind on fees: We ‘will not pay any more’": the name before a preposition is the headline’s speaker.
    assert.deepEqual(
      unattributed('Lind on fees: We ‘will not pay any more at all’\n\nThe port board met on Monday.\n'),
      [],
    );
  });

  it('keeps a headline teaser quoted twice as speech, and reads no source from a headline about a thing', () => {
    const teaser = '‘It all comes down to one man’: All eyes turn to the harbour chief';
    const text = `${teaser}\nFerry late again\n\nThe port board met on Monday.\n\n${teaser}\n`;
    assert.equal(unattributed(text).length, 2);
    // Quoted twice in the story's prose, the words are a slogan: no warning.
    const slogan =
      'The banner read “one town one harbour for all” all week.\n\nPeople sang “one town one harbour for all” at night.\n';
    assert.deepEqual(unattributed(slogan), []);
    const [q] = quotes('‘Hate to cause a stink at all’: Port chairman declines to act\n\nStory.\n');
    assert.equal(q.source?.text, 'Port chairman');
  });
});
