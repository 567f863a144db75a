// The report written as it is made: each file's part goes out once that file is analysed, so a
// run over thousands of articles holds neither every analysis nor the whole report. The bytes are
// those of the whole report written at once (JSON.stringify(report, null, 1) for json and sarif).

import { LineIndex } from '../engine/text';
import { painter } from '../io/term';
import { type FileResult, type LinesOf, jsonFile, jsonReport, textLine } from './report';
import { type SarifOptions, sarifReport, sarifResults } from './sarif';

export type Format = 'text' | 'json' | 'sarif';

/** What a file's part needs to know of the run (plain data: it crosses to worker threads). */
export interface RenderOptions {
  format: Format;
  /** Colour for text lines (stdout is a terminal). */
  color: boolean;
  /** SARIF artifact URIs are relative to this folder. */
  cwd: string;
}

/** A file's entries of the report: its lines (text), or JSON items of the report's array (json: the file; sarif: its results). */
export function fileItems(r: FileResult, linesOf: LinesOf, opts: RenderOptions): string[] {
  if (opts.format === 'json') return [JSON.stringify(jsonFile(r, linesOf), null, 1)];
  if (opts.format === 'sarif') return sarifResults(r, linesOf, opts.cwd).map((x) => JSON.stringify(x, null, 1));
  const lines = (r.lines ??= new LineIndex(r.text));
  const paint = painter(opts.color);
  return r.analysis.findings.map((f) => textLine(r.path, lines, f, paint));
}

const PLACEHOLDER = '\u0000sourcelint: items go here\u0000';
const HOLE = JSON.stringify(PLACEHOLDER);

/**
 * Writes JSON.stringify(doc, null, 1) with its array `items` (empty in doc) given one item at a
 * time. An item's JSON is indented by prefixing its lines: JSON strings hold no raw line breaks.
 */
export class JsonArrayWriter {
  private readonly close: string;
  private readonly pad: string;
  private readonly tail: string;
  private count = 0;

  constructor(
    doc: unknown,
    items: unknown[],
    private readonly write: (s: string) => void,
  ) {
    const text = JSON.stringify(doc, (_key, value) => (value === items ? PLACEHOLDER : value), 1);
    const at = text.indexOf(HOLE);
    const indent = /^ */.exec(text.slice(text.lastIndexOf('\n', at) + 1))![0];
    this.pad = indent + ' ';
    this.close = '\n' + indent + ']';
    this.tail = text.slice(at + HOLE.length);
    write(text.slice(0, at) + '[');
  }

  /** An item as JSON.stringify(item, null, 1) gives it. */
  add(json: string): void {
    this.write((this.count++ ? ',\n' : '\n') + this.pad + json.replaceAll('\n', '\n' + this.pad));
  }

  end(): void {
    this.write((this.count ? this.close : ']') + this.tail + '\n');
  }
}

const CHUNK = 1 << 16;

/** The report of one format, written in chunks as file parts come in; with `hold`, all at the end. */
export class ReportWriter {
  private readonly json?: JsonArrayWriter;
  private buffered: string[] = [];
  private size = 0;

  /** `hold`: a progress line is on the terminal the report would go to, and would tear it. */
  constructor(
    format: Format,
    sarif: SarifOptions,
    private readonly out: (s: string) => void,
    private readonly hold: boolean,
  ) {
    const write = (s: string) => this.write(s);
    if (format === 'json') {
      const doc = jsonReport([], () => undefined);
      this.json = new JsonArrayWriter(doc, doc.files, write);
    } else if (format === 'sarif') {
      const log = sarifReport([], () => undefined, sarif);
      this.json = new JsonArrayWriter(log, log.runs[0].results, write);
    }
  }

  add(items: string[]): void {
    for (const s of items) {
      if (this.json) this.json.add(s);
      else this.write(s + '\n');
    }
  }

  end(): void {
    this.json?.end();
    this.flush();
  }

  private write(s: string) {
    this.buffered.push(s);
    this.size += s.length;
    if (!this.hold && this.size >= CHUNK) this.flush();
  }

  private flush() {
    if (this.buffered.length) this.out(this.buffered.join(''));
    this.buffered = [];
    this.size = 0;
  }
}
