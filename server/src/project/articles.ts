// Whether a file is an article: its include/exclude globs (matched from its workspace folder, or
// its own folder outside every workspace folder) and markdown.enabled. The server, its corpus
// loader and the CLI's folder walks all ask here.

import * as path from 'node:path';
import type { Config } from '../engine/config';
import { formatOf } from '../engine/markdown';
import { type WalkProblem, articleMatcher, walkArticles } from '../io/walk';

/** The innermost of `folders` holding `file` (or equal to it). */
export function folderOf(file: string, folders: readonly string[]): string | undefined {
  return folders.filter((f) => file === f || file.startsWith(f + path.sep)).sort((a, b) => b.length - a.length)[0];
}

/** Where a file's globs are matched from and its rc file is looked up from: its workspace folder, else its own folder. */
export function scopeOf(file: string, folders: readonly string[]): string {
  return folderOf(file, folders) ?? path.dirname(file);
}

/** Markdown files are articles only while markdown.enabled is on. */
export function formatAllowed(file: string, config: Config, languageId?: string): boolean {
  return config.markdown.enabled || formatOf(file, languageId) !== 'markdown';
}

/** `file` (absolute) under `scope` by the config's globs; an editor's news-article language is an article wherever it is. */
export function isArticle(file: string, config: Config, scope: string, languageId?: string): boolean {
  if (languageId === 'news-article') return true;
  if (!formatAllowed(file, config, languageId)) return false;
  return articleMatcher(config.include, config.exclude)(path.relative(scope, file));
}

/** The articles under a folder, by the same test. */
export function articlesUnder(
  root: string,
  config: Config,
  problems?: WalkProblem[],
  followSymlinks = false,
): string[] {
  return walkArticles(root, articleMatcher(config.include, config.exclude), problems, followSymlinks).filter((f) =>
    formatAllowed(f, config),
  );
}
