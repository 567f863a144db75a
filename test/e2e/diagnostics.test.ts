import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { assertOne, closeDocument, codeOf, openFile, rangeOf, restoreText, waitForCodes, waitForDiagnostics, writeArticle } from './helpers';

const FERRY = 'articles/ferry-timetable.txt';
const UNCLOSED = '"The early crossing lets commuters reach the mainland before nine.';
const UNSOURCED = '"Nobody on the island was asked before the change was made."';
const PROMO = 'Sign up for our newsletter to get the island news delivered to your inbox.';
const REPEATED = 'Passengers can still buy tickets at the harbour office or on board, and season passes keep their price until the end of the year.';


const ALL_CODES = ['boilerplate', 'duplicate-passage', 'unattributed-quote', 'unbalanced-quote'];
const codes = (ds: vscode.Diagnostic[]) => ds.map(codeOf).sort().join(',');

describe('diagnostics', () => {
  it('reports every rule with the range of the text it is about', async () => {
    const { document: doc } = await openFile(FERRY);
    const ds = await waitForCodes(doc.uri, ...ALL_CODES);
    assert.deepStrictEqual(ds.map(codeOf).sort(), ALL_CODES);
    // The unclosed quote runs to the end of the sentence it opens.
    assert.strictEqual(assertOne(doc, ds, 'unbalanced-quote', rangeOf(doc, UNCLOSED)).severity, vscode.DiagnosticSeverity.Warning);
    assertOne(doc, ds, 'unattributed-quote', rangeOf(doc, UNSOURCED));
    assertOne(doc, ds, 'boilerplate', rangeOf(doc, PROMO));
    // The later copy is the duplicate; the earlier one is where it points.
    const dup = assertOne(doc, ds, 'duplicate-passage', rangeOf(doc, REPEATED, 1));
    assert.strictEqual(dup.severity, vscode.DiagnosticSeverity.Information);
  });

  it('follows edits: fixed problems go, moved ones move, new ones appear', async () => {
    const editor = await openFile(FERRY);
    const doc = editor.document;
    const original = doc.getText();
    try {
      await waitForCodes(doc.uri, ...ALL_CODES);
      // Close the quotation by hand and delete the promo line with its blank line.
      await editor.edit((b) => {
        b.insert(rangeOf(doc, UNCLOSED).end, '"');
        const promo = rangeOf(doc, PROMO);
        b.delete(new vscode.Range(promo.start, promo.end.translate(2, -promo.end.character)));
      });
      let ds = await waitForDiagnostics(doc.uri, (d) => codes(d) === 'duplicate-passage,unattributed-quote', 'the fixed problems to go');
      assertOne(doc, ds, 'duplicate-passage', rangeOf(doc, REPEATED, 1)); // two lines up now
      assertOne(doc, ds, 'unattributed-quote', rangeOf(doc, UNSOURCED));

      await editor.edit((b) => b.insert(new vscode.Position(doc.lineCount, 0), '\n"A new quotation opens here and stays open.\n'));
      ds = await waitForCodes(doc.uri, 'unbalanced-quote');
      assertOne(doc, ds, 'unbalanced-quote', rangeOf(doc, '"A new quotation opens here and stays open.'));
    } finally {
      await restoreText(doc, original);
    }
  });

  it('clears the diagnostics of a file when it is closed', async () => {
    // Opened as a user would (vscode.open): a document the test opened itself with
    // openTextDocument stays open in the extension host for minutes after its editor closes.
    await vscode.commands.executeCommand('vscode.open', await writeArticle('Pier closed\n\n"The pier stays shut until the storm damage is mended.\n'));
    const doc = vscode.window.activeTextEditor!.document;
    await waitForCodes(doc.uri, 'unbalanced-quote');
    await closeDocument(doc);
    await waitForDiagnostics(doc.uri, (ds) => ds.length === 0, 'no diagnostics after closing');
  });
});
