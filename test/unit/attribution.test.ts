import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine/analyze';
import type { QuoteInfo } from '../../server/src/engine/types';
import { fixture } from '../helpers/fixtures';

const quotesOf = (text: string) => analyze(text).quotes;
/** The quote whose text starts with `start`. */
const quote = (qs: QuoteInfo[], start: string) => {
  const q = qs.find((x) => x.text.startsWith(start));
  assert.ok(q, `no quote starting "${start}" in ${JSON.stringify(qs.map((x) => x.text))}`);
  return q;
};
const who = (qs: QuoteInfo[], start: string) => quote(qs, start).speaker?.name ?? null;
const aff = (qs: QuoteInfo[], start: string) => quote(qs, start).speaker?.affiliation ?? null;
const src = (qs: QuoteInfo[], start: string) => quote(qs, start).source?.text ?? null;

describe('attribution: cues and sources', () => {
  const qs = quotesOf(fixture('attribution/experts.txt'));

  it('resolves "she said" after an appositive first mention to the full name and its affiliation', () => {
    assert.equal(src(qs, 'A small charge'), 'she');
    assert.equal(who(qs, 'A small charge'), 'Marta Villanueva');
    assert.equal(aff(qs, 'A small charge'), 'professor of urban economics at Calder University');
  });

  it('splits a title before the name from the name ("Port Authority chairman Olu Adeyemi")', () => {
    assert.equal(who(qs, 'no appetite'), 'Olu Adeyemi');
    assert.equal(aff(qs, 'no appetite'), 'Port Authority chairman');
    assert.equal(quote(qs, 'no appetite').cue?.text, 'said');
  });

  it('joins a later surname-only mention to the full name ("Adeyemi added")', () => {
    assert.equal(src(qs, 'We will listen'), 'Adeyemi');
    assert.equal(who(qs, 'We will listen'), 'Olu Adeyemi');
    assert.equal(quote(qs, 'We will listen').cue?.text, 'added');
  });

  it('reads the inverted order "…," said X, head of …', () => {
    assert.equal(who(qs, 'The ferry operators'), 'Tomas Lindqvist');
    assert.equal(aff(qs, 'The ferry operators'), 'head of the Coastal Ferries Association in Brenmouth');
    assert.equal(who(qs, 'empty the old quarter'), 'Tomas Lindqvist');
  });

  it('takes "X of the Institute …" after "according to" as name and affiliation', () => {
    assert.equal(who(qs, 'Nobody has asked'), 'Ines Moreau');
    assert.match(aff(qs, 'Nobody has asked') ?? '', /Institute for Regional Commerce/);
  });

  it('finds the subject past a "who" clause, and lets a later appositive improve the affiliation', () => {
    assert.equal(src(qs, 'Councils always promise'), 'Piet Halvorsen');
    assert.equal(quote(qs, 'Councils always promise').cue?.text, 'told');
    assert.equal(who(qs, 'a tax on people'), 'Piet Halvorsen');
    assert.equal(quote(qs, 'a tax on people').cue?.text, 'continued');
    // The appositive given with "continued Halvorsen, a retired …" outranks the earlier "who" clause, for both quotes.
    assert.equal(aff(qs, 'Councils always promise'), 'retired harbour pilot from Dunmere');
  });

  it('marks every quote of the article attributed, with the source inside the article text', () => {
    const text = fixture('attribution/experts.txt');
    for (const q of qs) {
      assert.equal(q.attributed, true, q.text);
      assert.equal(text.slice(q.source!.start, q.source!.end), q.source!.text);
    }
  });
});

describe('attribution: pronouns and organisations', () => {
  const qs = quotesOf(fixture('attribution/pronouns.txt'));

  it('gives "he" to the speaker of the previous sentence, not to the last man named in it', () => {
    assert.equal(src(qs, 'The supplier missed'), 'he');
    assert.equal(who(qs, 'The supplier missed'), 'Dara Okafor');
  });

  it('moves "he" on when a new man becomes the subject', () => {
    assert.equal(who(qs, 'My drawings'), 'Rowan Pike');
  });

  it('gives "it said" to the organisation, not to a person', () => {
    assert.equal(src(qs, 'depends on the extension'), 'it');
    assert.equal(who(qs, 'depends on the extension'), 'Greenway Trust');
  });

  it('keeps a group as the source of a quote inside its own sentence ("Local teachers said … they called it …")', () => {
    assert.equal(who(qs, 'cold, damp'), 'Local teachers');
  });

  it('gives "she" to the woman just named', () => {
    assert.equal(who(qs, 'They have waited'), 'Ana Brandt');
    assert.equal(aff(qs, 'They have waited'), 'governor at the Hillcrest primary school');
  });
});

describe('attribution: paragraph rules', () => {
  const text = fixture('attribution/paragraphs.txt');
  const qs = quotesOf(text);

  it('lets a quote with no cue take the cue of its own paragraph', () => {
    assert.equal(who(qs, 'We lost about'), 'Lucia Ferreira');
    assert.equal(aff(qs, 'We lost about'), 'Farmer');
  });

  it('gives a quote that runs over paragraphs the attribution of its closing part', () => {
    assert.equal(who(qs, 'Nobody alive here'), 'Lucia Ferreira');
    assert.equal(who(qs, 'He would have called'), 'Lucia Ferreira');
  });

  it('carries an "X said:" paragraph to the quoted paragraph after it', () => {
    assert.equal(who(qs, 'Insurance will cover'), 'Sam Odell');
  });

  it('leaves a standalone quoted paragraph unattributed', () => {
    const q = quote(qs, 'This is the worst spring');
    assert.equal(q.attributed, false);
    assert.equal(q.source, null);
    assert.equal(q.speaker, null);
  });

  it('treats short quoted terms and titles as not speech', () => {
    assert.equal(quote(qs, 'frost fund').attributed, null);
    assert.equal(quote(qs, 'Orchard Notes').attributed, null);
  });
});

describe('attribution: traps', () => {
  const qs = quotesOf(fixture('attribution/traps.txt'));

  it('does not treat a headline scare quote as speech', () => {
    assert.equal(quote(qs, 'dilemma').attributed, null);
  });

  it('lets a sentence-opening "According to X" govern a quote inside a possessive phrase', () => {
    assert.equal(src(qs, 'frank and useful'), 'the regional broadcaster');
    assert.equal(quote(qs, 'frank and useful').cue?.text, 'According to');
  });

  it('gives a quote inside a quote the speaker of the outer quote', () => {
    const outer = quote(qs, 'The owners told me');
    const inner = quote(qs, 'We cannot keep');
    assert.equal(outer.speaker?.name, 'Ilse Varga');
    assert.equal(inner.speaker?.name, 'Ilse Varga');
    assert.equal(inner.attributed, true);
  });

  it('reads through an apostrophe-heavy sentence to the right speaker', () => {
    // Two cues govern it ("Gideon Marsh said …: …, he said, and “…”"); both name the lawyer.
    assert.equal(who(qs, 'the mill'), 'Gideon Marsh');
    assert.equal(quote(qs, 'the mill').cue?.text, 'said');
    assert.equal(quote(qs, 'heritage').speaker?.name, 'Gideon Marsh');
  });

  it('reads "X was quoted as saying by Y" as X speaking', () => {
    assert.equal(who(qs, 'will not let the mill'), 'Ilse Varga');
    assert.equal(aff(qs, 'will not let the mill'), 'Mayor');
    assert.equal(quote(qs, 'will not let the mill').cue?.text, 'quoted as saying');
  });
});

describe('attribution: small constructions', () => {
  it('reads "X told Y that “…”", a colon after the verb, and an em-dash credit', () => {
    const qs = quotesOf(
      'Nadia Serrat told the Valley Post that “the clinic will stay open.”\n\nHer deputy, Emil Novak, said: “We have the staff for it.”\n\n“It is the only clinic for forty miles.” ― Rosa Lind\n',
    );
    assert.equal(who(qs, 'the clinic will'), 'Nadia Serrat');
    assert.equal(who(qs, 'We have the staff'), 'Emil Novak');
    assert.equal(who(qs, 'It is the only clinic'), 'Rosa Lind');
  });

  it('reads "in a statement saying" as the statement’s author speaking', () => {
    const qs = quotesOf(
      'The Drayton Water Company on Tuesday issued a statement saying that supplies “will be back to normal by Friday.”\n',
    );
    assert.equal(src(qs, 'will be back'), 'The Drayton Water Company');
  });

  it('gives a pronoun in an embedded clause to the main subject ("X says she … what she calls “…”")', () => {
    const qs = quotesOf(
      'Senator Joan Pell says she welcomed the report, which fixes what she calls a “long and costly mistake.”\n',
    );
    assert.equal(src(qs, 'long and costly'), 'Senator Joan Pell');
    assert.equal(who(qs, 'long and costly'), 'Joan Pell');
  });

  it('keeps a bare "Name verb." after a quote ending in a question mark in the quote’s sentence', () => {
    const qs = quotesOf(
      'Tess Arlow spoke first.\n\n“Who will pay for the dredging?” Arlow asked. “Not the fishermen.”\n',
    );
    assert.equal(src(qs, 'Who will pay'), 'Arlow');
    assert.equal(quote(qs, 'Who will pay').cue?.text, 'asked');
    assert.equal(who(qs, 'Not the fishermen'), 'Tess Arlow');
  });

  it('knows verbs that double their last consonant ("he admitted")', () => {
    const qs = quotesOf('Omar Reyes ran the stall for years.\n\n“I was a little nervous,” he admitted.\n');
    assert.equal(quote(qs, 'I was a little').cue?.text, 'admitted');
    assert.equal(who(qs, 'I was a little'), 'Omar Reyes');
  });

  it('uses a later gender cue: "she" skips a man named after the woman', () => {
    const qs = quotesOf(
      'Mrs. Rhea Dunn met Carl Weiss at the depot.\n\n“The buses will run again on Monday,” she said.\n',
    );
    assert.equal(who(qs, 'The buses will'), 'Rhea Dunn');
  });
});
