// Protocol tests of the editing features: every code action of every example requested and
// applied, fix-all, allow list, hover, completion, symbols, folding, formatting, code lenses and
// the custom requests the sidebar and commands use.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CodeLens, CompletionItem, Diagnostic, DocumentSymbol, FoldingRange, Hover, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { lint, ruleById, todayIso } from '../../server/src/core/engine';
import { fixAll } from '../../server/src/core/fix';
import { buildModel } from '../../server/src/core/model';
import { HEADER_FIELDS, SECTIONS } from '../../server/src/core/template';
import { addDays } from '../../server/src/core/dates';
import { applyEdits } from '../../server/src/core/text';
import { ROOT, TestEditor, ensureBuilt, fileUri } from './lsp-client';
import { MODELS_KEPT } from '../../server/src/lsp/server';

const EXAMPLES = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.md')).sort();
const exampleText = (name: string) => readFileSync(join(ROOT, 'examples', name), 'utf8');
const exampleUri = (name: string) => fileUri(join(ROOT, 'examples', name));
const today = todayIso();

/** Applies a WorkspaceEdit for one document to a text, as an editor would. */
function applyWorkspaceEdit(uri: string, text: string, version: number, edit: WorkspaceEdit): string {
  const doc = TextDocument.create(uri, 'markdown', version, text);
  const edits: TextEdit[] = [];
  for (const dc of edit.documentChanges ?? []) {
    assert.ok('textDocument' in dc);
    assert.equal(dc.textDocument.uri, uri);
    assert.equal(dc.textDocument.version, version, 'edit for the version the editor has');
    edits.push(...(dc.edits as TextEdit[]));
  }
  return TextDocument.applyEdits(doc, edits);
}

before(() => ensureBuilt());

describe('code actions', () => {
  const ed = new TestEditor();
  before(() => ed.initialize({ rootUri: fileUri(ROOT) }));
  after(() => ed.kill());

  for (const name of EXAMPLES) {
    it(`${name}: every quick fix applies exactly the core's fix; every disable comment silences its finding`, async () => {
      const uri = exampleUri(name);
      const text = exampleText(name);
      await ed.open(uri, text);
      const pulled = await ed.pull(uri);
      assert.ok(pulled.kind === 'full');
      const diagnostics: Diagnostic[] = pulled.kind === 'full' ? pulled.items : [];
      const findings = lint(text, { today }).findings;
      let fixes = 0;
      let disables = 0;
      for (const [i, d] of diagnostics.entries()) {
        const actions = (await ed.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], triggerKind: 1 } })) as CodeAction[];
        const finding = findings[i];
        assert.equal(finding.ruleId, d.code);
        for (const fix of finding.fixes) {
          const action = actions.find((a) => a.title === fix.title && a.kind === 'quickfix' && a.edit);
          assert.ok(action, `${d.code}: action "${fix.title}"`);
          assert.equal(!!action.isPreferred, !!fix.preferred);
          assert.deepEqual(action.diagnostics, [d]);
          assert.equal(applyWorkspaceEdit(uri, text, 1, action.edit!), applyEdits(text, fix.edits));
          fixes++;
        }
        const disable = actions.find((a) => a.title.startsWith(`Disable ${d.code} for this`));
        const inFrontMatter = text.startsWith('---') && d.range.start.line < text.split('\n').indexOf('---', 1);
        if (inFrontMatter) continue;
        assert.ok(disable, `${d.code}: disable action`);
        const disabled = applyWorkspaceEdit(uri, text, 1, disable.edit!);
        const after = lint(disabled, { today }).findings;
        const doc = TextDocument.create(uri, 'markdown', 1, disabled);
        if (disable.title.endsWith('this line')) {
          const line = d.range.start.line + 1;
          assert.match(disabled.split(/\r?\n/)[d.range.start.line], new RegExp(`^\\s*<!-- postmortem-disable-next-line ${d.code} -->$`));
          assert.ok(!after.some((f) => f.ruleId === d.code && doc.positionAt(f.start).line === line), `${d.code} silenced at line ${line}`);
        } else {
          assert.ok(!after.some((f) => f.ruleId === d.code && Math.abs(doc.positionAt(f.start).line - d.range.start.line) < 2), `${d.code} silenced in the table`);
        }
        disables++;
      }
      assert.equal(fixes, findings.reduce((n, f) => n + f.fixes.length, 0));
      if (diagnostics.length) assert.ok(disables > 0);
    });
  }

  it('"Disable" matches the indentation of the line and the CRLF line endings of the document', async () => {
    const uri = fileUri(join(ROOT, 'postmortems', 'crlf.md'));
    const text = '# Post-Mortem: CRLF\r\n\r\n## Contributing Factors\r\n- Deploys\r\n  - Obviously the operator was careless and the crazy deploy failed.\r\n';
    await ed.open(uri, text);
    const { items } = (await ed.pull(uri)) as { items: Diagnostic[] };
    const onItem = items.filter((d) => d.range.start.line === 4 && d.range.start.character > 2);
    assert.ok(onItem.length > 0, 'findings inside the nested list item');
    for (const d of onItem) {
      const actions = (await ed.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
      const disable = actions.find((a) => a.title === `Disable ${d.code} for this line`)!;
      const out = applyWorkspaceEdit(uri, text, ed.version(uri), disable.edit!);
      assert.ok(out.includes(`\r\n  <!-- postmortem-disable-next-line ${d.code} -->\r\n  - Obviously`), JSON.stringify(out));
      assert.ok(!out.replace(/\r\n/g, '').includes('\n'), 'no bare LF');
      assert.ok(!lint(out, { today }).findings.some((f) => f.ruleId === d.code && f.start > out.indexOf('  - Obviously')));
    }
  });

  it('a diagnostic from an older version still gets fixes, computed for the current version', async () => {
    const uri = fileUri(join(ROOT, 'postmortems', 'stale.md'));
    const text = '# Post-Mortem: Stale\n\n## Executive Summary\nObviously the deploy caused the outage.\n';
    await ed.open(uri, text);
    const { items } = (await ed.pull(uri)) as { items: Diagnostic[] };
    const lineOf = (offset: number) => text.slice(0, offset).split('\n').length - 1;
    const fixable = lint(text, { today }).findings.find((f) => f.fixes.length && lineOf(f.start) === 3)!;
    const d = items.find((x) => x.code === fixable.ruleId && x.range.start.line === 3)!;
    assert.ok(d);
    // Typing below the finding: its range is unchanged, its version is now stale.
    await ed.change(uri, [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, newText: 'More text.\n' }]);
    const actions = (await ed.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
    const current = lint(ed.text(uri), { today }).findings.find((f) => f.ruleId === d.code && f.fixes.length)!;
    const fix = current.fixes[0];
    const action = actions.find((a) => a.title === fix.title)!;
    assert.ok(action);
    assert.equal(applyWorkspaceEdit(uri, ed.text(uri), ed.version(uri), action.edit!), applyEdits(ed.text(uri), fix.edits));
  });

  it('a diagnostic from an older version whose finding moved gets no actions, not an edit for other text', async () => {
    const uri = fileUri(join(ROOT, 'postmortems', 'moved.md'));
    const text = '# Post-Mortem: Moved\n\n## Executive Summary\nObviously the deploy was crazy.\n';
    await ed.open(uri, text);
    const { items } = (await ed.pull(uri)) as { items: Diagnostic[] };
    const fixable = lint(text, { today }).findings.filter((f) => f.fixes.length && f.start > text.indexOf('Obviously'));
    assert.ok(fixable.length > 0, 'the sample has fixable findings on the summary line');
    // Typing at the start of the line shifts every finding on it: the old ranges now cover other characters.
    await ed.change(uri, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, newText: 'Sadly, ' }]);
    for (const f of fixable) {
      const d = items.find((x) => x.code === f.ruleId && x.message === f.message)!;
      assert.ok(d);
      const actions = (await ed.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
      assert.deepEqual(actions, [], `${d.code}: no action for a stale range`);
    }
    // The same request with the current diagnostics gets the fixes again.
    const { items: fresh } = (await ed.pull(uri)) as { items: Diagnostic[] };
    const d = fresh.find((x) => x.code === fixable[0].ruleId)!;
    const actions = (await ed.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
    assert.ok(actions.some((a) => a.title === fixable[0].fixes[0].title));
  });

  it('source.fixAll.postmortem applies exactly the safe fixes (core fixAll), and only when asked for', async () => {
    for (const name of EXAMPLES) {
      const uri = exampleUri(name);
      const text = ed.text(uri);
      const expected = fixAll(text, { today }).text;
      const actions = (await ed.conn.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll'], triggerKind: 2 },
      })) as CodeAction[];
      if (expected === text) {
        assert.deepEqual(actions, []);
        continue;
      }
      assert.equal(actions.length, 1);
      assert.equal(actions[0].kind, 'source.fixAll.postmortem');
      assert.equal(applyWorkspaceEdit(uri, text, ed.version(uri), actions[0].edit!), expected);
      // Not offered in the light bulb (no `only`).
      const plain = (await ed.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } })) as CodeAction[];
      assert.ok(!plain.some((a) => a.kind === 'source.fixAll.postmortem'));
    }
  });

  it('the fix-all command applies the safe fixes through workspace/applyEdit', async () => {
    const uri = exampleUri('cert-expiry.postmortem.md');
    const before = ed.text(uri);
    const r = (await ed.conn.sendRequest('workspace/executeCommand', { command: 'postmortem.server.fixAll', arguments: [uri] })) as { applied: boolean; fixed: number };
    assert.equal(r.applied, true);
    assert.ok(r.fixed > 0);
    assert.equal(ed.text(uri), fixAll(before, { today }).text);
  });

  it('"Add to the allow list" asks the client to write the setting, for phrase findings only', async () => {
    const uri = fileUri(join(ROOT, 'postmortems', 'allow.md'));
    const text = '# Post-Mortem: Allow\n\n## Executive Summary\nObviously the deploy was crazy and ridiculous.\n';
    await ed.open(uri, text);
    const pulled = await ed.pull(uri);
    const withPhrase = lint(text, { today }).findings.filter((f) => f.phrase && (f.category === 'blame' || f.category === 'language'));
    assert.ok(withPhrase.length > 0, 'the sample has phrase findings');
    const d = (pulled as { items: Diagnostic[] }).items.find((x) => x.code === withPhrase[0].ruleId)!;
    const actions = (await ed.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
    const allow = actions.find((a) => a.title === `Add '${withPhrase[0].phrase}' to the allow list`);
    assert.ok(allow?.command);
    await ed.conn.sendRequest('workspace/executeCommand', allow.command);
    assert.deepEqual(ed.messages.allowPhrases, [withPhrase[0].phrase]);
    // Structure findings have no phrase action.
    const structure = (await ed.pull(exampleUri('queue-backlog.postmortem.md'))) as { items: Diagnostic[] };
    for (const s of structure.items.filter((x) => !['blame', 'language'].includes(ruleById(x.code as string)!.category))) {
      const acts = (await ed.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: exampleUri('queue-backlog.postmortem.md') }, range: s.range, context: { diagnostics: [s] } })) as CodeAction[];
      assert.ok(!acts.some((a) => a.title.includes('allow list')));
    }
  });
});

describe('allow list without a settings-writing client', () => {
  const ed = new TestEditor();
  before(() => ed.initialize({ rootUri: fileUri(ROOT), initializationOptions: {} }));
  after(() => ed.kill());

  it('allows the phrase for the session and says how to keep it', async () => {
    const uri = fileUri(join(ROOT, 'postmortems', 'allow.md'));
    const text = '# Post-Mortem: Allow\n\n## Executive Summary\nObviously the deploy was crazy.\n';
    await ed.open(uri, text);
    const phraseFinding = lint(text, { today }).findings.find((f) => f.phrase && (f.category === 'blame' || f.category === 'language'))!;
    assert.ok(phraseFinding);
    const before = (await ed.pull(uri)) as { items: Diagnostic[] };
    assert.ok(before.items.some((d) => d.code === phraseFinding.ruleId));
    await ed.conn.sendRequest('workspace/executeCommand', { command: 'postmortem.server.allowPhrase', arguments: [uri, phraseFinding.phrase] });
    const after = (await ed.pull(uri)) as { items: Diagnostic[] };
    assert.ok(!after.items.some((d) => d.code === phraseFinding.ruleId && d.range.start.character === before.items.find((x) => x.code === phraseFinding.ruleId)!.range.start.character));
    assert.ok(ed.messages.shown.some((m) => m.message.includes('.postmortemrc.json')));
  });
});

describe('hover, completion, outline, formatting, lenses, custom requests', () => {
  const ed = new TestEditor();
  before(() => ed.initialize({ rootUri: fileUri(ROOT) }));
  after(() => ed.kill());
  const hover = (uri: string, line: number, character: number) => ed.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } }) as Promise<Hover | null>;
  const complete = (uri: string, line: number, character: number) => ed.conn.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line, character } }) as Promise<CompletionItem[]>;

  it('hovers: a finding explains its rule; a heading shows its guidance; a header label its purpose', async () => {
    const name = 'dns-outage.postmortem.md';
    const uri = exampleUri(name);
    const text = exampleText(name);
    await ed.open(uri, text);
    const { items } = (await ed.pull(uri)) as { items: Diagnostic[] };
    const d = items[0];
    const h = await hover(uri, d.range.start.line, d.range.start.character);
    assert.ok(h && typeof h.contents === 'object' && 'kind' in h.contents);
    assert.equal(h.contents.kind, 'markdown');
    assert.ok(h.contents.value.includes(`\`${d.code}\``));
    assert.ok(!/\]\(command:/.test(h.contents.value), 'no command links');
    const lines = text.split('\n');
    const timeline = lines.findIndex((l) => /^## Timeline of Events/.test(l));
    const th = await hover(uri, timeline, 5);
    assert.ok(th && (th.contents as { value: string }).value.includes(SECTIONS.find((s) => s.id === 'timeline')!.guidance));
    const dateLine = lines.findIndex((l) => l.startsWith('**Date**'));
    const dh = await hover(uri, dateLine, 3);
    assert.ok(dh && (dh.contents as { value: string }).value.includes(HEADER_FIELDS[0].guidance));
    // The title says which template the document is checked against, and why.
    const title = lines.findIndex((l) => l.startsWith('# '));
    const tt = ((await hover(uri, title, 3))?.contents as { value: string } | undefined)?.value ?? '';
    assert.match(tt, /^\*\*Template: Blameless post-mortem \(seed\)\*\*/);
    assert.match(tt, /\(detected from 6 headings\): Executive Summary, Timeline of Events/);
    assert.ok(tt.includes('Sections checked: Executive Summary, Timeline of Events, Contributing Factors'));
    // Plain prose without a finding: nothing.
    const plainLine = lines.findIndex((l, i) => i > timeline + 2 && l.trim() === '');
    assert.equal(await hover(uri, plainLine, 0), null);
  });

  it('completion: header fields and values, missing sections, owners, dates', async () => {
    const uri = fileUri(join(ROOT, 'postmortems', 'complete.md'));
    const text = [
      '# Post-Mortem: Completion',
      '**Date**: 2026-10-01  ',
      '**Severity**: ',
      '',
      '## Executive Summary',
      'Text.',
      '## ',
      '',
      '## Action Items',
      '| Action | Owner | Due Date | Success Metric |',
      '|---|---|---|---|',
      '| Add alert | Dana Lee | 2026-10-20 | alert fires in test |',
      '| Add check |  |  | x |',
      '',
    ].join('\n');
    await ed.open(uri, text);
    const severities = await complete(uri, 2, 14);
    assert.deepEqual(severities.map((c) => c.label), ['Critical', 'High', 'Medium', 'Low']);
    const fields = (await complete(uri, 3, 0)).map((c) => c.label);
    assert.deepEqual(fields, ['Facilitator', 'Participants', 'Duration']);
    const sections = (await complete(uri, 6, 3)).map((c) => c.label);
    assert.deepEqual(sections, ['Timeline of Events', 'Contributing Factors', 'What Went Well', 'Key Learnings', 'Follow-Up Review']);
    const owners = await complete(uri, 12, '| Add check | '.length);
    assert.ok(owners.some((c) => c.label === 'Dana Lee'));
    const dates = (await complete(uri, 12, '| Add check |  | '.length)).map((c) => c.label);
    assert.ok(dates.includes(today) && dates.includes(addDays('2026-10-01', 14)) && dates.includes(addDays('2026-10-01', 28)));
    // Severity values come from the configuration.
    ed.settings = { severity: { values: ['SEV1', 'SEV2'] } };
    await ed.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.deepEqual((await complete(uri, 2, 14)).map((c) => c.label), ['SEV1', 'SEV2']);
    ed.settings = {};
    await ed.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    // A README gets no post-mortem completion.
    const readme = fileUri(join(ROOT, 'docs', 'notes.md'));
    await ed.open(readme, '# Notes\n## \n');
    assert.deepEqual(await complete(readme, 1, 3), []);
  });

  it('document symbols and folding ranges follow sections and tables', async () => {
    const uri = exampleUri('checkout-latency.postmortem.md');
    const text = exampleText('checkout-latency.postmortem.md');
    await ed.open(uri, text);
    const symbols = (await ed.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
    const names = symbols.map((s) => s.name);
    for (const s of SECTIONS) assert.ok(names.includes(s.title), s.title);
    const timeline = symbols.find((s) => s.name === 'Timeline of Events')!;
    const rows = buildModel(text).tables.find((t) => t.kind === 'timeline')!.rows.length;
    assert.deepEqual(timeline.children!.map((c) => [c.name, c.detail]), [['Timeline table', `${rows} rows`]]);
    const cf = symbols.find((s) => s.name === 'Contributing Factors')!;
    assert.ok(cf.children!.some((c) => c.name === 'Technical Factors'));
    const folds = (await ed.conn.sendRequest('textDocument/foldingRange', { textDocument: { uri } })) as FoldingRange[];
    const lines = text.split('\n');
    const tl = lines.findIndex((l) => l.startsWith('## Timeline of Events'));
    const tableStart = lines.findIndex((l) => l.startsWith('| Time'));
    assert.ok(folds.some((f) => f.startLine === tl && f.endLine > tableStart + rows));
    assert.ok(folds.some((f) => f.startLine === tableStart && f.endLine === tableStart + rows + 1));
  });

  it('the selection range of every symbol lies inside its range, even for an empty heading at the end', async () => {
    const before = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line < b.line || (a.line === b.line && a.character <= b.character);
    const check = (symbols: DocumentSymbol[]) => {
      for (const s of symbols) {
        assert.ok(before(s.range.start, s.selectionRange.start) && before(s.selectionRange.end, s.range.end), `${s.name}: ${JSON.stringify(s)}`);
        check(s.children ?? []);
      }
    };
    for (const [i, text] of ['# Post-Mortem: A\n\n## Executive Summary\nText.\n\n## ', '# Post-Mortem: B\n## \n| a | b |\n|---|---|\n| 1 | 2 |   \n', exampleText('cert-expiry.postmortem.md')].entries()) {
      const uri = fileUri(join(ROOT, 'postmortems', `symbols-${i}.md`));
      await ed.open(uri, text);
      const symbols = (await ed.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
      assert.ok(symbols.length > 0);
      check(symbols);
    }
  });

  it('formatting aligns table pipes and never changes cell text', async () => {
    const uri = fileUri(join(ROOT, 'postmortems', 'format.md'));
    const text = '# Post-Mortem: Format\n\n## Action Items\n| Action | Owner | Due Date | Success Metric |\n|---|:-:|---|---|\n| Add a pool-wait alert | Mei | 2026-10-30 | alert fires in the load test |\n| Add `a \\| b` | Rafael Soto | 2026-11-02 | done |\n';
    await ed.open(uri, text);
    const edits = (await ed.conn.sendRequest('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } })) as TextEdit[];
    assert.ok(edits.length > 0);
    const formatted = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), edits);
    const tableLines = formatted.split('\n').filter((l) => l.startsWith('|'));
    const pipeColumns = (l: string) => [...l.matchAll(/(?<!\\)\|/g)].map((m) => m.index);
    for (const l of tableLines) assert.deepEqual(pipeColumns(l), pipeColumns(tableLines[0]), l);
    const cells = (t: string) => buildModel(t).tables[0].rows.map((r) => r.cells.map((c) => c.raw));
    assert.deepEqual(cells(formatted), cells(text));
    assert.match(tableLines[1], /^\| -+ \| :-+: \|/, "alignment colons kept");
    // Formatting again changes nothing.
    await ed.applyEdits(uri, edits);
    assert.deepEqual(await ed.conn.sendRequest('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } }), []);
  });

  it('code lenses count rows and problems; "Sort chronologically" sorts an out-of-order timeline', async () => {
    const uri = exampleUri('dns-outage.postmortem.md');
    const text = ed.text(uri);
    const lenses = (await ed.conn.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as CodeLens[];
    const model = buildModel(text);
    const timeline = model.tables.find((t) => t.kind === 'timeline')!;
    const headerLine = model.lines.positionAt(timeline.header.span.start).line;
    const onTimeline = lenses.filter((l) => l.range.start.line === headerLine);
    assert.match(onTimeline[0].command!.title, new RegExp(`^${timeline.rows.length} events · \\d+ problems?$`));
    const outOfOrder = lint(text, { today }).findings.some((f) => f.ruleId === 'timeline-order' && f.fixes.length);
    const sort = onTimeline.find((l) => l.command?.title === 'Sort chronologically');
    assert.equal(!!sort, outOfOrder);
    if (sort) {
      const r = (await ed.conn.sendRequest('workspace/executeCommand', sort.command)) as { applied: boolean };
      assert.equal(r.applied, true);
      assert.ok(!lint(ed.text(uri), { today }).findings.some((f) => f.ruleId === 'timeline-order'));
      const again = (await ed.conn.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as CodeLens[];
      assert.ok(!again.some((l) => l.command?.title === 'Sort chronologically'));
    }
    const actionsTable = model.tables.find((t) => t.kind === 'actions')!;
    const actionLens = lenses.find((l) => l.range.start.line === model.lines.positionAt(actionsTable.span.start).line)!;
    assert.match(actionLens.command!.title, /^\d+ action items? · /);
  });

  it('custom requests: health, action items, status, missing sections, insert section, new document', async () => {
    const uri = exampleUri('cert-expiry.postmortem.md');
    const text = exampleText('cert-expiry.postmortem.md');
    await ed.open(uri, text);
    const health = (await ed.conn.sendRequest('postmortem/documentHealth', { uri })) as { sections: { id: string; present: boolean }[]; template: { id: string; how: string; description: string } } | null;
    assert.ok(health && Array.isArray(health.sections));
    assert.deepEqual([health.template.id, health.template.how, health.template.description], ['google-sre', 'auto', 'Google SRE (detected from 7 headings)']);
    assert.deepEqual(health.sections.filter((s) => !s.present).map((s) => s.id), ['detection']);
    const readme = fileUri(join(ROOT, 'docs', 'notes.md'));
    assert.equal(await ed.conn.sendRequest('postmortem/documentHealth', { uri: readme }), null);
    const items = (await ed.conn.sendRequest('postmortem/actionItems', { uri: exampleUri('checkout-latency.postmortem.md') })) as { action: string }[];
    assert.ok(items.length > 0 && items.every((i) => typeof i.action === 'string'));
    const fromText = (await ed.conn.sendRequest('postmortem/actionItems', { uri: 'file:///not/open.md', text: '## Action Items\n| Action | Owner | Due Date | Success Metric |\n|---|---|---|---|\n| Add alert | Dana | 2026-10-20 | fires |\n' })) as { action: string; owner: string }[];
    assert.deepEqual(fromText.map((i) => [i.action, i.owner]), [['Add alert', 'Dana']]);
    const status = (await ed.conn.sendRequest('postmortem/documentStatus', { uri })) as { isPostMortem: boolean; counts: Record<string, number> };
    assert.equal(status.isPostMortem, true);
    const expected: Record<string, number> = {};
    for (const f of lint(text, { today }).findings) expected[f.category] = (expected[f.category] ?? 0) + 1;
    assert.deepEqual(status.counts, expected);
    // cert-expiry follows Google's template: its missing sections are that template's, the
    // required one (Detection) first, then the optional ones it lacks (Trigger, Supporting information).
    const missing = (await ed.conn.sendRequest('postmortem/missingSections', { uri })) as { id: string; title: string }[];
    const model = buildModel(text);
    const profile = model.template.profile;
    assert.equal(profile.id, 'google-sre');
    assert.deepEqual(missing.map((m) => m.id), ['detection', 'trigger', 'supporting-information']);
    const ins = (await ed.conn.sendRequest('postmortem/insertSection', { uri, sectionId: missing[0].id })) as { version: number; edits: TextEdit[] };
    assert.equal(ins.version, ed.version(uri));
    await ed.applyEdits(uri, ins.edits);
    const after = buildModel(ed.text(uri));
    const inserted = after.topSections.find((s) => s.key === missing[0].id);
    assert.ok(inserted, 'section inserted');
    // At its template position: after every earlier template section that is present.
    const order = profile.sections.map((s) => s.id);
    for (const s of after.topSections.filter((x) => x.key && x !== inserted)) {
      if (order.indexOf(s.key!) < order.indexOf(missing[0].id)) assert.ok(s.span.start < inserted.span.start, `${s.key} before`);
    }
    // A seed document: the seed's sections, in template order.
    const seedUri = exampleUri('dns-outage.postmortem.md');
    await ed.open(seedUri, exampleText('dns-outage.postmortem.md'));
    const seedMissing = (await ed.conn.sendRequest('postmortem/missingSections', { uri: seedUri })) as { id: string }[];
    assert.deepEqual(seedMissing.map((m) => m.id), ['what-went-well']);
    const fresh = (await ed.conn.sendRequest('postmortem/newDocument', { title: 'Cache stampede', date: '2026-11-01' })) as string;
    assert.ok(fresh.startsWith('# Post-Mortem: Cache stampede\n**Date**: 2026-11-01'));
    const fm = buildModel(fresh);
    for (const s of SECTIONS) assert.ok(fm.section(s.id), s.id);
    assert.equal(fm.field('date')?.value, '2026-11-01');
    // Another template: named in the front matter, its own sections and fields.
    const pd = (await ed.conn.sendRequest('postmortem/newDocument', { title: 'Cache stampede', date: '2026-11-01', template: 'pagerduty' })) as string;
    assert.ok(pd.startsWith('---\ntemplate: pagerduty\n---\n\n# Postmortem: Cache stampede\n**Postmortem Owner**: [Name]'), pd.slice(0, 120));
    const pm = buildModel(pd);
    assert.equal(pm.template.profile.id, 'pagerduty');
    assert.deepEqual(pm.topSections.map((s) => s.key), pm.template.profile.sections.map((s) => s.id));
    const templates = (await ed.conn.sendRequest('postmortem/templates', {})) as { id: string; isDefault: boolean }[];
    assert.deepEqual(templates.map((t) => t.id), ['seed', 'google-sre', 'atlassian', 'pagerduty', 'any']);
    assert.deepEqual(templates.map((t) => t.isDefault), [true, false, false, false, false]);
  });
});

describe('a document whose model was dropped (more documents in use than MODELS_KEPT)', () => {
  const ed = new TestEditor();
  before(() => ed.initialize());
  after(() => ed.kill());

  it('answers diagnostics, code actions, hovers, lenses, symbols, folding and health as before', async () => {
    const uri = exampleUri('dns-outage.postmortem.md');
    await ed.open(uri, exampleText('dns-outage.postmortem.md'));
    const ask = () => ed.everyAnswer(uri);
    const first = await ask();
    assert.ok(first.items.length > 10 && first.actions.every((a) => (a as CodeAction[]).length > 0));
    // Other markdown whose models are built by a request: they push this document's model out.
    // They are not post-mortems, so the workspace index (and this document's findings) stay as they were.
    for (let i = 0; i <= MODELS_KEPT; i++) {
      const other = `file:///notes/other-${i}.md`;
      await ed.open(other, `# Notes ${i}\n\n## Links\n\n- nothing here yet\n`);
      assert.deepEqual(await ed.conn.sendRequest('postmortem/actionItems', { uri: other }), []);
      assert.equal(((await ed.conn.sendRequest('postmortem/documentStatus', { uri: other })) as { isPostMortem: boolean }).isPostMortem, false);
    }
    assert.deepEqual(await ask(), first);
  });
});
