import * as assert from 'node:assert/strict';
import type { Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { LineIndex } from '../../server/src/engine/text';
import { LspClient } from '../helpers/lsp';

// Long articles (50,000 characters and more) are re-analysed from what an edit touched: attribution
// reuses the work of unchanged paragraphs, the corpus thread the keys of unchanged lines. After
// every edit the server must publish exactly what a fresh server publishes for the same text.
const PEOPLE = ['Ines Varga', 'Tomas Ebbe', 'Mara Quist', 'Olek Brand'];
function paragraph(i: number): string {
  const who = PEOPLE[i % PEOPLE.length];
  const surname = who.split(' ')[1];
  switch (i % 5) {
    case 0:
      return `"The pier repairs in section ${i} will run late," said ${who}, who chairs the harbour board.`;
    case 1:
      return `${surname} added that the ferry timetable for week ${i} stays as it is. "We checked the hull twice," ${i % 2 ? 'she' : 'he'} said.`;
    case 2:
      return `Residents gathered on the quay for meeting ${i} and asked about the crane.`;
    case 3:
      return `"Nobody told the night crew about shift ${i} at all."`;
    default:
      return `According to ${who}, the budget for item ${i} is settled. "It is final," ${surname} told reporters.`;
  }
}

const uri = 'file:///long/harbour.txt';
const strip = (ds: Diagnostic[]) => ds.map(({ data: _data, ...d }) => d);

async function fresh(text: string): Promise<{ diagnostics: Diagnostic[]; client: LspClient }> {
  const client = new LspClient({ initializationOptions: { debounceMs: 0 } });
  await client.initialize();
  await client.open(uri, text, 'plaintext', 1);
  return { diagnostics: await client.diagnosticsAt(uri, 1), client };
}

describe('editing a long article (incremental re-analysis) over LSP', function () {
  this.timeout(60_000);
  let client: LspClient;
  let text: string;
  let version = 1;
  const lines = () => new LineIndex(text);

  before(async () => {
    text = Array.from({ length: 700 }, (_, i) => paragraph(i)).join('\n\n');
    assert.ok(text.length > 60_000, `${text.length} characters`);
    client = new LspClient({ initializationOptions: { debounceMs: 0 } });
    await client.initialize();
    await client.open(uri, text, 'plaintext', version);
    await client.diagnosticsAt(uri, version);
  });
  after(() => client.shutdown());

  /** Replaces text[start, end) with `insert`, as an editor sends it. */
  async function edit(start: number, end: number, insert: string): Promise<Diagnostic[]> {
    const li = lines();
    const range = { start: li.positionAt(start), end: li.positionAt(end) };
    text = text.slice(0, start) + insert + text.slice(end);
    await client.change(uri, ++version, [{ range, text: insert }]);
    return client.diagnosticsAt(uri, version);
  }

  const hoverAt = async (c: LspClient, offset: number) =>
    (
      (await c.conn.sendRequest('textDocument/hover', {
        textDocument: { uri },
        position: lines().positionAt(offset),
      })) as Hover | null
    )?.contents;

  /** Diagnostics, and hovers on quotations spread over the text, equal a fresh server's. */
  async function sameAsFresh(published: Diagnostic[]) {
    const f = await fresh(text);
    try {
      assert.deepEqual(strip(published), strip(f.diagnostics));
      const quotes = [...text.matchAll(/"[A-Z]/g)].map((m) => m.index! + 2);
      for (let k = 0; k < quotes.length; k += 97)
        assert.deepEqual(await hoverAt(client, quotes[k]), await hoverAt(f.client, quotes[k]), `hover at ${quotes[k]}`);
    } finally {
      await f.client.shutdown();
    }
  }

  it('a hover on a quotation names its speaker (the quotes come from the helper thread, serialized)', async () => {
    const q = text.indexOf('"The pier repairs in section 600 ');
    assert.ok(q > 0);
    const contents = JSON.stringify(await hoverAt(client, q + 2));
    assert.match(contents, /Ines Varga/);
  });

  it('typing into the middle, a character at a time', async () => {
    let at = text.indexOf('Residents gathered on the quay for meeting 352') + 'Residents'.length;
    let last: Diagnostic[] = [];
    for (const ch of ' of Orsk') last = await edit(at, at++, ch);
    await sameAsFresh(last);
  });

  it('a new paragraph with an unattributed quotation, and a new paragraph break', async () => {
    const at = text.indexOf('Residents gathered on the quay for meeting 202');
    await edit(at, at, '"The crane was never inspected by anyone at all."\n\n');
    const mid = text.indexOf(' and asked about the crane', text.indexOf('meeting 402'));
    const published = await edit(mid, mid + 1, '\n\n');
    await sameAsFresh(published);
    const quote = text.indexOf('"The crane was never');
    assert.ok(
      published.some((d) => d.code === 'unattributed-quote' && d.range.start.line === lines().positionAt(quote).line),
      'the new quotation is reported as unattributed',
    );
  });

  it('removing an attribution and a closing quotation mark', async () => {
    const said = text.indexOf(' said Tomas Ebbe, who chairs', text.indexOf('section 401'));
    await edit(said, said + ' said Tomas Ebbe, who chairs the harbour board'.length, '');
    const close = text.indexOf('twice,"', text.indexOf('week 501')) + 'twice,'.length;
    await sameAsFresh(await edit(close, close + 1, ''));
  });

  it('a speaker named at the top: later surnames and pronouns resolve against it', async () => {
    // Paragraph 6: "Quist added that … week 6 … "We checked the hull twice," he said."
    const quote = () => text.indexOf('"We checked', text.indexOf('week 6 ')) + 2;
    const before = JSON.stringify(await hoverAt(client, quote()));
    await sameAsFresh(await edit(0, 0, '"The quay is safe," said Mara Quist, the port engineer.\n\n'));
    const after = JSON.stringify(await hoverAt(client, quote()));
    assert.doesNotMatch(before, /port engineer/);
    assert.match(after, /Mara Quist/);
    assert.match(after, /port engineer/, `the affiliation from the top reaches the later quote (was ${before})`);
  });

  it('a promo line pasted in is boilerplate, and stops being so when it is edited into prose', async () => {
    const at = text.indexOf('Residents gathered on the quay for meeting 502');
    let published = await edit(at, at, 'Subscribe now to get harbour news in your inbox.\n\n');
    const promoLine = lines().positionAt(at).line;
    assert.ok(
      published.some((d) => d.code === 'boilerplate' && d.range.start.line === promoLine),
      'the pasted line is boilerplate',
    );
    await sameAsFresh(published);
    published = await edit(at, at + 'Subscribe now'.length, 'Readers who subscribe said they wanted');
    assert.ok(
      !published.some((d) => d.code === 'boilerplate' && d.range.start.line === promoLine),
      'the edited line is prose',
    );
    await sameAsFresh(published);
  });
});
