export * from './types';
export * from './config';
export { analyze, tooLargeFinding } from './analyze';
export type { AnalyzeOptions } from './analyze';
export { LineIndex } from './text';
