// The meeting agenda: the seed's five phases with the minutes of the chosen preset (§6.2).
import { AGENDA, PRESET_NAMES, type AgendaContent, type PhaseContent, type PresetName } from './content';

export interface AgendaPhase extends PhaseContent {
  minutes: number;
  /** Minutes from the start of the meeting to the start of this phase. */
  startMinute: number;
}

export function isPresetName(value: unknown): value is PresetName {
  return typeof value === 'string' && (PRESET_NAMES as string[]).includes(value);
}

/** The phases with the preset's minutes; an unknown preset falls back to the standard one. */
export function agendaPhases(preset: unknown, content: AgendaContent = AGENDA): AgendaPhase[] {
  const name: PresetName = isPresetName(preset) ? preset : 'standard';
  const minutes = content.presets[name].minutes;
  let start = 0;
  return content.phases.map((phase, i) => {
    const m = Math.max(0, minutes[i] ?? 0);
    const p = { ...phase, minutes: m, startMinute: start };
    start += m;
    return p;
  });
}

export function totalMinutes(phases: AgendaPhase[]): number {
  return phases.reduce((sum, p) => sum + p.minutes, 0);
}
