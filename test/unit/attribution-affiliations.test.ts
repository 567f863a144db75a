import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine/analyze';

const first = (text: string) => analyze(text).quotes[0];
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
});
