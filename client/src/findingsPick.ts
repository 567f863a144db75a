// The status bar's click: the active article's sourcelint findings in a list (VS Code offers no
// way to set the Problems panel's filter text from an extension), each jumping to its text, and
// the Problems panel one item away.

import * as path from 'node:path';
import * as vscode from 'vscode';

const ICON: Record<vscode.DiagnosticSeverity, string> = {
  [vscode.DiagnosticSeverity.Error]: '$(error)',
  [vscode.DiagnosticSeverity.Warning]: '$(warning)',
  [vscode.DiagnosticSeverity.Information]: '$(info)',
  [vscode.DiagnosticSeverity.Hint]: '$(lightbulb)',
};

interface FindingItem extends vscode.QuickPickItem {
  diagnostic?: vscode.Diagnostic;
}

const PROBLEMS_PANEL: FindingItem = {
  label: '$(list-flat) Open the Problems panel',
  description: 'every file, every extension',
  alwaysShow: true,
};

export async function showFindings(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return void vscode.commands.executeCommand('workbench.actions.view.problems');
  const doc = editor.document;
  const diags = vscode.languages
    .getDiagnostics(doc.uri)
    .filter((d) => d.source === 'sourcelint')
    .sort((a, b) => a.range.start.compareTo(b.range.start));
  const items: FindingItem[] = diags.map((d) => ({
    label: `${ICON[d.severity]} ${typeof d.code === 'object' ? d.code.value : (d.code ?? 'sourcelint')}`,
    description: `line ${d.range.start.line + 1}`,
    detail: d.message,
    diagnostic: d,
  }));
  const name = path.basename(doc.uri.path);
  const pick = await vscode.window.showQuickPick<FindingItem>(
    [...items, { label: '', kind: vscode.QuickPickItemKind.Separator }, PROBLEMS_PANEL],
    {
      title: `Sourcelint: ${items.length} finding${items.length === 1 ? '' : 's'} in ${name}`,
      placeHolder: items.length ? 'Go to a finding (type to filter)' : 'No findings in this article',
      matchOnDescription: true,
      matchOnDetail: true,
    },
  );
  if (!pick) return;
  if (!pick.diagnostic) return void vscode.commands.executeCommand('workbench.actions.view.problems');
  // Back to the article (the pick may have come from elsewhere), with the finding selected.
  const shown = await vscode.window.showTextDocument(doc, editor.viewColumn);
  const r = pick.diagnostic.range;
  shown.selection = new vscode.Selection(r.start, r.end);
  shown.revealRange(r, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
