// Settings take effect without a reload: a rule turned off in postmortem.rules, a phrase allowed
// in postmortem.language.allowPhrases (by hand and through the "allow" quick fix).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, coreFindings, diagnosticKeys, exampleText, findingKeys, openScratch, ruleOf, setSetting, settledDiagnostics } from './helpers';

suite('settings', () => {
  teardown(async () => {
    await setSetting('rules', undefined);
    await setSetting('language.allowPhrases', undefined);
    await closeAll();
  });

  test('a rule turned off in postmortem.rules disappears at once, and comes back', async () => {
    const source = exampleText('dns-outage');
    const editor = await openScratch(source, 'rules-off');
    const uri = editor.document.uri;
    const all = coreFindings(source);
    await settledDiagnostics(uri, (ds) => ds.length === all.length);
    // The rule with the most findings, so that the change is plain to see.
    const counts = new Map<string, number>();
    for (const f of all) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
    const [ruleId] = [...counts].sort((a, b) => b[1] - a[1])[0];

    await setSetting('rules', { [ruleId]: 'off' });
    const expected = coreFindings(source, { rules: { [ruleId]: 'off' } });
    assert.equal(expected.length, all.length - counts.get(ruleId)!);
    const off = await settledDiagnostics(uri, (ds) => !ds.some((d) => ruleOf(d) === ruleId));
    assert.deepEqual(diagnosticKeys(off), findingKeys(editor.document, expected), `everything but ${ruleId}`);

    await setSetting('rules', { [ruleId]: 'error' });
    const raised = await settledDiagnostics(uri, (ds) => ds.some((d) => ruleOf(d) === ruleId && d.severity === vscode.DiagnosticSeverity.Error) && ds.length === all.length);
    assert.deepEqual(diagnosticKeys(raised), findingKeys(editor.document, coreFindings(source, { rules: { [ruleId]: 'error' } })), `${ruleId} back, as errors`);

    await setSetting('rules', undefined);
    const back = await settledDiagnostics(uri, (ds) => ds.length === all.length && diagnosticKeys(ds).join() === findingKeys(editor.document, all).join());
    assert.equal(back.length, all.length);
  });

  test('a phrase in postmortem.language.allowPhrases is no longer flagged', async () => {
    const source = exampleText('dns-outage');
    const editor = await openScratch(source, 'allow');
    const uri = editor.document.uri;
    const all = coreFindings(source);
    await settledDiagnostics(uri, (ds) => ds.length === all.length);
    const blame = all.find((f) => f.category === 'blame' && f.phrase);
    assert.ok(blame?.phrase, 'a blame finding with a phrase');
    const phrase = blame.phrase;

    await setSetting('language.allowPhrases', [phrase]);
    const expected = coreFindings(source, { language: { allowPhrases: [phrase] } });
    assert.ok(expected.length < all.length, `allowing "${phrase}" drops findings in the core`);
    const ds = await settledDiagnostics(uri, (d) => d.length === expected.length);
    assert.deepEqual(diagnosticKeys(ds), findingKeys(editor.document, expected));
    // Other blame findings stay: the allow list is not an off switch.
    assert.ok(ds.some((d) => d.source === 'postmortem' && all.some((f) => f.category === 'blame' && f.ruleId === ruleOf(d))), 'other blame findings remain');
  });

  test("the \"Add '…' to the allow list\" quick fix writes the workspace setting", async () => {
    const source = exampleText('dns-outage');
    const editor = await openScratch(source, 'allow-fix');
    const uri = editor.document.uri;
    const all = coreFindings(source);
    await settledDiagnostics(uri, (ds) => ds.length === all.length);
    const blame = all.find((f) => f.category === 'blame' && f.phrase)!;
    const range = new vscode.Range(editor.document.positionAt(blame.start), editor.document.positionAt(blame.end));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value);
    const allow = actions.find((a) => a.title === `Add '${blame.phrase}' to the allow list`);
    assert.ok(allow?.command, `the allow action is offered (got ${actions.map((a) => a.title).join(' | ')})`);
    await vscode.commands.executeCommand(allow.command.command, ...(allow.command.arguments ?? []));
    const setting = await settledValue(() => vscode.workspace.getConfiguration('postmortem').get<string[]>('language.allowPhrases'));
    assert.deepEqual(setting, [blame.phrase]);
    const expected = coreFindings(source, { language: { allowPhrases: [blame.phrase!] } });
    await settledDiagnostics(uri, (d) => d.length === expected.length);
  });
});

async function settledValue<T>(get: () => T | undefined, ms = 10_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = get();
    if (v !== undefined && !(Array.isArray(v) && v.length === 0)) return v;
    if (Date.now() > until) throw new Error('the setting was not written');
    await new Promise((r) => setTimeout(r, 100));
  }
}
