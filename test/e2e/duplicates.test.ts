import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { assertOne, codeOf, openFile, rangeOf, rangeText, restoreText, waitForCodes, waitForDiagnostics } from './helpers';

// Two workspace articles share this passage (32 words); no other test touches them.
const PASSAGE = 'The work was last done nine years ago, when a storm left a bank of sand across the mouth of the marina and two fishing boats ran aground on the same night.';
const REWORDED = 'Nine years have passed since the last dredging, which followed a winter storm that piled sand at the marina entrance.';
const noDuplicate = (ds: vscode.Diagnostic[]) => !ds.some((d) => codeOf(d) === 'duplicate-passage');

describe('duplicated passages across files', () => {
  it('points at the other file\'s copy, and clears when that copy is reworded and saved', async () => {
    const { document: other } = await openFile('articles/harbour-dredging.txt');
    const { document: doc } = await openFile('articles/regatta-preview.txt');
    const original = other.getText();
    try {
      const d = assertOne(doc, await waitForCodes(doc.uri, 'duplicate-passage'), 'duplicate-passage', rangeOf(doc, PASSAGE));
      assert.strictEqual(d.relatedInformation?.length, 1, 'one related location');
      const [rel] = d.relatedInformation!;
      assert.strictEqual(rel.location.uri.toString(), other.uri.toString());
      assert.strictEqual(rangeText(rel.location.range), rangeText(rangeOf(other, PASSAGE)), 'related range');

      const edit = new vscode.WorkspaceEdit();
      edit.replace(other.uri, rangeOf(other, PASSAGE), REWORDED);
      assert.ok(await vscode.workspace.applyEdit(edit), 'applyEdit refused the change');
      assert.ok(await other.save(), 'save failed');
      await waitForDiagnostics(doc.uri, noDuplicate, 'the duplicate to clear once the other copy changed');
    } finally {
      await restoreText(other, original);
    }
    await waitForCodes(doc.uri, 'duplicate-passage');
  });
});
