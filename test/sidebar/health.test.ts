// Document health (server/src/core/health.ts) and its view in the sidebar (health-view.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildModel } from '../../server/src/core/model';
import { documentHealth, isBlankCell } from '../../server/src/core/health';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { lint } from '../../server/src/core/engine';
import type { Category, Finding } from '../../server/src/core/types';
import { healthNodes } from '../../client/src/sidebar/health-view';
import { findNode, flatten } from '../../client/src/sidebar/nodes';
import { FIXTURE, TODAY } from './fixture';

const model = buildModel(FIXTURE);
const offsetOf = (line: number, character = 0) => model.lines.offsetAt({ line, character });
const finding = (ruleId: string, category: Category, line: number, severity: Finding['severity'] = 'warning'): Finding => ({
  ruleId, category, severity, message: `${ruleId} message`, start: offsetOf(line, 2), end: offsetOf(line, 6), fixes: [],
});
// Given out of order on purpose: the health sorts them.
const FINDINGS: Finding[] = [
  finding('timeline-info-missing', 'timeline', 14),
  finding('human-error-cause', 'blame', 19, 'error'),
  finding('section-missing', 'structure', 0),
  finding('facilitator-involved', 'structure', 2),
  finding('person-as-failure-subject', 'blame', 8),
  finding('action-owner-missing', 'actions', 25),
];
const health = documentHealth(model, FINDINGS, DEFAULT_CONFIG, TODAY);

test('sections present and missing, with heading lines', () => {
  assert.deepEqual(health.sections.filter((s) => !s.present).map((s) => s.id), ['what-went-well', 'key-learnings']);
  const timeline = health.sections.find((s) => s.id === 'timeline')!;
  assert.equal(timeline.line, 10);
  assert.deepEqual(timeline.range, { start: { line: 10, character: 0 }, end: { line: 10, character: 21 } });
  assert.equal(health.sections.find((s) => s.id === 'what-went-well')!.range, undefined);
});

test('findings by category, each with the first finding in document order', () => {
  const by = Object.fromEntries(health.findings.byCategory.map((c) => [c.category, c]));
  assert.deepEqual(health.findings.byCategory.map((c) => c.category), ['blame', 'structure', 'timeline', 'actions', 'follow-up', 'language']);
  assert.equal(by.blame.count, 2);
  assert.equal(by.blame.errors, 1);
  assert.equal(by.blame.first!.ruleId, 'person-as-failure-subject'); // line 8 comes before line 19
  assert.deepEqual(by.blame.first!.range.start, { line: 8, character: 2 });
  assert.equal(by.structure.first!.ruleId, 'section-missing');
  assert.equal(by['follow-up'].count, 0);
  assert.equal(by['follow-up'].first, undefined);
  assert.equal(health.findings.total, 6);
  assert.equal(health.findings.byRule['timeline-info-missing'].count, 1);
  assert.equal(health.findings.byRule['timeline-info-missing'].first.line, 14);
});

test('timeline rows with and without Information Available', () => {
  assert.equal(health.timeline.rows, 3);
  assert.equal(health.timeline.withInfo, 2);
  assert.equal(health.timeline.withoutInfo, 1);
  assert.equal(health.timeline.firstWithoutInfo!.line, 14);
});

test('action items: owner, due date, metric, and those missing owner or date with their line', () => {
  const a = health.actions;
  assert.equal(a.total, 3);
  assert.equal(a.withOwner, 2);
  assert.equal(a.withDue, 2); // "TBD" is not a date
  assert.equal(a.withMetric, 3);
  assert.deepEqual(a.missingOwnerOrDate.map((i) => [i.line, i.missing]), [[25, ['owner']], [26, ['due']]]);
  assert.equal(a.items[1].action, 'Add canary analysis for latency | p99'); // \| unescaped
  assert.equal(a.items[0].dueIso, '2026-11-20');
  assert.equal(a.items[0].daysToDue, -3); // overdue on 2026-11-23
});

test('days to the Follow-Up Review and after the incident', () => {
  assert.equal(health.followUp.scheduledIso, '2026-11-30');
  assert.equal(health.followUp.daysToReview, 7);
  assert.equal(health.followUp.daysAfterIncident, 28);
  assert.equal(health.followUp.range!.start.line, 29);
});

test('facilitator check: involved when facilitator-involved fired, ok otherwise, missing without a name', () => {
  assert.equal(health.facilitator.status, 'involved');
  assert.equal(health.facilitator.name, 'Dana Lee');
  const ok = documentHealth(model, FINDINGS.filter((f) => f.ruleId !== 'facilitator-involved'), DEFAULT_CONFIG, TODAY);
  assert.equal(ok.facilitator.status, 'ok');
  const none = documentHealth(buildModel(FIXTURE.replace('Dana Lee  \n**Part', '[Name]  \n**Part')), [], DEFAULT_CONFIG, TODAY);
  assert.equal(none.facilitator.status, 'missing');
});

test('names missing from Participants come from participant-missing findings, as written', () => {
  assert.deepEqual(health.participantsMissing, []);
  const f: Finding = { ...finding('participant-missing', 'structure', 14), start: offsetOf(14, 27), end: offsetOf(14, 36) };
  const h = documentHealth(model, [f], DEFAULT_CONFIG, TODAY);
  assert.deepEqual(h.participantsMissing.map((p) => [p.name, p.line]), [['Sam Patel', 14]]);
});

test('incident date and severity from the header', () => {
  assert.equal(health.incidentDate, '2026-11-02');
  assert.equal(health.severity, 'High');
  assert.equal(health.title, 'Post-Mortem: Checkout latency');
});

test('an empty document has every section missing and nothing else', () => {
  const empty = documentHealth(buildModel(''), [], DEFAULT_CONFIG, TODAY);
  assert.ok(empty.sections.every((s) => !s.present));
  assert.equal(empty.timeline.present, false);
  assert.equal(empty.actions.total, 0);
  assert.equal(empty.followUp.present, false);
  assert.equal(empty.incidentDate, undefined);
});

test('blank cells: empty, dash, n/a, ?, TBD and [placeholders]', () => {
  for (const blank of ['', ' ', '-', 'n/a', 'N/A', '?', 'TBD', '[Name]', '...', '<name>']) assert.ok(isBlankCell(blank), JSON.stringify(blank));
  for (const filled of ['@sam', 'Platform team', '2026-11-02', 'n/a but known']) assert.ok(!isBlankCell(filled), filled);
});

test('with the real linter: counts add up to the findings', () => {
  const { model: m, findings } = lint(FIXTURE, { today: TODAY });
  const h = documentHealth(m, findings, DEFAULT_CONFIG, TODAY);
  assert.equal(h.findings.byCategory.reduce((a, c) => a + c.count, 0), findings.length);
  assert.equal(Object.values(h.findings.byRule).reduce((a, r) => a + r.count, 0), findings.length);
  assert.ok(JSON.parse(JSON.stringify(h)), 'serialisable for the LSP request');
});

test("a Google SRE document: the health lists that template's sections, and the view names it", () => {
  const text = readFileSync(join(__dirname, '..', 'fixtures', 'templates', 'google-sre.md'), 'utf8').replace(/## Detection\n[^#]*/, '');
  const { model: m, findings } = lint(text, { today: TODAY });
  const h = documentHealth(m, findings, DEFAULT_CONFIG, TODAY);
  assert.deepEqual([h.template.id, h.template.how, h.template.source], ['google-sre', 'auto', 'https://sre.google/sre-book/example-postmortem/']);
  assert.deepEqual(h.sections.map((s) => [s.id, s.present, s.required]), [
    ['summary', true, true], ['impact', true, true], ['root-causes', true, true], ['trigger', true, false], ['resolution', true, true],
    ['detection', false, true], ['action-items', true, true], ['lessons-learned', true, true], ['timeline', true, true], ['supporting-information', true, false],
  ]);
  const nodes = healthNodes(h, 'ready');
  assert.equal(findNode(nodes, 'template')!.label, 'Template: Google SRE');
  assert.match(findNode(nodes, 'template')!.tooltip!, /detected from 9 headings\): Summary, Impact/);
  assert.equal(findNode(nodes, 'section:detection')!.description, 'missing');
  assert.equal(findNode(nodes, 'section:trigger')!.description, 'line 25 (optional)');
});

// --- the view -------------------------------------------------------------------------------

test('health view: sections, findings, timeline, actions, follow-up, facilitator; clicks reveal ranges', () => {
  const nodes = healthNodes(health, 'ready');
  assert.deepEqual(nodes.map((n) => n.id), ['title', 'template', 'sections', 'findings', 'timeline', 'actions', 'follow-up', 'facilitator']);
  assert.deepEqual([findNode(nodes, 'template')!.label, findNode(nodes, 'template')!.description], ['Template: Blameless post-mortem (seed)', 'detected']);
  assert.equal(findNode(nodes, 'sections')!.description, '5 of 7 present');
  assert.equal(findNode(nodes, 'section:what-went-well')!.description, 'missing');
  assert.equal(findNode(nodes, 'section:what-went-well')!.reveal, undefined);
  assert.deepEqual(findNode(nodes, 'section:timeline')!.reveal, { line: 10, character: 0, endLine: 10, endCharacter: 21 });
  const blame = findNode(nodes, 'category:blame')!;
  assert.match(blame.description!, /^2 · 1 error · first: person-as-failure-subject \(line 9\)$/);
  assert.equal(blame.reveal!.line, 8);
  assert.equal(blame.icon, 'error');
  assert.equal(findNode(nodes, 'category:follow-up')!.reveal, undefined);
  assert.equal(findNode(nodes, 'timeline')!.reveal!.line, 14);
  assert.match(findNode(nodes, 'timeline')!.description!, /3 rows: 2 with Information Available, 1 without/);
  const missing = flatten(findNode(nodes, 'actions')!.children!).filter((n) => n.id.startsWith('action:'));
  assert.deepEqual(missing.map((n) => [n.reveal!.line, n.description]), [[25, 'line 26: no owner'], [26, 'line 27: no due date']]);
  assert.ok(findNode(nodes, 'overdue:24'), 'the overdue item is listed');
  assert.match(findNode(nodes, 'follow-up')!.description!, /^in 7 days \(2026-11-30\) · incident \+ 28 days$/);
  assert.match(findNode(nodes, 'facilitator')!.description!, /Dana Lee: appears in the timeline/);
  assert.equal(findNode(nodes, 'facilitator')!.icon, 'warning');
});

test('health view states: no document, not a post-mortem, loading', () => {
  assert.equal(healthNodes(undefined, 'none')[0].label, 'Open a post-mortem to see its health.');
  assert.match(healthNodes(null, 'not-post-mortem')[0].label, /not treated as a post-mortem/);
  assert.equal(healthNodes(undefined, 'loading')[0].id, 'loading');
});

test('health view: a past follow-up and a clean document', () => {
  const past = documentHealth(model, [], DEFAULT_CONFIG, '2026-12-05');
  const nodes = healthNodes(past, 'ready');
  assert.match(findNode(nodes, 'follow-up')!.description!, /^5 days ago/);
  assert.equal(findNode(nodes, 'findings')!.description, 'none');
  assert.equal(findNode(nodes, 'findings')!.icon, 'pass');
});
