// Diagnostics in the editor are the core's findings, no more and no fewer, on post-mortems only.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  closeAll,
  coreFindings,
  countByRule,
  diagnosticKeys,
  EXAMPLES,
  exampleText,
  findingKeys,
  KNOWN_RULES,
  openFile,
  ours,
  ruleOf,
  screenshot,
  settledDiagnostics,
  sleep,
  ui,
  bridgeDir,
  runCommand,
} from './helpers';
import dnsExpected from '../fixtures/expected/dns-outage.expected.md';

/** Expected items of an .expected.md checklist whose rule is registered. */
function registeredExpectedItems(text: string): number {
  let n = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith('- [ ] ')) continue;
    const id = /`([a-z]+(?:-[a-z]+)+)`/.exec(line)?.[1];
    if (id && KNOWN_RULES.has(id) && /\b(error|warning|info)\b/.test(line)) n++;
  }
  return n;
}

suite('diagnostics', () => {
  suiteTeardown(closeAll);

  for (const name of EXAMPLES) {
    test(`${name}: the editor shows exactly the core's findings, with source "postmortem"`, async () => {
      const opened = Date.now();
      const editor = await openFile(`postmortems/${name}.postmortem.md`);
      const doc = editor.document;
      const expected = coreFindings(exampleText(name));
      if (expected.length) {
        await settledDiagnostics(doc.uri, (d) => d.length > 0, 25_000).catch(() => []);
        console.log(`[editor] ${name}: diagnostics in place ${Date.now() - opened} ms after opening (counted once unchanged for 600 ms)`);
      }
      // Zero expected findings: give the server time to answer first, so "none" is its verdict.
      if (!expected.length) await sleep(3000);
      const ds = await settledDiagnostics(doc.uri, (d) => d.length === expected.length, 25_000).catch(() => ours(doc.uri));
      assert.deepEqual(countByRule(ds.map(ruleOf)), countByRule(expected.map((f) => f.ruleId)), 'counts by rule id');
      assert.deepEqual(diagnosticKeys(ds), findingKeys(doc, expected), 'rule, severity and range of each diagnostic');
      for (const d of ds) assert.ok(d.message.trim().length > 0, `${ruleOf(d)} has a message`);
      if (name === 'checkout-latency') assert.equal(ds.length, 0, 'the exemplary post-mortem is clean');
      if (name === 'dns-outage' && registeredExpectedItems(dnsExpected) >= 30) assert.ok(ds.length >= 30, `dns-outage has ≥ 30 findings (got ${ds.length})`);
    });
  }

  test('a README in the same workspace gets no post-mortem diagnostics', async () => {
    // dns-outage proves the server is up and answering before the README is judged.
    const pm = await openFile('postmortems/dns-outage.postmortem.md');
    await settledDiagnostics(pm.document.uri, (d) => d.length > 0 || coreFindings(pm.document.getText()).length === 0);
    const readme = await openFile('README.md');
    await sleep(3000); // first diagnostics arrive 2–4 s after opening a document
    assert.deepEqual(ours(readme.document.uri).map(ruleOf), []);
  });

  test('Toggle Checks turns the checks on for the README and off again', async () => {
    const readme = await openFile('README.md');
    const uri = readme.document.uri;
    await runCommand('postmortem.toggleChecks');
    const on = await settledDiagnostics(uri, (d) => d.length > 0);
    assert.deepEqual(diagnosticKeys(on), findingKeys(readme.document, coreFindings(readme.document.getText())), 'toggled on: the core findings');
    await runCommand('postmortem.toggleChecks');
    await settledDiagnostics(uri, (d) => d.length === 0);
  });

  test('screenshots: squiggles and a hover in the editor, then the Problems panel', async function () {
    if (!bridgeDir) this.skip();
    await vscode.commands.executeCommand('notifications.clearAll');
    const editor = await openFile('postmortems/dns-outage.postmortem.md');
    const ds = await settledDiagnostics(editor.document.uri, (d) => d.length > 0);
    const blame = ds.find((d) => d.severity === vscode.DiagnosticSeverity.Error) ?? ds[0];
    editor.selection = new vscode.Selection(blame.range.start, blame.range.start);
    editor.revealRange(blame.range, vscode.TextEditorRevealType.InCenter);
    await vscode.commands.executeCommand('editor.action.showHover');
    const [, hovers] = await ui([{ wait: '.monaco-hover:not(.hidden)' }, { texts: '.monaco-hover:not(.hidden) .hover-contents' }]);
    assert.ok((hovers as string[]).some((t) => t.includes(ruleOf(blame))), `the hover names ${ruleOf(blame)}`);
    await ui([{ wait: '.squiggly-error, .squiggly-warning, .squiggly-info' }]);
    await screenshot('1-editor-diagnostics-hover');
    await ui([{ press: 'Escape' }]); // the hover would cover the panel
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    const [, rows] = await ui([{ wait: '.markers-panel .monaco-list-row' }, { texts: '.markers-panel .monaco-list-row' }]);
    assert.ok((rows as string[]).length > 1, 'the Problems panel lists the findings');
    await screenshot('2-problems-panel');
    await vscode.commands.executeCommand('workbench.action.closePanel');
  });
});
