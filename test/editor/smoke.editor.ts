import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

suite('smoke', () => {
  test('the host runs the suite with a workspace open', () => {
    assert.ok(vscode.workspace.workspaceFolders?.length, 'a workspace folder is open');
  });
});
