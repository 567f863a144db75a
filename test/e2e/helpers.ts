// Small helpers so an e2e case is a few lines: open an article, wait for the
// sourcelint diagnostics to match, compare ranges by the text they cover.
import * as assert from 'node:assert';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'sourcelint.sourcelint';
const DEFAULT_TIMEOUT = 30_000; // generous: CI machines have 2 cores

/** Marks a test whose failure means the extension cannot run at all: index.ts then stops the run. */
export function critical(test: Mocha.Test): Mocha.Test {
  (test as Mocha.Test & { critical?: boolean }).critical = true;
  return test;
}

export function extension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} not found: did the workbench load the development extension?`);
  return ext;
}

export function workspaceUri(rel: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, ...rel.split('/'));
}

/** Opens a workspace file (relative path) in an editor. */
export async function openFile(rel: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceUri(rel));
  return vscode.window.showTextDocument(doc);
}

export async function readWorkspaceFile(rel: string): Promise<string> {
  return Buffer.from(await vscode.workspace.fs.readFile(workspaceUri(rel))).toString('utf8');
}

let counter = 0;
/** Writes `text` to a new file under articles/ (name optional, .txt by default). */
export async function writeArticle(text: string, name = `case-${++counter}-${Date.now()}.txt`): Promise<vscode.Uri> {
  const uri = workspaceUri(name.includes('/') ? name : `articles/${name}`);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
  return uri;
}

/** writeArticle, then open it in an editor. */
export async function openArticle(text: string, name?: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(await writeArticle(text, name));
  return vscode.window.showTextDocument(doc);
}

export function diagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'sourcelint');
}

export const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

const describeAll = (uri: vscode.Uri) =>
  JSON.stringify(diagnostics(uri).map((d) => `${codeOf(d)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`));

/** Resolves with the sourcelint diagnostics of `uri` once `predicate` holds for them. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (ds: vscode.Diagnostic[]) => boolean,
  what = 'the expected diagnostics',
  timeout = DEFAULT_TIMEOUT,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const ds = diagnostics(uri);
      if (!predicate(ds)) return false;
      done();
      resolve(ds);
      return true;
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      done();
      reject(new Error(`timed out after ${timeout} ms waiting for ${what} on ${uri.path}; have ${describeAll(uri)}`));
    }, timeout);
    const done = () => { sub.dispose(); clearTimeout(timer); };
    check();
  });
}

/** Waits until the diagnostics of `uri` include one of each code (in any order, others allowed). */
export const waitForCodes = (uri: vscode.Uri, ...codes: string[]) =>
  waitForDiagnostics(uri, (ds) => codes.every((c) => ds.some((d) => codeOf(d) === c)), `codes ${codes.join(', ')}`);

/**
 * Proves the server has caught up: opens a fresh control article and waits for its
 * diagnostic (the server handles documents in order), then a short quiet time.
 * Use before asserting that some other file got none.
 */
export async function serverBarrier(): Promise<void> {
  const active = vscode.window.activeTextEditor?.document;
  const control = await openArticle('Barrier\n\n"This quotation never closes, on purpose.\n');
  await waitForCodes(control.document.uri, 'unbalanced-quote');
  await new Promise((r) => setTimeout(r, 500));
  await closeDocument(control.document);
  if (active && !active.isClosed) await vscode.window.showTextDocument(active);
}

/** The range of the n-th occurrence (from 0) of `needle` in the document. */
export function rangeOf(doc: vscode.TextDocument, needle: string, occurrence = 0): vscode.Range {
  const text = doc.getText();
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" (occurrence ${occurrence}) not in ${doc.uri.path}`);
  }
  return new vscode.Range(doc.positionAt(at), doc.positionAt(at + needle.length));
}

/** Asserts there is exactly one diagnostic of `code` and it covers `expected`. */
export function assertOne(doc: vscode.TextDocument, ds: vscode.Diagnostic[], code: string, expected: vscode.Range): vscode.Diagnostic {
  const mine = ds.filter((d) => codeOf(d) === code);
  assert.strictEqual(mine.length, 1, `one ${code} diagnostic expected, got ${mine.length}`);
  const d = mine[0];
  assert.deepStrictEqual(
    { range: rangeText(d.range), text: doc.getText(d.range) },
    { range: rangeText(expected), text: doc.getText(expected) },
    `${code} range`,
  );
  return d;
}

export const rangeText = (r: vscode.Range) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

/** Closes the editors showing `doc` (the document itself is disposed by the workbench shortly after). */
export async function closeDocument(doc: vscode.TextDocument): Promise<void> {
  const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === doc.uri.toString());
  if (doc.isDirty) await doc.save();
  await vscode.window.tabGroups.close(tabs);
}

/** Puts `text` back as the content of `doc` and saves it (tests edit shared workspace files only for a while). */
export async function restoreText(doc: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(new vscode.Position(0, 0), doc.positionAt(doc.getText().length)), text);
  assert.ok(await vscode.workspace.applyEdit(edit), `could not restore ${doc.uri.path}`);
  await doc.save();
}

/** Saves and closes every editor (a dirty one would stop the run with a save prompt). */
export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.files.saveAll');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Sets a sourcelint.* workspace setting; returns a function that puts the old value back. */
export async function setSetting(key: string, value: unknown): Promise<() => Promise<void>> {
  const config = vscode.workspace.getConfiguration('sourcelint');
  const old = config.inspect(key)?.workspaceValue;
  await config.update(key, value, vscode.ConfigurationTarget.Workspace);
  return async () => vscode.workspace.getConfiguration('sourcelint').update(key, old, vscode.ConfigurationTarget.Workspace);
}

/** The quick fixes offered for a diagnostic, as the lightbulb would list them (edits and commands). */
export async function fixesFor(uri: vscode.Uri, d: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const all = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value);
  return (all ?? []).filter((a): a is vscode.CodeAction => 'title' in a && !('command' in a && typeof a.command === 'string'));
}

/** The fix whose title starts with `title` for `d`; fails listing the titles there are. */
export async function fixTitled(uri: vscode.Uri, d: vscode.Diagnostic, title: string): Promise<vscode.CodeAction> {
  const fixes = await fixesFor(uri, d);
  const fix = fixes.find((a) => a.title.startsWith(title));
  assert.ok(fix, `no "${title}" fix among ${JSON.stringify(fixes.map((a) => a.title))}`);
  return fix;
}

/** The hover text (Markdown, backslash escapes removed) at the start of the n-th `needle`, plus `offset` characters. */
export async function hoverText(doc: vscode.TextDocument, needle: string, offset = 0, occurrence = 0): Promise<string> {
  const at = rangeOf(doc, needle, occurrence).start.translate(0, offset);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
  return (hovers ?? []).flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)))
    .join('\n').replace(/\\(.)/g, '$1');
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `condition` until it holds (true) or `timeout` passes (false). */
export async function waitUntil(condition: () => boolean, timeout = DEFAULT_TIMEOUT): Promise<boolean> {
  for (const end = Date.now() + timeout; !condition(); await sleep(100)) {
    if (Date.now() > end) return false;
  }
  return true;
}
