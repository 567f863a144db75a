// Issue #18 in VS Code: a setting set to its default value overrides .sourcelintrc.json, and the
// files the rc file includes get file events (the server registers the watchers, not the client).
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import {
  closeDocument,
  codeOf,
  openArticle,
  openFile,
  serverBarrier,
  setSetting,
  waitForCodes,
  waitForDiagnostics,
  workspaceUri,
} from './helpers';

const RC = '.sourcelintrc.json';
const write = (rel: string, text: string) =>
  vscode.workspace.fs.writeFile(workspaceUri(rel), Buffer.from(text, 'utf8'));

describe('the project layer in VS Code (issue #18)', () => {
  const restore: (() => Promise<void>)[] = [];
  afterEach(async () => {
    while (restore.length) await restore.pop()!();
  });

  it("sourcelint.include set to its default value wins over the rc file's include", async () => {
    await write(RC, JSON.stringify({ include: ['articles/**/*.txt'] }));
    restore.push(async () => vscode.workspace.fs.delete(workspaceUri(RC)));
    restore.push(await setSetting('include', ['**/*.txt', '**/*.article']));
    const { document: notes } = await openFile('notes/errands.txt');
    await waitForCodes(notes.uri, 'unbalanced-quote');
    await restore.pop()!();
    await waitForDiagnostics(notes.uri, (ds) => ds.length === 0, "notes/ left alone again (the rc file's include)");
  });

  it('a .md file that only the rc file includes gets file events, so it joins the corpus', async () => {
    const passage = `The ferry company said on ${Date.now()} that its oldest boat would be sold to a museum once the new hybrid ferry enters service next spring.`;
    restore.push(await setSetting('include', undefined));
    await write(RC, JSON.stringify({ include: ['articles/**/*.txt', 'notes/**/*.md'] }));
    restore.push(async () => vscode.workspace.fs.delete(workspaceUri(RC)));
    await serverBarrier(); // the rc file's change has reached the server, which watches anew
    const { document: doc } = await openArticle(`Old ferry to a museum\n\n${passage}\n`);
    restore.push(() => closeDocument(doc));
    await waitForDiagnostics(
      doc.uri,
      (ds) => !ds.some((d) => codeOf(d) === 'duplicate-passage'),
      'no duplicate before the .md file exists',
    );
    const md = workspaceUri('notes/ferry-brief.md');
    await write('notes/ferry-brief.md', `# Brief\n\nA short note first.\n\n${passage}\n`);
    restore.push(async () => vscode.workspace.fs.delete(md));
    const ds = await waitForDiagnostics(
      doc.uri,
      (all) => all.some((d) => codeOf(d) === 'duplicate-passage'),
      'a duplicate pointing at the new .md file',
    );
    const d = ds.find((x) => codeOf(x) === 'duplicate-passage')!;
    assert.strictEqual(d.relatedInformation?.[0]?.location.uri.toString(), md.toString());
  });
});
