import * as assert from 'node:assert/strict';
import { first } from '../helpers/attribution';

const who = (text: string) => {
  const q = first(text);
  return [q.speaker?.name, q.speaker?.affiliation];
};

describe('attribution: affiliations as news text gives them', () => {
  it('reads an appositive with no article that runs to the sentence end ("said X, associate professor of …")', () => {
    assert.deepEqual(
      who('“The samples surprised us,” said Mara Lind, associate professor of biology at Tarn University.\n'),
      ['Mara Lind', 'associate professor of biology at Tarn University'],
    );
    assert.deepEqual(
      who(
        '“The samples surprised us,” said Mara Lind, lecturer in soils at Tarn University and co-author of the paper.\n',
      ),
      ['Mara Lind', 'lecturer in soils at Tarn University and co-author of the paper'],
    );
  });

  it('reads capitalised offices in such an appositive ("General Manager of …", "Research Director for …")', () => {
    assert.deepEqual(who('“This widens our range,” adds Tom Reeve, General Manager of Field Kits at Orvo Health.\n'), [
      'Tom Reeve',
      'General Manager of Field Kits at Orvo Health',
    ]);
    assert.deepEqual(
      who('“The arrests must stop,” said Nora Kell, Research Director for Europe at Open Rights Watch.\n'),
      ['Nora Kell', 'Research Director for Europe at Open Rights Watch'],
    );
  });

  it('takes no affiliation from a clause after the name, nor from a capitalised place', () => {
    assert.deepEqual(who('“We won,” said Nora Kell, adding that the director of the club agreed.\n'), [
      'Nora Kell',
      null,
    ]);
    assert.deepEqual(who('“We won,” said Nora Kell, Ohio State University.\n')[1] ?? null, null);
  });

  it('takes a compound role set off before the name ("Tarn’s water minister, Jo Park, …") and reads "the minister" as her', () => {
    const text = 'Tarn’s water minister, Jo Park, visited on Monday.\n\n“The river rose fast,” the minister said.\n';
    assert.deepEqual(who(text), ['Jo Park', 'Tarn’s water minister']);
  });

  it('reads "a spokeswoman for …, Jo Park," after a quotation as her affiliation', () => {
    assert.deepEqual(who('“The river rose fast,” a spokeswoman for the Tarn Institute, Jo Park, said.\n'), [
      'Jo Park',
      'spokeswoman for the Tarn Institute',
    ]);
  });

  it('reads "the water minister, Jo Park," inside a sentence as the role of the name it sets off', () => {
    const text = 'Reporters met the water minister, Jo Park, on Monday.\n\n“The river rose fast,” Park said.\n';
    assert.deepEqual(who(text), ['Jo Park', 'water minister']);
  });

  it('keeps the full stop of an abbreviated title ("Ohio Gov.")', () => {
    assert.deepEqual(who('Ohio Gov. Lina Marsh spoke first. “We are on it,” Marsh said.\n'), [
      'Lina Marsh',
      'Ohio Gov.',
    ]);
  });

  it('takes no description from a verb after a name ("a fan of Ann Orr, endorsed candidate Bo Lund.")', () => {
    const text = 'Tom Reeve, a fan of Ann Orr, endorsed candidate Bo Lund in May. “I sing for fun,” Ann Orr said.\n';
    assert.deepEqual(who(text), ['Ann Orr', null]);
  });

  it('reads a list of roles before a name ("chairman, CEO and president Ann Orr") whole', () => {
    assert.deepEqual(who('“Sales were slow,” chairman, CEO and president Ann Orr said in the release.\n'), [
      'Ann Orr',
      'chairman, CEO and president',
    ]);
  });

  it('reads plain nouns before a role as part of the title ("research team head Mara Lind")', () => {
    const text = 'The idea is sound, research team head Mara Lind says. “It is not so crazy,” Lind said.\n';
    assert.deepEqual(who(text), ['Mara Lind', 'research team head']);
    // … but not a preposition: "an admirer in harbour pilot Ilse Varga" is no "admirer in" title.
    const other = 'The port has an admirer in harbour pilot Ilse Varga. “I love it here,” Varga said.\n';
    assert.deepEqual(who(other), ['Ilse Varga', 'pilot']);
  });

  it('shows the fullest form when a later mention only adds modifiers ("former Tarn governor")', () => {
    const text =
      'Tarn governor Lina Marsh spoke first. The crowd cheered former Tarn governor Lina Marsh. “We are on it,” Marsh said.\n';
    assert.equal(who(text)[1], 'former Tarn governor');
    // Someone else's role is no modifier: "a spokesman for Sen. Ann Orr" does not describe Ann Orr.
    const text2 = 'Sen. Ann Orr spoke first. A spokesman for Sen. Ann Orr declined to comment. “No,” Orr said.\n';
    assert.equal(who(text2)[1], 'Sen.');
  });

  it('takes no affiliation from a "which" clause after a thing ("the statement, which was obtained by …")', () => {
    const q = first('“We will not sign,” the statement, which was obtained by the Tarn Post, said.\n');
    assert.equal(q.speaker?.affiliation ?? null, null);
  });
});
