// The contributed commands, run as a user runs them: input boxes and quick picks are answered
// through the UI bridge (typing into the real widgets), and their results are checked against
// the core.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { todayIso } from '../../server/src/core/engine';
import { actionItems, toCsv, toJson, toMarkdownTable } from '../../server/src/core/export';
import { buildModel } from '../../server/src/core/model';
import { SECTIONS } from '../../server/src/core/template';
import {
  closeAll,
  coreFindings,
  diagnosticKeys,
  exampleText,
  exists,
  fileText,
  findingKeys,
  needsUi,
  openScratch,
  quickInput,
  runCommand,
  settledDiagnostics,
  sleep,
  ui,
  waitFor,
  within,
  workspaceRoot,
} from './helpers';

suite('commands', () => {
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await vscode.commands.executeCommand('notifications.clearAll');
    await closeAll();
  });

  test('New Post-Mortem asks for a template and a title and creates a filled template under postmortems/', async function () {
    needsUi(this);
    const title = 'Disk full on db-3 after the log rotation change';
    const done = runCommand('postmortem.newPostMortem');
    // The configured template (the seed's, with template: auto) is offered first.
    const [, , offered] = await ui([...quickInput('New Post-Mortem (1/2)'), { texts: '.quick-input-widget .monaco-list-row' }, { press: 'Enter' }, ...quickInput('New Post-Mortem (2/2)'), { type: title }, { press: 'Enter' }]);
    assert.ok((offered as string[])[0].includes('Blameless post-mortem (seed)'), JSON.stringify(offered));
    for (const name of ['Google SRE', 'Atlassian', 'PagerDuty', 'Any (minimal)']) assert.ok((offered as string[]).some((r) => r.includes(name)), `${name} offered`);
    await within(done, 15_000, 'New Post-Mortem');
    const date = todayIso();
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'postmortems', `${date}-disk-full-on-db-3-after-the-log-rotation-change.postmortem.md`);
    assert.ok(await exists(uri), `${uri.path} was created`);
    const editor = await waitFor('the new file in the editor', () => vscode.window.activeTextEditor?.document.uri.toString() === uri.toString() && vscode.window.activeTextEditor);
    const text = editor.document.getText();
    assert.equal(text, await fileText(uri));
    const model = buildModel(text);
    assert.equal(model.title?.text, `Post-Mortem: ${title}`);
    assert.equal(model.field('date')?.value, date, 'the date is filled in');
    for (const s of SECTIONS) assert.ok(model.section(s.id), `the new file has ${s.title}`);
    assert.ok(model.tables.some((t) => t.kind === 'timeline') && model.tables.some((t) => t.kind === 'actions'), 'with the timeline and action-items tables');
    assert.equal(editor.document.getText(editor.selection), '[Name]', 'the cursor is on the first placeholder');
    // It is a post-mortem: the server lints it like any other (its placeholders are findings).
    const ds = await settledDiagnostics(editor.document.uri, (d) => d.length > 0);
    assert.deepEqual(diagnosticKeys(ds), findingKeys(editor.document, coreFindings(text)));
  });

  test('New Post-Mortem with another template writes that template, named in the front matter', async function () {
    needsUi(this);
    const title = 'Queue stall in the EU region';
    const done = runCommand('postmortem.newPostMortem');
    await ui([...quickInput('New Post-Mortem (1/2)'), { type: 'PagerDuty' }, { press: 'Enter' }, ...quickInput('New Post-Mortem (2/2)'), { type: title }, { press: 'Enter' }]);
    await within(done, 15_000, 'New Post-Mortem');
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'postmortems', `${todayIso()}-queue-stall-in-the-eu-region.postmortem.md`);
    const text = await fileText(uri);
    assert.ok(text.startsWith('---\ntemplate: pagerduty\n---\n\n# Postmortem: Queue stall in the EU region\n'), text.slice(0, 120));
    const model = buildModel(text);
    assert.equal(model.template.profile.id, 'pagerduty');
    const editor = await waitFor('the new file in the editor', () => vscode.window.activeTextEditor?.document.uri.toString() === uri.toString() && vscode.window.activeTextEditor);
    assert.equal(editor.document.getText(editor.selection), '[Name]', 'the cursor is on the first placeholder (the Postmortem Owner)');
    // Only its placeholders are reported.
    const ds = await settledDiagnostics(uri, (d) => d.length > 0);
    assert.deepEqual([...new Set(ds.map((d) => (typeof d.code === 'object' ? d.code.value : d.code)))], ['placeholder-text']);
  });

  test('Insert Section offers the missing sections and inserts the chosen one in place', async function () {
    needsUi(this);
    const source = exampleText('checkout-latency');
    const model = buildModel(source);
    const dropped = model.section('what-went-well');
    assert.ok(dropped);
    const without = source.slice(0, dropped.span.start) + source.slice(dropped.span.end);
    const editor = await openScratch(without, 'insert-section');
    await settledDiagnostics(editor.document.uri, (d) => d.some((x) => String(x.code) === 'section-missing' || (typeof x.code === 'object' && x.code?.value === 'section-missing')));
    const done = runCommand('postmortem.insertSection');
    const [, , rows] = await ui([...quickInput('Insert Section'), { texts: '.quick-input-widget .monaco-list-row' }, { press: 'Enter' }]);
    assert.equal((rows as string[]).length, 1, `one missing section is offered (got ${JSON.stringify(rows)})`);
    assert.ok((rows as string[])[0].includes('What Went Well'), `the pick offers What Went Well (got ${JSON.stringify(rows)})`);
    await within(done, 15_000, 'Insert Section');
    const after = buildModel(editor.document.getText());
    assert.ok(after.section('what-went-well'), 'What Went Well is back');
    const order = after.topSections.map((s) => s.id).filter(Boolean);
    assert.deepEqual(order, SECTIONS.map((s) => s.id).filter((id) => order.includes(id)), 'in template order');
    assert.ok(!coreFindings(editor.document.getText()).some((f) => f.ruleId === 'section-missing'), 'no section is missing now');
  });

  test('Insert Section on a complete post-mortem changes nothing', async () => {
    const source = exampleText('checkout-latency');
    const editor = await openScratch(source, 'insert-none');
    await sleep(500);
    await within(runCommand('postmortem.insertSection'), 10_000, 'Insert Section');
    assert.equal(editor.document.getText(), source);
  });

  for (const [format, pick, ext, render] of [
    ['CSV', 'CSV', 'csv', toCsv],
    ['JSON', 'JSON', 'json', toJson],
    ['markdown', 'Markdown table', 'md', toMarkdownTable],
  ] as const) {
    test(`Export Action Items writes ${format} next to the post-mortem`, async function () {
      needsUi(this);
      const source = exampleText('dns-outage');
      const editor = await openScratch(source, `export-${ext}`);
      await settledDiagnostics(editor.document.uri, (d) => d.length > 0);
      const name = editor.document.uri.path.split('/').pop()!.replace(/\.md$/, '');
      const target = vscode.Uri.joinPath(editor.document.uri, '..', `${name}.action-items.${ext}`);
      void runCommand('postmortem.exportActionItems'); // it ends with a notification nobody closes
      await ui([
        ...quickInput('(1/3)'),
        { press: 'Enter' }, // Active post-mortem
        ...quickInput('(2/3)'),
        { type: pick },
        { sleep: 200 },
        { press: 'Enter' },
        ...quickInput('(3/3)'),
        { press: 'Enter' }, // Save next to it
      ]);
      const written = await waitFor(`${target.path} to be written`, async () => (await exists(target)) && fileText(target));
      const rows = actionItems(buildModel(source));
      assert.ok(rows.length > 0, 'dns-outage has action items');
      assert.equal(written, render(rows), `the ${format} of the core's action items`);
      if (ext === 'json') assert.equal((JSON.parse(written) as unknown[]).length, rows.length);
      if (ext === 'csv') assert.equal(written.trim().split(/\r?\n/).length, rows.length + 1, 'a header line and one line per item');
    });
  }

  test('Restart Language Server: diagnostics come back and follow edits', async () => {
    const source = exampleText('queue-backlog');
    const editor = await openScratch(source, 'restart');
    await settledDiagnostics(editor.document.uri, (d) => d.length > 0);
    await within(runCommand('postmortem.restartServer'), 30_000, 'Restart Language Server');
    const added = '\nThe root cause was human error.\n';
    await editor.edit((b) => b.insert(editor.document.positionAt(source.indexOf('\n## ') + 1), added));
    const expected = coreFindings(editor.document.getText());
    const ds = await settledDiagnostics(editor.document.uri, (d) => d.length === expected.length);
    assert.deepEqual(diagnosticKeys(ds), findingKeys(editor.document, expected), 'the restarted server lints the edited text');
  });
});
