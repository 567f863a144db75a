// Settings per document: VS Code's sourcelint.* over the workspace .sourcelintrc.json over defaults.

import { type Config, DEFAULT_CONFIG, mergeConfig, type ConfigProblem } from '../engine/config';

/** Keeps only the values that differ from the defaults, so an rc file is not masked by untouched settings. */
export function changedFromDefaults(value: unknown, dflt: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'object' && !Array.isArray(value) && dflt && typeof dflt === 'object' && !Array.isArray(dflt)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const c = changedFromDefaults(v, (dflt as Record<string, unknown>)[k]);
      if (c !== undefined) out[k] = c;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return JSON.stringify(value) === JSON.stringify(dflt) ? undefined : value;
}

export function settingsConfig(rcConfig: Config | undefined, settings: unknown, problems: ConfigProblem[]): Config {
  const base = rcConfig ?? DEFAULT_CONFIG;
  const changed = changedFromDefaults(settings, { ...DEFAULT_CONFIG, trace: undefined });
  if (changed && typeof changed === 'object') delete (changed as Record<string, unknown>).trace;
  return mergeConfig(base, changed, problems);
}
