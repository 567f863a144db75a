// source.fixAll.sourcelint: one action that removes every boilerplate line, so that
// editor.codeActionsOnSave can run it. The edits come from the engine, as one versioned change.

import { CodeAction, CodeActionKind } from 'vscode-languageserver/node';
import { removeAllEdits } from '../engine/boilerplate';
import type { LineIndex } from '../engine/text';
import type { Analysis } from '../engine/types';
import { toEdits } from './convert';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.sourcelint`;

/** Whether a request's `only` filter asks for actions of `kind` (kinds are dot-separated hierarchies). */
export function kindRequested(only: readonly string[] | undefined, kind: string, byDefault: boolean): boolean {
  if (!only?.length) return byDefault;
  return only.some((k) => kind === k || kind.startsWith(k + '.'));
}

export function fixAllAction(
  uri: string,
  version: number,
  lines: LineIndex,
  analysis: Analysis,
): CodeAction | undefined {
  const edits = removeAllEdits(analysis.findings);
  if (!edits.length) return undefined;
  const action = CodeAction.create('Remove all boilerplate in this file', FIX_ALL_KIND);
  action.edit = {
    documentChanges: [{ textDocument: { uri, version }, edits: toEdits(lines, { title: action.title, edits }) }],
  };
  return action;
}
