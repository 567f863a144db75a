// Terminal helpers for the CLI: colour only on a terminal (and never with NO_COLOR), and a progress
// line on stderr for long runs, so a piped stdout carries nothing but the report.

import type { Severity } from '../engine/types';

export interface Stream {
  isTTY?: boolean;
  columns?: number;
  write(s: string): unknown;
}

/** https://no-color.org: any non-empty NO_COLOR turns colour off; FORCE_COLOR (not "0") turns it on. */
export function useColor(stream: Stream, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return env.FORCE_COLOR !== '0';
  return !!stream.isTTY && env.TERM !== 'dumb';
}

const CODES = { red: 31, yellow: 33, blue: 34, cyan: 36, gray: 90, bold: 1, dim: 2 } as const;
export type Style = keyof typeof CODES;

export type Paint = (style: Style, s: string) => string;

export const painter = (on: boolean): Paint =>
  on
    ? (style, s) => `\x1b[${CODES[style]}m${s}\x1b[${style === 'bold' || style === 'dim' ? 22 : 39}m`
    : (_style, s) => s;

export const SEVERITY_STYLE: Record<Severity, Style> = {
  error: 'red',
  warning: 'yellow',
  information: 'blue',
  hint: 'gray',
};

/** Runs over this many files show a progress line (on a terminal). */
export const PROGRESS_MIN_FILES = 50;

/**
 * One self-overwriting line on a terminal ("sourcelint: analysing 120/400 files"), redrawn at most
 * every `intervalMs`; a no-op when the stream is not a terminal or the run is short.
 */
export class Progress {
  private last = 0;
  private shown = false;
  readonly active: boolean;

  constructor(
    private readonly stream: Stream,
    total: number,
    private readonly intervalMs = 80,
    env: NodeJS.ProcessEnv = process.env,
  ) {
    this.active = !!stream.isTTY && env.TERM !== 'dumb' && total > PROGRESS_MIN_FILES;
  }

  update(text: string, force = false): void {
    if (!this.active) return;
    const now = Date.now();
    if (!force && now - this.last < this.intervalMs) return;
    this.last = now;
    const width = Math.max(20, (this.stream.columns || 80) - 1); // a pty without a size reports 0
    this.stream.write(`\r\x1b[2K${text.length > width ? text.slice(0, width - 1) + '…' : text}`);
    this.shown = true;
  }

  /** Clears the line so what follows starts on a clean line. */
  done(): void {
    if (this.shown) this.stream.write('\r\x1b[2K');
    this.shown = false;
  }
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
