// The meeting timer with a fake clock: start, pause, resume, next phase, overrun, the once-per-phase
// notification, reset, and surviving a reload (state restored from storage).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  dueNotification, formatClock, initialTimer, markNotified, nextPhase, pauseTimer, resetTimer, restoreTimer, startTimer,
  timerStatus, timerView, type TimerState,
} from '../../client/src/sidebar/timer';
import { SidebarStore, TIMER_KEY } from '../../client/src/sidebar/store';

const MIN = 60_000;
const SEC = 1000;
const minutes = [5, 25, 20, 15, 5];

/** A fake clock: the tests move time by hand. */
function clock(start = Date.UTC(2026, 10, 3, 14, 0)) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

test('a new timer is idle in the first phase with its full time', () => {
  const v = timerView(initialTimer(), minutes, 0);
  assert.equal(v.status, 'idle');
  assert.equal(v.level, 'idle');
  assert.equal(v.phaseIndex, 0);
  assert.equal(v.text, '05:00');
  assert.equal(v.meetingBudgetMs, 70 * MIN);
});

test('running counts down from the phase budget; pausing freezes it; resuming continues', () => {
  const c = clock();
  let s = startTimer(initialTimer(), c.now(), minutes.length);
  assert.equal(timerStatus(s, 5), 'running');
  c.advance(90 * SEC);
  assert.equal(timerView(s, minutes, c.now()).text, '03:30');
  s = pauseTimer(s, c.now());
  assert.equal(timerStatus(s, 5), 'paused');
  c.advance(10 * MIN); // a long pause costs no meeting time
  assert.equal(timerView(s, minutes, c.now()).text, '03:30');
  s = startTimer(s, c.now(), 5);
  c.advance(30 * SEC);
  assert.equal(timerView(s, minutes, c.now()).text, '03:00');
  assert.equal(timerView(s, minutes, c.now()).elapsedMs, 2 * MIN);
});

test('starting twice or pausing a paused timer changes nothing', () => {
  const c = clock();
  const s = startTimer(initialTimer(), c.now(), 5);
  c.advance(SEC);
  assert.equal(startTimer(s, c.now(), 5), s);
  const p = pauseTimer(s, c.now());
  assert.equal(pauseTimer(p, c.now() + MIN), p);
});

test('the last minute is "ending"; past the budget it is an overrun that keeps counting', () => {
  const c = clock();
  const s = startTimer(initialTimer(), c.now(), 5);
  c.advance(4 * MIN + 30 * SEC);
  assert.equal(timerView(s, minutes, c.now()).level, 'ending');
  c.advance(30 * SEC);
  const atZero = timerView(s, minutes, c.now());
  assert.equal(atZero.text, '00:00');
  c.advance(65 * SEC);
  const over = timerView(s, minutes, c.now());
  assert.equal(over.level, 'overrun');
  assert.equal(over.status, 'running'); // never stops the meeting
  assert.equal(over.text, '+01:05');
  assert.equal(over.overrunMs, 65 * SEC);
  assert.equal(over.remainingMs, -65 * SEC);
});

test('the countdown rounds up, so it only reads 00:00 when the time is really up', () => {
  const c = clock();
  const s = startTimer(initialTimer(), c.now(), 5);
  c.advance(5 * MIN - 400);
  assert.equal(timerView(s, minutes, c.now()).text, '00:01');
});

test('the time-is-up notification fires once per phase, not before, and again for the next phase', () => {
  const c = clock();
  let s = startTimer(initialTimer(), c.now(), 5);
  c.advance(5 * MIN - SEC);
  assert.equal(dueNotification(s, minutes, c.now()), undefined);
  c.advance(SEC);
  assert.equal(dueNotification(s, minutes, c.now()), 0);
  s = markNotified(s, 0);
  c.advance(3 * MIN);
  assert.equal(dueNotification(s, minutes, c.now()), undefined, 'only once');
  s = nextPhase(s, c.now(), 5);
  assert.equal(dueNotification(s, minutes, c.now()), undefined);
  c.advance(25 * MIN);
  assert.equal(dueNotification(s, minutes, c.now()), 1);
  assert.equal(dueNotification(initialTimer(), minutes, c.now()), undefined, 'an idle timer never notifies');
});

test('next phase records the time spent, keeps running, and after the last phase the meeting is done', () => {
  const c = clock();
  let s = startTimer(initialTimer(), c.now(), 5);
  c.advance(7 * MIN);
  s = nextPhase(s, c.now(), 5);
  assert.equal(s.phaseIndex, 1);
  assert.deepEqual(s.spent, [7 * MIN]);
  assert.equal(timerStatus(s, 5), 'running');
  assert.equal(timerView(s, minutes, c.now()).text, '25:00');
  c.advance(MIN);
  assert.equal(timerView(s, minutes, c.now()).meetingElapsedMs, 8 * MIN);
  for (let i = 0; i < 4; i++) s = nextPhase(s, c.now(), 5);
  assert.equal(timerStatus(s, 5), 'done');
  assert.equal(timerView(s, minutes, c.now()).level, 'done');
  assert.equal(nextPhase(s, c.now(), 5), s, 'nothing after done');
  // Start after done begins a new meeting.
  const again = startTimer(s, c.now(), 5);
  assert.equal(again.phaseIndex, 0);
  assert.equal(timerStatus(again, 5), 'running');
});

test('next phase on a paused timer stays paused; on an idle one stays idle', () => {
  const c = clock();
  let s = startTimer(initialTimer(), c.now(), 5);
  c.advance(MIN);
  s = pauseTimer(s, c.now());
  s = nextPhase(s, c.now(), 5);
  assert.equal(timerStatus(s, 5), 'paused');
  assert.equal(timerView(s, minutes, c.now() + MIN).text, '25:00');
  const idle = nextPhase(initialTimer(), c.now(), 5);
  assert.equal(timerStatus(idle, 5), 'idle');
  assert.equal(idle.phaseIndex, 1);
});

test('reset returns to the first phase, idle', () => {
  const c = clock();
  let s = startTimer(initialTimer(), c.now(), 5);
  c.advance(9 * MIN);
  s = nextPhase(s, c.now(), 5);
  assert.deepEqual(resetTimer(), initialTimer());
  assert.notDeepEqual(s, initialTimer());
});

test('a clock that goes backwards counts as no time, never as negative', () => {
  const c = clock();
  const s = startTimer(initialTimer(), c.now(), 5);
  assert.equal(timerView(s, minutes, c.now() - 5 * MIN).elapsedMs, 0);
});

test('the state is timestamps, so it survives a reload: stored, restored, same time', async () => {
  const c = clock();
  const memory = new Map<string, unknown>();
  const kv = { get: <T>(k: string) => memory.get(k) as T | undefined, update: (k: string, v: unknown) => void memory.set(k, v) };
  const store = new SidebarStore(kv);
  let s = startTimer(store.timer(), c.now(), 5);
  c.advance(2 * MIN);
  s = markNotified(s, 3);
  await store.setTimer(s);
  // The window reloads: the view and the extension host are gone; only the stored JSON remains.
  const reloaded = new SidebarStore({ get: <T>(k: string) => JSON.parse(JSON.stringify(memory.get(k))) as T, update: () => undefined });
  c.advance(MIN);
  const restored = reloaded.timer();
  assert.deepEqual(restored, s);
  assert.equal(timerView(restored, minutes, c.now()).text, '02:00');
  assert.ok(memory.has(TIMER_KEY));
});

test('restoring tolerates missing or damaged state', () => {
  assert.deepEqual(restoreTimer(undefined), initialTimer());
  assert.deepEqual(restoreTimer('nonsense'), initialTimer());
  const s: TimerState = restoreTimer({ phaseIndex: -3, startedAt: 'x', pausedAt: NaN, elapsedBeforePause: -5, notified: [1, 'a'], spent: null });
  assert.deepEqual(s, { ...initialTimer(), notified: [1] });
});

test('formatClock pads and does not wrap at an hour', () => {
  assert.equal(formatClock(0), '00:00');
  assert.equal(formatClock(61 * SEC), '01:01');
  assert.equal(formatClock(90 * MIN), '90:00');
  assert.equal(formatClock(-5), '00:00');
});
