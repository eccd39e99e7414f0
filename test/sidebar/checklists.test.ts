// Checklists: due dates relative to the incident Date, status (done/overdue/due soon/upcoming),
// checked state per document, and the lint findings linked to items.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildModel } from '../../server/src/core/model';
import { documentHealth } from '../../server/src/core/health';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import type { Finding } from '../../server/src/core/types';
import { checklistItemKey, checklistNodes, dueStatus, phaseDue } from '../../client/src/sidebar/checklists';
import { CHECKLISTS } from '../../client/src/sidebar/content';
import { findNode } from '../../client/src/sidebar/nodes';
import { applyChecks, CHECKLIST_KEY_PREFIX, SidebarStore } from '../../client/src/sidebar/store';
import { FIXTURE, TODAY } from './fixture';

const model = buildModel(FIXTURE);
const participantMissing: Finding = { ruleId: 'participant-missing', category: 'structure', severity: 'info', message: 'x', start: model.lines.offsetAt({ line: 14, character: 27 }), end: model.lines.offsetAt({ line: 14, character: 36 }), fixes: [] };
const health = documentHealth(model, [participantMissing], DEFAULT_CONFIG, TODAY);
const phase = (id: string) => CHECKLISTS.phases.find((p) => p.id === id)!;

test('due dates: immediate = incident + 7, short-term = the Follow-Up Review, long-term = incident + 60..90', () => {
  assert.deepEqual(phaseDue(phase('pre-meeting'), health), { basis: '24-48 hours before the meeting' });
  assert.equal(phaseDue(phase('immediate'), health).due, '2026-11-09');
  assert.equal(phaseDue(phase('short-term'), health).due, '2026-11-30');
  assert.deepEqual([phaseDue(phase('long-term'), health).due, phaseDue(phase('long-term'), health).until], ['2027-01-01', '2027-01-31']);
});

test('without a Follow-Up Review date, short-term falls back to incident + 28 days; without a Date nothing is dated', () => {
  const noReview = { ...health, followUp: { present: false } };
  assert.equal(phaseDue(phase('short-term'), noReview).due, '2026-11-30');
  assert.match(phaseDue(phase('short-term'), noReview).basis, /\+ 28 days/);
  const noDate = { ...health, incidentDate: undefined, followUp: { present: false } };
  for (const p of CHECKLISTS.phases) assert.equal(phaseDue(p, noDate).due, undefined, p.id);
  assert.equal(phaseDue(phase('immediate'), undefined).due, undefined);
});

test('status: done when all checked, overdue after the window, due soon within 3 days, else upcoming', () => {
  assert.equal(dueStatus({ due: '2026-11-09', basis: '' }, false, '2026-11-10'), 'overdue');
  assert.equal(dueStatus({ due: '2026-11-09', basis: '' }, true, '2026-11-10'), 'done');
  assert.equal(dueStatus({ due: '2026-11-09', basis: '' }, false, '2026-11-09'), 'due-soon');
  assert.equal(dueStatus({ due: '2026-11-09', basis: '' }, false, '2026-11-06'), 'due-soon');
  assert.equal(dueStatus({ due: '2026-11-09', basis: '' }, false, '2026-11-05'), 'upcoming');
  // A window is overdue only after its end.
  assert.equal(dueStatus({ due: '2026-12-02', until: '2026-12-31', basis: '' }, false, '2026-12-15'), 'due-soon');
  assert.equal(dueStatus({ due: '2026-12-02', until: '2026-12-31', basis: '' }, false, '2027-01-01'), 'overdue');
  assert.equal(dueStatus({ basis: '' }, false, '2026-11-05'), 'undated');
});

test('nodes: four phases with counts, due text, icons; items checkable with their checked state', () => {
  const checked = new Set([checklistItemKey('immediate', 'publish'), checklistItemKey('immediate', 'track-actions')]);
  const nodes = checklistNodes(health, checked, TODAY);
  assert.deepEqual(nodes.map((n) => n.id), ['checklist:pre-meeting', 'checklist:immediate', 'checklist:short-term', 'checklist:long-term']);
  const immediate = findNode(nodes, 'checklist:immediate')!;
  assert.equal(immediate.description, '2/4 · overdue since 2026-11-09');
  assert.equal(immediate.icon, 'warning');
  assert.equal(immediate.expanded, true);
  assert.equal(findNode(nodes, 'checklist:immediate/publish')!.checked, true);
  assert.equal(findNode(nodes, 'checklist:immediate/stakeholders')!.checked, false);
  assert.match(findNode(nodes, 'checklist:short-term')!.description!, /^0\/4 · due 2026-11-30 \(in 7 days\)$/);
  assert.match(findNode(nodes, 'checklist:long-term')!.description!, /^0\/4 · due 2027-01-01 – 2027-01-31 \(in 39 days\)$/);
  assert.equal(findNode(nodes, 'checklist:long-term')!.icon, 'calendar');
  assert.match(findNode(nodes, 'checklist:pre-meeting')!.description!, /24-48 hours before the meeting/);
});

test('all checked: the phase is done', () => {
  const all = new Set(phase('immediate').items.map((i) => checklistItemKey('immediate', i.id)));
  const node = findNode(checklistNodes(health, all, TODAY), 'checklist:immediate')!;
  assert.equal(node.icon, 'pass-filled');
  assert.match(node.description!, /^4\/4/);
});

test('items link to the document health and to the findings that back them', () => {
  const nodes = checklistNodes(health, new Set(), TODAY);
  const timeline = findNode(nodes, 'checklist:pre-meeting/initial-timeline')!;
  assert.equal(timeline.description, '3 rows, 1 without Information Available');
  assert.equal(timeline.reveal!.line, 14);
  const participants = findNode(nodes, 'checklist:pre-meeting/identify-participants')!;
  assert.equal(participants.description, 'participant-missing ×1');
  assert.deepEqual(participants.reveal, { line: 14, character: 27 });
  // The names themselves are listed under the item, each revealing where the timeline names them.
  assert.deepEqual(participants.children!.map((c) => [c.label, c.description, c.reveal!.line]), [['Sam Patel', 'in the timeline (line 15), not in Participants', 14]]);
  assert.equal(findNode(nodes, 'checklist:pre-meeting/invite-timeline-names')!.children!.length, 1);
  assert.equal(findNode(nodes, 'checklist:pre-meeting/gather-artifacts')!.children, undefined);
  const facilitator = findNode(nodes, 'checklist:pre-meeting/uninvolved-facilitator')!;
  assert.equal(facilitator.description, 'Dana Lee: not in the timeline');
  const track = findNode(nodes, 'checklist:immediate/track-actions')!;
  assert.equal(track.description, '3 items, 2 without owner or date, 1 overdue');
  assert.equal(track.reveal!.line, 25);
  // An item with no link shows its text.
  assert.equal(findNode(nodes, 'checklist:pre-meeting/gather-artifacts')!.description, 'Logs, metrics, communications, deployment records');
});

test('checked state is kept per document URI in the workspace store', async () => {
  const memory = new Map<string, unknown>();
  const store = new SidebarStore({ get: <T>(k: string) => memory.get(k) as T | undefined, update: (k, v) => void (v === undefined ? memory.delete(k) : memory.set(k, v)) });
  const a = 'file:///ws/postmortems/a.md';
  const b = 'file:///ws/postmortems/b.md';
  await store.setChecklist(a, applyChecks(store.checklist(a), [['immediate/publish', true], ['immediate/stakeholders', true]]));
  await store.setChecklist(b, applyChecks(store.checklist(b), [['long-term/knowledge-sharing', true]]));
  assert.deepEqual([...store.checklist(a)], ['immediate/publish', 'immediate/stakeholders']);
  assert.deepEqual([...store.checklist(b)], ['long-term/knowledge-sharing']);
  await store.setChecklist(a, applyChecks(store.checklist(a), [['immediate/publish', false]]));
  assert.deepEqual([...store.checklist(a)], ['immediate/stakeholders']);
  assert.deepEqual(memory.get(CHECKLIST_KEY_PREFIX + a), ['immediate/stakeholders']);
  // Unchecking everything removes the key.
  await store.setChecklist(a, applyChecks(store.checklist(a), [['immediate/stakeholders', false]]));
  assert.equal(memory.has(CHECKLIST_KEY_PREFIX + a), false);
  // Junk in storage is ignored.
  memory.set(CHECKLIST_KEY_PREFIX + a, ['ok', 3, null]);
  assert.deepEqual([...store.checklist(a)], ['ok']);
});

test('without a post-mortem, checklists still list the phases, undated', () => {
  const nodes = checklistNodes(undefined, new Set(), TODAY);
  assert.equal(nodes.length, 4);
  assert.match(findNode(nodes, 'checklist:immediate')!.description!, /no incident Date/);
});

test('progress review lists the action items with due dates, overdue ones marked', () => {
  const nodes = checklistNodes(health, new Set(), TODAY);
  const review = findNode(nodes, 'checklist:short-term/progress-review')!;
  assert.deepEqual(review.children!.map((c) => [c.label, c.description, c.icon, c.reveal!.line]), [
    ['Add a latency alert on checkout p99', 'overdue since 2026-11-20 · @sam', 'warning', 24],
    ['Add canary analysis for latency | p99', 'due 2026-11-25 (in 2 days) · no owner', 'calendar', 25],
    ['Document the rollback', 'no due date · @dana', 'warning', 26],
  ]);
  assert.equal(review.checked, false);
});

test('node ids are unique in every sidebar view', async () => {
  const { agendaNodes } = await import('../../client/src/sidebar/agenda-view');
  const { agendaPhases } = await import('../../client/src/sidebar/agenda');
  const { healthNodes } = await import('../../client/src/sidebar/health-view');
  const { flatten } = await import('../../client/src/sidebar/nodes');
  const { initialTimer } = await import('../../client/src/sidebar/timer');
  const views = {
    agenda: agendaNodes(agendaPhases('long'), initialTimer(), new Set(), 0, 'x'),
    checklists: checklistNodes(health, new Set(), TODAY),
    health: healthNodes(health, 'ready'),
  };
  for (const [name, nodes] of Object.entries(views)) {
    const ids = flatten(nodes).map((n) => n.id);
    assert.equal(new Set(ids).size, ids.length, name);
  }
});
