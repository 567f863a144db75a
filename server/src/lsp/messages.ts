// Notices to the user. They go as window/showMessage notifications: a showMessageRequest with no
// actions is a prompt to answer, and some clients (Neovim) block on it. Each notice is logged and
// shown once (until `clear`), not once per article that meets it.

import { type Connection, MessageType, ShowMessageNotification } from 'vscode-languageserver/node';
import type { ConfigProblem } from '../engine/config';

export class Notices {
  private readonly said = new Set<string>();

  constructor(private readonly connection: Connection) {}

  /** Logs and shows `message` unless it was said since the last `clear`. */
  once(type: MessageType, message: string): void {
    if (this.said.has(message)) return;
    this.said.add(message);
    this.show(type, message);
  }

  /** Logs and shows `message` every time (answers to something the user just did). */
  show(type: MessageType, message: string): void {
    const log =
      type === MessageType.Error
        ? this.connection.console.error
        : type === MessageType.Warning
          ? this.connection.console.warn
          : this.connection.console.info;
    log.call(this.connection.console, message);
    void this.connection.sendNotification(ShowMessageNotification.type, { type, message: `Sourcelint: ${message}` });
  }

  /** Configuration problems of `where` (an rc file, or 'settings'), each said once. */
  problems(where: string, problems: (string | ConfigProblem)[]): void {
    for (const p of problems)
      this.once(MessageType.Error, typeof p === 'string' ? p : `${where}: "${p.key}" ${p.message}`);
  }

  /** Forgets what was said: after a configuration change, a problem still there is said again. */
  clear(): void {
    this.said.clear();
  }
}
