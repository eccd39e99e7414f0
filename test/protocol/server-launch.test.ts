// The benchmarks start the server in the environment the client starts it with
// (client/src/server-launch.ts), and the server checks post-mortems there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SERVER_ENV } from '../../client/src/server-launch';
import { spawnServer } from '../../scripts/bench-server';
import { ensureBuilt } from './lsp-client';

test('the server started as the client starts it has its environment and checks a post-mortem', async () => {
  ensureBuilt();
  const server = await spawnServer();
  try {
    const environ = readFileSync(`/proc/${server.pid}/environ`, 'utf8').split('\0');
    for (const [name, value] of Object.entries(SERVER_ENV)) assert.ok(environ.includes(`${name}=${value}`), `${name}=${value}`);
    const uri = 'file:///launch/postmortems/blame.md';
    const text = '# Post-Mortem: Launch\n\n## Root Cause\n\nThe root cause was human error.\n';
    server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const report = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: { code?: string }[] };
    assert.ok(report.items.some((d) => d.code === 'human-error-cause'), JSON.stringify(report.items.map((d) => d.code)));
  } finally {
    await server.close();
  }
});
