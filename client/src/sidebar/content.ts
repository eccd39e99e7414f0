// The sidebar's content, as data teams can edit (catalogue §6): agenda phases and presets,
// prompts, and checklists, loaded from content/*.json and typed here.
import agendaJson from './content/agenda.json';
import promptsJson from './content/prompts.json';
import checklistsJson from './content/checklists.json';

export type PresetName = 'standard' | 'long' | 'short' | 'brief';
export const PRESET_NAMES: PresetName[] = ['standard', 'long', 'short', 'brief'];

export interface AgendaItemContent {
  text: string;
  source: string;
}
export interface HintContent {
  text: string;
  sources: string[];
}
export interface PhaseContent {
  id: string;
  title: string;
  seedMinutes: string;
  items: AgendaItemContent[];
  hints: HintContent[];
}
export interface PresetContent {
  label: string;
  /** Minutes per phase, in phase order. */
  minutes: number[];
  basis: string;
}
export interface AgendaContent {
  phases: PhaseContent[];
  presets: Record<PresetName, PresetContent>;
}

export interface PromptGroup<T> {
  title: string;
  source?: string;
  sources?: string[];
  /** Phase ids the group is shown in; "*" = every phase. Absent = always (reference groups). */
  phases?: string[];
  items: T[];
}
export interface PromptsContent {
  questioning: PromptGroup<string>;
  topics: PromptGroup<{ topic: string; prompts: string[] }>;
  whenSomeoneSays: PromptGroup<{ cue: string; prompt: string }>;
  byFinding: PromptGroup<{ ruleIds: string[]; prompts: string[] }>;
  psychologicalSafety: PromptGroup<string>;
  pitfalls: PromptGroup<string>;
  facilitatorRole: PromptGroup<string>;
  successCriteria: PromptGroup<string>;
}

export interface ChecklistItemContent {
  id: string;
  label: string;
  text: string;
  source?: string;
  sources?: string[];
  /** The document-health entry this item links to. */
  health?: 'timeline' | 'actions' | 'facilitator';
  /** Lint rules that support this item: their findings are counted next to it. */
  rules?: string[];
  /** List the document's action items, with due dates and overdue ones marked, under this item. */
  listActions?: boolean;
  /** List the names in the timeline that are missing from Participants under this item. */
  listParticipantsMissing?: boolean;
}
export interface ChecklistDue {
  relativeTo: 'meeting' | 'incident' | 'followUp';
  days?: number;
  untilDays?: number;
  fallbackDays?: number;
}
export interface ChecklistPhaseContent {
  id: string;
  title: string;
  when: string;
  due: ChecklistDue;
  items: ChecklistItemContent[];
}
export interface ChecklistsContent {
  phases: ChecklistPhaseContent[];
}

export const AGENDA: AgendaContent = agendaJson as AgendaContent;
export const PROMPTS: PromptsContent = promptsJson as PromptsContent;
export const CHECKLISTS: ChecklistsContent = checklistsJson as ChecklistsContent;
