// Desktop entry point of the language server: LSP over stdio, IPC or a socket (the arguments
// `--stdio`, `--node-ipc`, `--socket=N` pick the transport). It adds what only Node can do:
// reading the nearest `.postmortemrc.json` of each document, the same file the CLI reads, and
// listing and reading the workspace's markdown files for the index of its post-mortems.
import { createConnection, ProposedFeatures, StreamMessageWriter } from 'vscode-languageserver/node';
import { Console } from 'node:console';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ConfigFileError, findConfigFile, listMarkdownFiles, readConfigFile, readSmallFile } from './files';
import { connectionStrategy, startServer } from './lsp/server';
import { MAX_FILE_BYTES, type WorkspaceFiles } from './lsp/indexer';
import type { ConfigLayer } from './core/config';
import { releaseMemory } from './release-memory';
import { jsonEncoder } from './wire';

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

/** The workspace's markdown files, for the index of its post-mortems (file: URIs only). */
const files: WorkspaceFiles = {
  list(folderUri, limit) {
    if (!folderUri.startsWith('file:')) return [];
    return listMarkdownFiles(fileURLToPath(folderUri), limit).map((p) => pathToFileURL(p).href);
  },
  read(uri) {
    if (!uri.startsWith('file:')) return undefined;
    try {
      return readSmallFile(fileURLToPath(uri), MAX_FILE_BYTES);
    } catch {
      return undefined;
    }
  },
};

/**
 * Over stdio, messages are written with our encoder (wire.ts: a diagnostics report item by item,
 * in ASCII). The library then no longer moves console output off stdout, which carries the
 * protocol: it goes to stderr, which editors show as the server's log.
 */
function stdioConnection() {
  const toStderr = new Console({ stdout: process.stderr, stderr: process.stderr });
  for (const name of ['log', 'info', 'debug', 'warn', 'dir', 'dirxml', 'table', 'trace', 'count', 'countReset', 'time', 'timeLog', 'timeEnd', 'group', 'groupCollapsed', 'groupEnd', 'assert'] as const) {
    (console as unknown as Record<string, unknown>)[name] = (toStderr[name] as (...args: unknown[]) => void).bind(toStderr);
  }
  const writer = new StreamMessageWriter(process.stdout, { charset: 'utf-8', contentTypeEncoder: jsonEncoder });
  // stdin stays a stream, so the library still exits when the editor closes it.
  return createConnection(ProposedFeatures.all, process.stdin, writer as unknown as NodeJS.WritableStream, connectionStrategy);
}

const connection = process.argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all, connectionStrategy);
startServer(connection, { rcLayer, clearRcCache: () => cache.clear(), maxCheckedChars, files, releaseMemory });
