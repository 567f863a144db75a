import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { assertOne, codeOf, fixTitled, openFile, rangeOf, restoreText, waitForCodes, waitForDiagnostics } from './helpers';

const MARKET = 'articles/market-hall.txt';
const AD = 'Advertisement';
const PROMO = 'Subscribe now to get the Stromness Courier delivered to your inbox every morning.';
const CREDIT = 'This article originally appeared in the Stromness Courier.';
const noBoilerplate = (ds: vscode.Diagnostic[]) => !ds.some((d) => codeOf(d) === 'boilerplate');

describe('boilerplate', () => {
  it('flags each boilerplate line; "Remove this line" removes that line and its blank line only', async () => {
    const { document: doc } = await openFile(MARKET);
    const original = doc.getText();
    try {
      const ds = await waitForDiagnostics(doc.uri, (all) => all.filter((d) => codeOf(d) === 'boilerplate').length === 3, 'three boilerplate lines');
      assert.deepStrictEqual(ds.filter((d) => codeOf(d) === 'boilerplate').map((d) => doc.getText(d.range)), [AD, PROMO, CREDIT]);
      const fix = await fixTitled(doc.uri, assertOne(doc, ds.filter((d) => doc.getText(d.range) === AD), 'boilerplate', rangeOf(doc, AD)), 'Remove this line');
      assert.ok(await vscode.workspace.applyEdit(fix.edit!), 'applyEdit refused the fix');
      assert.strictEqual(doc.getText(), original.replace(`${AD}\n\n`, ''));
    } finally {
      await restoreText(doc, original);
    }
  });

  it('source.fixAll.sourcelint on save removes every boilerplate line and leaves the other lines as they were', async () => {
    const { document: doc } = await openFile(MARKET);
    const original = doc.getText();
    const editor = vscode.workspace.getConfiguration('editor', doc);
    const old = editor.inspect('codeActionsOnSave')?.workspaceLanguageValue;
    try {
      await waitForCodes(doc.uri, 'boilerplate');
      // For this document's language only, as a newsroom would set it.
      await editor.update('codeActionsOnSave', { 'source.fixAll.sourcelint': 'explicit' }, vscode.ConfigurationTarget.Workspace, true);
      // A change makes the save real; it is at the top, away from the boilerplate.
      const edit = new vscode.WorkspaceEdit();
      edit.insert(doc.uri, new vscode.Position(0, 0), 'Update: ');
      assert.ok(await vscode.workspace.applyEdit(edit));
      assert.ok(await doc.save(), 'save failed');
      const expected = `Update: ${original}`.replace(`${AD}\n\n`, '').replace(`${PROMO}\n\n`, '').replace(`\n${CREDIT}\n`, '');
      assert.strictEqual(doc.getText(), expected);
      assert.strictEqual(Buffer.from(await vscode.workspace.fs.readFile(doc.uri)).toString('utf8'), expected, 'the file on disk');
      await waitForDiagnostics(doc.uri, noBoilerplate, 'no boilerplate after the fix');
    } finally {
      await editor.update('codeActionsOnSave', old, vscode.ConfigurationTarget.Workspace, true);
      await restoreText(doc, original);
    }
  });
});
