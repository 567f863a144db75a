import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { assertOne, codeOf, fixesFor, openArticle, rangeOf, waitForCodes, waitForDiagnostics } from './helpers';

describe('quick fixes', () => {
  it('closes an unbalanced quotation at the end of its sentence', async () => {
    const before = 'Bridge shut for a week\n\n"Repairs start on Monday. The bridge reopens next week, the council said.\n';
    const after = 'Bridge shut for a week\n\n"Repairs start on Monday." The bridge reopens next week, the council said.\n';
    const { document: doc } = await openArticle(before);
    const ds = await waitForCodes(doc.uri, 'unbalanced-quote');
    const d = assertOne(doc, ds, 'unbalanced-quote', rangeOf(doc, '"Repairs start on Monday.'));

    const fixes = await fixesFor(doc.uri, d);
    const close = fixes.find((a) => a.title.startsWith('Close the quotation with'));
    assert.ok(close?.edit, `no "Close the quotation with" fix among ${JSON.stringify(fixes.map((a) => a.title))}`);
    assert.ok(await vscode.workspace.applyEdit(close.edit), 'applyEdit refused the fix');
    assert.strictEqual(doc.getText(), after);
    await waitForDiagnostics(doc.uri, (all) => !all.some((x) => codeOf(x) === 'unbalanced-quote'), 'the fixed quote to stop being reported');
  });
});
