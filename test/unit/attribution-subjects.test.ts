import * as assert from 'node:assert/strict';
import { quotes, speakers } from '../helpers/attribution';

const sources = (text: string) => quotes(text).map((q) => q.source?.text ?? null);

describe('attribution: the subject of a sentence as the owner of a quoted fragment', () => {
  it('takes no one from an "it" that only opens the sentence before a form of "be"', () => {
    assert.deepEqual(
      sources('Mayor Lia Tran spoke first.\n\nIt’s been common to call the plan a “giveaway” in town.\n'),
      [null],
    );
    assert.deepEqual(sources('It wasn’t the “boos” that upset Dale Kerr.\n'), [null]);
    assert.deepEqual(sources('It is hard to call the vote a “mandate” for anyone.\n'), [null]);
  });

  it('still takes an "it" that stands for an organisation doing something', () => {
    assert.deepEqual(speakers('The Harbor Union lost the vote. It called the result “a setback for workers”.\n'), [
      'Harbor Union',
    ]);
    assert.deepEqual(speakers('The Harbor Union lost the vote. It has been careful to call the deal a “bridge”.\n'), [
      'Harbor Union',
    ]);
  });
});

describe('attribution: adverbs and imperatives that open a sentence', () => {
  it('does not take "Just" or "Even" for a speaker', () => {
    assert.deepEqual(sources('Just ask for the “quiet room” at the desk.\n'), [null]);
    assert.deepEqual(
      sources('Even before Ana Roe took the stage Tuesday night an email went out: “With your help, we won.”\n'),
      [null],
    );
  });
});

describe('attribution: a name with an aside in parentheses before "said"', () => {
  it('takes the name that opens the sentence past its bracketed aside and comma', () => {
    assert.deepEqual(speakers('Gov. Ana Roe (D-Ore.), said the vote was “a fair start for us all.”\n'), ['Ana Roe']);
    assert.deepEqual(speakers('Tom Reyes (pictured), said, “We kept the shop open all week.”\n'), ['Tom Reyes']);
  });
});
