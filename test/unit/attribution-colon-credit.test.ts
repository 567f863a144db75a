import * as assert from 'node:assert/strict';
import { speakers } from '../helpers/attribution';

describe('attribution: a name and a colon before a quotation', () => {
  it('credits the name after a dash, at the start, or after "More from"', () => {
    assert.deepEqual(speakers('Turnout rose in the north - Ana Roe: “The surge was real.”\n'), ['Ana Roe']);
    assert.deepEqual(speakers('Ana Roe studies turnout.\n\nMore from Roe: “The surge was real.”\n'), ['Ana Roe']);
  });

  it('does not credit a name that is only the object of a phrase before the colon', () => {
    const [who] = speakers('The question for Ana Roe: “Will you run again?”\n');
    assert.notEqual(who, 'Ana Roe');
  });
});
