// The server starts and answers with the V8 flags the client starts it with
// (client/src/server-launch.ts): a flag this Node does not know would stop it at once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { SERVER_EXEC_ARGV } from '../../client/src/server-launch';
import { spawnServer } from '../../scripts/bench-server';
import { ensureBuilt } from './lsp-client';

test('node accepts the server flags, and rejects one it does not know', () => {
  assert.equal(spawnSync(process.execPath, [...SERVER_EXEC_ARGV, '-e', '0']).status, 0);
  assert.notEqual(spawnSync(process.execPath, ['--no-such-v8-flag-here', '-e', '0']).status, 0);
});

test('the server started with them checks a post-mortem', async () => {
  ensureBuilt();
  const server = await spawnServer();
  try {
    const uri = 'file:///launch/postmortems/blame.md';
    const text = '# Post-Mortem: Launch\n\n## Root Cause\n\nThe root cause was human error.\n';
    server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const report = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: { code?: string }[] };
    assert.ok(report.items.some((d) => d.code === 'human-error-cause'), JSON.stringify(report.items.map((d) => d.code)));
  } finally {
    await server.close();
  }
});
