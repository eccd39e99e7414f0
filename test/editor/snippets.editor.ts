// Every contributed snippet inserts through VS Code's snippet machinery, by name and by prefix.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { closeAll, extension, manifest, openScratch, sleep, waitFor } from './helpers';

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description?: string;
}

/** The snippets the manifest contributes for markdown, read from the installed extension. */
function contributedSnippets(): [string, Snippet][] {
  const entries = (manifest().contributes?.snippets ?? []) as { language: string; path: string }[];
  return entries
    .filter((e) => e.language === 'markdown')
    .flatMap((e) => Object.entries(JSON.parse(readFileSync(join(extension().extensionPath, e.path), 'utf8')) as Record<string, Snippet>));
}

/**
 * The literal text of a snippet body, in order, with placeholders, choices and variables taken
 * out: every piece must appear in the inserted text in this order.
 */
function literalPieces(body: string): string[] {
  let text = body;
  for (let i = 0; i < 10; i++) {
    const next = text
      .replace(/\$\{\d+:([^${}]*)\}/g, '$1') // ${1:default} → default
      .replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1') // ${1|a,b|} → a
      .replace(/\$\{[A-Z_]+(?::[^${}]*)?\}|\$[A-Z_]+/g, '\u0000') // variables → unknown text
      .replace(/\$\{\d+\}|\$\d+/g, ''); // tab stops
    if (next === text) break;
    text = next;
  }
  return text.split('\u0000').filter((p) => p.length > 0);
}

suite('snippets', () => {
  teardown(async () => {
    await vscode.commands.executeCommand('leaveSnippet');
    await closeAll();
  });

  const snippets = contributedSnippets();

  test('the manifest contributes markdown snippets', () => {
    assert.ok(snippets.length >= 5, `snippets for the template, sections and rows (got ${snippets.length})`);
  });

  for (const [name, snippet] of snippets) {
    test(`"${name}" inserts its body`, async () => {
      const editor = await openScratch('', 'snippet');
      await vscode.commands.executeCommand('editor.action.insertSnippet', { name, langId: 'markdown' });
      const text = await waitFor('the snippet text', () => editor.document.getText() || undefined, 5000);
      const body = Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body;
      let at = 0;
      for (const piece of literalPieces(body)) {
        const found = text.indexOf(piece, at);
        assert.ok(found >= 0, `"${piece.slice(0, 60)}" appears in order in:\n${text.slice(0, 400)}`);
        at = found + piece.length;
      }
      assert.ok(!/\$\{|\$\d/.test(text), 'no raw snippet syntax is left');
    });
  }

  test('snippets are offered by prefix in completion', async () => {
    const editor = await openScratch('pm-', 'snippet-prefix');
    await sleep(200);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(0, 3));
    const offered = list.items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet).map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    const prefixes = snippets.flatMap(([, s]) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix])).filter((p) => p.startsWith('pm-'));
    for (const p of prefixes) assert.ok(offered.includes(p), `prefix ${p} is offered (got ${offered.join(', ')})`);
  });
});
