// Status bar: indexing progress while the corpus loads, then the active article's finding counts.

import * as vscode from 'vscode';
import type { StatusParams } from '../../common/protocol';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('sourcelint.status', vscode.StatusBarAlignment.Left, 10);
  private indexing: StatusParams['indexing'] = null;

  constructor() {
    this.item.name = 'Sourcelint';
    this.item.command = 'sourcelint.showProblems';
    this.update();
  }

  setStatus(p: StatusParams): void {
    this.indexing = p.indexing;
    this.update();
  }

  update(): void {
    if (this.indexing) {
      this.item.text = `$(sync~spin) Sourcelint: indexing ${this.indexing.done.toLocaleString('en')}/${this.indexing.total.toLocaleString('en')}`;
      this.item.tooltip = 'Indexing the articles of the workspace';
      this.item.accessibilityInformation = {
        label: `Sourcelint: indexing ${this.indexing.done} of ${this.indexing.total} articles`,
      };
      this.item.show();
      return;
    }
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc) return void this.item.hide();
    const diags = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'sourcelint');
    if (!diags.length && !['news-article', 'plaintext', 'markdown'].includes(doc.languageId))
      return void this.item.hide();
    const count = (s: vscode.DiagnosticSeverity) => diags.filter((d) => d.severity === s).length;
    const warnings = count(vscode.DiagnosticSeverity.Error) + count(vscode.DiagnosticSeverity.Warning);
    const infos = diags.length - warnings;
    this.item.text = `$(quote) ${warnings} $(info) ${infos}`;
    this.item.tooltip = `Sourcelint: ${warnings} warning(s), ${infos} note(s) in this article — click to list them`;
    // Screen readers (and the e2e suite) read this rather than the icons.
    this.item.accessibilityInformation = { label: `Sourcelint: ${warnings} warnings, ${infos} notes` };
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
