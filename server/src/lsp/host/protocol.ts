// Messages between the language server's main thread and its engine host (see host.ts).

import type { Diagnostic } from 'vscode-languageserver';
import type { Config } from '../../engine/config';
import type { TextFormat } from '../../engine/markdown';
import type { Analysis } from '../../engine/types';

export type ToHost =
  | { type: 'config'; configId: number; config: Config }
  /** An open document's text, sent once per version; the host blanks it, indexes it and analyses it. */
  | {
      type: 'analyze';
      seq: number;
      uri: string;
      version: number;
      text: string;
      format: TextFormat;
      configId: number;
      group: string;
      relPath?: string;
      /** Against the article alone: the corpus is not read, nor told of this text. */
      alone?: boolean;
    }
  /** Files read from disk: `wantEntry` asks for the index entry back (for the cache). */
  | { type: 'set'; group: string; id: string; text: string; wantEntry?: boolean }
  | { type: 'setIndexed'; group: string; id: string; entry: Uint8Array }
  | { type: 'delete'; group: string; id: string }
  /** A load is about to send about `docs` documents of `group` (room is made for them at once). */
  | { type: 'expect'; group: string; docs: number }
  | { type: 'sharing'; seq: number; group: string; id: string }
  /** Only with SOURCELINT_TEST_HOOKS: the host exits as if it had crashed. */
  | { type: 'crash' };

/** An analysis, with its diagnostics ready to publish; `changed`: the corpus now holds another text for the document. */
export interface Analyzed {
  analysis: Analysis;
  diagnostics: Diagnostic[];
  changed: boolean;
}

/** An analysis as sent: with `quoteBytes` (from the helper), `analysis.quotes` is empty and they are these v8-serialized. */
export interface AnalyzedMessage extends Analyzed {
  quoteBytes?: Uint8Array;
}

export type FromHost =
  | { seq: number; result: AnalyzedMessage | string[] }
  /** A newer version of the document came while this one was analysed: nothing to publish. */
  | { seq: number; superseded: true }
  | { seq: number; error: string }
  | { entry: { group: string; id: string; entry: Uint8Array } }
  /** A setIndexed entry that did not decode: the document is not indexed (the main thread reads the file again). */
  | { rejected: { group: string; id: string } };

/** What the host needs of a port: a worker's parentPort, or one end of a MessageChannel. */
export interface HostPort {
  on(event: 'message', listener: (m: ToHost) => void): unknown;
  postMessage(m: FromHost, transfer?: ArrayBuffer[]): void;
}
