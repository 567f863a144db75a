// Loaded last by index.ts: leaves the workbench in a state worth showing (the Problems
// panel, the Sources view, a hover on a quote) and asks the launcher (which holds the
// browser) for a screenshot of each. `npm run test:e2e -- --update-screenshots` copies
// them into images/ for the README.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { closeAllEditors, openFile, rangeOf, sleep, waitForCodes } from './helpers';
import { artifactsDir } from './index';

/**
 * Asks scripts/e2e/launch-workbench.mjs for a screenshot through a request file; resolves with its path.
 * `waitFor`: a CSS selector (Playwright syntax) the launcher waits to see first, so a picture of
 * the wrong state fails instead of being taken. `ui`: what only the browser can do first (drag the
 * side bar's edge to a width, click elements in turn).
 */
async function screenshot(name: string, waitFor?: string, ui: { sideBarWidth?: number; clicks?: string[] } = {}): Promise<string | undefined> {
  const dir = process.env.SOURCELINT_E2E_SCREENSHOTS;
  if (!dir) return undefined; // not run by our launcher (e.g. desktop VS Code): nobody to take it
  const target = path.join(dir, name);
  const done = path.join(artifactsDir(), 'screenshot.done');
  fs.rmSync(done, { force: true });
  fs.writeFileSync(path.join(artifactsDir(), 'screenshot.request'), JSON.stringify({ path: target, waitFor, ...ui }));
  for (let waited = 0; !fs.existsSync(done); waited += 200) {
    assert.ok(waited < 20_000, 'the launcher did not take the screenshot within 20 s');
    await sleep(200);
  }
  assert.strictEqual(fs.readFileSync(done, 'utf8'), 'ok', 'screenshot');
  assert.ok(fs.statSync(target).size > 10_000, `${target} looks empty`);
  return target;
}

/** Cosmetic commands: a missing one in another VS Code version is no failure. */
const tryCommands = async (...cmds: string[]) => {
  for (const cmd of cmds) await vscode.commands.executeCommand(cmd).then(undefined, () => undefined);
};

describe('screenshots', () => {
  it('the Problems panel shows the diagnostics of an article', async () => {
    await closeAllEditors();
    const { document: doc } = await openFile('articles/ferry-timetable.txt');
    await waitForCodes(doc.uri, 'unbalanced-quote', 'boilerplate', 'duplicate-passage');
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    // Only this file's problems, and no secondary side bar taking the width.
    await tryCommands('workbench.actions.workbench.panel.markers.view.toggleActiveFile', 'workbench.action.closeAuxiliaryBar');
    await sleep(1500); // let the panel and the squiggles render
    await screenshot('problems-panel.png', '.markers-panel .monaco-list-row');
  });

  it('the Sources view lists who is quoted in the active article', async () => {
    await closeAllEditors();
    await tryCommands('workbench.action.closePanel');
    const { document: doc } = await openFile('articles/library-sundays.txt');
    await waitForCodes(doc.uri, 'unattributed-quote');
    // Room for the view: the launcher widens the side bar, folds the file tree and unfolds both speakers.
    await vscode.commands.executeCommand('sourcelint.sources.focus');
    await sleep(1000);
    const speaker = (name: string) => `.monaco-list-row:has-text("${name}") .monaco-tl-twistie.collapsible.collapsed`;
    await screenshot('sources-view.png', '.monaco-list-row:has-text("Morag Tulloch")',
      { sideBarWidth: 560, clicks: ['.pane-header:has-text("sourcelint-e2e-ws")', speaker('Morag Tulloch'), speaker('Ewan Rendall')] });
  });

  it('the status bar counts the active article\'s findings; a click lists them, with the Problems panel last', async () => {
    await closeAllEditors();
    await tryCommands('workbench.action.closePanel');
    const { document: doc } = await openFile('articles/library-sundays.txt');
    await waitForCodes(doc.uri, 'unattributed-quote');
    const diags = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'sourcelint');
    const warnings = diags.filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning).length;
    const item = `.statusbar-item [aria-label="Sourcelint: ${warnings} warnings, ${diags.length - warnings} notes"]`;
    // The launcher waits for the item with these counts and clicks it: the list of this article's
    // findings opens; its last item opens the (closed) Problems panel.
    const row = (text: string) => `.quick-input-widget .monaco-list-row:has-text("${text}")`;
    await screenshot('status-bar.png', item, { clicks: [item] });
    await screenshot('status-bar-click.png', row('has no source'), { clicks: [row('Open the Problems panel')] });
    await screenshot('status-bar-problems.png', '.markers-panel');
  });

  it('a hover on a quote names its speaker', async () => {
    const editor = await openFile('articles/library-sundays.txt');
    const at = rangeOf(editor.document, '"Families have asked').start.translate(0, 12);
    editor.selection = new vscode.Selection(at, at);
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    await vscode.commands.executeCommand('editor.action.showHover');
    await screenshot('hover.png', '.monaco-hover:has-text("chair of the library trust")');
  });
});
