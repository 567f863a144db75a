import * as assert from 'node:assert/strict';
import { sourceList, sourceListText } from '../../server/src/engine/sources';
import type { QuoteInfo } from '../../server/src/engine/types';

const q = (
  open: number,
  text: string,
  name: string | null,
  affiliation: string | null = null,
  attributed: boolean | null = true,
): QuoteInfo => ({
  open,
  start: open + 1,
  end: open + 1 + text.length,
  text,
  closed: true,
  attributed: name ? true : attributed,
  source: null,
  cue: null,
  speaker: name ? { name, affiliation, firstAt: open } : null,
});

describe('source list', () => {
  const quotes = [
    q(0, 'We will rebuild the pier', 'Ines Moreau', 'mayor of Keston'),
    q(100, 'It is too late for that', 'Ruben Quist', null),
    q(200, 'Work starts in June', 'Ines Moreau', null),
    q(300, 'Nobody asked the fishermen what they need', null, null, false),
    q(400, 'cheap', null, null, null),
  ];

  it('groups quotes by speaker, most quoted first, and lists unattributed quotes apart', () => {
    const list = sourceList(quotes);
    assert.deepEqual(
      list.speakers.map((s) => [s.name, s.affiliation, s.quotes.length]),
      [
        ['Ines Moreau', 'mayor of Keston', 2],
        ['Ruben Quist', null, 1],
      ],
    );
    assert.deepEqual(
      list.unattributed.map((u) => u.text),
      ['Nobody asked the fishermen what they need'],
    );
  });

  it('writes a plain-text list for a fact-check', () => {
    assert.equal(
      sourceListText(sourceList(quotes)),
      'Ines Moreau — mayor of Keston — 2 quotes\nRuben Quist — (no affiliation given) — 1 quote\nUnattributed — 1 quote\n',
    );
    assert.equal(sourceListText(sourceList([])), '');
  });
});
