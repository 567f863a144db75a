// Engine findings -> LSP diagnostics and code actions.

import {
  CodeAction,
  CodeActionKind,
  type Diagnostic,
  DiagnosticSeverity,
  type Range,
  type TextEdit,
} from 'vscode-languageserver/node';
import { IGNORE_COMMAND, type IgnoreArgs } from '../../../common/protocol';
import type { LineIndex } from '../engine/text';
import type { Finding, Fix, Severity, Span } from '../engine/types';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

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

export const toEdits = (lines: LineIndex, fix: Fix): TextEdit[] =>
  fix.edits.map((e) => ({ range: toRange(lines, e), newText: e.newText }));

/** "Ignore this finding in this file / in the workspace": recorded in .sourcelintrc.json by the server. */
export function ignoreActions(uri: string, version: number, index: number, diagnostic: Diagnostic): CodeAction[] {
  return (['file', 'workspace'] as const).map((scope) => {
    const action = CodeAction.create(
      `Ignore this finding ${scope === 'file' ? 'in this file' : 'in the workspace'}`,
      CodeActionKind.QuickFix,
    );
    action.diagnostics = [diagnostic];
    const args: IgnoreArgs = { uri, version, index, scope };
    action.command = { title: action.title, command: IGNORE_COMMAND, arguments: [args] };
    return action;
  });
}

export function quickFix(uri: string, version: number, lines: LineIndex, fix: Fix, diagnostic: Diagnostic): CodeAction {
  const action = CodeAction.create(fix.title, CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  action.isPreferred = fix.preferred;
  action.edit = { documentChanges: [{ textDocument: { uri, version }, edits: toEdits(lines, fix) }] };
  return action;
}
