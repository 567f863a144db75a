// Loaded last by index.ts: leaves the workbench with the Problems panel open on an
// article and asks the launcher (which holds the browser) for a screenshot.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { closeAllEditors, openFile, sleep, waitForCodes } from './helpers';
import { artifactsDir } from './index';

/** Asks scripts/e2e/launch-workbench.mjs for a screenshot through a request file; resolves with its path. */
async function screenshot(name: string): Promise<string | undefined> {
  const dir = process.env.SOURCELINT_E2E_SCREENSHOTS;
  if (!dir) return undefined; // not run by our launcher (e.g. desktop VS Code): nobody to take it
  const target = path.join(dir, name);
  const done = path.join(artifactsDir(), 'screenshot.done');
  fs.rmSync(done, { force: true });
  fs.writeFileSync(path.join(artifactsDir(), 'screenshot.request'), target);
  for (let waited = 0; !fs.existsSync(done); waited += 200) {
    assert.ok(waited < 20_000, 'the launcher did not take the screenshot within 20 s');
    await sleep(200);
  }
  assert.strictEqual(fs.readFileSync(done, 'utf8'), 'ok', 'screenshot');
  return target;
}

describe('Problems panel', () => {
  it('shows the diagnostics of an article (screenshot)', async () => {
    await closeAllEditors();
    const { document: doc } = await openFile('articles/ferry-timetable.txt');
    await waitForCodes(doc.uri, 'unbalanced-quote', 'boilerplate', 'duplicate-passage');
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    // Cosmetic, so a missing command in another VS Code version is no failure:
    // only this file's problems, and no secondary side bar taking the width.
    for (const cmd of ['workbench.actions.workbench.panel.markers.view.toggleActiveFile', 'workbench.action.closeAuxiliaryBar']) {
      await vscode.commands.executeCommand(cmd).then(undefined, () => undefined);
    }
    await sleep(1500); // let the panel and the squiggles render
    const shot = await screenshot('problems-panel.png');
    if (shot) assert.ok(fs.statSync(shot).size > 10_000, `${shot} looks empty`);
  });
});
