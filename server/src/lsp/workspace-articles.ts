// The workspace's articles in the language server: every article under the workspace folders,
// loaded at start (with progress and cancellation) and kept current from file events and
// open-document edits, so duplicates are found against files that are not open.
// This thread keeps a digest per text (to tell a change); the texts and their index live in
// the engine host (see host/), so a workspace of 10,000 articles is held once, not twice.

import { STATUS_NOTIFICATION, type StatusParams } from '../../../common/protocol';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection } from 'vscode-languageserver/node';
import type { Config } from '../engine/config';
import type { Analysis } from '../engine/types';
import { formatOf } from '../engine/markdown';
import { type CachedKey, CorpusCache } from '../cache/corpus-cache';
import { type CachedRead, type FileKey, prepared, readCached } from '../cache/cached-read';
import { articlesUnder, folderOf, isArticle, scopeOf } from '../project/articles';
import { readArticle } from '../io/read';
import { DEFAULT_CONFIG } from '../engine/config';

/** Files read between progress reports (and between yields to other requests). */
const BATCH = 100;
/**
 * A first load of at least this many files takes a while (a second or more at 10,000, even from
 * the cache): meanwhile open documents are analysed alone (see `warming`), not against a corpus
 * half there. Smaller loads end before an analysis would wait long for them.
 */
export const WARMING_FILES = 1000;

/** What the workspace articles need to know from the server: folders, config, open documents, cache places. */
export interface WorkspaceView {
  folders(): string[];
  configFor(uri: string): Promise<Config>;
  /** Open documents are owned by the editor: their text comes from edits, not from disk. */
  isOpen(uri: string): boolean;
  /** Where the corpus cache of a workspace folder lives, or undefined for none (see cache/corpus-cache). */
  cacheFile?(folder: string): string | undefined;
}

export const FileChange = { Created: 1, Changed: 2, Deleted: 3 } as const;

/**
 * The corpus index of each folder's articles, held in the engine host and mirrored from here: told of
 * every change, asked which documents share passages.
 */
export interface IndexMirror {
  /** `wantEntry`: answer with the document's index entry (through `onEntry`), for the cache. */
  mirrorSet(group: string, id: string, text: string, wantEntry?: boolean): void;
  /** A document with its cached index entry (see cache/entry), which holds its text, so it is not tokenised again. */
  mirrorSetIndexed(group: string, id: string, entry: Uint8Array): void;
  /** Set by the corpus: receives the entries asked for with `wantEntry`. */
  onEntry?: (group: string, id: string, entry: Uint8Array) => void;
  /** Set by the corpus: an entry sent with mirrorSetIndexed that did not decode (the document is not indexed). */
  onRejected?: (group: string, id: string) => void;
  mirrorDelete(group: string, id: string): void;
  /** A hint: about `docs` documents of `group` are about to be set (a first load). */
  expect?(group: string, docs: number): void;
  /** Documents of `group` that share a passage with `id`. */
  sharing(group: string, id: string): Promise<string[]>;
}

export class WorkspaceArticles {
  /** Digests of the texts by workspace folder (multi-root workspaces keep their corpora apart); '' holds files outside every folder. */
  private readonly texts = new Map<string, Map<string, string>>();
  /** Which corpus holds each document, so it is removed from there even after folders change. */
  private readonly placed = new Map<string, string>();
  /** Files indexed from disk (not open), so a reload can drop those no longer included. */
  private fromDisk = new Set<string>();
  private generation = 0;
  private skipped = new Set<string>();
  loaded = false;
  private warmingUp = false;
  /** Settles when the newest load has listed its files (and so knows whether it is `warming`). */
  private listing: Promise<void> = Promise.resolve();

  /** The cache of each folder (undefined: none), opened on first load. */
  private readonly caches = new Map<string, CorpusCache | undefined>();
  /** Files read from disk whose index entries are on their way (for the cache), with the key they were read with. */
  private readonly awaiting = new Map<string, { key: FileKey; cache: CorpusCache }>();
  private flushTimer?: NodeJS.Timeout;
  /** Files of the last load whose entries came from the cache. */
  private fromCache = 0;
  /** While a load runs: the keys each folder's cache holds, read in one query (see CorpusCache.keys). */
  private readonly cacheKeys = new Map<CorpusCache, Map<string, CachedKey>>();

  /** The index, told of every change. */
  private _index?: IndexMirror;
  get index(): IndexMirror | undefined {
    return this._index;
  }
  set index(index: IndexMirror | undefined) {
    this._index = index;
    if (index) {
      index.onEntry = (_group, id, entry) => this.entryMade(id, entry);
      index.onRejected = (_group, id) => void this.rejected(id);
    }
  }

  /** The corpus key of a document: its workspace folder, or '' outside every folder. */
  groupOf(uri: string): string {
    if (!uri.startsWith('file:')) return '';
    return this.folderOf(fileURLToPath(uri)) ?? '';
  }

  /** The innermost workspace folder holding `file`. */
  private folderOf(file: string): string | undefined {
    return folderOf(file, this.view.folders());
  }

  /**
   * The first load of a large workspace is under way: an open document's diagnostics come first
   * from the article alone, then again against the whole corpus when the load ends.
   */
  get warming(): boolean {
    return this.warmingUp && !this.loaded;
  }

  /** Whether an analysis starting now should be of the article alone: asked once the load under way has listed its files. */
  async warmingNow(): Promise<boolean> {
    await this.listing;
    return this.warming;
  }

  /** The index lost everything (the engine host restarted): every text is sent again on the next load. */
  reset(): void {
    this.loaded = false;
    this.texts.clear();
    this.placed.clear();
    this.fromDisk.clear();
    this.awaiting.clear();
  }

  constructor(
    private readonly connection: Connection,
    private readonly view: WorkspaceView,
  ) {}

  /** `text` or `entry` (which holds it); `digest` tells this text from another (see CachedRead). */
  private put(uri: string, digest: string, text?: string, entry?: Uint8Array, wantEntry = false): boolean {
    const group = this.groupOf(uri);
    const was = this.placed.get(uri);
    if (was !== undefined && was !== group) this.forget(uri); // its folder changed (folders added or removed)
    let docs = this.texts.get(group);
    if (!docs) this.texts.set(group, (docs = new Map()));
    const old = docs.get(uri);
    this.placed.set(uri, group);
    if (old === digest) return false;
    docs.set(uri, digest);
    if (entry) this.index?.mirrorSetIndexed(group, uri, entry);
    else if (text !== undefined) this.index?.mirrorSet(group, uri, text, wantEntry);
    return true;
  }

  /** Indexes every article of every workspace folder. A newer call cancels an older one. */
  async load(): Promise<number> {
    const gen = ++this.generation;
    const files: { uri: string; file: string; config: Config }[] = [];
    let listed!: () => void;
    this.listing = new Promise((resolve) => (listed = resolve));
    try {
      for (const folder of this.view.folders()) {
        const config = await this.view.configFor(pathToFileURL(folder).href);
        for (const file of articlesUnder(folder, config)) {
          files.push({ uri: pathToFileURL(file).href, file, config });
        }
      }
      if (gen === this.generation) this.warmingUp = files.length >= WARMING_FILES;
    } finally {
      listed();
    }
    // Analyses that waited for the listing (see warmingNow) are sent before the cache is opened and read.
    await new Promise((r) => setImmediate(r));
    const progress = await this.connection.window.createWorkDoneProgress();
    const total = files.length.toLocaleString('en');
    progress.begin('Indexing articles…', 0, `0/${total}`, true);
    // The VS Code client's status bar shows the same count.
    const status = (indexing: StatusParams['indexing']) =>
      void this.connection.sendNotification(STATUS_NOTIFICATION, { indexing } satisfies StatusParams);
    status({ done: 0, total: files.length });
    const seen = new Set<string>();
    this.fromCache = 0;
    this.cacheKeys.clear();
    // A first load fills an empty index: it can make room for all at once.
    if (!this.loaded) {
      const per = new Map<string, number>();
      for (const f of files) per.set(this.groupOf(f.uri), (per.get(this.groupOf(f.uri)) ?? 0) + 1);
      for (const [group, docs] of per) this.index?.expect?.(group, docs);
    }
    for (const folder of this.view.folders()) {
      const cache = this.cacheOf(folder);
      if (cache) this.cacheKeys.set(cache, cache.keys());
    }
    let done = 0;
    let cancelled = false;
    try {
      for (const f of files) {
        if (gen !== this.generation || progress.token.isCancellationRequested) {
          cancelled = true;
          break;
        }
        seen.add(f.uri);
        if (!this.view.isOpen(f.uri)) this.readFromDisk(f.uri, f.config);
        if (++done % BATCH === 0) {
          progress.report(Math.floor((done * 100) / files.length), `${done.toLocaleString('en')}/${total}`);
          status({ done, total: files.length });
          await new Promise((r) => setImmediate(r));
        }
      }
    } finally {
      if (gen === this.generation) this.warmingUp = false;
      this.cacheKeys.clear();
      progress.done();
      status(null);
    }
    if (cancelled) {
      if (gen === this.generation) {
        this.connection.console.info(
          `sourcelint: indexing cancelled after ${done.toLocaleString('en')} of ${total} articles; duplicates are checked against those only`,
        );
      }
      return done;
    }
    for (const uri of this.fromDisk) if (!seen.has(uri)) this.forget(uri);
    this.dropGone(new Set(files.map((f) => f.file)));
    this.loaded = true;
    const cached = this.fromCache;
    this.connection.console.info(
      `sourcelint: indexed ${total} articles${cached ? ` (${cached.toLocaleString('en')} from the cache)` : ''}`,
    );
    return done;
  }

  /** Applies file events (created, changed, deleted; a rename is a delete and a create). Returns the URIs whose text changed. */
  async onFileEvents(changes: { uri: string; type: number }[]): Promise<string[]> {
    const changed: string[] = [];
    for (const c of changes) {
      if (!c.uri.startsWith('file:') || this.view.isOpen(c.uri)) continue;
      if (c.type === FileChange.Deleted) {
        const file = fileURLToPath(c.uri);
        this.cacheOf(file)?.delete(file);
        this.flushSoon(0);
        if (this.forget(c.uri)) changed.push(c.uri);
        continue;
      }
      const config = await this.view.configFor(c.uri);
      if (this.isArticle(c.uri, config) ? this.readFromDisk(c.uri, config) : this.forget(c.uri)) changed.push(c.uri);
    }
    return changed;
  }

  /** An open document: the engine host indexes its text as it analyses it (an edit is sent once). */
  setOpen(uri: string): void {
    const group = this.groupOf(uri);
    const was = this.placed.get(uri);
    if (was !== undefined && was !== group) this.forget(uri);
    this.fromDisk.delete(uri); // an entry on its way for the text read from disk is still cached (its key is that text's)
    let docs = this.texts.get(group);
    if (!docs) this.texts.set(group, (docs = new Map()));
    docs.set(uri, OPEN);
    this.placed.set(uri, group);
  }

  /** A document closed (or no longer an article): back to what is on disk, if it is an article there. */
  async closed(uri: string): Promise<boolean> {
    if (!uri.startsWith('file:')) return this.forget(uri);
    const config = await this.view.configFor(uri);
    return this.isArticle(uri, config) ? this.readFromDisk(uri, config) : this.forget(uri);
  }

  remove(uri: string): boolean {
    return this.forget(uri);
  }

  /**
   * Open documents whose duplicate findings may change because `uri` changed: those whose last
   * findings point at it, and those that share a passage with its new text.
   */
  async affected(uri: string, results: ReadonlyMap<string, { analysis: Analysis }>): Promise<string[]> {
    const out = new Set<string>();
    for (const [other, r] of results) {
      if (other !== uri && r.analysis.findings.some((f) => f.related?.some((rel) => rel.doc === uri))) out.add(other);
    }
    const group = this.placed.get(uri);
    // Matching a long text costs the analysis thread time: only when another file is open to gain from it.
    const othersOpen = [...results.keys()].some((d) => d !== uri);
    if (group !== undefined && this.index && othersOpen) {
      for (const d of await this.index.sharing(group, uri)) if (d !== uri && results.has(d)) out.add(d);
    }
    return [...out];
  }

  /** The server's own test (project/articles), also for files outside every workspace folder. */
  private isArticle(uri: string, config: Config): boolean {
    const file = fileURLToPath(uri);
    return isArticle(file, config, scopeOf(file, this.view.folders()));
  }

  /** The cache of the folder holding `file`, opened on first use (undefined when there is none). */
  private cacheOf(file: string): CorpusCache | undefined {
    const folder = this.folderOf(file);
    if (!folder) return undefined;
    if (!this.caches.has(folder)) {
      const at = this.view.cacheFile?.(folder);
      this.caches.set(
        folder,
        at
          ? CorpusCache.open(at, DEFAULT_CONFIG.duplicates.minWords, (m) => this.connection.console.info(m))
          : undefined,
      );
    }
    return this.caches.get(folder);
  }

  /** Cached files of the loaded folders that are no longer articles there: dropped from the cache. */
  private dropGone(files: Set<string>) {
    for (const [folder, cache] of this.caches) {
      if (!cache || !this.view.folders().includes(folder)) continue;
      for (const p of cache.paths()) if (!files.has(p)) cache.delete(p);
      cache.flush();
    }
  }

  /** An index entry asked for (a file read from disk): into the cache, if the text is still the one read. */
  private entryMade(uri: string, entry: Uint8Array) {
    const w = this.awaiting.get(uri);
    if (!w) return;
    this.awaiting.delete(uri);
    w.cache.put(fileURLToPath(uri), { ...w.key, data: entry });
    if (!this.awaiting.size) this.flushSoon(0);
    else this.flushSoon(1000);
  }

  private flushSoon(ms: number) {
    clearTimeout(this.flushTimer);
    this.flushTimer = setTimeout(() => {
      for (const c of this.caches.values()) c?.flush();
    }, ms);
    this.flushTimer.unref?.();
  }

  /** Writes what the caches hold queued and closes them (at shutdown). */
  closeCaches(): void {
    clearTimeout(this.flushTimer);
    for (const c of this.caches.values()) c?.close();
    this.caches.clear();
  }

  /** An entry the engine host could not decode: the file is read again, and its new entry replaces that one. */
  private async rejected(uri: string) {
    if (!this.fromDisk.has(uri)) return;
    this.fromCache--;
    this.texts.get(this.placed.get(uri) ?? '')?.delete(uri);
    const config = await this.view.configFor(uri);
    if (this.fromDisk.has(uri)) this.readFromDisk(uri, config, false);
  }

  /** `trustCache` false: the cache's entry for the file is not used (it is replaced). */
  private readFromDisk(uri: string, config: Config, trustCache = true): boolean {
    const file = fileURLToPath(uri);
    const cache = this.cacheOf(file);
    const keys = cache && this.cacheKeys.get(cache);
    // Through the cache, the text comes prepared (Markdown blanked, as analyze sees it), or as its entry when the cache had one.
    const read: CachedRead = cache
      ? readCached(file, config.maxFileSize, formatOf(uri), cache, trustCache ? keys && (keys.get(file) ?? null) : null)
      : prepared(readArticle(file, config.maxFileSize), formatOf(uri));
    if (!read.ok) {
      // One log line per file and reason (no popup): the file is simply not part of the corpus.
      const note = `sourcelint: ${file}: skipped: ${read.reason}`;
      if (!this.skipped.has(note)) this.connection.console.info(note);
      this.skipped.add(note);
      return this.forget(uri);
    }
    this.fromDisk.add(uri);
    this.awaiting.delete(uri);
    // A fresh read's entry comes back from the index to be stored.
    if (cache && read.key && !read.data) this.awaiting.set(uri, { key: read.key, cache });
    if (read.data) this.fromCache++;
    const changed = this.put(uri, read.digest, read.text, read.data, this.awaiting.has(uri));
    if (!changed) this.awaiting.delete(uri); // the text was indexed already: no entry comes back
    return changed;
  }

  private forget(uri: string): boolean {
    this.fromDisk.delete(uri);
    this.awaiting.delete(uri);
    const group = this.placed.get(uri) ?? this.groupOf(uri);
    this.placed.delete(uri);
    const changed = this.texts.get(group)?.delete(uri) ?? false;
    if (changed) this.index?.mirrorDelete(group, uri);
    return changed;
  }
}

/** The digest of an open document, whose text only the engine host has: any text read from disk differs (see CachedRead). */
const OPEN = 'open';
