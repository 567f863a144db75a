// The Sources view: who is quoted in the active article, their quotes, and the unattributed ones.
// The data comes from the server (sourcelint/sources); this file only shows it.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SOURCES_REQUEST, type SourcesResult, type WireQuote, type WireRange } from '../../common/protocol';

type Node =
  | { kind: 'speaker'; name: string; affiliation: string | null; at: WireRange; quotes: WireQuote[] }
  | { kind: 'unattributed'; quotes: WireQuote[] }
  | { kind: 'quote'; quote: WireQuote };

const toRange = (r: WireRange) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);

export class SourcesView implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private result: SourcesResult | null = null;
  private uri: vscode.Uri | undefined;
  private pending: NodeJS.Timeout | undefined;

  constructor(private readonly client: LanguageClient) {}

  get current(): SourcesResult | null {
    return this.result;
  }

  /** Asks the server again, a moment after the last change (typing publishes often). */
  refreshSoon(delay = 150): void {
    clearTimeout(this.pending);
    this.pending = setTimeout(() => void this.refresh(), delay);
  }

  async refresh(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    this.uri = editor?.document.uri;
    try {
      this.result = this.uri
        ? await this.client.sendRequest<SourcesResult | null>(SOURCES_REQUEST, { uri: this.uri.toString() })
        : null;
    } catch {
      this.result = null; // the server is restarting or the document is not an article
    }
    this.changed.fire(undefined);
  }

  getChildren(node?: Node): Node[] {
    if (!this.result) return [];
    if (!node) {
      const top: Node[] = this.result.speakers.map((s) => ({
        kind: 'speaker',
        name: s.name,
        affiliation: s.affiliation,
        at: s.firstNamed,
        quotes: s.quotes,
      }));
      if (this.result.unattributed.length) top.push({ kind: 'unattributed', quotes: this.result.unattributed });
      return top;
    }
    return node.kind === 'quote' ? [] : node.quotes.map((quote) => ({ kind: 'quote', quote }));
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const n = (k: number) => `${k} quote${k === 1 ? '' : 's'}`;
    if (node.kind === 'speaker') {
      const item = new vscode.TreeItem(node.name, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = [node.affiliation, n(node.quotes.length)].filter(Boolean).join(' · ');
      item.tooltip = node.affiliation ? `${node.name} — ${node.affiliation}` : node.name;
      item.iconPath = new vscode.ThemeIcon('person');
      item.contextValue = 'speaker';
      item.command = this.reveal(node.at);
      return item;
    }
    if (node.kind === 'unattributed') {
      const item = new vscode.TreeItem('Unattributed quotes', vscode.TreeItemCollapsibleState.Expanded);
      item.description = n(node.quotes.length);
      item.iconPath = new vscode.ThemeIcon('warning');
      return item;
    }
    const text = node.quote.text.trim();
    const item = new vscode.TreeItem(`“${text.length > 70 ? text.slice(0, 69) + '…' : text}”`);
    item.tooltip = text;
    item.command = this.reveal(node.quote.range);
    return item;
  }

  private reveal(range: WireRange): vscode.Command | undefined {
    if (!this.uri) return undefined;
    return { title: 'Go to quote', command: 'vscode.open', arguments: [this.uri, { selection: toRange(range) }] };
  }
}
