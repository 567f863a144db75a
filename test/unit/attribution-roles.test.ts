import * as assert from 'node:assert/strict';
import { first } from '../helpers/attribution';

describe('attribution: roles before names, and plural nouns that start a sentence', () => {
  it('reads "said the harbour master, Ilse Varga" as Ilse Varga, harbour master', () => {
    for (const role of ['harbour master', 'chief engineer', 'engineer']) {
      const q = first(`“The tide will turn by noon,” said the ${role}, Ilse Varga.\n`);
      assert.equal(q.source?.text, 'Ilse Varga', role);
      assert.deepEqual([q.speaker?.name, q.speaker?.affiliation], ['Ilse Varga', role]);
    }
  });

  it('takes lowercase words before a name as its title ("harbour master Ilse Varga")', () => {
    const q = first('“The tide will turn by noon,” said harbour master Ilse Varga.\n');
    assert.deepEqual([q.speaker?.name, q.speaker?.affiliation], ['Ilse Varga', 'harbour master']);
  });

  it('does not give "she" to a plural noun that starts the sentence before it', () => {
    const q = first(
      'Maren Osk runs the library. Volunteers will help at first. "We could not open without the people who give their time," she said.\n',
    );
    assert.equal(q.source?.text, 'she');
    assert.equal(q.speaker?.name, 'Maren Osk');
  });

  it('still reads "said the engineer" with no name after it as the role itself', () => {
    const q = first('“The tide will turn by noon,” said the engineer.\n');
    assert.equal(q.source?.text, 'the engineer');
    assert.equal(q.attributed, true);
  });
});
