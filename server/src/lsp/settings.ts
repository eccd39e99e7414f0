// Editor settings (`postmortem.*`) → a configuration layer for resolveConfig. The editor's layer
// goes on top of the nearest `.postmortemrc.json`: the rc file is the team's shared baseline
// (the CLI and CI read it too), and a user's settings adjust it locally.
import { DEFAULT_CONFIG, type ConfigLayer } from '../core/config';

/** Top-level keys of `postmortem.*` that only the client reads. */
export const CLIENT_ONLY_SETTINGS = ['newPostMortem', 'trace'];

const CONFIG_KEYS = new Set(['rules', ...Object.keys(DEFAULT_CONFIG)]);

/** Drops null/undefined values (unset settings) and client-only keys. */
function clean(value: unknown): unknown {
  if (Array.isArray(value)) return value;
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === null || v === undefined) continue;
    const c = clean(v);
    if (typeof c === 'object' && c !== null && !Array.isArray(c) && !Object.keys(c).length) continue;
    out[k] = c;
  }
  return out;
}

/**
 * The `postmortem` settings section as a config layer. Clients send only what the user set
 * (the VS Code client does so through a middleware that reads `inspect()`), so defaults in the
 * editor never mask the rc file.
 */
export function settingsLayer(section: unknown): ConfigLayer {
  if (typeof section !== 'object' || section === null || Array.isArray(section)) return {};
  const layer: ConfigLayer = {};
  for (const [key, value] of Object.entries(clean(section) as Record<string, unknown>)) {
    if (CONFIG_KEYS.has(key)) layer[key] = value;
  }
  return layer;
}
