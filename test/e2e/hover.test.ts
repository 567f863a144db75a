import * as assert from 'node:assert';
import { assertOne, fixTitled, hoverText, openFile, rangeOf, restoreText, waitForCodes } from './helpers';
import * as vscode from 'vscode';

const LIBRARY = 'articles/library-sundays.txt';
const SPEAKER = /Morag Tulloch\*\* — chair of the library trust/;
const UNSOURCED = '"The heating bill alone will be enormous this winter."';

describe('hover and unattributed quotes', () => {
  it('names the speaker on a quote, a surname-only mention and a pronoun cue; an unattributed quote has no source', async () => {
    const { document: doc } = await openFile(LIBRARY);
    await waitForCodes(doc.uri, 'unattributed-quote');
    assert.match(await hoverText(doc, '"Families have asked', 5), SPEAKER, 'hover on the quote');
    assert.match(await hoverText(doc, 'Tulloch said the Sunday', 2), SPEAKER, 'hover on the later surname-only mention');
    assert.match(await hoverText(doc, 'she said', 1), SPEAKER, 'hover on the pronoun cue');
    assert.match(await hoverText(doc, 'he said', 1), /Ewan Rendall\*\* — councillor for the harbour ward/, 'the other speaker');
    assert.match(await hoverText(doc, UNSOURCED, 5), /No source/);
  });

  it('flags the unattributed quote; its quick fix adds a "[who] said" placeholder after it', async () => {
    const { document: doc } = await openFile(LIBRARY);
    const original = doc.getText();
    try {
      const d = assertOne(doc, await waitForCodes(doc.uri, 'unattributed-quote'), 'unattributed-quote', rangeOf(doc, UNSOURCED));
      assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning);
      const fix = await fixTitled(doc.uri, d, 'Add an attribution');
      assert.ok(await vscode.workspace.applyEdit(fix.edit!), 'applyEdit refused the fix');
      assert.strictEqual(doc.getText(), original.replace(UNSOURCED, `${UNSOURCED.slice(0, -2)}," [who] said.`));
    } finally {
      await restoreText(doc, original);
    }
    await waitForCodes(doc.uri, 'unattributed-quote');
  });
});
