import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extension, EXTENSION_ID, manifest, openFile, waitFor } from './helpers';

suite('smoke', () => {
  test('the host runs the suite with a workspace open', () => {
    assert.ok(vscode.workspace.workspaceFolders?.length, 'a workspace folder is open');
  });

  test('the extension under test is the installed .vsix, and a post-mortem activates it', async () => {
    const ext = extension();
    // Installed folders are named <publisher>.<name>-<version>; a development checkout is not.
    assert.ok(ext.extensionPath.replace(/\\/g, '/').split('/').pop()!.startsWith(`${EXTENSION_ID}-${manifest().version}`), `installed copy: ${ext.extensionPath}`);
    await openFile('postmortems/queue-backlog.postmortem.md');
    await waitFor('activation', () => ext.isActive);
  });
});
