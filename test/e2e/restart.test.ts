// Crash and restart: when the language server process dies, the client starts a new one and the
// diagnostics come back (vscode-languageclient's default restart policy).
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { closeDocument, codeOf, openArticle, waitForDiagnostics } from './helpers';

/** The sourcelint server processes started by this extension host (its children running dist/server.js). */
function serverPids(): number[] {
  const out: number[] = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      const cmd = fs.readFileSync(`/proc/${name}/cmdline`, 'utf8');
      if (/dist[\\/]server\.js/.test(cmd)) out.push(Number(name));
    } catch {
      /* the process ended while we looked */
    }
  }
  return out;
}

async function waitFor<T>(get: () => T | undefined, what: string, timeout = 30_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const v = get();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('crash and restart', () => {
  it('a killed server is restarted and the diagnostics come back', async () => {
    const editor = await openArticle('Quay works\n\n“The crane arrives on Monday, said the foreman.\n', 'restart-case.txt');
    const doc = editor.document;
    await waitForDiagnostics(doc.uri, (ds) => ds.filter((d) => codeOf(d) === 'unbalanced-quote').length === 1, 'one unclosed quote');
    const [old] = await waitFor(() => (serverPids().length === 1 ? serverPids() : undefined), 'one server process');

    process.kill(old, 'SIGKILL');
    const fresh = await waitFor(() => serverPids().find((p) => p !== old), 'a new server process');
    assert.notStrictEqual(fresh, old);

    // The new server knows the open document (the client opens it again) and follows edits.
    await editor.edit((b) => b.insert(new vscode.Position(doc.lineCount, 0), '\nThe crane is late.\n\nShe called it “a second quotation that stays open.\n'));
    await waitForDiagnostics(doc.uri, (ds) => ds.filter((d) => codeOf(d) === 'unbalanced-quote').length === 2, 'both unclosed quotes, from the new server');
    await closeDocument(doc);
  });
});
