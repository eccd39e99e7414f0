// Pure helpers of the client (no `vscode` import, so they are unit-tested in Node): which
// `postmortem.*` settings the user set explicitly, as the nested object the server reads, and the
// file name of a new post-mortem.

/** What `WorkspaceConfiguration.inspect()` reports for one key (the parts we use). */
export interface InspectedValue {
  globalValue?: unknown;
  workspaceValue?: unknown;
  workspaceFolderValue?: unknown;
}

/**
 * The explicitly set settings (folder over workspace over user) as a nested object, without the
 * manifest defaults, so the server can layer them over `.postmortemrc.json`.
 */
export function explicitSettingsOf(keys: string[], inspect: (key: string) => InspectedValue | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const i = inspect(key);
    const value = i?.workspaceFolderValue ?? i?.workspaceValue ?? i?.globalValue;
    if (value === undefined) continue;
    const path = key.split('.');
    let target = out;
    for (const p of path.slice(0, -1)) {
      if (typeof target[p] !== 'object' || target[p] === null) target[p] = {};
      target = target[p] as Record<string, unknown>;
    }
    target[path[path.length - 1]] = value;
  }
  return out;
}

type Manifest = { contributes?: { configuration?: { properties?: Record<string, unknown> } | { properties?: Record<string, unknown> }[] } };

/** Setting keys (without the `postmortem.` prefix) declared in the manifest. */
export function declaredSettingKeys(packageJSON: Manifest): string[] {
  const conf = packageJSON.contributes?.configuration;
  const blocks = Array.isArray(conf) ? conf : conf ? [conf] : [];
  return blocks.flatMap((b) => Object.keys(b.properties ?? {})).filter((k) => k.startsWith('postmortem.')).map((k) => k.slice('postmortem.'.length));
}

/** A file-name slug: ASCII letters and digits joined by dashes, at most 60 characters. */
export function slug(title: string): string {
  return (
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'incident'
  );
}

export function localDate(d = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The name of a new post-mortem: `<date>-<slug>.postmortem.md`, numbered when taken. */
export function newFileName(date: string, title: string, n = 1): string {
  return `${date}-${slug(title)}${n > 1 ? `-${n}` : ''}.postmortem.md`;
}

/** The folder setting as path segments inside the workspace (no `..`, no absolute paths). */
export function folderSegments(setting: string): string[] {
  return setting.split(/[\\/]+/).filter((p) => p && p !== '.' && p !== '..' && !/^[a-z]:$/i.test(p));
}
