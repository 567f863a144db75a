// The files the client watches for the server: the rc files and, per workspace folder, the
// effective include globs (rc file, settings and trust applied), registered dynamically and
// registered again when they change. So the client keeps no copy of the include defaults.

import { pathToFileURL } from 'node:url';
import {
  type Connection,
  DidChangeWatchedFilesNotification,
  type Disposable,
  type FileSystemWatcher,
} from 'vscode-languageserver/node';
import type { Config } from '../engine/config';
import { RC_NAME } from '../io/rcfile';

/** What the client supports: dynamic registration at all, and patterns relative to a folder. */
export interface WatchSupport {
  dynamic: boolean;
  relative: boolean;
}

/** The watchers for these folders' configs; without relative patterns a glob is matched anywhere (events are filtered on arrival). */
export function watchersFor(folders: { folder: string; config: Config }[], relative: boolean): FileSystemWatcher[] {
  const out: FileSystemWatcher[] = [{ globPattern: `**/${RC_NAME}` }];
  const seen = new Set<string>();
  for (const { folder, config } of folders) {
    for (const glob of config.include) {
      const w: FileSystemWatcher = relative
        ? { globPattern: { baseUri: pathToFileURL(folder).href, pattern: glob } }
        : { globPattern: glob.startsWith('**/') ? glob : `**/${glob}` };
      const key = JSON.stringify(w);
      if (!seen.has(key)) out.push(w);
      seen.add(key);
    }
  }
  return out;
}

export class ArticleWatchers {
  private current = '';
  private registration?: Promise<Disposable | undefined>;

  constructor(
    private readonly connection: Connection,
    private readonly support: WatchSupport,
  ) {}

  /** Registers the watchers for the folders' current configs, unless they are the ones registered. */
  async update(folders: string[], configFor: (uri: string) => Promise<Config>): Promise<void> {
    if (!this.support.dynamic) return;
    const configs = await Promise.all(
      folders.map(async (folder) => ({ folder, config: await configFor(pathToFileURL(folder).href) })),
    );
    const watchers = watchersFor(configs, this.support.relative);
    const key = JSON.stringify(watchers);
    if (key === this.current) return;
    this.current = key;
    const old = this.registration;
    this.registration = this.connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers })
      .catch((e) => {
        this.connection.console.warn(`sourcelint: could not ask the client to watch articles: ${(e as Error).message}`);
        return undefined;
      });
    (await old)?.dispose();
  }
}
