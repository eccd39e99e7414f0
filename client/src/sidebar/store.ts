// Where the sidebar keeps its state: a Memento-like key/value store (VS Code's workspaceState in
// the extension, a Map in tests). Checklists are per document (keyed by its URI); the timer and
// the agenda's checks are per workspace, so a reload resumes the meeting.
import { restoreTimer, type TimerState } from './timer';

export interface KeyValueStore {
  get<T>(key: string): T | undefined;
  update(key: string, value: unknown): Thenable<void> | Promise<void> | void;
}
type Thenable<T> = PromiseLike<T>;

export const TIMER_KEY = 'postmortem.timer';
export const AGENDA_CHECKED_KEY = 'postmortem.agenda.checked';
export const CHECKLIST_KEY_PREFIX = 'postmortem.checklists:';

export class SidebarStore {
  constructor(private readonly store: KeyValueStore) {}

  timer(): TimerState {
    return restoreTimer(this.store.get(TIMER_KEY));
  }
  async setTimer(state: TimerState): Promise<void> {
    await this.store.update(TIMER_KEY, state);
  }

  agendaChecked(): Set<string> {
    return toSet(this.store.get(AGENDA_CHECKED_KEY));
  }
  async setAgendaChecked(ids: Iterable<string>): Promise<void> {
    await this.store.update(AGENDA_CHECKED_KEY, [...ids].sort());
  }

  checklist(uri: string): Set<string> {
    return toSet(this.store.get(CHECKLIST_KEY_PREFIX + uri));
  }
  async setChecklist(uri: string, keys: Iterable<string>): Promise<void> {
    const list = [...keys].sort();
    // An empty checklist is removed rather than kept, so closed documents leave nothing behind.
    await this.store.update(CHECKLIST_KEY_PREFIX + uri, list.length ? list : undefined);
  }
}

function toSet(value: unknown): Set<string> {
  return new Set(Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
}

/** Applies checkbox changes to a set of checked ids. */
export function applyChecks(current: ReadonlySet<string>, changes: Iterable<[string, boolean]>): Set<string> {
  const next = new Set(current);
  for (const [id, on] of changes) {
    if (on) next.add(id);
    else next.delete(id);
  }
  return next;
}
