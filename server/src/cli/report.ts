// The CLI's reports: text lines for editors and CI, and the JSON report of ../shared/eval/README.md.

import { LineIndex, type Position } from '../engine/text';
import type { Analysis, Finding, Span } from '../engine/types';
import { type Paint, SEVERITY_STYLE } from '../io/term';

export interface FileResult {
  path: string;
  text: string;
  analysis: Analysis;
  lines?: LineIndex;
}

interface Range {
  start: Position;
  end: Position;
}

const rangeOf = (lines: LineIndex, s: Span): Range => ({
  start: lines.positionAt(s.start),
  end: lines.positionAt(s.end),
});

/** Line positions of another document, for related locations (undefined: not known). */
export type LinesOf = (doc: string) => LineIndex | undefined;

/** The JSON report: `jsonReport([])` is its frame, `jsonFile` one entry of its files. */
export function jsonReport(results: FileResult[], linesOf: LinesOf) {
  return { version: 1, files: results.map((r) => jsonFile(r, linesOf)) };
}

export function jsonFile(r: FileResult, linesOf: LinesOf) {
  const lines = (r.lines ??= new LineIndex(r.text));
  return {
    path: r.path,
    diagnostics: r.analysis.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      message: f.message,
      range: rangeOf(lines, f),
      ...(f.related?.length
        ? {
            related: f.related.map((rel) => {
              const other = linesOf(rel.doc);
              return { path: rel.doc, range: other ? rangeOf(other, rel) : null, message: rel.message };
            }),
          }
        : {}),
    })),
    quotes: r.analysis.quotes.map((q) => ({
      text: q.text,
      range: rangeOf(lines, q),
      closed: q.closed,
      attributed: q.attributed,
      source: q.source ? { text: q.source.text, range: rangeOf(lines, q.source) } : null,
      speaker: q.speaker ? { name: q.speaker.name, affiliation: q.speaker.affiliation } : null,
    })),
  };
}

export function textLine(path: string, lines: LineIndex, f: Finding, paint: Paint = (_s, t) => t): string {
  const p = lines.positionAt(f.start);
  return `${paint('bold', `${printable(path)}:${p.line + 1}:${p.character + 1}:`)} ${paint(SEVERITY_STYLE[f.severity], f.severity)} ${paint('gray', f.code)} ${printable(f.message)}`;
}

/**
 * File names and article text may hold line breaks and terminal escapes; escaped, they cannot
 * forge a report line or drive the terminal.
 */
export function printable(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) =>
    c === '\n'
      ? '\\n'
      : c === '\r'
        ? '\\r'
        : c === '\t'
          ? '\\t'
          : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
