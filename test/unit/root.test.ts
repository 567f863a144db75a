import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { clientRoots, inferredRoot } from '../../server/src/lsp/root';

describe('lsp/root: the folder to index when the client names none', () => {
  let dir: string;
  beforeEach(() => (dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'sl-root-')))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const mk = (...p: string[]) => fs.mkdirSync(path.join(dir, ...p), { recursive: true });

  it("is the file's own folder when no folder above has a marker", () => {
    mk('a', 'b');
    assert.equal(inferredRoot(path.join(dir, 'a', 'b', 'x.txt'), '/nonexistent-home'), path.join(dir, 'a', 'b'));
  });

  it('is the nearest folder above with .sourcelintrc.json or .git', () => {
    mk('a', 'b', 'c');
    mk('a', '.git');
    assert.equal(inferredRoot(path.join(dir, 'a', 'b', 'c', 'x.txt'), '/nonexistent-home'), path.join(dir, 'a'));
    fs.writeFileSync(path.join(dir, 'a', 'b', '.sourcelintrc.json'), '{}');
    assert.equal(inferredRoot(path.join(dir, 'a', 'b', 'c', 'x.txt'), '/nonexistent-home'), path.join(dir, 'a', 'b'));
  });

  it('never is the home folder or the filesystem root', () => {
    mk('home', 'notes');
    fs.writeFileSync(path.join(dir, 'home', '.sourcelintrc.json'), '{}');
    const home = path.join(dir, 'home');
    assert.equal(
      inferredRoot(path.join(home, 'notes', 'x.txt'), home),
      path.join(home, 'notes'),
      'a marker in home counts for nothing',
    );
    assert.equal(inferredRoot(path.join(home, 'x.txt'), home), undefined);
    assert.equal(inferredRoot('/x.txt', home), undefined);
  });

  it('takes workspace folders, else rootUri, else rootPath', () => {
    assert.deepEqual(
      clientRoots({ workspaceFolders: [{ uri: 'file:///w/one' }, { uri: 'file:///w/two' }], rootUri: 'file:///w' }),
      ['/w/one', '/w/two'],
    );
    assert.deepEqual(clientRoots({ workspaceFolders: null, rootUri: 'file:///w' }), ['/w']);
    assert.deepEqual(clientRoots({ rootUri: null, rootPath: '/old/style' }), ['/old/style']);
    assert.deepEqual(clientRoots({ rootUri: 'untitled:x', rootPath: null }), []);
    assert.deepEqual(clientRoots({}), []);
  });
});
