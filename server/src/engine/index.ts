export * from './types';
export * from './config';
export { analyze, tooLargeFinding } from './analyze';
export type { AnalyzeOptions } from './analyze';
export { LineIndex } from './text';
export { sourceList, sourceListText } from './sources';
export type { SourceList, SourceEntry, SourceQuote } from './sources';
export { applyIgnores, ignoreKey, findingKey } from './ignore';
export type { IgnoreEntry } from './ignore';
