import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { codeOf, openFile, setSetting, waitForCodes, waitForDiagnostics } from './helpers';

describe('settings take effect without a reload', () => {
  const restore: (() => Promise<void>)[] = [];
  afterEach(async () => {
    while (restore.length) await restore.pop()!();
  });

  it('sourcelint.severity changes a rule\'s severity and turns it off', async () => {
    const { document: doc } = await openFile('articles/ferry-timetable.txt');
    await waitForCodes(doc.uri, 'unbalanced-quote', 'boilerplate');
    const severityOf = (ds: vscode.Diagnostic[], code: string) => ds.find((d) => codeOf(d) === code)?.severity;

    restore.push(await setSetting('severity', { 'unbalanced-quote': 'error' }));
    await waitForDiagnostics(doc.uri, (ds) => severityOf(ds, 'unbalanced-quote') === vscode.DiagnosticSeverity.Error, 'unbalanced-quote as an error');

    await setSetting('severity', { 'unbalanced-quote': 'off', boilerplate: 'hint' });
    const ds = await waitForDiagnostics(doc.uri, (all) => !all.some((d) => codeOf(d) === 'unbalanced-quote') && severityOf(all, 'boilerplate') === vscode.DiagnosticSeverity.Hint,
      'unbalanced-quote off and boilerplate as a hint');
    assert.ok(ds.some((d) => codeOf(d) === 'duplicate-passage'), 'other rules keep reporting');

    await restore.pop()!();
    await waitForDiagnostics(doc.uri, (all) => severityOf(all, 'unbalanced-quote') === vscode.DiagnosticSeverity.Warning, 'the default severity back');
  });

  it('sourcelint.include decides which .txt files are articles', async () => {
    const { document: notes } = await openFile('notes/errands.txt');
    restore.push(await setSetting('include', ['articles/**/*.txt', 'notes/**/*.txt', '**/*.article']));
    await waitForCodes(notes.uri, 'unbalanced-quote');
    await restore.pop()!();
    await waitForDiagnostics(notes.uri, (ds) => ds.length === 0, 'notes/ to be left alone again');
  });
});
