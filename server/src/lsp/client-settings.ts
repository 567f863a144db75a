// Settings for clients that cannot answer workspace/configuration (Neovim's start_client, Helix, …):
// they come pushed, in initializationOptions.settings and in workspace/didChangeConfiguration's
// params.settings, both shaped { sourcelint: { … } } like VS Code's settings.json.

/** The `sourcelint` section of a pushed settings object; undefined when it has none. */
export function sourcelintSection(settings: unknown): Record<string, unknown> | undefined {
  if (!settings || typeof settings !== 'object') return undefined;
  const section = (settings as Record<string, unknown>).sourcelint;
  return section && typeof section === 'object' && !Array.isArray(section)
    ? (section as Record<string, unknown>)
    : undefined;
}

export class PushedSettings {
  private current: Record<string, unknown> | undefined;

  /** From initializationOptions: `{ settings: { sourcelint: { … } } }`. */
  fromInit(init: unknown): void {
    this.current = sourcelintSection((init as { settings?: unknown } | undefined)?.settings);
  }

  /**
   * From workspace/didChangeConfiguration. A payload without a sourcelint section (some clients send
   * `{}` for every server) leaves the settings as they were. Returns whether they changed.
   */
  fromChange(params: unknown): boolean {
    const next = sourcelintSection((params as { settings?: unknown } | undefined)?.settings);
    if (!next || JSON.stringify(next) === JSON.stringify(this.current)) return false;
    this.current = next;
    return true;
  }

  /** The settings last pushed, or undefined when none were. */
  get(): Record<string, unknown> | undefined {
    return this.current;
  }
}
