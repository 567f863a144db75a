// Issue #18 in the server: one answer to "is this an article, with which config" for open
// documents, the workspace corpus and the files the client is asked to watch.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, type Registration } from '../helpers/lsp';

// 21 shared words: over the default minimum of 15.
const SHARED =
  'The quarry road will stay shut to lorries until the county has rebuilt the culvert that collapsed in the February storm.';
const UNBALANCED = 'Locals called the closure “a slow disaster for the valley.\n';

describe('project layer over LSP (issue #18)', () => {
  let root: string;
  let client: LspClient;
  const at = (...p: string[]) => path.join(root, ...p);
  const uri = (...p: string[]) => pathToFileURL(at(...p)).href;
  const write = (p: string, text: string) => {
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
  };
  const start = async (settings?: Record<string, unknown>) => {
    client = new LspClient({ folder: at('ws'), settings });
    await client.initialize();
  };
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-project-lsp-'));
    fs.mkdirSync(at('ws'));
  });
  afterEach(async () => {
    await client?.shutdown();
    client = undefined!;
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('a file outside the workspace folders is an article to the corpus as it is to the editor', async () => {
    write(at('outside', 'x.txt'), `Quarry road\n\n${SHARED}\n\n${UNBALANCED}`);
    write(at('outside', 'y.txt'), `Culvert works\n\nA short note first.\n\n${SHARED}\n`);
    await start();
    await client.open(uri('outside', 'x.txt'), fs.readFileSync(at('outside', 'x.txt'), 'utf8'));
    const first = await client.waitForDiagnostics(uri('outside', 'x.txt'), (p) => p.diagnostics.length > 0);
    assert.ok(
      first.diagnostics.some((d) => d.code === 'unbalanced-quote'),
      'the editor analyses it as an article',
    );
    // The other file outside every folder appears on disk: the corpus takes it by the same test.
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uri('outside', 'y.txt'), type: 1 }],
    });
    const p = await client.waitForDiagnostics(uri('outside', 'x.txt'), (x) =>
      x.diagnostics.some((d) => d.code === 'duplicate-passage'),
    );
    const d = p.diagnostics.find((x) => x.code === 'duplicate-passage')!;
    assert.equal(d.relatedInformation?.[0].location.uri, uri('outside', 'y.txt'));
  });

  it('a setting the user set to its default value overrides the rc file; one left alone does not', async () => {
    write(at('ws', '.sourcelintrc.json'), JSON.stringify({ include: ['notes/**/*.txt'] }));
    write(at('ws', 'top.txt'), `Quarry road\n\n${UNBALANCED}`);
    const text = fs.readFileSync(at('ws', 'top.txt'), 'utf8');

    // Left alone (VS Code sends the default value all the same): the rc file's include holds.
    await start({ include: ['**/*.txt', '**/*.article'], $explicit: [] });
    await client.open(uri('ws', 'top.txt'), text);
    assert.deepEqual(
      (await client.diagnosticsAt(uri('ws', 'top.txt'), 1)).map((d) => d.code),
      [],
    );
    await client.shutdown();

    // Set explicitly, to the very default value: the setting wins.
    await start({ include: ['**/*.txt', '**/*.article'], $explicit: ['include'] });
    await client.open(uri('ws', 'top.txt'), text);
    assert.deepEqual(
      (await client.diagnosticsAt(uri('ws', 'top.txt'), 1)).map((d) => d.code),
      ['unbalanced-quote'],
    );
  });

  const watched = (r: Registration) =>
    ((r.registerOptions as { watchers?: { globPattern: unknown }[] }).watchers ?? []).map((w) => w.globPattern);
  const watchRegistration = (pred: (globs: unknown[]) => boolean) =>
    client.waitForRegistration((r) => r.method === 'workspace/didChangeWatchedFiles' && pred(watched(r)));

  it("asks the client to watch the include globs in effect, the rc file's .md among them", async () => {
    write(at('ws', '.sourcelintrc.json'), JSON.stringify({ include: ['**/*.txt', 'stories/**/*.md'] }));
    await start();
    const r = await watchRegistration((g) => g.includes('**/stories/**/*.md'));
    assert.deepEqual(watched(r), ['**/.sourcelintrc.json', '**/*.txt', '**/stories/**/*.md']);

    // A new .md article gets file events, so it joins the corpus.
    write(at('ws', 'stories', 'a.md'), `# Culvert\n\n${SHARED}\n`);
    write(at('ws', 'b.txt'), `Quarry road\n\n${SHARED}\n`);
    await client.open(uri('ws', 'b.txt'), fs.readFileSync(at('ws', 'b.txt'), 'utf8'));
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uri('ws', 'stories', 'a.md'), type: 1 }],
    });
    await client.waitForDiagnostics(uri('ws', 'b.txt'), (x) =>
      x.diagnostics.some((d) => d.relatedInformation?.[0].location.uri === uri('ws', 'stories', 'a.md')),
    );
  });

  it('registers the watchers again when the rc file changes what is included', async () => {
    await start();
    await watchRegistration((g) => g.includes('**/*.txt'));
    write(at('ws', '.sourcelintrc.json'), JSON.stringify({ include: ['**/*.md'] }));
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uri('ws', '.sourcelintrc.json'), type: 1 }],
    });
    const r = await watchRegistration((g) => g.includes('**/*.md'));
    assert.deepEqual(watched(r), ['**/.sourcelintrc.json', '**/*.md']);
  });

  it('uses patterns relative to each workspace folder where the client supports them', async () => {
    write(at('ws', '.sourcelintrc.json'), JSON.stringify({ include: ['stories/*.md'] }));
    client = new LspClient({ folder: at('ws') });
    await client.initialize({
      workspace: {
        configuration: true,
        workspaceFolders: true,
        didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
      },
    });
    const r = await watchRegistration((g) => g.length > 1);
    assert.deepEqual(watched(r), [
      '**/.sourcelintrc.json',
      { baseUri: pathToFileURL(at('ws')).href, pattern: 'stories/*.md' },
    ]);
  });
});
