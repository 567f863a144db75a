// SARIF 2.1.0 report for code-scanning tools (GitHub code scanning and SARIF viewers).
// Lines and columns are 1-based UTF-16 code units, as the engine counts them.

import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_SEVERITY } from '../engine/config';
import { LineIndex } from '../engine/text';
import type { RuleCode, Severity, Span } from '../engine/types';
import type { FileResult, LinesOf } from './report';

interface RuleInfo {
  name: string;
  short: string;
  help: string;
  tags: string[];
}

// Help text is what a writer sees in the code-scanning alert: what the rule looks for and what to do.
export const RULES: Record<RuleCode, RuleInfo> = {
  'unbalanced-quote': {
    name: 'UnbalancedQuote',
    short: 'A quotation mark opens and never closes, or closes without opening.',
    help:
      'A quotation that is never closed hides where the quoted words end, so the attribution after it cannot be checked. ' +
      'Close the quotation in its own style (curly, straight, guillemets) at the end of the quoted sentence, or remove a stray closing mark. ' +
      'A quotation that runs over several paragraphs may leave the closing mark off at each paragraph end as long as the next paragraph opens again.',
    tags: ['punctuation', 'quotes'],
  },
  'unattributed-quote': {
    name: 'UnattributedQuote',
    short: 'A quotation has no speaker or source in its sentence or paragraph.',
    help:
      'Readers must be able to tell who said every quoted sentence. Name the speaker near the quote (“…,” said Ana Ruiz, the harbour master) ' +
      'or attribute it to a document (according to the council minutes). Short quoted terms and scare quotes are not flagged: ' +
      'see the `unattributed.minWords` setting.',
    tags: ['attribution', 'quotes'],
  },
  boilerplate: {
    name: 'Boilerplate',
    short: 'A line is page furniture or a pasted promotion, not part of the story.',
    help:
      'Lines such as “Subscribe to our newsletter”, “Click here to read more”, syndication credits, copyright lines or menus copied with the text ' +
      'do not belong in the article body. Remove the line (the quick fix and `sourcelint fix` do this), or list it under `boilerplate.allow` ' +
      'in .sourcelintrc.json when it is meant.',
    tags: ['cleanup'],
  },
  'duplicate-passage': {
    name: 'DuplicatePassage',
    short: 'A passage stands word for word in another place of this article or the corpus.',
    help:
      'A run of words repeated from earlier in the article is usually a paste mistake; a run shared with another article may be a reused wire paragraph ' +
      'that needs a credit, or a copy that should not be there. The related locations point at the other copies. ' +
      'The shortest run reported is set by `duplicates.minWords`.',
    tags: ['duplication'],
  },
  'file-too-large': {
    name: 'FileTooLarge',
    short: 'The file is over the size limit and was not analysed.',
    help: 'Files over `maxFileSize` bytes are skipped so a stray data dump does not stall the run. Raise `maxFileSize` in .sourcelintrc.json if the file is an article.',
    tags: ['configuration'],
  },
};

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};
const CODES = Object.keys(RULES) as RuleCode[];

/** A path as a URI reference relative to `cwd` (forward slashes, percent-encoded). */
export function artifactUri(file: string, cwd: string): string {
  const rel = path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/');
  return rel.split('/').map(encodeURIComponent).join('/');
}

const SRCROOT = '%SRCROOT%';

export interface SarifOptions {
  version: string;
  /** Artifact URIs are relative to this folder (the %SRCROOT% base). */
  cwd: string;
  /** False when something the user named could not be read. */
  executionSuccessful?: boolean;
}

/** The SARIF log: `sarifReport([])` is its frame, `sarifResults` the results of one file. */
export function sarifReport(results: FileResult[], linesOf: LinesOf, opts: SarifOptions) {
  const baseUri = pathToFileURL(opts.cwd).href.replace(/\/?$/, '/');

  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0' as const,
    runs: [
      {
        tool: {
          driver: {
            name: 'sourcelint',
            version: opts.version,
            semanticVersion: opts.version,
            rules: CODES.map((id) => ({
              id,
              name: RULES[id].name,
              shortDescription: { text: RULES[id].short },
              fullDescription: { text: RULES[id].help },
              help: { text: RULES[id].help, markdown: RULES[id].help },
              defaultConfiguration: { level: LEVEL[DEFAULT_SEVERITY[id]] },
              properties: { tags: RULES[id].tags },
            })),
          },
        },
        invocations: [{ executionSuccessful: opts.executionSuccessful ?? true }],
        originalUriBaseIds: { [SRCROOT]: { uri: baseUri } },
        columnKind: 'utf16CodeUnits' as const,
        results: results.flatMap((r) => sarifResults(r, linesOf, opts.cwd)),
      },
    ],
  };
}

export function sarifResults(r: FileResult, linesOf: LinesOf, cwd: string) {
  const location = (file: string, lines: LineIndex | undefined, s: Span) => ({
    physicalLocation: {
      artifactLocation: { uri: artifactUri(file, cwd), uriBaseId: SRCROOT },
      ...(lines ? { region: region(lines, s) } : {}),
    },
  });
  const lines = (r.lines ??= new LineIndex(r.text));
  const seen = new Map<string, number>();
  return r.analysis.findings.map((f) => {
    const related = (f.related ?? []).map((rel, i) => ({
      id: i + 1,
      ...location(rel.doc, linesOf(rel.doc), rel),
      message: { text: rel.message },
    }));
    // Embedded links ([text](id)) let viewers jump from the message to each other copy.
    const links = related.map((rel) => {
      const reg = rel.physicalLocation.region;
      return `[${rel.physicalLocation.artifactLocation.uri}${reg ? `:${reg.startLine}` : ''}](${rel.id})`;
    });
    return {
      ruleId: f.code,
      ruleIndex: CODES.indexOf(f.code),
      level: LEVEL[f.severity],
      message: { text: links.length ? `${f.message} See ${links.join(', ')}.` : f.message },
      locations: [location(r.path, lines, f)],
      ...(related.length ? { relatedLocations: related } : {}),
      partialFingerprints: {
        'sourcelintKey/v1': fingerprint(f.code, artifactUri(r.path, cwd), f.key ?? r.text.slice(f.start, f.end), seen),
      },
    };
  });
}

function region(lines: LineIndex, s: Span) {
  const a = lines.positionAt(s.start);
  const b = lines.positionAt(s.end);
  return { startLine: a.line + 1, startColumn: a.character + 1, endLine: b.line + 1, endColumn: b.character + 1 };
}

// Stable across line moves: the rule, the file and the text the finding is about, plus the
// occurrence number so two identical findings in one file stay two alerts.
function fingerprint(code: string, uri: string, text: string, seen: Map<string, number>): string {
  const base = createHash('sha256').update(`${code}\0${uri}\0${text}`).digest('hex').slice(0, 32);
  const n = (seen.get(base) ?? 0) + 1;
  seen.set(base, n);
  return `${base}:${n}`;
}
