import * as assert from 'node:assert/strict';
import type { DocumentSymbol } from 'vscode-languageserver-protocol';
import { SOURCES_REQUEST, type SourcesResult } from '../../common/protocol';
import { fixture } from '../helpers/fixtures';
import { serverInFolder } from '../helpers/workspace';

describe('sources of an article over LSP (outline and Sources view)', () => {
  const ws = serverInFolder('sl-src-', { once: true });
  let uri: string;
  const text = fixture('sources/ferry.txt');
  before(async () => {
    uri = ws.uri('ferry.txt');
    await ws.client.open(uri, text, 'plaintext', 1);
    await ws.client.diagnosticsAt(uri, 1);
  });

  it('lists speakers with affiliation and their quotes as document symbols, and the unattributed quote apart', async () => {
    const symbols = (await ws.client.conn.sendRequest('textDocument/documentSymbol', {
      textDocument: { uri },
    })) as DocumentSymbol[];
    assert.deepEqual(
      symbols.map((s) => [s.name, s.detail, s.children?.length]),
      [
        ['Maren Vale', 'director of the Keston Ferry Company', 2],
        ['Teodor Orsk', "who chairs the island residents' group", 1],
        ['Unattributed quotes', '1', 1],
      ],
    );
    const quote = symbols[0].children![1];
    assert.equal(quote.name, '“Nobody who lives there will pay more,”');
    const line = text.split('\n')[quote.range.start.line];
    assert.equal(line.slice(quote.range.start.character, quote.range.start.character + 7), '"Nobody');
    // Every child lies inside its parent, as the outline requires.
    for (const s of symbols)
      for (const c of s.children ?? [])
        assert.ok(c.range.start.line >= s.range.start.line && c.range.end.line <= s.range.end.line);
  });

  it('answers the Sources view request with the same data and a plain-text source list', async () => {
    const r = (await ws.client.conn.sendRequest(SOURCES_REQUEST, { uri })) as SourcesResult;
    assert.equal(r.version, 1);
    assert.deepEqual(
      r.speakers.map((s) => s.name),
      ['Maren Vale', 'Teodor Orsk'],
    );
    assert.equal(r.unattributed[0].text, 'The timetable will not change at all this year.');
    assert.equal(
      r.text,
      "Maren Vale — director of the Keston Ferry Company — 2 quotes\nTeodor Orsk — who chairs the island residents' group — 1 quote\nUnattributed — 1 quote\n",
    );
  });

  it('follows edits: a new attribution moves the quote under its speaker', async () => {
    const fixed = text.replace(
      '"The timetable will not change at all this year."',
      '"The timetable will not change at all this year," Vale added.',
    );
    await ws.client.change(uri, 2, [{ text: fixed }]);
    await ws.client.diagnosticsAt(uri, 2);
    const r = (await ws.client.conn.sendRequest(SOURCES_REQUEST, { uri })) as SourcesResult;
    assert.equal(r.version, 2);
    assert.deepEqual(
      r.speakers.map((s) => [s.name, s.quotes.length]),
      [
        ['Maren Vale', 3],
        ['Teodor Orsk', 1],
      ],
    );
    assert.deepEqual(r.unattributed, []);
  });
});
