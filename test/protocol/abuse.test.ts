// Protocol abuse: malformed messages, requests for unknown or closed documents, edits racing
// diagnostics. The server answers with errors (or empty results) and keeps serving.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../server/src/core/engine';
import { ROOT, TestEditor, ensureBuilt, fileUri } from './lsp-client';

before(() => ensureBuilt());

describe('protocol abuse', () => {
  const ed = new TestEditor();
  const uri = fileUri(join(ROOT, 'examples', 'dns-outage.postmortem.md'));
  const text = readFileSync(join(ROOT, 'examples', 'dns-outage.postmortem.md'), 'utf8');
  before(async () => {
    await ed.initialize({ rootUri: fileUri(ROOT) });
    ed.open(uri, text);
  });
  after(() => ed.kill());

  it('garbage on the wire and unknown methods do not stop the server', async () => {
    // A body that is not JSON, with a valid header, straight onto the server's stdin.
    const stdin = (ed as unknown as { child: { stdin: NodeJS.WritableStream } }).child.stdin;
    const junk = '{ this is not json';
    stdin.write(`Content-Length: ${Buffer.byteLength(junk)}\r\n\r\n${junk}`);
    await assert.rejects(ed.conn.sendRequest('postmortem/noSuchMethod', {}) as Promise<unknown>, (e: { code?: number }) => e.code === -32601);
    const report = await ed.pull(uri);
    assert.equal(report.kind, 'full');
  });

  it('requests for unknown and closed documents are answered, not crashed on', async () => {
    const unknown = 'file:///nowhere/postmortems/ghost.md';
    for (const [method, params] of [
      ['textDocument/hover', { textDocument: { uri: unknown }, position: { line: 0, character: 0 } }],
      ['textDocument/completion', { textDocument: { uri: unknown }, position: { line: 0, character: 0 } }],
      ['textDocument/documentSymbol', { textDocument: { uri: unknown } }],
      ['textDocument/codeAction', { textDocument: { uri: unknown }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } }],
      ['textDocument/formatting', { textDocument: { uri: unknown }, options: { tabSize: 2, insertSpaces: true } }],
      ['textDocument/codeLens', { textDocument: { uri: unknown } }],
      ['textDocument/hover', { textDocument: { uri }, position: { line: 99999, character: 99999 } }],
    ] as const) {
      try {
        await ed.conn.sendRequest(method, params);
      } catch (e) {
        assert.ok(typeof (e as { code?: number }).code === 'number', `${method}: a protocol error, not a crash`);
      }
    }
    // The diagnostic pull of a document that is not open is an empty report or an error.
    try {
      const r = (await ed.pull(unknown)) as { kind: string; items?: unknown[] };
      assert.deepEqual(r.items ?? [], []);
    } catch (e) {
      assert.ok(typeof (e as { code?: number }).code === 'number');
    }
    assert.equal((await ed.pull(uri)).kind, 'full');
  });

  it('edits racing diagnostic pulls: the last answer is for the last version', async () => {
    const pulls: Promise<unknown>[] = [];
    for (let i = 0; i < 25; i++) {
      await ed.change(uri, [{ range: { start: { line: 9, character: 0 }, end: { line: 9, character: 0 } }, newText: i % 2 ? 'Eli forgot to check. ' : 'x' }]);
      pulls.push((ed.pull(uri) as Promise<unknown>).catch(() => undefined));
    }
    await Promise.all(pulls);
    const last = (await ed.pull(uri)) as { kind: string; items: { code: string; range: { start: { line: number } } }[] };
    assert.equal(last.kind, 'full');
    const expected = lint(ed.text(uri)).findings.map((f) => f.ruleId).sort();
    assert.deepEqual(last.items.map((d) => d.code).sort(), expected);
  });

  it('a closed document is forgotten and a reopened one is linted afresh', async () => {
    ed.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    ed.docs.delete(uri);
    ed.open(uri, text);
    const report = (await ed.pull(uri)) as { kind: string; items: unknown[] };
    assert.equal(report.kind, 'full');
    assert.equal(report.items.length, lint(text).findings.length);
  });
});
