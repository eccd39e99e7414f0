// Node-side access to the workspace for the CLI and the desktop server: finding and reading
// `.postmortemrc.json` upward from a file, listing markdown files under a directory, reading them.
// Configuration is read as JSON data; nothing found here is ever executed.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ConfigLayer } from './core/config';

export const CONFIG_FILE_NAMES = ['.postmortemrc.json', '.postmortemrc'];

/** The nearest config file at or above `dir`, if any. */
export function findConfigFile(dir: string): string | undefined {
  let current = resolve(dir);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(current, name);
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    }
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

export class ConfigFileError extends Error {}

/** Reads a config file as JSON (comments and trailing commas are not allowed: it is plain data). */
export function readConfigFile(file: string): ConfigLayer {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigFileError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  try {
    const data = JSON.parse(text.replace(/^\uFEFF/, ''));
    if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error('it must hold a JSON object');
    return data as ConfigLayer;
  } catch (e) {
    throw new ConfigFileError(`${file} is not valid configuration: ${e instanceof Error ? e.message : String(e)}`);
  }
}

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out']);

/** Markdown files under `dir`, sorted, skipping dependency and VCS folders and symlink loops; at most `limit`. */
export function listMarkdownFiles(dir: string, limit = Infinity): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const walk = (d: string) => {
    let real: string;
    try {
      real = statSync(d).ino + ':' + statSync(d).dev;
    } catch {
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return; // an unreadable folder is skipped, not fatal
    }
    for (const entry of entries) {
      if (out.length >= limit) return;
      const p = join(d, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) walk(p);
      } else if (/\.(md|markdown)$/i.test(entry.name)) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

/** A file's text when it is at most `maxBytes` long; undefined when it is larger or unreadable. */
export function readSmallFile(file: string, maxBytes: number): string | undefined {
  try {
    if (statSync(file).size > maxBytes) return undefined;
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
