// The Action Items and Patterns views as pure state (client/src/sidebar/action-items-view.ts,
// patterns-view.ts), fed what the server answers for the workspace fixture (nine post-mortems).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actionItemNodes, entriesOf, nextGrouping, overdueSummary, statusBarText, weekOf } from '../../client/src/sidebar/action-items-view';
import { patternNodes } from '../../client/src/sidebar/patterns-view';
import { flatten, type SidebarNode } from '../../client/src/sidebar/nodes';
import { actionItemsResult, patternsResult } from '../../server/src/lsp/workspace-results';
import { fixtureFiles, fixtureIndex, fixtureText } from '../helpers/workspace';

const TODAY = '2026-11-20';
const index = fixtureIndex();
const ACTIONS = actionItemsResult(index, false);
const PATTERNS = patternsResult(index, false);
const row = (n: SidebarNode) => [n.label, n.description].filter(Boolean).join(', ');

test('every action item of every post-mortem, with its state relative to today', () => {
  const entries = entriesOf(ACTIONS, TODAY);
  assert.equal(entries.length, 27);
  assert.deepEqual(overdueSummary(ACTIONS, TODAY), { items: 16, documents: 8 });
  assert.deepEqual(overdueSummary(ACTIONS, '2026-04-11'), { items: 1, documents: 1 }, 'only the April 10 item is late on April 11');
  assert.deepEqual(statusBarText({ items: 16, documents: 8 }, TODAY), {
    text: '$(warning) 16 overdue',
    tooltip: '16 action items in 8 post-mortems are past their due date (today is 2026-11-20). Click to show the Action Items view.',
  });
});

test('grouped by post-mortem: one group per post-mortem, overdue items first and marked, a click opens the row', () => {
  const nodes = actionItemNodes(ACTIONS, 'ready', 'post-mortem', TODAY);
  assert.equal(nodes.length, 9);
  const [first] = nodes;
  assert.equal(row(first), 'Order confirmation emails delayed by a consumer backlog, 2026-03-14 · 2 open, 2 overdue of 4');
  assert.equal(first.icon, 'error');
  assert.deepEqual(first.children!.map(row), [
    'Add an alert on the age of the oldest message in `order-events`, overdue 224 days (due 2026-04-10) · Tom Becker',
    'Route support escalations to the notifications on-call overnight, overdue 217 days (due 2026-04-17) · no owner',
    'Set prefetch explicitly in every consumer config, done · Nadia Haddad',
    'Add "changed defaults" to the dependency review checklist, done · Ines Duarte',
  ]);
  const overdue = first.children![0];
  assert.equal(overdue.icon, 'error');
  assert.equal(overdue.iconColor, 'editorError.foreground');
  // The whole table row: line 49 of the file.
  const rowText = fixtureText(fixtureFiles()[0]).split('\n')[48];
  assert.ok(rowText.startsWith('| Add an alert on the age'));
  assert.deepEqual(overdue.reveal, { uri: ACTIONS.documents[0].uri, line: 48, character: 0, endLine: 48, endCharacter: rowText.length });
  assert.match(overdue.tooltip!, /Success metric: A test message held for 10 minutes pages the on-call/);
  assert.equal(first.children![2].icon, 'pass');
  // Items without owner or due date are flagged; a [x] checkbox is status, not part of the label.
  const cert = nodes.find((n) => n.label.startsWith('Public API'))!;
  assert.deepEqual(cert.children!.map((n) => [n.label, n.icon]), [
    ['Automate renewal of the `api-gateway` certificate with ACME', 'error'],
    ["Send the certificate authority's emails to the platform on-call alias", 'warning'],
    ['Add expiry monitoring for every public certificate', 'pass'],
  ]);
  assert.match(row(cert.children![1]), /no due date · Marco Rossi$/);
});

test('grouped by owner: "No owner" first and flagged, then by name; the post-mortem is named on each row', () => {
  const nodes = actionItemNodes(ACTIONS, 'ready', 'owner', TODAY);
  assert.equal(nodes[0].label, 'No owner');
  assert.equal(nodes[0].children!.length, 3);
  assert.equal(nodes[0].icon, 'error', 'they are overdue too');
  const labels = nodes.slice(1).map((n) => n.label);
  assert.deepEqual(labels, [...labels].sort((a, b) => a.localeCompare(b)));
  const priya = nodes.find((n) => n.label === 'Priya Nair')!;
  assert.equal(priya.children!.length, 3);
  assert.match(row(priya.children![0]), /^Automate renewal of the `api-gateway` certificate with ACME, overdue 172 days \(due 2026-06-01\) · Public API unavailable after a certificate expired$/);
});

test('grouped by due week: weeks in order relative to this week, "No due date" last', () => {
  assert.equal(weekOf('2026-11-20'), '2026-11-16', 'a Friday → its Monday');
  assert.equal(weekOf('2026-11-16'), '2026-11-16');
  assert.equal(weekOf('2026-11-22'), '2026-11-16', 'a Sunday');
  const nodes = actionItemNodes(ACTIONS, 'ready', 'week', TODAY);
  const weeks = nodes.map((n) => n.label);
  assert.equal(weeks[weeks.length - 1], 'No due date');
  assert.deepEqual(weeks.slice(0, -1), [...weeks.slice(0, -1)].sort());
  const week = (label: string) => nodes.find((n) => n.label === label)!;
  assert.equal(row(week('Week of 2026-11-23')), 'Week of 2026-11-23, next week · 1 open of 1');
  assert.equal(row(week('Week of 2026-11-09')), 'Week of 2026-11-09, last week · 1 open, 1 overdue of 1');
  assert.match(week('Week of 2026-12-14').description!, /^in 4 weeks/);
  assert.equal(week('No due date').children!.length, 3, 'two open items and one done without a date');
});

test('the toggle cycles post-mortem → owner → due week; empty and loading states say what is going on', () => {
  assert.deepEqual([nextGrouping('post-mortem'), nextGrouping('owner'), nextGrouping('week')], ['owner', 'week', 'post-mortem']);
  assert.deepEqual(actionItemNodes(undefined, 'loading', 'owner', TODAY).map((n) => n.label), ['Waiting for the language server…']);
  assert.deepEqual(actionItemNodes({ scanning: true, documents: [] }, 'ready', 'owner', TODAY).map((n) => n.label), ["Indexing the workspace's post-mortems… (0 so far)"]);
  assert.deepEqual(actionItemNodes({ scanning: false, documents: [] }, 'ready', 'owner', TODAY).map((n) => n.label), ['No post-mortems in the workspace.']);
  const none = { scanning: false, documents: [{ ...ACTIONS.documents[0], items: [] }] };
  assert.deepEqual(actionItemNodes(none, 'ready', 'owner', TODAY).map((n) => n.label), ['No action items in 1 post-mortem.']);
  // Ids are unique within the view, whatever the grouping.
  for (const g of ['post-mortem', 'owner', 'week'] as const) {
    const ids = flatten(actionItemNodes(ACTIONS, 'ready', g, TODAY)).map((n) => n.id);
    assert.equal(new Set(ids).size, ids.length, g);
  }
});

test('document text is shown as it is written, never interpreted', () => {
  const hostile = { scanning: false, documents: [{ uri: 'file:///x.md', file: 'x.md', title: '<img src=x onerror=alert(1)>', items: [{ ...ACTIONS.documents[0].items[1], row: { ...ACTIONS.documents[0].items[1].row, action: '**bold** [link](command:evil) <b>x</b>' } }] }] };
  const [group] = actionItemNodes(hostile, 'ready', 'post-mortem', TODAY);
  assert.equal(group.label, '<img src=x onerror=alert(1)>');
  assert.equal(group.children![0].label, '**bold** [link](command:evil) <b>x</b>');
  assert.equal(typeof group.children![0].tooltip, 'string');
});

test('Patterns: each recurring condition named by its terms, opening to its factors, each factor opening its line', () => {
  const nodes = patternNodes(PATTERNS, 'ready');
  assert.deepEqual(nodes.map(row), [
    'channel · on-call, communication · 4 post-mortems',
    'upgrade · client · library · default, technical · 3 post-mortems',
    'certificate · renewal · manual · tracked · calendar · reminder, process · 2 post-mortems',
    'configuration · changes · roll · regions · canary · stage, process · 2 post-mortems',
    'queue · alerts · depth · message · age, technical · 2 post-mortems',
    'accepted · rule, technical · 2 post-mortems',
    'alerts · broker, technical · 2 post-mortems',
    'certificate · expiry, technical · 2 post-mortems',
  ]);
  assert.deepEqual(nodes.map((n) => !!n.expanded), [true, true, true, false, false, false, false, false]);
  const [top] = nodes;
  assert.match(top.tooltip!, /^Contributing factors of the communication kind in 4 post-mortems share the terms "channel", "on-call"\./);
  assert.deepEqual(top.children!.map((n) => n.description), [
    'Order confirmation emails delayed by a consumer backlog · 2026-03-14',
    'Stale pages served after a CDN cache rule change · 2026-05-19',
    'Sign-in failures during the DNS provider migration · 2026-07-21',
    'Payment failures from an exhausted connection pool · 2026-09-03',
  ]);
  const factor = top.children![1];
  assert.equal(factor.label, 'The change was announced in the #cdn-changes channel, which the web on-call does not follow.');
  assert.deepEqual([factor.reveal!.uri, factor.reveal!.line], [PATTERNS.conditions[0].factors[1].uri, 28]);
  const ids = flatten(nodes).map((n) => n.id);
  assert.equal(new Set(ids).size, ids.length);
});

test('Patterns: empty, few and loading states', () => {
  assert.deepEqual(patternNodes(undefined, 'loading').map((n) => n.label), ['Waiting for the language server…']);
  assert.deepEqual(patternNodes({ scanning: false, documents: 1, conditions: [] }, 'ready').map((n) => n.label), ['1 post-mortem in the workspace: nothing to compare yet.']);
  assert.deepEqual(patternNodes({ scanning: false, documents: 9, conditions: [] }, 'ready').map((n) => n.label), ['No recurring conditions in 9 post-mortems.']);
  assert.deepEqual(patternNodes({ ...PATTERNS, scanning: true }, 'ready')[0].label, "Indexing the workspace's post-mortems… (9 so far)");
});
