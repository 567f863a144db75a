// VS Code client: starts the sourcelint language server and wires its commands. Nothing else.

import * as path from 'node:path';
import { type ExtensionContext, commands, workspace } from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // Plain-text files are offered to the server, which keeps only those under sourcelint.include;
    // the extension never changes the language mode of a .txt file.
    documentSelector: [
      { scheme: 'file', language: 'news-article' },
      { scheme: 'untitled', language: 'news-article' },
      { scheme: 'file', language: 'plaintext' },
    ],
    synchronize: {
      configurationSection: 'sourcelint',
      // The rc file, and the articles (created, changed, deleted, renamed) for the server's corpus.
      fileEvents: [
        workspace.createFileSystemWatcher('**/.sourcelintrc.json'),
        ...workspace.getConfiguration('sourcelint').get<string[]>('include', ['**/*.txt', '**/*.article']).map((g) => workspace.createFileSystemWatcher(g)),
      ],
    },
  };
  client = new LanguageClient('sourcelint', 'Sourcelint', serverOptions, clientOptions);
  context.subscriptions.push(
    commands.registerCommand('sourcelint.restartServer', () => client?.restart()),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
