// Language server: wires LSP to the engine. No analysis here.

import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type CodeAction,
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  type CancellationToken,
  type Hover,
  LSPErrorCodes,
  MessageType,
  ProposedFeatures,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { tooLargeFinding } from './engine/analyze';
import { formatOf } from './engine/markdown';
import { rawPatternProblems } from './engine/boilerplate';
import { type Config, type ConfigProblem, DEFAULT_CONFIG } from './engine/config';
import { LineIndex } from './engine/text';
import type { Analysis } from './engine/types';
import { RC_NAME } from './io/rcfile';
import { type DiagnosticData, ignoreActions, quickFix, toDiagnostic } from './lsp/convert';
import { EngineHost } from './lsp/host/client';
import { FIX_ALL_KIND, fixAllAction, kindRequested } from './lsp/fixall';
import { hoverAt } from './lsp/hover';
import { ignoreEntry, recordIgnore } from './lsp/ignore';
import { documentSymbols, sourcesResult } from './lsp/sources';
import {
  IGNORE_COMMAND,
  type IgnoreArgs,
  SOURCES_REQUEST,
  type SourcesParams,
  type SourcesResult,
  TRUST_NOTIFICATION,
  type TrustParams,
} from '../../common/protocol';
import { settingsConfig } from './project/settings';
import { WorkspaceArticles } from './lsp/workspace-articles';
import { cacheFileFor, defaultCacheDir } from './cache/corpus-cache';
import { restrictUntrusted } from './project/trust';
import { folderOf as projectFolder, isArticle as projectArticle, scopeOf } from './project/articles';
import { ignorePath, rcFileFor, rcFor } from './project/config';
import { checkOpen } from './project/prepare';
import { ArticleWatchers } from './lsp/watchers';
import { Notices } from './lsp/messages';
import { PushedSettings } from './lsp/client-settings';
import { clientRoots, inferredRoot } from './lsp/root';

// Quiet time after a keystroke before analysing; clients may set it (initializationOptions.debounceMs).
let debounceMs = 75;

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

interface Result {
  version: number;
  lines: LineIndex;
  analysis: Analysis;
}
const results = new Map<string, Result>();
const timers = new Map<string, NodeJS.Timeout>();
const configCache = new Map<string, Promise<Config>>();
const notices = new Notices(connection);
// Settings of a client without workspace/configuration (see lsp/client-settings).
const pushed = new PushedSettings();
const skippedLogged = new Set<string>();
// Workspace trust (initializationOptions.trusted, then TRUST_NOTIFICATION when the user grants it).
let trusted = true;
const trustLogged = new Set<string>();

/** In an untrusted workspace: no workspace regular expressions, no include/exclude; said once in the log. */
function trustView(config: Config): Config {
  if (trusted) return config;
  const { config: restricted, dropped } = restrictUntrusted(config);
  const note = `sourcelint: untrusted workspace: ignoring ${dropped.join(', ')}`;
  if (dropped.length && !trustLogged.has(note)) connection.console.warn(note);
  trustLogged.add(note);
  return restricted;
}

connection.onNotification(TRUST_NOTIFICATION, (p: TrustParams) => {
  if (typeof p?.trusted !== 'boolean' || p.trusted === trusted) return;
  trusted = p.trusted;
  configCache.clear();
  for (const doc of documents.all()) schedule(doc.uri, 0);
  reloadCorpus();
});
let folders: string[] = [];
let canPullConfig = false;
let canWatchFolders = false;
// The client watches the rc files and the effective include globs, as the server registers them.
let watchers: ArticleWatchers | undefined;
// The client named no folder: each opened file brings its own (see lsp/root).
let inferRoots = false;
// Every article of the workspace, open or not, for duplicated passages across files.
// The corpus cache's folder (initializationOptions.cacheDir, else ~/.cache/sourcelint); null: no cache (initializationOptions.cache false).
let cacheDir: string | null = defaultCacheDir();
const workspaceArticles = new WorkspaceArticles(connection, {
  folders: () => folders,
  configFor,
  isOpen: (u) => !!documents.get(u),
  cacheFile: (folder) => (cacheDir === null ? undefined : cacheFileFor(cacheDir, folder)),
});
// Open texts, the corpus index and the analyses live on the engine host thread, so hovers never wait for them.
const host = new EngineHost(path.join(__dirname, 'analysis-worker.js'), (m) => connection.console.info(m));
workspaceArticles.index = host;
// A new host holds nothing: the corpus is read again (from the cache, mostly) and the open documents re-analysed.
host.onRestart = () => {
  workspaceArticles.reset();
  for (const doc of documents.all()) schedule(doc.uri, 0);
  reloadCorpus();
};
// Tests kill the host thread this way (the server's environment must ask for it).
if (process.env.SOURCELINT_TEST_HOOKS) connection.onNotification('sourcelint/test/crashHost', () => host.crash());

connection.onInitialize((params) => {
  canPullConfig = !!params.capabilities.workspace?.configuration;
  canWatchFolders = !!params.capabilities.workspace?.workspaceFolders;
  const watchFiles = params.capabilities.workspace?.didChangeWatchedFiles;
  watchers = new ArticleWatchers(connection, {
    dynamic: !!watchFiles?.dynamicRegistration,
    relative: !!watchFiles?.relativePatternSupport,
  });
  const init = params.initializationOptions as
    | { debounceMs?: unknown; trusted?: unknown; cacheDir?: unknown; cache?: unknown }
    | undefined;
  if (typeof init?.cacheDir === 'string' && path.isAbsolute(init.cacheDir)) cacheDir = init.cacheDir;
  if (init?.cache === false || process.env.SOURCELINT_NO_CACHE) cacheDir = null;
  if (typeof init?.debounceMs === 'number' && init.debounceMs >= 0 && init.debounceMs <= 5000)
    debounceMs = init.debounceMs;
  trusted = init?.trusted !== false; // other editors have no workspace trust: trusted unless told otherwise
  pushed.fromInit(init);
  folders = clientRoots(params);
  inferRoots = !folders.length;
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      hoverProvider: true,
      documentSymbolProvider: { label: 'Sources' },
      executeCommandProvider: { commands: [IGNORE_COMMAND] },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'sourcelint' },
  };
});

connection.onInitialized(() => {
  if (canPullConfig)
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'sourcelint' });
  if (canWatchFolders) {
    connection.workspace.onDidChangeWorkspaceFolders((e) => {
      const removed = new Set(e.removed.map((f) => fileURLToPath(f.uri)));
      folders = [...folders.filter((f) => !removed.has(f)), ...e.added.map((f) => fileURLToPath(f.uri))];
      configCache.clear();
      reloadCorpus();
    });
  }
  reloadCorpus();
});

/** (Re)indexes the workspace, then re-checks open documents against the whole corpus. */
function reloadCorpus() {
  watchers
    ?.update(folders, configFor)
    .catch((e) => connection.console.error(`sourcelint: watching articles failed: ${(e as Error).stack ?? e}`));
  workspaceArticles.load().then(
    () => documents.all().forEach((d) => schedule(d.uri, 0)),
    (e) => connection.console.error(`sourcelint: indexing failed: ${(e as Error).stack ?? e}`),
  );
}

/** Re-checks the open documents whose duplicates may have changed with `uri`. */
function corpusChanged(uri: string) {
  workspaceArticles.affected(uri, results).then(
    (others) => others.forEach((other) => schedule(other, debounceMs)),
    (e) =>
      connection.console.error(
        `sourcelint: re-checking files that share passages with ${uri} failed: ${(e as Error).stack ?? e}`,
      ),
  );
}

function reportProblems(where: string, problems: (string | ConfigProblem)[]) {
  notices.problems(where, problems);
}

/**
 * The document's path as per-file ignores name it: relative to the folder of the rc file in force,
 * as `check` names it (else to its workspace folder, where the "ignore" action would create one).
 */
function relPathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  const file = fileURLToPath(uri);
  const rc = rcFileFor(scopeOf(file, folders));
  const base = rc ? path.dirname(rc) : folderOf(file);
  return base ? ignorePath(base, file) : undefined;
}

function folderOf(file: string): string | undefined {
  return projectFolder(file, folders);
}

/** The rc file found upwards from a file's scope (its workspace folder, else its own folder). */
function rcConfig(scope: string | undefined): Config | undefined {
  if (!scope) return undefined;
  const found = rcFor(scope);
  if (!found) return undefined;
  reportProblems(found.file, found.errors);
  return found.config;
}

function configFor(uri: string): Promise<Config> {
  let c = configCache.get(uri);
  if (!c) {
    c = (async () => {
      const file = uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
      const rc = rcConfig(file && scopeOf(file, folders));
      if (!canPullConfig && !pushed.get()) return rc ?? DEFAULT_CONFIG;
      const settings = canPullConfig
        ? await connection.workspace.getConfiguration({ scopeUri: uri, section: 'sourcelint' })
        : pushed.get();
      const problems: ConfigProblem[] = [];
      const config = settingsConfig(rc, settings, problems);
      problems.push(...rawPatternProblems(settings));
      reportProblems(
        'settings',
        problems.map((p) => ({ ...p, key: `sourcelint.${p.key}` })),
      );
      return config;
    })().then(trustView);
    configCache.set(uri, c);
  }
  return c;
}

function isArticle(doc: TextDocument, config: Config): boolean {
  if (!doc.uri.startsWith('file:')) return doc.languageId === 'news-article';
  const file = fileURLToPath(doc.uri);
  return projectArticle(file, config, scopeOf(file, folders), doc.languageId);
}

// The analysis under way per document: a request for the same version waits for it rather than starting another
// (unless that one is of the article alone and the corpus has loaded since).
const running = new Map<string, { version: number; alone?: boolean; done: Promise<void> }>();

function validate(uri: string): Promise<void> {
  const doc = documents.get(uri);
  if (!doc) return Promise.resolve();
  const r = running.get(uri);
  if (r && r.version === doc.version && (!r.alone || workspaceArticles.warming)) return r.done;
  const run: { version: number; alone?: boolean; done: Promise<void> } = {
    version: doc.version,
    done: Promise.resolve(),
  };
  const done = validateVersion(uri, doc, run).finally(() => {
    if (running.get(uri)?.done === done) running.delete(uri);
  });
  run.done = done;
  running.set(uri, run);
  return done;
}

/** `run.alone` is set once decided (see WorkspaceArticles.warmingNow). */
async function validateVersion(uri: string, doc: TextDocument, run: { alone?: boolean }): Promise<void> {
  const version = doc.version;
  const config = await configFor(uri);
  const alone = await workspaceArticles.warmingNow();
  run.alone = alone;
  const current = documents.get(uri);
  if (!current || current.version !== version) return; // a newer edit has its own run queued
  if (!isArticle(doc, config)) {
    results.delete(uri);
    if (workspaceArticles.remove(uri)) corpusChanged(uri);
    void connection.sendDiagnostics({ uri, version, diagnostics: [] });
    return;
  }
  const text = doc.getText();
  const open = checkOpen(text, config);
  if (!open.ok && 'skip' in open) {
    // Not an article: no diagnostics, one log line per document (not per keystroke), no popup.
    results.delete(uri);
    if (workspaceArticles.remove(uri)) corpusChanged(uri);
    if (!skippedLogged.has(uri)) connection.console.warn(`sourcelint: ${uri}: not analysed: ${open.skip}`);
    skippedLogged.add(uri);
    void connection.sendDiagnostics({ uri, version, diagnostics: [] });
    return;
  }
  skippedLogged.delete(uri);
  if (!open.ok) {
    const changed = workspaceArticles.remove(uri);
    const lines = new LineIndex(text);
    const analysis: Analysis = { findings: [tooLargeFinding(open.tooLarge, config.maxFileSize)], quotes: [] };
    results.set(uri, { version, lines, analysis });
    const diagnostics = analysis.findings.map((f, index) =>
      toDiagnostic(lines, f, { index, version } satisfies DiagnosticData, () => undefined),
    );
    void connection.sendDiagnostics({ uri, version, diagnostics });
    if (changed) corpusChanged(uri);
    return;
  }
  // The text crosses to the host once; it blanks Markdown, indexes the text and analyses it there.
  workspaceArticles.setOpen(uri);
  const pending = host.analyze({
    uri,
    version,
    text,
    format: formatOf(uri, doc.languageId),
    config,
    group: workspaceArticles.groupOf(uri),
    relPath: relPathOf(uri),
    // A large workspace still loading: local findings now; the load's end re-checks against the whole corpus.
    alone,
  });
  const lines = new LineIndex(text); // while the host works
  const done = await pending;
  // A newer edit (or a close) may have come meanwhile; the host drops what a newer version superseded.
  if (!done) return;
  // The corpus loaded meanwhile: its analysis (scheduled at the load's end) is the one to publish.
  if (alone && !workspaceArticles.warming) return;
  if (documents.get(uri)?.version !== version) {
    if (done.changed) corpusChanged(uri);
    return;
  }
  results.set(uri, { version, lines, analysis: done.analysis });
  void connection.sendDiagnostics({ uri, version, diagnostics: done.diagnostics });
  if (done.changed) corpusChanged(uri); // other files' re-checks come after this one's publish
}

function schedule(uri: string, delay: number) {
  clearTimeout(timers.get(uri));
  timers.set(
    uri,
    setTimeout(() => {
      timers.delete(uri);
      validate(uri).catch((e) =>
        connection.console.error(`sourcelint: analysis of ${uri} failed: ${(e as Error).stack ?? e}`),
      );
    }, delay),
  );
}

/**
 * The analysis of the document's current version, computed now if the debounced run has not happened.
 * A request cancelled before that analysis starts stops with RequestCancelled (the debounced run stays queued);
 * one cancelled while it runs also answers RequestCancelled, and the analysis is kept.
 */
async function currentResult(uri: string, token?: CancellationToken): Promise<Result | undefined> {
  const doc = typeof uri === 'string' ? documents.get(uri) : undefined;
  if (!doc) return undefined;
  const r = results.get(uri);
  if (r && r.version === doc.version) return r;
  await new Promise((resolve) => setImmediate(resolve)); // lets a $/cancelRequest already sent arrive
  if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
  const fresh = results.get(uri);
  if (fresh && fresh.version === doc.version) return fresh;
  clearTimeout(timers.get(uri));
  timers.delete(uri);
  await validate(uri);
  // Cancelled while it ran: the analysis is kept for the next request, the answer is not wanted.
  if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
  const again = results.get(uri);
  return again && again.version === doc.version ? again : undefined;
}

documents.onDidOpen((e) => {
  if (inferRoots) adoptRootOf(e.document.uri);
  schedule(e.document.uri, 0);
});

/** A file opened outside every folder, when the client named none: its folder joins the indexed ones. */
function adoptRootOf(uri: string) {
  if (!uri.startsWith('file:') || folderOf(fileURLToPath(uri))) return;
  const root = inferredRoot(fileURLToPath(uri));
  if (!root) return;
  connection.console.info(`sourcelint: no workspace folder from the client; indexing ${root}`);
  folders = [...folders, root];
  configCache.clear();
  reloadCorpus();
}
documents.onDidChangeContent((e) => schedule(e.document.uri, debounceMs));
documents.onDidClose((e) => {
  clearTimeout(timers.get(e.document.uri));
  timers.delete(e.document.uri);
  results.delete(e.document.uri);
  void workspaceArticles.closed(e.document.uri).then((changed) => changed && corpusChanged(e.document.uri));
  configCache.delete(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.onDidChangeConfiguration((params) => {
  // A client that cannot be asked pushes its settings here; one that can is asked again.
  if (!canPullConfig && !pushed.fromChange(params)) return;
  configCache.clear();
  notices.clear();
  for (const doc of documents.all()) schedule(doc.uri, 0);
  reloadCorpus();
});

connection.onDidChangeWatchedFiles((e) => {
  void workspaceArticles.onFileEvents(e.changes).then((changed) => changed.forEach(corpusChanged));
  if (e.changes.some((c) => c.uri.endsWith('/' + RC_NAME))) {
    configCache.clear();
    notices.clear();
    for (const doc of documents.all()) schedule(doc.uri, 0);
    reloadCorpus(); // its include and exclude decide which files are articles
  }
});

connection.onCodeAction(async (params, token): Promise<CodeAction[]> => {
  const doc = documents.get(params.textDocument?.uri);
  const r = await currentResult(params.textDocument?.uri, token);
  if (!doc || !r) return [];
  const actions: CodeAction[] = [];
  if (kindRequested(params.context.only, FIX_ALL_KIND, false)) {
    const all = fixAllAction(doc.uri, r.version, r.lines, r.analysis);
    if (all) actions.push(all);
  }
  if (!kindRequested(params.context.only, CodeActionKind.QuickFix, true)) return actions;
  for (const d of params.context.diagnostics) {
    const data = d.data as DiagnosticData | undefined;
    // A diagnostic from an older version may point at other text: offer nothing for it.
    if (d.source !== 'sourcelint' || !data || data.version !== r.version) continue;
    const f = r.analysis.findings[data.index];
    if (!f || f.code !== d.code) continue;
    for (const fix of f.fixes ?? []) actions.push(quickFix(doc.uri, r.version, r.lines, fix, d));
    if (doc.uri.startsWith('file:') && folderOf(fileURLToPath(doc.uri)))
      actions.push(...ignoreActions(doc.uri, r.version, data.index, d));
  }
  return actions;
});

connection.onExecuteCommand(async (params) => {
  if (params.command !== IGNORE_COMMAND) return;
  const args = params.arguments?.[0] as IgnoreArgs | undefined;
  const r = args && results.get(args.uri);
  const doc = args && documents.get(args.uri);
  // The finding is looked up in the analysis it was offered from; after an edit, ask again.
  if (!args || !r || !doc || r.version !== args.version || !r.analysis.findings[args.index]) {
    notices.show(MessageType.Warning, 'the document changed; run the action again.');
    return;
  }
  const folder = folderOf(fileURLToPath(args.uri));
  if (!folder) return;
  try {
    const entry = ignoreEntry(
      r.analysis.findings[args.index],
      doc.getText(),
      args.scope === 'file' ? relPathOf(args.uri) : undefined,
    );
    // Into the rc file in force (perhaps above the folder): a new one in the folder would hide its settings.
    recordIgnore(rcFileFor(folder) ?? path.join(folder, RC_NAME), entry);
  } catch (e) {
    notices.show(MessageType.Error, (e as Error).message);
    return;
  }
  configCache.clear();
  for (const d of documents.all()) schedule(d.uri, 0);
});

connection.onDocumentSymbol(async (params, token) => {
  const r = await currentResult(params.textDocument?.uri, token);
  return r ? documentSymbols(r.analysis, r.lines) : null;
});

connection.onRequest(SOURCES_REQUEST, async (params: SourcesParams, token): Promise<SourcesResult | null> => {
  const r = await currentResult(params?.uri, token);
  return r ? sourcesResult(params.uri, r.version, r.analysis, r.lines) : null;
});

connection.onHover(async (params, token): Promise<Hover | null> => {
  const r = await currentResult(params.textDocument?.uri, token);
  if (!r) return null;
  return hoverAt(r.analysis, r.lines, r.lines.offsetAt(params.position));
});

// A didChange for a document that is not open cannot be applied: say so rather than drop it silently.
const onDidChange = connection.onDidChangeTextDocument.bind(connection);
documents.listen(
  Object.assign(Object.create(connection) as typeof connection, {
    onDidChangeTextDocument: (handler: Parameters<typeof onDidChange>[0]) =>
      onDidChange((p, ...rest) => {
        if (documents.get(p?.textDocument?.uri)) return handler(p, ...rest);
        connection.console.warn(`sourcelint: didChange for ${p?.textDocument?.uri}, which is not open: ignored`);
      }),
  }),
);
connection.onShutdown(() => workspaceArticles.closeCaches());
connection.onExit(() => workspaceArticles.closeCaches());
connection.listen();
