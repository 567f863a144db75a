// The engine's vocabulary: offsets are UTF-16 code-unit indices into the text.

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type RuleCode =
  | 'unbalanced-quote'
  | 'unattributed-quote'
  | 'boilerplate'
  | 'duplicate-passage'
  | 'file-too-large';

export interface Span {
  start: number;
  end: number;
}

/** One text replacement; offsets refer to the text that was analysed. */
export interface Edit extends Span {
  newText: string;
}

export interface Fix {
  title: string;
  edits: Edit[];
  /** Preferred fixes are offered first and applied by "fix all". */
  preferred?: boolean;
}

/** A place in another document (duplicates point at the other copy). */
export interface RelatedLocation extends Span {
  /** Corpus key of the other document (a URI in the server, a path in the CLI). */
  doc: string;
  message: string;
}

export interface Finding extends Span {
  code: RuleCode;
  severity: Severity;
  message: string;
  fixes?: Fix[];
  related?: RelatedLocation[];
  /** Normalised text the finding is about, for ignores that survive edits. */
  key?: string;
}

export interface Mention extends Span {
  text: string;
}

export interface Speaker {
  name: string;
  affiliation: string | null;
  /** Offset of the mention that first named the speaker in this article. */
  firstAt: number;
}

export interface QuoteInfo extends Span {
  /** The quoted text, without the marks (start/end bound it). */
  text: string;
  closed: boolean;
  /** Offset of the opening mark. */
  open: number;
  attributed: boolean | null;
  source: Mention | null;
  speaker: Speaker | null;
  /** The attribution cue (said, according to …) where one was found. */
  cue: Mention | null;
}

export interface Analysis {
  findings: Finding[];
  quotes: QuoteInfo[];
}
