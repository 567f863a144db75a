// VS Code client: starts the sourcelint language server and wires its commands. Nothing else.

import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { type ExtensionContext, commands, workspace } from 'vscode';
import {
  type ConfigurationMiddleware,
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';
import { STATUS_NOTIFICATION, type StatusParams, TRUST_NOTIFICATION, type TrustParams } from '../../common/protocol';
import { EXPLICIT_KEY, explicitKeys } from '../../common/settings';
import { showFindings } from './findingsPick';
import { SourcesView } from './sourcesView';
import { StatusBar } from './statusBar';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  if (!fs.existsSync(module)) {
    // Say plainly what is wrong instead of the client's "connection got disposed".
    const msg = `Sourcelint: the language server is missing (${module}); reinstall the extension.`;
    void vscode.window.showErrorMessage(msg);
    throw new Error(msg);
  }
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // Untrusted workspaces: the server ignores workspace regular expressions and path settings.
    // The corpus cache goes into this workspace's storage folder (the server falls back to ~/.cache/sourcelint).
    initializationOptions: () => ({ trusted: workspace.isTrusted, cacheDir: context.storageUri?.fsPath }),
    // Plain-text files are offered to the server, which keeps only those under sourcelint.include;
    // the extension never changes the language mode of a .txt file.
    documentSelector: [
      { scheme: 'file', language: 'news-article' },
      { scheme: 'untitled', language: 'news-article' },
      { scheme: 'file', language: 'plaintext' },
      // Markdown articles: the server keeps those under sourcelint.include (sourcelint.markdown.enabled).
      { scheme: 'file', language: 'markdown' },
    ],
    // The server registers the files to watch (rc files, and the include globs in effect).
    synchronize: { configurationSection: 'sourcelint' },
    middleware: { workspace: { configuration: withExplicitKeys(settingKeys(context)) } },
  };
  client = new LanguageClient('sourcelint', 'Sourcelint', serverOptions, clientOptions);
  context.subscriptions.push(
    commands.registerCommand('sourcelint.restartServer', () => client?.restart()),
    workspace.onDidGrantWorkspaceTrust(
      () => void client?.sendNotification(TRUST_NOTIFICATION, { trusted: true } satisfies TrustParams),
    ),
  );
  wireViews(context, client);
  await client.start();
}

/** The sourcelint.* keys the extension contributes (without the prefix). */
function settingKeys(context: ExtensionContext): string[] {
  const props =
    (context.extension.packageJSON as { contributes?: { configuration?: { properties?: Record<string, unknown> } } })
      .contributes?.configuration?.properties ?? {};
  return Object.keys(props)
    .filter((k) => k.startsWith('sourcelint.'))
    .map((k) => k.slice('sourcelint.'.length));
}

/**
 * Answers workspace/configuration as usual, adding to each sourcelint section the keys the user
 * set (in any scope), so a setting set to its default value still overrides the rc file.
 */
function withExplicitKeys(keys: string[]): ConfigurationMiddleware['configuration'] {
  return async (params, token, next) => {
    const result = await next(params, token);
    if (!Array.isArray(result)) return result;
    return result.map((value, i) => {
      const item = params.items[i];
      if (item?.section !== 'sourcelint' || !value || typeof value !== 'object') return value;
      const cfg = workspace.getConfiguration('sourcelint', item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined);
      return { ...value, [EXPLICIT_KEY]: explicitKeys(keys, (k) => cfg.inspect(k)) };
    });
  };
}

/** The Sources view, the status bar and their commands. */
function wireViews(context: ExtensionContext, lc: LanguageClient): void {
  const sources = new SourcesView(lc);
  const status = new StatusBar();
  context.subscriptions.push(
    status,
    vscode.window.registerTreeDataProvider('sourcelint.sources', sources),
    vscode.window.onDidChangeActiveTextEditor(() => {
      status.update();
      void sources.refresh();
    }),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && e.uris.some((u) => u.toString() === active)) {
        status.update();
        sources.refreshSoon();
      }
    }),
    commands.registerCommand('sourcelint.copySourceList', async () => {
      await sources.refresh();
      const text = sources.current?.text;
      if (!text)
        return void vscode.window.showInformationMessage('Sourcelint: no quoted sources in the active article.');
      await vscode.env.clipboard.writeText(text);
      void vscode.window.showInformationMessage(
        `Sourcelint: copied ${sources.current!.speakers.length} source(s) to the clipboard.`,
      );
    }),
    commands.registerCommand('sourcelint.showProblems', showFindings),
  );
  lc.onNotification(STATUS_NOTIFICATION, (p: StatusParams) => status.setStatus(p));
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
