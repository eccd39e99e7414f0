// The meeting timer as plain data and pure transitions. Its state is timestamps, not a ticking
// counter, so it can be stored (workspaceState) and survive the view being hidden or the window
// reloading: the remaining time is always recomputed from the clock. It never stops the meeting:
// a phase that runs over keeps counting, shown as an overrun.

export interface TimerState {
  /** The current phase; equal to the number of phases once the meeting is over. */
  phaseIndex: number;
  /** When the current running stretch started (ms since epoch); null when not running. */
  startedAt: number | null;
  /** When the timer was last paused; null when running or never started. */
  pausedAt: number | null;
  /** Time spent in the current phase before the current running stretch (ms). */
  elapsedBeforePause: number;
  /** Phases whose "time is up" notification has been shown (once per phase). */
  notified: number[];
  /** Time actually spent in each finished phase (ms), for the summary. */
  spent: number[];
}

export type TimerStatus = 'idle' | 'running' | 'paused' | 'done';
/** ok; ending: the last minute of the phase; overrun: past its time (amber). */
export type TimerLevel = 'idle' | 'ok' | 'ending' | 'overrun' | 'done';

export const ENDING_MS = 60_000;

export function initialTimer(): TimerState {
  return { phaseIndex: 0, startedAt: null, pausedAt: null, elapsedBeforePause: 0, notified: [], spent: [] };
}

/** Accepts whatever was stored (older versions, hand edits) and returns a valid state. */
export function restoreTimer(value: unknown): TimerState {
  const v = value as Partial<TimerState> | undefined;
  if (!v || typeof v !== 'object') return initialTimer();
  const num = (x: unknown, d: number) => (typeof x === 'number' && Number.isFinite(x) ? x : d);
  const nums = (x: unknown) => (Array.isArray(x) ? x.filter((n): n is number => typeof n === 'number' && Number.isFinite(n)) : []);
  return {
    phaseIndex: Math.max(0, Math.floor(num(v.phaseIndex, 0))),
    startedAt: typeof v.startedAt === 'number' && Number.isFinite(v.startedAt) ? v.startedAt : null,
    pausedAt: typeof v.pausedAt === 'number' && Number.isFinite(v.pausedAt) ? v.pausedAt : null,
    elapsedBeforePause: Math.max(0, num(v.elapsedBeforePause, 0)),
    notified: nums(v.notified),
    spent: nums(v.spent),
  };
}

export function timerStatus(s: TimerState, phaseCount: number): TimerStatus {
  if (s.phaseIndex >= phaseCount) return 'done';
  if (s.startedAt !== null) return 'running';
  if (s.pausedAt !== null || s.elapsedBeforePause > 0) return 'paused';
  return 'idle';
}

/** Time spent in the current phase (ms). A clock that went backwards counts as no time. */
export function phaseElapsed(s: TimerState, now: number): number {
  const running = s.startedAt !== null ? Math.max(0, now - s.startedAt) : 0;
  return s.elapsedBeforePause + running;
}

export function startTimer(s: TimerState, now: number, phaseCount: number): TimerState {
  if (s.startedAt !== null) return s;
  // Starting after the last phase begins a new meeting.
  if (s.phaseIndex >= phaseCount) return { ...initialTimer(), startedAt: now };
  return { ...s, startedAt: now, pausedAt: null };
}

export function pauseTimer(s: TimerState, now: number): TimerState {
  if (s.startedAt === null) return s;
  return { ...s, elapsedBeforePause: phaseElapsed(s, now), startedAt: null, pausedAt: now };
}

/** Moves to the next phase; a running timer keeps running into it. After the last phase: done. */
export function nextPhase(s: TimerState, now: number, phaseCount: number): TimerState {
  if (s.phaseIndex >= phaseCount) return s;
  const spent = [...s.spent];
  spent[s.phaseIndex] = phaseElapsed(s, now);
  const index = s.phaseIndex + 1;
  const running = s.startedAt !== null && index < phaseCount;
  // A paused timer stays paused in the next phase; one never started stays idle.
  const wasIdle = timerStatus(s, phaseCount) === 'idle';
  return { ...s, phaseIndex: index, startedAt: running ? now : null, pausedAt: running || wasIdle ? null : now, elapsedBeforePause: 0, spent };
}

export function resetTimer(): TimerState {
  return initialTimer();
}

export interface TimerView {
  status: TimerStatus;
  level: TimerLevel;
  phaseIndex: number;
  budgetMs: number;
  elapsedMs: number;
  /** Negative once the phase has run over. */
  remainingMs: number;
  overrunMs: number;
  /** "12:34" remaining, "+01:05" overrun, "" when done. */
  text: string;
  /** Minutes of the whole agenda, and time spent so far in the meeting. */
  meetingBudgetMs: number;
  meetingElapsedMs: number;
}

/** mm:ss, minutes not wrapped at 60 (a 90-minute agenda reads 90:00). */
export function formatClock(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

export function timerView(s: TimerState, minutes: number[], now: number): TimerView {
  const status = timerStatus(s, minutes.length);
  const meetingBudgetMs = minutes.reduce((a, m) => a + m, 0) * 60_000;
  const spentBefore = s.spent.slice(0, s.phaseIndex).reduce((a, m) => a + (m ?? 0), 0);
  if (status === 'done') {
    return { status, level: 'done', phaseIndex: s.phaseIndex, budgetMs: 0, elapsedMs: 0, remainingMs: 0, overrunMs: 0, text: '', meetingBudgetMs, meetingElapsedMs: spentBefore };
  }
  const budgetMs = (minutes[s.phaseIndex] ?? 0) * 60_000;
  const elapsedMs = phaseElapsed(s, now);
  const remainingMs = budgetMs - elapsedMs;
  const overrunMs = Math.max(0, -remainingMs);
  const level: TimerLevel = status === 'idle' ? 'idle' : overrunMs > 0 ? 'overrun' : remainingMs <= ENDING_MS ? 'ending' : 'ok';
  // Round the countdown up, so "00:00" only shows when the time is really up.
  const text = overrunMs > 0 ? `+${formatClock(overrunMs)}` : formatClock(Math.ceil(remainingMs / 1000) * 1000);
  return { status, level, phaseIndex: s.phaseIndex, budgetMs, elapsedMs, remainingMs, overrunMs, text, meetingBudgetMs, meetingElapsedMs: spentBefore + elapsedMs };
}

/** The phase whose time is up and whose notification has not been shown yet, if any. */
export function dueNotification(s: TimerState, minutes: number[], now: number): number | undefined {
  const status = timerStatus(s, minutes.length);
  if (status !== 'running' && status !== 'paused') return undefined;
  if (s.notified.includes(s.phaseIndex)) return undefined;
  const budgetMs = (minutes[s.phaseIndex] ?? 0) * 60_000;
  return phaseElapsed(s, now) >= budgetMs ? s.phaseIndex : undefined;
}

export function markNotified(s: TimerState, phaseIndex: number): TimerState {
  return s.notified.includes(phaseIndex) ? s : { ...s, notified: [...s.notified, phaseIndex] };
}
