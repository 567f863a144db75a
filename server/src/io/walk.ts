// Finds the articles under a folder: include/exclude globs relative to that folder,
// symbolic links not followed (so a link cannot lead the walk out of the folder or round a loop).

import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { errnoReason } from './read';

export type Matcher = (relPath: string) => boolean;

export function articleMatcher(include: string[], exclude: string[]): Matcher {
  const inc = picomatch(include, { dot: false, nocase: true });
  const exc = exclude.length ? picomatch(exclude, { dot: true }) : () => false;
  return (rel) => {
    const p = rel.split(path.sep).join('/');
    return inc(p) && !exc(p);
  };
}

export interface WalkProblem {
  path: string;
  reason: string;
}

export function walkArticles(root: string, matches: Matcher, problems: WalkProblem[] = [], followSymlinks = false): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (dir: string) => {
    let real: string;
    try {
      real = fs.realpathSync(dir);
    } catch {
      real = dir;
    }
    if (seen.has(real)) return;
    seen.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      problems.push({ path: dir, reason: errnoReason(e, 'cannot read') });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const full = path.join(dir, e.name);
      const rel = path.relative(root, full);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        if (!followSymlinks) continue;
        try {
          const st = fs.statSync(full);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch (err) {
          // A dangling link or a loop: worth a line only where an article was expected.
          if (matches(rel)) problems.push({ path: full, reason: errnoReason(err, 'cannot read') });
          continue;
        }
      }
      if (isDir) {
        if (e.name === 'node_modules' || e.name === '.git') continue;
        visit(full);
      } else if (matches(rel)) {
        if (isFile) out.push(full);
        else problems.push({ path: full, reason: 'not a regular file' }); // a FIFO or socket: reading it could block
      }
    }
  };
  visit(root);
  return out;
}

