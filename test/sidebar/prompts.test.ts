// The Prompts view: questions for the current phase, topic prompts only in Timeline and Systems
// Analysis, prompts triggered by this document's findings, the reference groups always.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agendaPhases } from '../../client/src/sidebar/agenda';
import { promptNodes } from '../../client/src/sidebar/prompts-view';
import { findNode, flatten } from '../../client/src/sidebar/nodes';

const phases = agendaPhases('standard');
const byId = (id: string) => phases.find((p) => p.id === id)!;
const ids = (nodes: ReturnType<typeof promptNodes>) => nodes.map((n) => n.id);

test('every phase: its own items and hints first, the seed questions, and the reference groups', () => {
  for (const phase of phases) {
    const nodes = promptNodes(phase, {});
    assert.equal(nodes[0].label, `Now: ${phase.title}`);
    assert.equal(nodes[0].children!.length, phase.items.length + phase.hints.length);
    // Hints lead.
    if (phase.hints.length) assert.equal(nodes[0].children![0].icon, 'lightbulb');
    assert.ok(ids(nodes).includes('questioning'));
    for (const g of ['psychologicalSafety', 'pitfalls', 'facilitatorRole', 'successCriteria']) assert.ok(ids(nodes).includes(g), `${phase.id}: ${g}`);
    assert.equal(findNode(nodes, 'questioning')!.children!.length, 5);
    assert.equal(findNode(nodes, 'questioning:0')!.label, '"What information did you have at that point?"');
  }
});

test('topic prompts and "when someone says" only in Timeline Building and Systems Analysis', () => {
  assert.ok(ids(promptNodes(byId('timeline'), {})).includes('topics'));
  assert.ok(ids(promptNodes(byId('systems'), {})).includes('cues'));
  for (const id of ['opening', 'actions', 'closing']) {
    const nodes = ids(promptNodes(byId(id), {}));
    assert.ok(!nodes.includes('topics'), id);
    assert.ok(!nodes.includes('cues'), id);
  }
  const topics = findNode(promptNodes(byId('timeline'), {}), 'topics')!;
  assert.deepEqual(topics.children!.map((c) => c.label), ['Cues', 'Previous knowledge', 'Goals', 'Assessment', 'Taking action', 'Help', 'Process']);
});

test('findings in the document bring their prompts (catalogue §6.3, triggered by diagnostics)', () => {
  assert.ok(!ids(promptNodes(byId('opening'), {})).includes('findings'));
  assert.ok(!ids(promptNodes(byId('opening'), { counterfactual: { count: 0 } })).includes('findings'));
  const nodes = promptNodes(byId('actions'), { counterfactual: { count: 2 }, 'human-error-cause': { count: 1 }, 'single-root-cause': { count: 3 } });
  const group = findNode(nodes, 'findings')!;
  assert.equal(group.description, '2');
  const labels = group.children!.map((c) => [c.label, c.description]);
  assert.deepEqual(labels, [['counterfactual', '2'], ['human-error-cause, single-root-cause', '4']]);
  assert.deepEqual(flatten(group.children!.slice(0, 1)).slice(1).map((n) => n.label), ['What information would have changed decisions?']);
});

test('reference groups hold the seed lists as written', () => {
  const nodes = promptNodes(byId('closing'), {});
  assert.equal(findNode(nodes, 'pitfalls:1')!.label, "Don't accept \"human error\" as a root cause");
  assert.equal(findNode(nodes, 'psychologicalSafety:1')!.label, 'Use "we" language instead of "you" language');
  assert.match(findNode(nodes, 'facilitatorRole:3')!.label, /ELMO/);
});

test('after the meeting (no current phase) the questions and reference groups remain', () => {
  const nodes = promptNodes(undefined, {});
  assert.ok(!ids(nodes).includes('now'));
  assert.ok(ids(nodes).includes('questioning'));
  assert.ok(!ids(nodes).includes('topics'));
});

test('node ids are unique within the view', () => {
  for (const phase of phases) {
    const all = flatten(promptNodes(phase, { counterfactual: { count: 1 }, distancing: { count: 1 } })).map((n) => n.id);
    assert.equal(new Set(all).size, all.length, phase.id);
  }
});
