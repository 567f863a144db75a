// Watches the files that sourcelint.include names and tells the server, re-made when the
// setting changes (the client's own synchronize.fileEvents are fixed at start).

import * as vscode from 'vscode';
import { DidChangeWatchedFilesNotification, FileChangeType, type LanguageClient } from 'vscode-languageclient/node';

export function watchArticles(client: LanguageClient): vscode.Disposable {
  let watchers: vscode.Disposable[] = [];
  const send = (type: FileChangeType) => (uri: vscode.Uri) =>
    void client.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uri.toString(), type }] }).catch(() => undefined);
  const make = () => {
    for (const w of watchers) w.dispose();
    watchers = vscode.workspace.getConfiguration('sourcelint').get<string[]>('include', ['**/*.txt', '**/*.article']).map((glob) => {
      const w = vscode.workspace.createFileSystemWatcher(glob);
      w.onDidCreate(send(FileChangeType.Created));
      w.onDidChange(send(FileChangeType.Changed));
      w.onDidDelete(send(FileChangeType.Deleted));
      return w;
    });
  };
  make();
  const sub = vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration('sourcelint.include')) make();
  });
  return { dispose: () => [sub, ...watchers].forEach((d) => d.dispose()) };
}

