// Engine findings -> LSP diagnostics. Types only from the LSP library: the engine host thread
// builds diagnostics too, and a worker that loads the whole library starts 0.1 s later.

import type { Diagnostic, DiagnosticSeverity, Range } from 'vscode-languageserver';
import type { LineIndex } from '../engine/text';
import type { Finding, Severity, Span } from '../engine/types';

/** DiagnosticSeverity's values, as the LSP specification fixes them. */
const SEVERITY: Record<Severity, DiagnosticSeverity> = { error: 1, warning: 2, information: 3, hint: 4 };

export const toRange = (lines: LineIndex, s: Span): Range => ({
  start: lines.positionAt(s.start),
  end: lines.positionAt(s.end),
});

export interface DiagnosticData {
  /** Index of the finding in the analysis it came from. */
  index: number;
  version: number;
}

export function toDiagnostic(
  lines: LineIndex,
  f: Finding,
  data: DiagnosticData,
  relatedLines: (doc: string) => LineIndex | undefined,
): Diagnostic {
  const d: Diagnostic = {
    range: toRange(lines, f),
    severity: SEVERITY[f.severity],
    code: f.code,
    source: 'sourcelint',
    message: f.message,
    data,
  };
  const related = f.related?.flatMap((r) => {
    const other = relatedLines(r.doc);
    return other ? [{ location: { uri: r.doc, range: toRange(other, r) }, message: r.message }] : [];
  });
  if (related?.length) d.relatedInformation = related;
  return d;
}
