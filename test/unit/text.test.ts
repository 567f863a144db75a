import * as assert from 'node:assert/strict';
import { LineIndex, paragraphs, sentences } from '../../server/src/engine/text';
import { fixture } from '../helpers/fixtures';

describe('text model', () => {
  it('maps offsets to LSP positions across LF, CRLF and CR', () => {
    const text = 'ab\r\ncd\nef\rgh';
    const li = new LineIndex(text);
    assert.deepEqual(li.starts, [0, 4, 7, 10]);
    assert.deepEqual(li.positionAt(5), { line: 1, character: 1 });
    assert.deepEqual(li.positionAt(2), { line: 0, character: 2 });
    assert.deepEqual(li.positionAt(3), { line: 0, character: 3 }); // between \r and \n
    assert.equal(li.offsetAt({ line: 3, character: 1 }), 11);
    assert.equal(li.offsetAt({ line: 0, character: 99 }), 2, 'clamped to the line end, before CRLF');
    assert.equal(li.offsetAt({ line: 9, character: 0 }), text.length);
  });

  it('counts characters in UTF-16 code units (astral characters take two)', () => {
    const text = 'a😀b\nc';
    const li = new LineIndex(text);
    assert.deepEqual(li.positionAt(text.indexOf('b')), { line: 0, character: 3 });
  });

  it('splits paragraphs on blank lines and on single newlines', () => {
    const text = 'One.\nTwo.\n\n\nThree.';
    const ps = paragraphs(text);
    assert.deepEqual(
      ps.map((p) => text.slice(p.start, p.end)),
      ['One.', 'Two.', 'Three.'],
    );
  });

  it('keeps hard-wrapped lines of one block together', () => {
    const text =
      'The council met on Tuesday to discuss the harbour and the\n' +
      'bridge that has been closed since the storm in the early\n' +
      'autumn, members said.\n\nNext paragraph.';
    const ps = paragraphs(text);
    assert.equal(ps.length, 2);
    assert.ok(text.slice(ps[0].start, ps[0].end).endsWith('members said.'));
  });

  it("reads a block of headline lines (a page's related stories) as one paragraph per line", () => {
    const text =
      'Council delays the harbour vote for a second month\nFerry fares rise again as the winter timetable starts\nThe bakery on Quay Street reopens after the fire\nFive things to know about the new bridge tolls';
    assert.equal(paragraphs(text).length, 4);
    // Wrapped prose that goes on in lower case stays one paragraph.
    const wrapped =
      'The council said on Tuesday that the harbour vote would\nbe delayed for a second month while engineers finish\nthe survey of the old sea wall near the ferry';
    assert.equal(paragraphs(wrapped).length, 1);
  });

  it('handles CRLF files and an empty file', () => {
    const crlf = fixture('crlf.txt');
    assert.deepEqual(
      paragraphs(crlf).map((p) => crlf.slice(p.start, p.end)),
      ['Headline line', '"Quoted words here," said Noor.', 'A second paragraph on the next line.'],
    );
    assert.deepEqual(paragraphs(''), []);
  });

  it('does not end a sentence after an abbreviation', () => {
    const text = 'He arrived on Sept. 11 with Mr. Park. Then he left.';
    const [p] = paragraphs(text);
    assert.deepEqual(
      sentences(text, p).map((s) => text.slice(s.start, s.end)),
      ['He arrived on Sept. 11 with Mr. Park.', 'Then he left.'],
    );
  });
});
