// The news-article TextMate grammar, tokenized as VS Code does it (vscode-textmate + the oniguruma wasm).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';
import { ROOT } from '../helpers/fixtures';

const GRAMMAR = path.join(ROOT, 'syntaxes', 'news-article.tmLanguage.json');

interface Token {
  text: string;
  scopes: string[];
}

let grammar: vsctm.IGrammar;

/** Tokenizes a whole article; returns the tokens of each line. */
function tokenize(text: string): Token[][] {
  let state = vsctm.INITIAL;
  return text.split('\n').map((line) => {
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    return r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

/** Scopes of the token holding `needle` (its first character) on `line`. */
function scopesAt(lines: Token[][], line: number, needle: string): string[] {
  const text = lines[line].map((t) => t.text).join('');
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `"${needle}" not on line ${line}: ${text}`);
  let pos = 0;
  for (const t of lines[line]) {
    if (at < pos + t.text.length) return t.scopes;
    pos += t.text.length;
  }
  throw new Error('unreachable');
}

const has = (scopes: string[], prefix: string) => scopes.some((s) => s.startsWith(prefix));
const assertScope = (lines: Token[][], line: number, needle: string, scope: string) =>
  assert.ok(has(scopesAt(lines, line, needle), scope), `"${needle}" on line ${line}: ${scopesAt(lines, line, needle).join(' ')} lacks ${scope}`);
const assertNoScope = (lines: Token[][], line: number, needle: string, scope: string) =>
  assert.ok(!has(scopesAt(lines, line, needle), scope), `"${needle}" on line ${line}: ${scopesAt(lines, line, needle).join(' ')} has ${scope}`);

describe('news-article grammar', () => {
  before(async () => {
    const wasm = fs.readFileSync(path.join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new vsctm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName: string) =>
        scopeName === 'text.news-article' ? vsctm.parseRawGrammar(fs.readFileSync(GRAMMAR, 'utf8'), GRAMMAR) : null,
    });
    grammar = (await registry.loadGrammar('text.news-article'))!;
    assert.ok(grammar);
    lines = tokenize(article);
  });

  const article = [
    'Ferry “will run all winter,” operator says', // 0 headline
    'By Ana Ruiz and Tomas Berg, Harbour Desk', // 1 byline
    '', // 2
    'PORT ELLIS, Nova Scotia — The island ferry will keep sailing through January, according to the operator.', // 3 dateline
    '', // 4
    '“We owe the island that much,” said Ines Calder, who runs the line. “Nobody wants a ‘winter gap’ again.”', // 5
    '', // 6
    '"The crew is ready," Calder told reporters, and the council’s chair agreed.', // 7
    '', // 8
    'VARNA (Harbour Wire) — «Nous sommes prêts», a deckhand said.', // 9
    '', // 10
    'The mayor called it “a fine plan. Then she left.', // 11
    'Ferry tickets rise this spring.', // 12
    '„Wir fahren“, sagte sie.', // 13
  ].join('\n');
  // Tokenized once, by the hook above, when the grammar is loaded.
  let lines: Token[][];

  it('scopes the first line as the headline, and only the first line', () => {
    assertScope(lines, 0, 'Ferry', 'markup.heading.headline');
    assertScope(lines, 0, 'operator', 'markup.heading.headline');
    assertScope(lines, 0, 'will run', 'string.quoted.double.curly');
    assertNoScope(lines, 12, 'Ferry', 'markup.heading');
  });

  it('scopes a byline and its author', () => {
    assertScope(lines, 1, 'By', 'keyword.other.byline');
    assertScope(lines, 1, 'Ana Ruiz and Tomas Berg', 'entity.name.author');
    assertScope(lines, 1, 'Harbour Desk', 'entity.other.author-role');
  });

  it('scopes datelines: place, region and wire agency', () => {
    assertScope(lines, 3, 'PORT ELLIS', 'entity.name.section.dateline');
    assertScope(lines, 3, 'Nova Scotia', 'entity.name.section.region');
    assertScope(lines, 3, '—', 'punctuation.separator.dateline');
    assertNoScope(lines, 3, 'The island', 'meta.dateline');
    assertScope(lines, 9, 'VARNA', 'entity.name.section.dateline');
    assertScope(lines, 9, 'Harbour Wire', 'entity.other.agency');
    // A capitalised word inside a sentence is not a dateline.
    assertNoScope(lines, 12, 'Ferry', 'meta.dateline');
  });

  it('scopes quotations by style, with their marks, and a quotation inside a quotation', () => {
    assertScope(lines, 5, '“We', 'punctuation.definition.string.begin');
    assertScope(lines, 5, 'owe the island', 'string.quoted.double.curly');
    assertScope(lines, 5, '”', 'punctuation.definition.string.end');
    assertNoScope(lines, 5, 'said', 'string.quoted');
    assertScope(lines, 5, 'winter gap', 'string.quoted.single.inner');
    assertScope(lines, 7, 'The crew', 'string.quoted.double.straight');
    assertScope(lines, 9, 'Nous sommes', 'string.quoted.guillemet');
    assertScope(lines, 13, 'Wir fahren', 'string.quoted.double.low');
  });

  it('does not treat apostrophes as quotes, and ends an unclosed quotation at its line end', () => {
    assertNoScope(lines, 7, 'council’s chair', 'string.quoted');
    assertScope(lines, 11, 'Then she left', 'string.quoted.double.curly');
    assertNoScope(lines, 12, 'tickets', 'string.quoted');
  });

  it('scopes attribution cues outside quotations only', () => {
    assertScope(lines, 0, 'says', 'keyword.other.attribution');
    assertScope(lines, 3, 'according to', 'keyword.other.attribution.phrase');
    assertScope(lines, 5, 'said', 'keyword.other.attribution');
    assertScope(lines, 7, 'told reporters', 'keyword.other.attribution.phrase');
    assertScope(lines, 9, 'said', 'keyword.other.attribution');
    assertNoScope(lines, 5, 'owe', 'keyword');
    assertNoScope(lines, 12, 'rise', 'keyword');
  });

  it('has a language configuration that auto-closes curly and straight quotes and brackets', () => {
    const conf = JSON.parse(fs.readFileSync(path.join(ROOT, 'syntaxes', 'language-configuration.json'), 'utf8'));
    const pairs = new Map((conf.autoClosingPairs as { open: string; close: string }[]).map((p) => [p.open, p.close]));
    for (const [o, c] of [['“', '”'], ['‘', '’'], ['"', '"'], ['«', '»'], ['(', ')'], ['[', ']']]) assert.equal(pairs.get(o), c, o);
    assert.ok(new RegExp(conf.wordPattern, 'u').test('council’s'));
  });
});
