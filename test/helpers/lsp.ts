// A real LSP client for tests: starts the built server (dist/server.js) over stdio and talks JSON-RPC to it.

import { type ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { ROOT } from './fixtures';

export const SERVER = path.join(ROOT, 'dist', 'server.js');

/** Servers started by tests keep their corpus caches here (not in ~/.cache), removed when the tests end. */
export const TEST_CACHE_HOME = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-test-cache-'));
process.on('exit', () => fs.rmSync(TEST_CACHE_HOME, { recursive: true, force: true }));

export interface Registration {
  id: string;
  method: string;
  registerOptions?: unknown;
}

export interface Published extends PublishDiagnosticsParams {
  at: number;
}

export interface LspClientOptions {
  /** Workspace folder; the server reads .sourcelintrc.json and the corpus from it. */
  folder?: string;
  /** Several workspace folders (a multi-root workspace), instead of `folder`. */
  folders?: string[];
  /** What `workspace/configuration` answers for the `sourcelint` section. */
  settings?: Record<string, unknown>;
  /** Extra arguments for the server process. */
  args?: string[];
  /** Sent as initializationOptions (e.g. debounceMs, trusted). */
  initializationOptions?: Record<string, unknown>;
  /** Merged over the initialize params (e.g. rootPath, or rootUri without workspaceFolders). */
  initializeParams?: Record<string, unknown>;
  /** Start this command instead of `node dist/server.js --stdio` (e.g. the installed bin, as editors do). */
  command?: { file: string; args: string[]; env?: NodeJS.ProcessEnv };
}

export class LspClient {
  readonly proc: ChildProcess;
  readonly conn: ProtocolConnection;
  readonly published: Published[] = [];
  readonly logs: string[] = [];
  readonly shown: string[] = [];
  /** Capabilities the server registered (client/registerCapability), and the ids it unregistered. */
  readonly registrations: Registration[] = [];
  readonly unregistered: string[] = [];
  /** Every notice with the method that carried it (window/showMessage or window/showMessageRequest). */
  readonly notices: { method: string; type: number; message: string; actions?: unknown[] }[] = [];
  settings: Record<string, unknown>;
  private waiters: (() => void)[] = [];
  stderr = '';

  constructor(readonly options: LspClientOptions = {}) {
    this.settings = options.settings ?? {};
    const cmd = options.command ?? { file: process.execPath, args: [SERVER, '--stdio', ...(options.args ?? [])] };
    this.proc = spawn(cmd.file, cmd.args, {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: cmd.env ?? { ...process.env, XDG_CACHE_HOME: TEST_CACHE_HOME },
    });
    this.proc.stderr!.on('data', (d) => (this.stderr += d));
    this.conn = createProtocolConnection(
      new StreamMessageReader(this.proc.stdout!),
      new StreamMessageWriter(this.proc.stdin!),
    );
    this.conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push({ ...p, at: Date.now() });
      this.wake();
    });
    this.conn.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
      this.wake();
    });
    this.conn.onRequest('window/showMessageRequest', (p: { type: number; message: string; actions?: unknown[] }) => {
      this.shown.push(p.message);
      this.notices.push({ method: 'window/showMessageRequest', ...p });
      return null;
    });
    this.conn.onNotification('window/showMessage', (p: { type: number; message: string }) => {
      this.shown.push(p.message);
      this.notices.push({ method: 'window/showMessage', ...p });
      this.wake();
    });
    this.conn.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) =>
      p.items.map((i) => (i.section === 'sourcelint' ? this.settings : null)),
    );
    this.conn.onRequest('client/registerCapability', (p: { registrations: Registration[] }) => {
      this.registrations.push(...p.registrations);
      this.wake();
      return null;
    });
    this.conn.onRequest('client/unregisterCapability', (p: { unregisterations: { id: string }[] }) => {
      for (const u of p.unregisterations) this.unregistered.push(u.id);
      return null;
    });
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.onNotification('$/progress', () => undefined);
    this.conn.listen();
  }

  private wake() {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  /** Resolves once `pred` holds, checked whenever a message arrives; fails after `timeoutMs` (a bound, not a wait). */
  async until(pred: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!pred()) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}\n${this.stderr}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  async initialize(capabilities: Record<string, unknown> = {}): Promise<InitializeResult> {
    const folder = this.options.folder ?? this.options.folders?.[0];
    const all = this.options.folders ?? (folder ? [folder] : []);
    const result = (await this.conn.sendRequest('initialize', {
      processId: process.pid,
      initializationOptions: this.options.initializationOptions,
      rootUri: folder ? pathToFileURL(folder).href : null,
      workspaceFolders: all.length ? all.map((f) => ({ uri: pathToFileURL(f).href, name: path.basename(f) })) : null,
      capabilities: {
        workspace: {
          configuration: true,
          didChangeWatchedFiles: { dynamicRegistration: true },
          workspaceFolders: true,
        },
        textDocument: {
          publishDiagnostics: { relatedInformation: true, versionSupport: true },
          codeAction: {
            codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
          },
          hover: { contentFormat: ['markdown', 'plaintext'] },
        },
        window: { workDoneProgress: true },
        ...capabilities,
      },
      ...this.options.initializeParams,
    })) as InitializeResult;
    await this.conn.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, text: string, languageId = 'plaintext', version = 1) {
    return this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, changes: { range?: unknown; text: string }[]) {
    return this.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: changes,
    });
  }

  close(uri: string) {
    return this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Resolves with the first registration (already received or coming) that satisfies `pred`. */
  async waitForRegistration(pred: (r: Registration) => boolean, timeoutMs = 10_000): Promise<Registration> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.registrations.find(pred);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(`no matching registration within ${timeoutMs} ms; got: ${JSON.stringify(this.registrations)}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  /** Resolves with the first publish (already received or coming) for `uri` that satisfies `pred`. */
  async waitForDiagnostics(
    uri: string,
    pred: (p: Published) => boolean = () => true,
    timeoutMs = 10_000,
  ): Promise<Published> {
    const deadline = Date.now() + timeoutMs;
    let seen = 0;
    for (;;) {
      for (; seen < this.published.length; seen++) {
        const p = this.published[seen];
        if (p.uri === uri && pred(p)) return p;
      }
      const left = deadline - Date.now();
      if (left <= 0) {
        const last = [...this.published].reverse().find((p) => p.uri === uri);
        throw new Error(
          `no matching diagnostics for ${uri} within ${timeoutMs} ms; last: ${JSON.stringify(last?.diagnostics.map(briefDiagnostic))}\n${this.stderr}`,
        );
      }
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  /** Diagnostics of the latest publish for `uri` at `version`. */
  async diagnosticsAt(uri: string, version: number): Promise<Diagnostic[]> {
    return (await this.waitForDiagnostics(uri, (p) => p.version === version)).diagnostics;
  }

  async shutdown(): Promise<void> {
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.conn.sendNotification('exit');
    } catch {
      /* already gone */
    }
    await new Promise<void>((resolve) => {
      if (this.proc.exitCode !== null || this.proc.signalCode !== null) return resolve();
      const t = setTimeout(() => {
        this.proc.kill('SIGKILL');
        resolve();
      }, 2000);
      this.proc.once('exit', () => {
        clearTimeout(t);
        resolve();
      });
    });
    this.conn.dispose();
  }
}

export const briefDiagnostic = (d: Diagnostic) => ({
  code: d.code,
  line: d.range.start.line,
  ch: d.range.start.character,
  message: d.message,
});

/** Applies LSP text edits (ranges on `text`) and returns the new text. */
export function applyEdits(
  text: string,
  edits: {
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    newText: string;
  }[],
): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') continue;
    if (text[i] === '\n' || text[i] === '\r') starts.push(i + 1);
  }
  const off = (p: { line: number; character: number }) => (starts[p.line] ?? text.length) + p.character;
  const sorted = edits
    .map((e) => ({ s: off(e.range.start), e: off(e.range.end), t: e.newText }))
    .sort((a, b) => b.s - a.s);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.s) + e.t + out.slice(e.e);
  return out;
}

/** Polls `pred` until it holds, for state a test can only watch (a process's exit, a log line). */
export async function waitFor(pred: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!pred()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
