// The VS Code side: starts the language client on the first markdown document, and adds what
// only the editor can do: commands, the status-bar summary, writing settings, new files. It
// presents what the server reports and never analyses a document itself.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerSidebar } from './sidebar/index';
import { registerCommon } from './common';
import { SERVER_ENV } from './server-launch';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    // The client adds `env` to the extension host's environment (and ELECTRON_RUN_AS_NODE).
    run: { module, transport: TransportKind.ipc, options: { env: { ...SERVER_ENV } } },
    debug: { module, transport: TransportKind.ipc, options: { env: { ...SERVER_ENV }, execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const { clientOptions, start } = registerCommon(context, () => client);
  client = new LanguageClient('postmortem', 'Post-Mortem Language Server', serverOptions, clientOptions satisfies LanguageClientOptions);
  await start(client);
  registerSidebar(context, client);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
