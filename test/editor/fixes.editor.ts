// Quick fixes and fix-all, through the same APIs the lightbulb and editor.codeActionsOnSave use.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fixAll } from '../../server/src/core/fix';
import { applyEdits } from '../../server/src/core/text';
import { closeAll, coreFindings, coreOptions, exampleText, openScratch, ruleOf, runCommand, settledDiagnostics, sleep } from './helpers';

function within(inner: vscode.Range, outer: vscode.Range): boolean {
  return outer.contains(inner.start) && outer.contains(inner.end);
}

/** `offset` moved over horizontal whitespace in direction `dir`. */
function growOverSpace(text: string, offset: number, dir: 1 | -1): number {
  let o = offset;
  while (dir > 0 ? o < text.length && /[ \t]/.test(text[o]) : o > 0 && /[ \t]/.test(text[o - 1])) o += dir;
  return o;
}

suite('fixes', () => {
  teardown(closeAll);
  suiteTeardown(async () => {
    await vscode.workspace.getConfiguration('editor').update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace);
  });

  test('a blame quick fix rewrites exactly the flagged words', async () => {
    const source = exampleText('dns-outage');
    const editor = await openScratch(source, 'quickfix');
    const doc = editor.document;
    // Prefer a rewrite (the fix puts new words in place of the flagged ones) over a deletion.
    const withFix = coreFindings(source).filter((f) => f.category === 'blame' && f.fixes.length > 0);
    assert.ok(withFix.length > 0, 'dns-outage has blame findings with a fix');
    const rewrites = withFix.filter((f) => (f.fixes.find((x) => x.preferred) ?? f.fixes[0]).edits.some((e) => e.newText.trim()));
    const target = rewrites[0] ?? withFix[0];
    const range = new vscode.Range(doc.positionAt(target.start), doc.positionAt(target.end));
    await settledDiagnostics(doc.uri, (ds) => ds.some((d) => ruleOf(d) === target.ruleId && d.range.isEqual(range)));

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range, vscode.CodeActionKind.QuickFix.value);
    const fix = target.fixes.find((f) => f.preferred) ?? target.fixes[0];
    const action = actions.find((a) => a.title === fix.title);
    assert.ok(action?.edit, `a quick fix "${fix.title}" is offered (got: ${actions.map((a) => a.title).join(' | ')})`);
    assert.ok(actions.some((a) => a.title.startsWith(`Disable ${target.ruleId}`)), 'a disable-for-this-line action is offered too');

    const edits = action.edit.get(doc.uri);
    assert.ok(edits.length > 0, 'the quick fix edits this document');
    // The flagged words, plus the space next to them when a word is deleted.
    const around = new vscode.Range(doc.positionAt(growOverSpace(source, target.start, -1)), doc.positionAt(growOverSpace(source, target.end, 1)));
    for (const e of edits) assert.ok(within(e.range, around), `the edit ${JSON.stringify(e.range)} stays on the flagged words "${source.slice(target.start, target.end)}" ${JSON.stringify(range)}`);
    assert.ok(await vscode.workspace.applyEdit(action.edit));
    assert.equal(doc.getText(), applyEdits(source, fix.edits), 'the text is the core fix applied, and nothing else changed');
    const flagged = source.slice(target.start, target.end);
    assert.notEqual(doc.getText(), source, `"${flagged}" was rewritten`);

    // The server re-lints the new version: that finding is gone.
    await settledDiagnostics(doc.uri, (ds) => !ds.some((d) => ruleOf(d) === target.ruleId && d.range.isEqual(range)));
  });

  test('fix-all on save (editor.codeActionsOnSave) applies the safe fixes, and only when asked', async () => {
    const source = exampleText('dns-outage');
    const expected = fixAll(source, coreOptions());
    assert.ok(expected.text !== source, 'dns-outage has safe fixes to apply');

    // Without the setting, saving leaves the text alone.
    const plain = await openScratch(source, 'nosave-fix');
    await settledDiagnostics(plain.document.uri, (ds) => ds.length > 0);
    await plain.edit((b) => b.insert(plain.document.positionAt(source.length), '\n'));
    await plain.document.save();
    assert.equal(plain.document.getText(), `${source}\n`, 'no fix-all without editor.codeActionsOnSave');

    await vscode.workspace.getConfiguration('editor').update('codeActionsOnSave', { 'source.fixAll.postmortem': 'explicit' }, vscode.ConfigurationTarget.Workspace);
    const editor = await openScratch(source, 'save-fix');
    const doc = editor.document;
    const before = await settledDiagnostics(doc.uri, (ds) => ds.length > 0);
    await editor.edit((b) => b.insert(doc.positionAt(source.length), '\n'));
    const dirty = doc.getText();
    assert.ok(await doc.save(), 'saved');
    assert.equal(doc.getText(), fixAll(dirty, coreOptions()).text, 'the saved text is the core fix-all of the document');
    const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(doc.uri));
    assert.equal(onDisk, doc.getText(), 'the fixed text is what was written');
    const after = await settledDiagnostics(doc.uri, (ds) => ds.length < before.length);
    const stillSafe = coreFindings(doc.getText()).filter((f) => f.fixes.some((x) => x.safe));
    assert.deepEqual(stillSafe.map((f) => f.ruleId), [], 'no finding with a safe fix is left');
    assert.ok(after.length > 0, 'findings that need a person (blame wording) stay');
  });

  test('the Fix All Safe Problems command applies the same fixes', async () => {
    const source = exampleText('cert-expiry');
    const expected = fixAll(source, coreOptions()).text;
    const editor = await openScratch(source, 'fixall-command');
    await settledDiagnostics(editor.document.uri, (ds) => ds.length > 0);
    await runCommand('postmortem.fixAll');
    // The command answers before the server's edit arrives: wait until the text stops changing.
    let last = source;
    let stable = 0;
    for (let i = 0; i < 100 && (last === source || stable < 10); i++) {
      await sleep(100);
      const now = editor.document.getText();
      stable = now === last ? stable + 1 : 0;
      last = now;
    }
    assert.notEqual(editor.document.getText(), source, 'cert-expiry has safe fixes');
    assert.equal(editor.document.getText(), expected);
  });
});
