import * as assert from 'node:assert/strict';
import type { CodeAction, Hover, MarkupContent, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { fixture } from '../helpers/fixtures';
import { applyEdits } from '../helpers/lsp';
import { serverInFolder } from '../helpers/workspace';

/** LSP position of the first occurrence of `needle` (plus `delta` characters) in `text`. */
function positionOf(text: string, needle: string, delta = 0) {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `"${needle}" not in text`);
  const before = text.slice(0, at + delta).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

describe('language server: speaker hovers and unattributed quotes', () => {
  const ws = serverInFolder('sl-hover-');
  const uri = ws.uri;
  const hover = async (u: string, text: string, needle: string, delta = 1) =>
    (await ws.client.conn.sendRequest('textDocument/hover', { textDocument: { uri: u }, position: positionOf(text, needle, delta) })) as Hover | null;
  const markdown = (h: Hover | null) => {
    assert.ok(h, 'no hover');
    const c = h.contents as MarkupContent;
    assert.equal(c.kind, 'markdown');
    return c.value;
  };

  it('shows the speaker, affiliation, quote count and first line on a quote, its cue and its source', async () => {
    const text = fixture('attribution/experts.txt');
    const u = uri('experts.txt');
    await ws.client.open(u, text);
    await ws.client.diagnosticsAt(u, 1);
    const onQuote = markdown(await hover(u, text, 'We will listen', 3));
    assert.match(onQuote, /\*\*Olu Adeyemi\*\* — Port Authority chairman/);
    assert.match(onQuote, /2 quotes in this article · first named on line 7/);
    const onCue = await hover(u, text, 'Adeyemi added', 'Adeyemi '.length + 1);
    assert.match(markdown(onCue), /Olu Adeyemi/);
    assert.deepEqual(onCue!.range, { start: positionOf(text, 'Adeyemi added', 'Adeyemi '.length), end: positionOf(text, 'Adeyemi added', 'Adeyemi added'.length) });
    const onPronoun = markdown(await hover(u, text, 'she said', 1));
    assert.match(onPronoun, /\*\*Marta Villanueva\*\* — professor of urban economics at Calder University/);
    assert.match(onPronoun, /source “she”/);
  });

  it('shows the speaker on a later mention of the name outside any quote', async () => {
    const text = fixture('attribution/experts.txt') + '\nLindqvist has run the ferries since the spring floods.\n';
    const u = uri('mention.txt');
    await ws.client.open(u, text);
    await ws.client.diagnosticsAt(u, 1);
    const h = await hover(u, text, 'Lindqvist has run', 2);
    assert.match(markdown(h), /\*\*Tomas Lindqvist\*\* — head of the Coastal Ferries Association in Brenmouth/);
    assert.deepEqual(h!.range, { start: positionOf(text, 'Lindqvist has run'), end: positionOf(text, 'Lindqvist has run', 'Lindqvist'.length) });
  });

  it('says so on a quote with no source, and has no hover on plain words', async () => {
    const text = fixture('attribution/paragraphs.txt');
    const u = uri('paragraphs.txt');
    await ws.client.open(u, text);
    await ws.client.diagnosticsAt(u, 1);
    assert.match(markdown(await hover(u, text, 'This is the worst spring', 5)), /No source/);
    assert.equal(await hover(u, text, 'growers can apply', 2), null);
  });

  it('publishes unattributed-quote and applies its quick fix, after which the warning goes', async () => {
    const u = uri('standalone.txt');
    const text = 'Market traders meet the council.\n\n"We will not move the market to the car park."\n';
    await ws.client.open(u, text, 'plaintext', 1);
    const diags = await ws.client.diagnosticsAt(u, 1);
    const d = diags.find((x) => x.code === 'unattributed-quote');
    assert.ok(d, JSON.stringify(diags));
    assert.equal(d.severity, 2);
    assert.deepEqual(d.range.start, { line: 2, character: 0 });
    assert.match(String(d.message), /no source/);
    const actions = (await ws.client.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri: u },
      range: d.range,
      context: { diagnostics: [d] },
    })) as CodeAction[];
    const fix = actions.find((a) => /\[who\] said/.test(a.title));
    assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(fix.isPreferred, true);
    const fixed = applyEdits(text, (fix.edit!.documentChanges![0] as TextDocumentEdit).edits as never);
    assert.equal(fixed, 'Market traders meet the council.\n\n"We will not move the market to the car park," [who] said.\n');
    await ws.client.change(u, 2, [{ text: fixed.replace('[who]', 'Ada Brandt') }]);
    const after = await ws.client.diagnosticsAt(u, 2);
    assert.deepEqual(after.filter((x) => x.code === 'unattributed-quote'), []);
  });
});
