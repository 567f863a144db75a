// Editor settings over the rc file: a setting the user set wins, even when set to its default
// value; one left alone does not mask the rc file.

import { EXPLICIT_KEY } from '../../../common/settings';
import { type Config, type ConfigProblem, DEFAULT_CONFIG, mergeConfig } from '../engine/config';

/** Keeps only the values that differ from the defaults (for clients that do not say which keys were set). */
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

/** Only the dotted `keys` of a nested settings object (absent ones left out). */
export function pickKeys(settings: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const parts = key.split('.');
    let v: unknown = settings;
    for (const p of parts) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[p] : undefined;
    if (v === undefined) continue;
    let into = out;
    for (const p of parts.slice(0, -1)) {
      const next = into[p];
      into = (into[p] = next && typeof next === 'object' ? next : {}) as Record<string, unknown>;
    }
    into[parts[parts.length - 1]] = v;
  }
  return out;
}

/**
 * The settings section (`sourcelint`) merged over the rc config. When the client lists the keys the
 * user set (EXPLICIT_KEY), exactly those are taken; otherwise those that differ from the defaults.
 */
export function settingsConfig(rcConfig: Config | undefined, settings: unknown, problems: ConfigProblem[]): Config {
  const base = rcConfig ?? DEFAULT_CONFIG;
  if (!settings || typeof settings !== 'object' || Array.isArray(settings))
    return mergeConfig(base, changedFromDefaults(settings, DEFAULT_CONFIG), problems);
  const { [EXPLICIT_KEY]: explicit, trace: _trace, ...rest } = settings as Record<string, unknown>;
  const raw =
    Array.isArray(explicit) && explicit.every((k) => typeof k === 'string')
      ? pickKeys(rest, explicit as string[])
      : changedFromDefaults(rest, DEFAULT_CONFIG);
  return mergeConfig(base, raw, problems);
}
