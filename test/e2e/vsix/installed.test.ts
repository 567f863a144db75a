import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extension, openFile, waitForCodes, waitUntil } from '../helpers';

describe('installed .vsix', () => {
  it('is the installed package, and lights up on an article', async () => {
    const ext = extension();
    const { version } = ext.packageJSON as { version: string };
    // Installed extensions live in <extensions dir>/<publisher>.<name>-<version>, holding only what ships.
    assert.strictEqual(path.basename(ext.extensionPath), `${ext.id}-${version}`, `not the installed copy: ${ext.extensionPath}`);
    for (const f of ['dist/extension.js', 'dist/server.js', 'syntaxes']) assert.ok(fs.existsSync(path.join(ext.extensionPath, f)), `${f} missing`);
    for (const f of ['client', 'server', 'test', 'node_modules']) assert.ok(!fs.existsSync(path.join(ext.extensionPath, f)), `${f} shipped`);

    const { document: doc } = await openFile('articles/library-sundays.txt');
    assert.ok(await waitUntil(() => ext.isActive), 'opening an article did not activate the installed extension');
    await ext.activate();
    await waitForCodes(doc.uri, 'unattributed-quote');
    const { document: ferry } = await openFile('articles/ferry-timetable.txt');
    await waitForCodes(ferry.uri, 'unbalanced-quote', 'boilerplate', 'duplicate-passage');
  });
});
