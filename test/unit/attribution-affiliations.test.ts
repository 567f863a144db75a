import * as assert from 'node:assert/strict';
import { first } from '../helpers/attribution';

const who = (text: string) => {
  const q = first(text);
  return [q.speaker?.name, q.speaker?.affiliation];
};

// Each case: what it shows, an invented text, and the first quotation's [speaker, affiliation].
const CASES: [string, string, [string, string | null]][] = [
  [
    'an appositive with no article that runs to the sentence end ("said X, associate professor of …")',
    '“The samples surprised us,” said Mara Lind, associate professor of biology at Tarn University.\n',
    ['Mara Lind', 'associate professor of biology at Tarn University'],
  ],
  [
    'such an appositive whole across "and"',
    '“The samples surprised us,” said Mara Lind, lecturer in soils at Tarn University and co-author of the paper.\n',
    ['Mara Lind', 'lecturer in soils at Tarn University and co-author of the paper'],
  ],
  [
    'a capitalised office in such an appositive ("General Manager of …")',
    '“This widens our range,” adds Tom Reeve, General Manager of Field Kits at Orvo Health.\n',
    ['Tom Reeve', 'General Manager of Field Kits at Orvo Health'],
  ],
  [
    'a capitalised office in such an appositive ("Research Director for …")',
    '“The arrests must stop,” said Nora Kell, Research Director for Europe at Open Rights Watch.\n',
    ['Nora Kell', 'Research Director for Europe at Open Rights Watch'],
  ],
  [
    'a compound role set off before the name ("Tarn’s water minister, Jo Park, …"), and "the minister" as her',
    'Tarn’s water minister, Jo Park, visited on Monday.\n\n“The river rose fast,” the minister said.\n',
    ['Jo Park', 'Tarn’s water minister'],
  ],
  [
    '"a spokeswoman for …, Jo Park," after a quotation as her affiliation',
    '“The river rose fast,” a spokeswoman for the Tarn Institute, Jo Park, said.\n',
    ['Jo Park', 'spokeswoman for the Tarn Institute'],
  ],
  [
    '"the water minister, Jo Park," inside a sentence as the role of the name it sets off',
    'Reporters met the water minister, Jo Park, on Monday.\n\n“The river rose fast,” Park said.\n',
    ['Jo Park', 'water minister'],
  ],
  [
    'the full stop of an abbreviated title ("Ohio Gov.")',
    'Ohio Gov. Lina Marsh spoke first. “We are on it,” Marsh said.\n',
    ['Lina Marsh', 'Ohio Gov.'],
  ],
  [
    'a verb after a name as no description ("a fan of Ann Orr, endorsed candidate Bo Lund.")',
    'Tom Reeve, a fan of Ann Orr, endorsed candidate Bo Lund in May. “I sing for fun,” Ann Orr said.\n',
    ['Ann Orr', null],
  ],
  [
    'a list of roles before a name ("chairman, CEO and president Ann Orr") whole',
    '“Sales were slow,” chairman, CEO and president Ann Orr said in the release.\n',
    ['Ann Orr', 'chairman, CEO and president'],
  ],
  [
    'plain nouns before a role as part of the title ("research team head Mara Lind")',
    'The idea is sound, research team head Mara Lind says. “It is not so crazy,” Lind said.\n',
    ['Mara Lind', 'research team head'],
  ],
  [
    'a preposition as no part of a title ("an admirer in harbour pilot Ilse Varga" is no "admirer in" title)',
    'The port has an admirer in harbour pilot Ilse Varga. “I love it here,” Varga said.\n',
    ['Ilse Varga', 'pilot'],
  ],
];

describe('attribution: affiliations as news text gives them', () => {
  for (const [what, text, expected] of CASES) {
    it(`reads ${what}`, () => assert.deepEqual(who(text), expected));
  }

  it('takes no affiliation from a clause after the name, nor from a capitalised place', () => {
    assert.deepEqual(who('“We won,” said Nora Kell, adding that the director of the club agreed.\n'), [
      'Nora Kell',
      null,
    ]);
    assert.deepEqual(who('“We won,” said Nora Kell, Ohio State University.\n')[1] ?? null, null);
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
