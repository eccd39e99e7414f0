// Browser (web worker) entry point of the language server, for vscode.dev and other web hosts.
// Same server as node.ts; there is no file system here, so settings are the only configuration.
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { connectionStrategy, startServer } from './lsp/server';

declare const self: DedicatedWorkerGlobalScope;

startServer(createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self), connectionStrategy));
