// Desktop entry point of the language server: LSP over stdio, IPC or a socket (the arguments
// `--stdio`, `--node-ipc`, `--socket=N` pick the transport). It adds what only Node can do:
// reading the nearest `.postmortemrc.json` of each document, the same file the CLI reads.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigFileError, findConfigFile, readConfigFile } from './files';
import { connectionStrategy, startServer } from './lsp/server';
import type { ConfigLayer } from './core/config';

const cache = new Map<string, { file: string; layer?: ConfigLayer; error?: string } | null>();

function rcLayer(uri: string) {
  if (!uri.startsWith('file:')) return undefined;
  let dir: string;
  try {
    dir = dirname(fileURLToPath(uri));
  } catch {
    return undefined;
  }
  if (cache.has(dir)) return cache.get(dir) ?? undefined;
  const file = findConfigFile(dir);
  let result: { file: string; layer?: ConfigLayer; error?: string } | null = null;
  if (file) {
    try {
      result = { file, layer: readConfigFile(file) };
    } catch (e) {
      result = { file, error: e instanceof ConfigFileError ? e.message : String(e) };
    }
  }
  cache.set(dir, result);
  return result ?? undefined;
}

// POSTMORTEM_MAX_CHECKED_CHARS lifts the size limit for hostile documents (the benchmark sets it
// to measure whole 10,000-line documents); it is read once, as a number, never evaluated.
const maxCheckedChars = Number(process.env.POSTMORTEM_MAX_CHECKED_CHARS) || undefined;

startServer(createConnection(ProposedFeatures.all, connectionStrategy), { rcLayer, clearRcCache: () => cache.clear(), maxCheckedChars });
