// The Agenda view and the status bar text: presets, the current phase marked with the timer,
// checkable phases and items, amber on overrun.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agendaPhases, totalMinutes } from '../../client/src/sidebar/agenda';
import { agendaNodes, phaseItemNodeId, phaseNodeId, statusBarText, TIMER_COLORS } from '../../client/src/sidebar/agenda-view';
import { findNode } from '../../client/src/sidebar/nodes';
import { initialTimer, nextPhase, pauseTimer, startTimer } from '../../client/src/sidebar/timer';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 3, 14, 0);

test('presets give the phases their minutes and start times; unknown presets fall back to standard', () => {
  const long = agendaPhases('long');
  assert.deepEqual(long.map((p) => [p.minutes, p.startMinute]), [[5, 0], [35, 5], [25, 40], [20, 65], [5, 85]]);
  assert.equal(totalMinutes(long), 90);
  assert.equal(totalMinutes(agendaPhases('brief')), 30);
  assert.equal(totalMinutes(agendaPhases('short')), 60);
  assert.deepEqual(agendaPhases('nonsense'), agendaPhases('standard'));
  assert.deepEqual(agendaPhases(undefined), agendaPhases('standard'));
});

test('idle: a summary row, five phases, none running, the first one current', () => {
  const phases = agendaPhases('standard');
  const nodes = agendaNodes(phases, initialTimer(), new Set(), T0, 'Seed, standard (70 min)');
  assert.equal(nodes.length, 6);
  assert.equal(nodes[0].label, 'Not started · Opening');
  assert.equal(nodes[0].description, 'Seed, standard (70 min) · 00:00 of 70:00');
  assert.equal(nodes[0].command!.command, 'postmortem.timer.start');
  assert.equal(nodes[1].label, '1. Opening');
  assert.equal(nodes[1].description, 'now · 5 min');
  assert.equal(nodes[2].description, '25 min');
  assert.equal(nodes[1].checked, false);
  assert.equal(nodes[1].children!.length, 3);
});

test('running: the current phase shows the time left; earlier phases show the time they took', () => {
  const phases = agendaPhases('standard');
  let s = startTimer(initialTimer(), T0, 5);
  s = nextPhase(s, T0 + 6 * MIN, 5); // Opening took 6 minutes
  const now = T0 + 6 * MIN + 10 * MIN;
  const nodes = agendaNodes(phases, s, new Set([phaseNodeId(phases[0])]), now, 'x');
  assert.equal(nodes[0].label, 'Timeline Building: 15:00 left');
  assert.equal(nodes[0].command!.command, 'postmortem.timer.pause');
  assert.equal(findNode(nodes, 'phase:opening')!.description, '5 min · took 06:00');
  assert.equal(findNode(nodes, 'phase:opening')!.checked, true);
  const current = findNode(nodes, 'phase:timeline')!;
  assert.equal(current.description, 'now · 15:00 left of 25 min');
  assert.equal(current.icon, 'play-circle');
  assert.equal(current.expanded, true);
  assert.equal(current.contextValue, 'phase-current');
  assert.equal(findNode(nodes, 'phase:systems')!.expanded, false);
  // The phase's seed items and the hints (with sources) are its children.
  assert.ok(current.children!.some((c) => c.label === 'Use "What happened next?" rather than "Why did you do that?"' && c.checked === false));
  assert.ok(current.children!.some((c) => c.icon === 'lightbulb' && c.description === 'PD-M, ETSY-DFG'));
});

test('overrun: amber, "over by", and the meeting goes on', () => {
  const phases = agendaPhases('standard');
  const s = startTimer(initialTimer(), T0, 5);
  const now = T0 + 7 * MIN + 5000;
  const nodes = agendaNodes(phases, s, new Set(), now, 'x');
  const current = findNode(nodes, 'phase:opening')!;
  assert.equal(current.description, 'now · over by 02:05 (5 min)');
  assert.equal(current.icon, 'warning');
  assert.equal(current.iconColor, TIMER_COLORS.overrun);
  assert.equal(nodes[0].iconColor, TIMER_COLORS.overrun);
  const bar = statusBarText(phases, s, now);
  assert.equal(bar.level, 'overrun');
  assert.equal(bar.text, '$(warning) Opening +02:05');
});

test('the last minute is marked (ending), paused says so', () => {
  const phases = agendaPhases('brief');
  const s = startTimer(initialTimer(), T0, 5);
  const nodes = agendaNodes(phases, s, new Set(), T0 + 2 * MIN + 30_000, 'x');
  assert.equal(findNode(nodes, 'phase:opening')!.iconColor, TIMER_COLORS.ending);
  const paused = pauseTimer(s, T0 + MIN);
  assert.equal(agendaNodes(phases, paused, new Set(), T0 + 9 * MIN, 'x')[0].label, 'Opening: 02:00 left (paused)');
  assert.equal(statusBarText(phases, paused, T0 + 9 * MIN).text, '$(debug-pause) Opening 02:00');
});

test('checked items and phases come from the stored ids', () => {
  const phases = agendaPhases('standard');
  const id = phaseItemNodeId(phases[2], 1);
  const nodes = agendaNodes(phases, initialTimer(), new Set([id]), T0, 'x');
  assert.equal(findNode(nodes, id)!.checked, true);
  assert.equal(findNode(nodes, phaseItemNodeId(phases[2], 0))!.checked, false);
});

test('status bar: idle shows the phase budget; done says so', () => {
  const phases = agendaPhases('standard');
  assert.equal(statusBarText(phases, initialTimer(), T0).text, '$(debug-pause) Opening 05:00');
  let s = startTimer(initialTimer(), T0, 5);
  for (let i = 0; i < 5; i++) s = nextPhase(s, T0 + i * MIN, 5);
  assert.equal(statusBarText(phases, s, T0 + 9 * MIN).text, '$(check-all) Post-mortem done');
  assert.equal(agendaNodes(phases, s, new Set(), T0, 'x')[0].label, 'Meeting over');
});
