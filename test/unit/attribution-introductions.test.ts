import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine/analyze';

const speakers = (text: string) =>
  analyze(text).quotes.map((q) => [q.speaker?.name ?? null, q.speaker?.affiliation ?? null]);
const quote = '\n\n"The ferries run late," Okafor said.\n';

describe('attribution: a person introduced by what the sentence says they do', () => {
  it('reads "works as", "serves as", "has been", "became" and "was named" before a role', () => {
    const cases: [string, string][] = [
      ['Nia Okafor works as a deckhand at Tidewell Ferries.', 'deckhand at Tidewell Ferries'],
      ['Nia Okafor serves as operations chief of Tidewell Ferries.', 'operations chief of Tidewell Ferries'],
      ['Nia Okafor has been a pilot at Tidewell Ferries for six years.', 'pilot at Tidewell Ferries'],
      ['Nia Okafor became the harbour pilot in 2021.', 'harbour pilot'],
      ['Nia Okafor was named chief engineer of Tidewell Ferries in March.', 'chief engineer of Tidewell Ferries'],
    ];
    for (const [intro, want] of cases) assert.deepEqual(speakers(intro + quote), [['Nia Okafor', want]], intro);
  });

  it('reads "joined X as Y" as the role at the organisation', () => {
    assert.deepEqual(speakers(`Nia Okafor joined Tidewell Ferries as chief engineer in 2019.${quote}`), [
      ['Nia Okafor', 'chief engineer, Tidewell Ferries'],
    ]);
  });

  it('takes a deed ("runs", "who heads") only when nothing better describes the person', () => {
    assert.deepEqual(speakers(`Nia Okafor runs Tidewell Ferries.${quote}`), [['Nia Okafor', 'runs Tidewell Ferries']]);
    // The "who" clause ends at its comma: the sentence's own verb is not the description.
    assert.deepEqual(speakers(`Nia Okafor, who heads the Tidewell crew union, was blunt.${quote}`), [
      ['Nia Okafor', 'who heads the Tidewell crew union'],
    ]);
    assert.deepEqual(speakers(`Nia Okafor runs the kitchen. Okafor is a pilot at Tidewell.${quote}`), [
      ['Nia Okafor', 'pilot at Tidewell'],
    ]);
    // Any other "who" clause is no description.
    assert.deepEqual(speakers(`Nia Okafor, who missed the boat, was blunt.${quote}`), [['Nia Okafor', null]]);
  });

  it('reads a role in brackets or between dashes after the name', () => {
    assert.deepEqual(speakers(`Nia Okafor (chief engineer, Tidewell) was candid.${quote}`), [
      ['Nia Okafor', 'chief engineer, Tidewell'],
    ]);
    assert.deepEqual(speakers(`Nia Okafor — chief engineer at Tidewell — was candid.${quote}`), [
      ['Nia Okafor', 'chief engineer at Tidewell'],
    ]);
    // A bracket without a role is not a description.
    assert.deepEqual(speakers(`Nia Okafor (pictured) was candid.${quote}`), [['Nia Okafor', null]]);
  });

  it('reads a role the sentence opens with ("As …, Name") and one that goes on to say of what', () => {
    assert.deepEqual(speakers(`As chief engineer of Tidewell, Nia Okafor has cut delays.${quote}`), [
      ['Nia Okafor', 'chief engineer of Tidewell'],
    ]);
    assert.deepEqual(speakers(`Tidewell's head of operations, Nia Okafor, spoke first.${quote}`), [
      ['Nia Okafor', "Tidewell's head of operations"],
    ]);
  });

  it('passes an age set off by commas, and keeps the place in the description', () => {
    assert.deepEqual(speakers(`Nia Okafor, 41, a deckhand at Tidewell in Port Avery, waited.${quote}`), [
      ['Nia Okafor', 'deckhand at Tidewell in Port Avery'],
    ]);
  });

  it('knows roles by their shape ("oncologist", "technician") and court roles', () => {
    assert.deepEqual(speakers(`Dr. Nia Okafor, an oncologist at Mercy, was candid.${quote}`), [
      ['Nia Okafor', 'oncologist at Mercy'],
    ]);
    assert.deepEqual(
      speakers('"I was home," the defendant, Paul Grey, told the court.\n\n"Ask anyone," Grey said.\n'),
      [
        ['Paul Grey', 'defendant'],
        ['Paul Grey', 'defendant'],
      ],
    );
  });

  it('gives "she" the person just named when no one is in focus ("Meet Nia Okafor, …")', () => {
    assert.deepEqual(speakers('Meet Nia Okafor, the harbour master.\n\n"The ferries run late," she says.\n'), [
      ['Nia Okafor', 'harbour master'],
    ]);
    // Not across a gender already known.
    assert.deepEqual(speakers('Meet Mr. Tom Okafor, the harbour master.\n\n"The ferries run late," she says.\n'), [
      [null, null],
    ]);
  });

  it('takes no "Q:" or "A:" of an interview for a person', () => {
    assert.deepEqual(speakers('Q: Why did you leave?\n\nA: "I needed a change," she said.\n'), [[null, null]]);
  });

  it('reads "the 41-year-old" as the person in focus, and an age clause as no description', () => {
    assert.deepEqual(speakers('Nia Okafor spoke first.\n\n"The ferries run late," the 41-year-old said.\n'), [
      ['Nia Okafor', null],
    ]);
    assert.deepEqual(speakers('Nia Okafor spoke first.\n\n"The ferries run late," Okafor, who is 41, said.\n'), [
      ['Nia Okafor', null],
    ]);
  });

  it('names the organisation in focus for "company" in a title, acronyms with "&" included', () => {
    assert.deepEqual(speakers('"Fares will rise," TW&P said.\n\n"We had no choice," company CEO Nia Okafor said.\n'), [
      ['TW&P', null],
      ['Nia Okafor', 'TW&P CEO'],
    ]);
    // No organisation in focus: the title stays as written.
    assert.deepEqual(speakers('"We had no choice," company CEO Nia Okafor said.\n'), [['Nia Okafor', 'CEO']]);
  });
});
