// Which sourcelint.* settings the user set: VS Code fills unset keys with their defaults, so the
// server cannot tell a setting set to its default from one left alone. The client answers
// workspace/configuration with the keys it finds set (VS Code's inspect()) under EXPLICIT_KEY.

export const EXPLICIT_KEY = '$explicit';

/** The scopes VS Code's inspect() reports a value in; any of them set means the user set the key. */
export interface Inspected {
  globalValue?: unknown;
  workspaceValue?: unknown;
  workspaceFolderValue?: unknown;
  globalLanguageValue?: unknown;
  workspaceLanguageValue?: unknown;
  workspaceFolderLanguageValue?: unknown;
}

/** The keys (dotted, without the `sourcelint.` prefix) that have a value in some scope. */
export function explicitKeys(keys: string[], inspect: (key: string) => Inspected | undefined): string[] {
  return keys.filter((k) => {
    const i = inspect(k);
    return (
      !!i &&
      [
        i.globalValue,
        i.workspaceValue,
        i.workspaceFolderValue,
        i.globalLanguageValue,
        i.workspaceLanguageValue,
        i.workspaceFolderLanguageValue,
      ].some((v) => v !== undefined)
    );
  });
}
