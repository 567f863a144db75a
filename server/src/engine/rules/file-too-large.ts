// Rule file-too-large: a file over maxFileSize is not analysed; the caller, which knows the
// file's size before reading it, reports this one finding in place of the analysis.

import type { Finding } from '../types';

export function tooLargeFinding(size: number, limit: number): Finding {
  return {
    code: 'file-too-large',
    severity: 'information',
    start: 0,
    end: 0,
    message: `Not analysed: ${size.toLocaleString('en')} bytes is over sourcelint.maxFileSize (${limit.toLocaleString('en')}).`,
  };
}
