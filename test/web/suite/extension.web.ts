// The extension in VS Code for the Web: its browser build activates in the web worker extension
// host, the language server runs as a web worker, and the same diagnostics, quick fixes and
// sidebar work on the example post-mortems of a mounted folder (a virtual file system).
import * as vscode from 'vscode';
import { documentHealth } from '../../../server/src/core/health';
import { buildModel } from '../../../server/src/core/model';
import { applyEdits } from '../../../server/src/core/text';
import { agendaPhases } from '../../../client/src/sidebar/agenda';
import { healthNodes } from '../../../client/src/sidebar/health-view';
import * as assert from './assert';
import {
  EXTENSION_ID,
  coreFindings,
  coreOptions,
  countByRule,
  diagnosticKeys,
  findingKeys,
  openFile,
  ours,
  ruleOf,
  rowsWhere,
  screenshot,
  settledDiagnostics,
  sleep,
  ui,
  waitFor,
} from './helpers';

const EXAMPLES = ['dns-outage', 'checkout-latency', 'cert-expiry', 'queue-backlog'];
const VIEWS = { 'postmortem.agenda': 'Agenda', 'postmortem.prompts': 'Prompts', 'postmortem.checklists': 'Checklists', 'postmortem.health': 'Document Health' } as const;

/** The aria labels the health view shows at its top level for `text`. */
function expectedHealthRows(text: string): string[] {
  const { config, today } = coreOptions();
  const health = documentHealth(buildModel(text), coreFindings(text), config, today);
  return healthNodes(health, 'ready').map((n) => [n.label, n.description].filter(Boolean).join(', '));
}

async function closeAll(): Promise<void> {
  // The mounted folder keeps changes in memory only; revert so each test starts from the example.
  for (const doc of vscode.workspace.textDocuments) {
    if (doc.isDirty) {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

suite('VS Code for the Web', () => {
  teardown(closeAll);

  test('the browser build activates in the web extension host', async () => {
    assert.equal(vscode.env.uiKind, vscode.UIKind.Web, 'the UI is the web one');
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is loaded`);
    assert.equal(ext.packageJSON.browser, './dist/browser-extension.js', 'the manifest names the browser build');
    // Opening a markdown document activates it (onLanguage:markdown).
    await openFile('postmortems/checkout-latency.postmortem.md');
    await waitFor('the extension to activate', () => ext.isActive);
    assert.equal(ext.extensionKind, vscode.ExtensionKind.UI, 'it runs in the browser, next to the UI');
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    assert.equal(folder?.scheme, 'vscode-test-web', 'the workspace is a virtual file system');
  });

  for (const name of EXAMPLES) {
    test(`${name}: the diagnostics are the core's findings`, async () => {
      const opened = Date.now();
      const editor = await openFile(`postmortems/${name}.postmortem.md`);
      const doc = editor.document;
      const expected = coreFindings(doc.getText());
      // Zero expected findings: give the server time to answer first, so "none" is its verdict.
      if (!expected.length) await sleep(3000);
      const ds = await settledDiagnostics(doc.uri, (d) => d.length === expected.length).catch(() => ours(doc.uri));
      assert.deepEqual(countByRule(ds.map(ruleOf)), countByRule(expected.map((f) => f.ruleId)), `${name}: counts by rule id`);
      assert.deepEqual(diagnosticKeys(ds), findingKeys(doc, expected), `${name}: rule, severity and range of each diagnostic`);
      for (const d of ds) assert.ok(d.message.trim().length > 0, `${ruleOf(d)} has a message`);
      if (name === 'dns-outage') assert.ok(ds.length >= 30, `dns-outage has ≥ 30 findings (got ${ds.length})`);
      if (name === 'checkout-latency') assert.equal(ds.length, 0, 'the exemplary post-mortem is clean');
      const rules = Object.entries(countByRule(ds.map(ruleOf))).map(([id, n]) => `${id}×${n}`);
      console.log(`[web] ${name}: ${ds.length} diagnostics, settled ${Date.now() - opened} ms after opening${rules.length ? ` (${rules.join(', ')})` : ''}`);
    });
  }

  test('a README in the same folder gets no post-mortem diagnostics', async () => {
    const pm = await openFile('postmortems/dns-outage.postmortem.md');
    await settledDiagnostics(pm.document.uri, (d) => d.length > 0);
    const readme = await openFile('README.md');
    await sleep(3000);
    assert.deepEqual(ours(readme.document.uri).map(ruleOf), [], 'no diagnostics on the README');
  });

  test('squiggles and the Problems panel show the diagnostics', async () => {
    const editor = await openFile('postmortems/dns-outage.postmortem.md');
    const ds = await settledDiagnostics(editor.document.uri, (d) => d.length > 0);
    const squiggly = '.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error';
    const [, squiggles] = await ui([{ wait: squiggly }, { texts: squiggly }]);
    assert.ok((squiggles as string[]).length > 0, 'the editor draws squiggles');
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    const fileRow = `${ds.length} problems in file dns-outage.postmortem.md`;
    const rows = await waitFor(`the Problems panel row "${fileRow}"`, async () => {
      const [, texts] = await ui([{ wait: '.markers-panel .monaco-list-row' }, { texts: '.markers-panel .monaco-list-row' }]);
      return (texts as string[]).some((r) => r.startsWith(fileRow)) && (texts as string[]);
    });
    console.log(`[web] Problems panel: "${rows[0]}", first problem "${rows[1]}"`);
    await screenshot('1-web-diagnostics-problems');
    await vscode.commands.executeCommand('workbench.action.closePanel');
  });

  test('a quick fix rewrites exactly the flagged words, and the server re-lints', async () => {
    const editor = await openFile('postmortems/dns-outage.postmortem.md');
    const doc = editor.document;
    const source = doc.getText();
    // A blame finding whose preferred fix puts new words in place of the flagged ones.
    const target = coreFindings(source).find((f) => f.category === 'blame' && (f.fixes.find((x) => x.preferred) ?? f.fixes[0])?.edits.some((e) => e.newText.trim()));
    assert.ok(target, 'dns-outage has a blame finding with a rewrite fix');
    const range = new vscode.Range(doc.positionAt(target.start), doc.positionAt(target.end));
    await settledDiagnostics(doc.uri, (ds) => ds.some((d) => ruleOf(d) === target.ruleId && d.range.isEqual(range)));

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range, vscode.CodeActionKind.QuickFix.value);
    const fix = target.fixes.find((f) => f.preferred) ?? target.fixes[0];
    const action = actions.find((a) => a.title === fix.title);
    assert.ok(action?.edit, `the quick fix "${fix.title}" is offered (got: ${actions.map((a) => a.title).join(' | ')})`);
    assert.ok(actions.some((a) => a.title.startsWith(`Disable ${target.ruleId}`)), 'a disable-for-this-line action is offered too');
    assert.ok(await vscode.workspace.applyEdit(action.edit), 'the edit applies');
    assert.equal(doc.getText(), applyEdits(source, fix.edits), 'the text is the core fix applied, and nothing else changed');
    await settledDiagnostics(doc.uri, (ds) => !ds.some((d) => ruleOf(d) === target.ruleId && d.range.isEqual(range)));
    const after = await settledDiagnostics(doc.uri, (ds) => ds.length === coreFindings(doc.getText()).length);
    assert.deepEqual(diagnosticKeys(after), findingKeys(doc, coreFindings(doc.getText())), 'the new diagnostics are the core findings of the fixed text');
    console.log(`[web] quick fix "${fix.title}" for ${target.ruleId} "${source.slice(target.start, target.end)}": ${after.length} diagnostics after`);
  });

  test("the allow-list quick fix writes the workspace settings, and the phrase stops being flagged", async () => {
    const editor = await openFile('postmortems/dns-outage.postmortem.md');
    const doc = editor.document;
    const target = coreFindings(doc.getText()).find((f) => f.phrase && (f.category === 'blame' || f.category === 'language'));
    assert.ok(target?.phrase, 'dns-outage has a flagged phrase');
    const phrase = target.phrase;
    const range = new vscode.Range(doc.positionAt(target.start), doc.positionAt(target.end));
    await settledDiagnostics(doc.uri, (ds) => ds.some((d) => ruleOf(d) === target.ruleId && d.range.isEqual(range)));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range, vscode.CodeActionKind.QuickFix.value);
    const allow = actions.find((a) => a.title === `Add '${phrase}' to the allow list`);
    assert.ok(allow?.command, `"Add '${phrase}' to the allow list" is offered`);
    try {
      // The command goes to the server (a web worker), which asks the client to write the setting.
      await vscode.commands.executeCommand(allow.command.command, ...(allow.command.arguments ?? []));
      await waitFor('the setting', () => vscode.workspace.getConfiguration('postmortem').get<string[]>('language.allowPhrases')?.includes(phrase));
      const expected = coreFindings(doc.getText(), { language: { allowPhrases: [phrase] } });
      const ds = await settledDiagnostics(doc.uri, (d) => d.length === expected.length);
      assert.deepEqual(diagnosticKeys(ds), findingKeys(doc, expected), `"${phrase}" is no longer flagged; the rest is`);
      console.log(`[web] allow list: "${phrase}" written to the workspace settings; ${ds.length} diagnostics after`);
    } finally {
      await vscode.workspace.getConfiguration('postmortem').update('language.allowPhrases', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});

suite('VS Code for the Web: the Post-Mortem sidebar', () => {
  suiteSetup(async () => {
    await closeAll();
    await vscode.commands.executeCommand('workbench.view.extension.postmortem');
  });
  suiteTeardown(closeAll);

  test('the container shows every view it contributes', async () => {
    const contributed = (vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON.contributes?.views?.postmortem ?? []) as { id: string; name: string }[];
    for (const id of Object.keys(VIEWS)) assert.ok(contributed.some((v) => v.id === id), `the manifest contributes ${id}`);
    for (const view of contributed) await vscode.commands.executeCommand(`${view.id}.focus`);
    const [titles] = await ui([{ texts: '.sidebar .pane-header h3.title' }]);
    for (const { name } of contributed) assert.ok((titles as string[]).some((t) => t.toLowerCase() === name.toLowerCase()), `the sidebar shows "${name}" (got ${JSON.stringify(titles)})`);
    console.log(`[web] Post-Mortem container: ${(titles as string[]).join(', ')}`);
    // The workspace views start folded; focusing opened them: fold them again, so the
    // facilitation views below have the room.
    await ui(['Action Items', 'Patterns'].map((name) => ({ click: `.pane-header:has(h3.title:text-is("${name}"))` })));
  });

  test('Document Health describes the open post-mortem, and a click on a row goes to the text', async () => {
    const editor = await openFile('postmortems/dns-outage.postmortem.md');
    const text = editor.document.getText();
    await settledDiagnostics(editor.document.uri, (d) => d.length === coreFindings(text).length);
    await vscode.commands.executeCommand('postmortem.health.focus');
    // Fold the other views: the health view gets the room to render all its rows.
    const others = (vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON.contributes?.views?.postmortem ?? []) as { id: string; name: string }[];
    const otherHeaders = others.filter((v) => v.id !== 'postmortem.health').map((v) => ({ click: `.pane-header:has(h3.title:text-is("${v.name}"))` }));
    await ui(otherHeaders);
    const expected = expectedHealthRows(text);
    const [title] = expected;
    const sections = expected.find((r) => r.startsWith('Sections, '))!;
    const findings = expected.find((r) => r.startsWith('Findings, '))!;
    assert.ok(findings.startsWith('Findings, '), findings);
    const rows = await rowsWhere('Document Health', `${title} / ${sections} / ${findings}`, (rs) => [title, sections, findings].every((e) => rs.includes(e)));
    console.log(`[web] Document Health: ${rows.slice(0, 3).join(' | ')}`);

    // The first category row with a finding reveals it: the cursor moves to that finding.
    const { config, today } = coreOptions();
    const health = documentHealth(buildModel(text), coreFindings(text), config, today);
    const first = health.findings.byCategory.find((c) => c.first)?.first;
    assert.ok(first, 'a category has a first finding');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const label = rows.find((r) => r.includes(`first: ${first.ruleId} (line ${first.line + 1})`));
    assert.ok(label, `a row links to ${first.ruleId} on line ${first.line + 1}; rows: ${JSON.stringify(rows)}`);
    await ui([{ click: `.pane:has(.pane-header:has-text("Document Health")) .monaco-list-row[aria-label=${JSON.stringify(label)}]` }]);
    await waitFor(`the cursor on line ${first.line + 1}`, () => vscode.window.activeTextEditor?.selection.active.line === first.line);
    await screenshot('2-web-sidebar-health');
    await ui(otherHeaders);
  });

  test('the Agenda lists the phases, and the timer runs into the status bar', async () => {
    await openFile('postmortems/checkout-latency.postmortem.md');
    const phases = agendaPhases('standard');
    await vscode.commands.executeCommand('postmortem.agenda.focus');
    // Six views share the sidebar: fold the other three facilitation views while the phases are read.
    const neighbours = ['Prompts', 'Checklists', 'Document Health'].map((name) => ({ click: `.pane-header:has(h3.title:text-is("${name}"))` }));
    await ui(neighbours);
    await rowsWhere('Agenda', 'the phases', (rs) => phases.every((p, i) => rs.some((r) => r.startsWith(`${i + 1}. ${p.title}`))));
    await ui(neighbours);
    await vscode.commands.executeCommand('postmortem.timer.start');
    await rowsWhere('Agenda', 'phase 1 running', (rs) => rs.some((r) => r.startsWith(`1. ${phases[0].title}`) && /\bnow\b/.test(r)));
    const status = await waitFor('the timer in the status bar', async () => {
      const [texts] = await ui([{ texts: '#workbench\\.parts\\.statusbar .statusbar-item' }]);
      return (texts as string[]).find((t) => t.includes(phases[0].title));
    });
    console.log(`[web] status bar: ${status}`);
    await vscode.commands.executeCommand('postmortem.prompts.focus');
    await rowsWhere('Prompts', `prompts for ${phases[0].title}`, (rs) => rs.some((r) => r.startsWith(`Now: ${phases[0].title}`)));
    await vscode.commands.executeCommand('postmortem.checklists.focus');
    await rowsWhere('Checklists', 'checklist rows', (rs) => rs.length >= 2 && !rs.some((r) => r.startsWith('Open a post-mortem')));
    await screenshot('3-web-sidebar-agenda');
    await vscode.commands.executeCommand('postmortem.timer.pause');
  });
});
