// Engine findings -> LSP diagnostics and code actions.

import { CodeAction, CodeActionKind, type Diagnostic, type TextEdit } from 'vscode-languageserver/node';
import { IGNORE_COMMAND, type IgnoreArgs } from '../../../common/protocol';
import type { LineIndex } from '../engine/text';
import type { Fix } from '../engine/types';
import { toRange } from './diagnostic';

export { type DiagnosticData, toDiagnostic, toRange } from './diagnostic';

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
