// Hover, completion, outline and formatting answer through VS Code's own provider commands.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ruleById } from '../../server/src/core/engine';
import { buildModel } from '../../server/src/core/model';
import { formatAllTables } from '../../server/src/core/tables';
import { SECTIONS } from '../../server/src/core/template';
import { applyEdits } from '../../server/src/core/text';
import { closeAll, coreFindings, coreOptions, exampleText, openScratch, settledDiagnostics } from './helpers';

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n')
    .replace(/\\(.)/g, '$1'); // the server escapes markdown in document text and explanations
}

function flatten(symbols: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...flatten(s.children ?? [])]);
}

suite('language features', () => {
  teardown(closeAll);

  test('hover on a finding explains the rule; hover on plain prose says nothing of rules', async () => {
    const source = exampleText('dns-outage');
    const editor = await openScratch(source, 'hover');
    const doc = editor.document;
    await settledDiagnostics(doc.uri, (ds) => ds.length > 0);
    const finding = coreFindings(source).find((f) => f.category === 'blame');
    assert.ok(finding, 'dns-outage has a blame finding');
    const rule = ruleById(finding.ruleId)!;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(finding.start + 1));
    const text = hoverText(hovers);
    assert.ok(text.includes(finding.ruleId), `the hover names ${finding.ruleId} (got: ${text.slice(0, 300)})`);
    assert.ok(text.includes(rule.explanation.slice(0, 60)), 'the hover carries the rule explanation');

    const clean = exampleText('checkout-latency');
    const plain = await openScratch(clean, 'hover-clean');
    const at = clean.indexOf('checkout p99 latency rose');
    assert.ok(at > 0);
    const none = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', plain.document.uri, plain.document.positionAt(at + 3));
    assert.ok(!/Rule documentation|Ask instead/.test(hoverText(none)), 'no rule hover on prose without findings');
  });

  test('completion offers missing sections at a heading and severities in the header', async () => {
    const source = exampleText('checkout-latency');
    const model = buildModel(source);
    const dropped = SECTIONS.find((s) => s.id === 'key-learnings') ?? SECTIONS[SECTIONS.length - 2];
    const section = model.section(dropped.id);
    assert.ok(section, `checkout-latency has ${dropped.title}`);
    const without = source.slice(0, section.span.start) + '## ' + '\n\n' + source.slice(section.span.end);
    const editor = await openScratch(without, 'completion');
    const doc = editor.document;
    const headingLine = doc.positionAt(section.span.start).line;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(headingLine, 3));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes(dropped.title), `"${dropped.title}" is offered (got ${labels.slice(0, 12).join(', ')})`);
    const present = SECTIONS.find((s) => s.id !== dropped.id && model.section(s.id));
    assert.ok(present && !labels.includes(present.title), `a section already there ("${present?.title}") is not offered`);

    const sevLine = doc.getText().split('\n').findIndex((l) => l.startsWith('**Severity**'));
    assert.ok(sevLine > 0, 'the header has a Severity line');
    const lineText = doc.lineAt(sevLine).text;
    const sev = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(sevLine, lineText.indexOf(':') + 2));
    const sevLabels = sev.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const v of coreOptions().config.severity.values) assert.ok(sevLabels.includes(v), `severity "${v}" is offered (got ${sevLabels.slice(0, 12).join(', ')})`);
  });

  test('the outline lists the header, every section and the tables', async () => {
    const source = exampleText('checkout-latency');
    const model = buildModel(source);
    const editor = await openScratch(source, 'outline');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    const all = flatten(symbols ?? []);
    const names = all.map((s) => s.name);
    assert.ok(names.includes('Header'), 'a Header symbol');
    for (const s of model.sections) assert.ok(names.includes(s.heading.text), `section "${s.heading.text}" is in the outline`);
    const timeline = model.tables.find((t) => t.kind === 'timeline');
    const actions = model.tables.find((t) => t.kind === 'actions');
    assert.ok(timeline && actions);
    const tl = all.find((s) => s.name === 'Timeline table');
    assert.equal(tl?.detail, `${timeline.rows.length} rows`, 'the timeline table with its row count');
    assert.equal(all.find((s) => s.name === 'Action items table')?.detail, `${actions.rows.length} rows`);
    assert.equal(tl.selectionRange.start.line, editor.document.positionAt(timeline.header.span.start).line, 'the timeline symbol points at its header row');

    // While a heading is being typed ("## " and nothing yet) the outline still answers.
    const typing = await openScratch(`${source}
## `, 'outline-typing');
    const partial = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', typing.document.uri);
    const partialNames = flatten(partial ?? []).map((s) => s.name);
    assert.ok(partialNames.includes('Header') && partialNames.includes('Timeline table'), `the outline of a document ending in "## " (got ${partialNames.length} symbols)`);
  });

  test('formatting aligns table pipes and never changes cell text', async () => {
    // Squash every table row's padding so that there is something to align.
    const source = exampleText('queue-backlog').replace(/^(\|.*\|)\s*$/gm, (row) => row.replace(/\s*\|\s*/g, '|'));
    const model = buildModel(source);
    const expected = applyEdits(source, formatAllTables(model));
    assert.notEqual(expected, source, 'there is something to format');
    const editor = await openScratch(source, 'format');
    const doc = editor.document;
    const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', doc.uri, { tabSize: 2, insertSpaces: true });
    assert.ok(edits?.length, 'the formatter answers with edits');
    const we = new vscode.WorkspaceEdit();
    we.set(doc.uri, edits);
    assert.ok(await vscode.workspace.applyEdit(we));
    assert.equal(doc.getText(), expected, 'the core table formatter, applied');
    const cells = (text: string) => buildModel(text).tables.flatMap((t) => t.rows.flatMap((r) => r.cells.map((c) => c.raw.trim())));
    assert.deepEqual(cells(doc.getText()), cells(source), 'cell text unchanged');
    const again = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', doc.uri, { tabSize: 2, insertSpaces: true });
    assert.equal(again?.length ?? 0, 0, 'formatting twice changes nothing');
  });
});
