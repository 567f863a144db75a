import * as assert from 'node:assert/strict';
import { speakers } from '../helpers/attribution';

describe('attribution: speakers across a paragraph', () => {
  it('gives a quotation that runs on the speaker of the one before, not a credit after it ("per Feng")', () => {
    for (const credit of ['per Feng', 'according to Feng', 'as Feng reported']) {
      const text = `Reporter Ann Feng covered the vote.\n\n“Do not hide it,” one voter said, ${credit}. “Let us face it.”\n`;
      assert.deepEqual(speakers(text), ['one voter', 'one voter'], credit);
    }
  });

  it('still gives a cue-less quotation the last cue of a sentence that quoted no one', () => {
    const text = '“We won,” Tom Reeve said.\n\nAnn Orr said the count was late. “It took all night.”\n';
    assert.deepEqual(speakers(text), ['Tom Reeve', 'Ann Orr']);
  });
});
