// Runs last: every command the manifest contributes was run by some test above.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { bridgeDir, exercised, manifest } from './helpers';

suite('coverage', () => {
  test('every contributed command is registered and was run by a test', async function () {
    const contributed = ((manifest().contributes?.commands ?? []) as { command: string }[]).map((c) => c.command);
    assert.ok(contributed.length > 0);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(contributed.filter((c) => !registered.has(c)), [], 'contributed but not registered');
    // Commands that need the UI bridge are only run under test/e2e/run.mjs.
    // A --grep run leaves tests out on purpose.
    if (!bridgeDir || process.env.POSTMORTEM_EDITOR_GREP) this.skip();
    assert.deepEqual(contributed.filter((c) => !exercised.has(c)), [], 'contributed commands no test ran');
  });
});
