// The facilitation sidebar: agenda with timer, prompts, checklists and document health.
// (Views are registered here; the state lives in plain modules beside this file.)
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export function registerSidebar(context: vscode.ExtensionContext, client: LanguageClient): void {
  void context;
  void client;
}
