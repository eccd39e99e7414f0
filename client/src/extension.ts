// The VS Code side: starts the language client. (Filled in by the language-server work.)
import type { ExtensionContext } from 'vscode';

export function activate(_context: ExtensionContext): void {}

export function deactivate(): void {}
