// The web entry point (vscode.dev, github.dev): the same client, with the server in a web worker
// (dist/browser-server.js). No file system there, so `.postmortemrc.json` is not read.
import * as vscode from 'vscode';
import { LanguageClient, type ServerOptions } from 'vscode-languageclient/browser';
import type { LanguageClient as NodeLanguageClient } from 'vscode-languageclient/node';
import { registerSidebar } from './sidebar/index';
import { registerCommon } from './common';

// The client project has no DOM lib; the web extension host provides Worker.
declare const Worker: new (url: string) => ServerOptions;

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const worker = new Worker(vscode.Uri.joinPath(context.extensionUri, 'dist/browser-server.js').toString(true));
  const { clientOptions, start } = registerCommon(context, () => client);
  // vscode-languageclient 11 takes the worker before the client options.
  client = new LanguageClient('postmortem', 'Post-Mortem Language Server', worker, clientOptions);
  await start(client);
  // The sidebar only sends requests and listens to notifications, which both clients share.
  registerSidebar(context, client as unknown as NodeLanguageClient);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
