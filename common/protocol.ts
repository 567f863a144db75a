// Messages between the VS Code client and the server beyond standard LSP, typed once for both halves.

export const SOURCES_REQUEST = 'sourcelint/sources';
export const STATUS_NOTIFICATION = 'sourcelint/status';
export const IGNORE_COMMAND = 'sourcelint.ignoreFinding';
/** Client → server when the user grants workspace trust (the server starts with initializationOptions.trusted). */
export const TRUST_NOTIFICATION = 'sourcelint/trust';

export interface TrustParams {
  trusted: boolean;
}

export interface SourcesParams {
  uri: string;
}

export interface WireRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export interface WireQuote {
  text: string;
  range: WireRange;
}

export interface SourcesResult {
  uri: string;
  version: number;
  speakers: { name: string; affiliation: string | null; firstNamed: WireRange; quotes: WireQuote[] }[];
  unattributed: WireQuote[];
  /** The plain-text source list (name — affiliation — quote count). */
  text: string;
}

/** Indexing progress, then idle; the client's status bar shows it. */
export interface StatusParams {
  indexing: { done: number; total: number } | null;
}

/** Arguments of the ignore command: which finding, and where the ignore applies. */
export interface IgnoreArgs {
  uri: string;
  version: number;
  index: number;
  scope: 'file' | 'workspace';
}
