// The stdio encoder (server/src/wire.ts): a long diagnostics report is written item by item in
// ASCII, and must mean exactly what JSON.stringify of the message means; every other message is
// written byte for byte as the library writes it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Message } from 'vscode-languageserver/node';
import { encodeMessage } from '../../server/src/wire';

const diagnostic = (i: number) => ({
  range: { start: { line: i, character: 2 }, end: { line: i, character: 9 } },
  severity: 2,
  code: 'counterfactual',
  codeDescription: { href: 'https://example.invalid/docs/rules/counterfactual.md' },
  source: 'postmortem',
  // Curly quotes, an em dash, an emoji (a surrogate pair), a quote and a backslash to escape.
  message: `“should have” in row ${i} — 🙂 "quoted" \\ \u2028 end`,
  ...(i % 5 === 0 ? { relatedInformation: [{ location: { uri: 'file:///a%20b.md', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } }, message: 'é' }] } : {}),
});
const report = (n: number, extra: object = {}) => ({ jsonrpc: '2.0', id: 7, result: { kind: 'full', resultId: '3|0|0|2026-11-20', items: Array.from({ length: n }, (_, i) => diagnostic(i)), ...extra } }) as unknown as Message;
const isAscii = (bytes: Buffer) => bytes.every((b) => b < 0x80);

describe('stdio message encoding', () => {
  it('writes a long report item by item, in ASCII, with the same JSON value', () => {
    const message = report(200);
    const bytes = encodeMessage(message);
    assert.ok(isAscii(bytes), 'only ASCII bytes');
    assert.deepEqual(JSON.parse(bytes.toString('utf8')), JSON.parse(JSON.stringify(message)));
    // Escapes instead of UTF-8: the curly quote as \u201c.
    assert.match(bytes.toString('latin1'), /\\u201cshould have\\u201d in row 0/);
  });

  it('keeps items JSON.stringify would turn into null inside an array', () => {
    const message = report(40);
    const items = (message as unknown as { result: { items: unknown[] } }).result.items;
    items[3] = undefined;
    items[4] = () => 1;
    assert.deepEqual(JSON.parse(encodeMessage(message).toString('utf8')), JSON.parse(JSON.stringify(message)));
  });

  it('writes short lists and other messages exactly as JSON.stringify does', () => {
    const short = report(5);
    assert.ok(encodeMessage(short).equals(Buffer.from(JSON.stringify(short), 'utf8')));
    const notification = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///x.md', diagnostics: report(50) } } as unknown as Message;
    assert.ok(encodeMessage(notification).equals(Buffer.from(JSON.stringify(notification), 'utf8')));
  });

  it('falls back to JSON.stringify when items is not the last key of the result', () => {
    // A related-documents report after the items: the message does not end with the items' list.
    const message = report(50, { relatedDocuments: { 'file:///b.md': { kind: 'full', items: [] } } });
    assert.ok(encodeMessage(message).equals(Buffer.from(JSON.stringify(message), 'utf8')));
  });
});
