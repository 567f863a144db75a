// Runs first (index.ts loads test files in name order): it needs a workbench where
// no article has been opened yet. The test workspace holds no .article file, so
// nothing activates the extension before this.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { critical, diagnostics, extension, openArticle, openFile, serverBarrier, sleep, waitForCodes, waitUntil } from './helpers';

describe('activation', () => {
  it('stays inactive until an article opens: a .json file does not activate it', async () => {
    const ext = extension();
    assert.strictEqual(ext.isActive, false, 'active before any article was opened');
    await openFile('data/quotes.json');
    await sleep(1000);
    assert.strictEqual(ext.isActive, false, 'a .json file activated the extension');
  });

  // Critical: if the extension cannot start, index.ts stops the run here instead of
  // letting every later test time out.
  critical(it('activates when an article opens and its language server reports', async () => {
    const ext = extension();
    const editor = await openFile('articles/ferry-timetable.txt');
    assert.ok(await waitUntil(() => ext.isActive), 'opening an article did not activate the extension');
    // isActive also holds after a failed activate(); this rejects with the reason (e.g. the server did not start).
    await ext.activate();
    // Diagnostics prove the client started dist/server.js, not just that activate() ran.
    await waitForCodes(editor.document.uri, 'unbalanced-quote');
    assert.strictEqual(ext.isActive, true);
  }));

  it('gives no diagnostics to a .json file or a .txt outside sourcelint.include', async () => {
    const json = await openFile('data/quotes.json');
    const notes = await openFile('notes/errands.txt');
    assert.strictEqual(notes.document.languageId, 'plaintext');
    await serverBarrier();
    assert.deepStrictEqual(diagnostics(json.document.uri), []);
    assert.deepStrictEqual(diagnostics(notes.document.uri), []);
  });

  it('lints .article files (language news-article) and untitled news articles', async () => {
    const text = 'Draft\n\n"A draft opens a quote and stops.\n';
    const file = await openArticle(text, 'draft.article');
    assert.strictEqual(file.document.languageId, 'news-article');
    await waitForCodes(file.document.uri, 'unbalanced-quote');
    const untitled = await vscode.workspace.openTextDocument({ language: 'news-article', content: text });
    await vscode.window.showTextDocument(untitled);
    await waitForCodes(untitled.uri, 'unbalanced-quote');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
