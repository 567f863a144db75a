import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { assertOne, codeOf, fixTitled, openFile, rangeOf, readWorkspaceFile, sleep, waitForCodes, waitForDiagnostics, waitUntil, workspaceUri } from './helpers';

const LIBRARY = 'articles/library-sundays.txt';
const UNSOURCED = '"The heating bill alone will be enormous this winter."';
const SOURCE_LIST = [
  'Morag Tulloch — chair of the library trust — 2 quotes',
  'Ewan Rendall — councillor for the harbour ward — 1 quote',
  'Unattributed — 1 quote',
].join('\n') + '\n';

describe('sources view, outline and ignores', () => {
  it('the Sources view lists the active article\'s speakers; "Copy source list" copies them', async () => {
    const { document: doc } = await openFile(LIBRARY);
    await waitForCodes(doc.uri, 'unattributed-quote');
    await vscode.commands.executeCommand('sourcelint.sources.focus');
    await vscode.env.clipboard.writeText('');
    await vscode.commands.executeCommand('sourcelint.copySourceList');
    assert.strictEqual(await vscode.env.clipboard.readText(), SOURCE_LIST);
  });

  it('the status bar\'s command lists this article\'s findings; picking one selects its text', async () => {
    const editor = await openFile(LIBRARY);
    const doc = editor.document;
    await waitForCodes(doc.uri, 'unattributed-quote');
    const first = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'sourcelint').sort((a, b) => a.range.start.compareTo(b.range.start))[0];
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const shown = vscode.commands.executeCommand('sourcelint.showProblems');
    await sleep(1000); // the list opens with the first finding active
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await shown;
    const selected = await waitUntil(() => vscode.window.activeTextEditor!.selection.isEqual(first.range));
    assert.ok(selected, `the selection is not the first finding (${first.message})`);
  });

  it('the outline lists speakers with their affiliation and quotes', async () => {
    const { document: doc } = await openFile(LIBRARY);
    await waitForCodes(doc.uri, 'unattributed-quote');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    assert.deepStrictEqual(symbols.map((s) => [s.name, s.detail, s.children.map((c) => c.name)]), [
      ['Morag Tulloch', 'chair of the library trust', [
        '“Families have asked for this for years, and we finally have the staff to do it…', // 80 characters at most
        '“We could not open without the people who give their time,”']],
      ['Ewan Rendall', 'councillor for the harbour ward', ['“Children need somewhere warm and quiet to read at the weekend,”']],
      ['Unattributed quotes', '1', ['“The heating bill alone will be enormous this winter.”']],
    ]);
  });

  it('"Ignore this finding in this file" records it in .sourcelintrc.json and the diagnostic goes', async () => {
    const { document: doc } = await openFile(LIBRARY);
    const rc = workspaceUri('.sourcelintrc.json');
    try {
      const d = assertOne(doc, await waitForCodes(doc.uri, 'unattributed-quote'), 'unattributed-quote', rangeOf(doc, UNSOURCED));
      const { command } = await fixTitled(doc.uri, d, 'Ignore this finding in this file');
      assert.ok(command, 'the ignore action has no command');
      await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
      await waitForDiagnostics(doc.uri, (ds) => !ds.some((x) => codeOf(x) === 'unattributed-quote'), 'the ignored finding to go');
      assert.deepStrictEqual(JSON.parse(await readWorkspaceFile('.sourcelintrc.json')), {
        ignore: [{ rule: 'unattributed-quote', text: UNSOURCED.slice(1, -1).toLowerCase(), file: LIBRARY }],
      });
    } finally {
      await vscode.workspace.fs.delete(rc).then(undefined, () => undefined);
    }
    await waitForCodes(doc.uri, 'unattributed-quote');
  });
});
