// The sidebar content (client/src/sidebar/content/*.json): seed items appear exactly as the seed
// writes them, additions name their sources, ids are unique, presets match catalogue §6.2; and the
// state modules stay free of `vscode` so they run in these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { AGENDA, CHECKLISTS, PROMPTS, PRESET_NAMES } from '../../client/src/sidebar/content';

const root = join(import.meta.dirname, '..', '..');
const seedPath = join(root, '..', 'shared', 'seed', 'blameless-post-mortems.md');
const seed = (() => {
  try {
    return readFileSync(seedPath, 'utf8');
  } catch {
    return undefined;
  }
})();
/** The seed's list items, markup removed: "- **Gather artifacts**: Logs…" → "Gather artifacts: Logs…". */
const seedItems = new Set(
  (seed ?? '')
    .split('\n')
    .map((l) => /^\s*(?:[-*]|\d+\.)\s+(.*?)\s*$/.exec(l)?.[1])
    .filter((x): x is string => !!x)
    .map((x) => x.replace(/\*\*/g, '')),
);
const KNOWN_SOURCES = new Set(['seed', 'ETSY12', 'ALL-IH', 'ETSY-DFG', 'DEK', 'BERG', 'LFI-T', 'LFI-O', 'SREB15', 'SREW', 'PD-B', 'PD-W', 'PD-M', 'PD-ACC', 'PD-EPM', 'PD-IR', ';login:', 'ATL', '18F', 'LIM']);

test('agenda presets match catalogue §6.2 (minutes per phase and totals)', () => {
  assert.deepEqual(PRESET_NAMES, ['standard', 'long', 'short', 'brief']);
  const expected = { standard: [5, 25, 20, 15, 5], long: [5, 35, 25, 20, 5], short: [5, 35, 8, 8, 4], brief: [3, 15, 5, 5, 2] };
  for (const name of PRESET_NAMES) assert.deepEqual(AGENDA.presets[name].minutes, expected[name], name);
  assert.deepEqual(PRESET_NAMES.map((n) => AGENDA.presets[n].minutes.reduce((a, b) => a + b)), [70, 90, 60, 30]);
  assert.deepEqual(AGENDA.phases.map((p) => p.title), ['Opening', 'Timeline Building', 'Systems Analysis', 'Learning and Actions', 'Closing']);
});

test('seed items are the seed as written', { skip: seed === undefined && 'seed file not available' }, () => {
  const items: string[] = [
    ...AGENDA.phases.flatMap((p) => p.items.filter((i) => i.source === 'seed').map((i) => i.text)),
    ...CHECKLISTS.phases.flatMap((p) => p.items.filter((i) => i.source === 'seed').map((i) => `${i.label}: ${i.text}`)),
    ...PROMPTS.questioning.items,
    ...PROMPTS.psychologicalSafety.items,
    ...PROMPTS.pitfalls.items,
  ];
  assert.equal(items.length, 20 + 17 + 5 + 5 + 5);
  for (const item of items) assert.ok(seedItems.has(item), `not in the seed as written: ${item}`);
  // And the check can fail: a paraphrase is not accepted.
  assert.ok(!seedItems.has('Gather the artifacts: logs, metrics'));
});

test('every seed phase item, checklist item and seed prompt of the seed is present', { skip: seed === undefined && 'seed file not available' }, () => {
  const meeting = seed!.slice(seed!.indexOf('**Meeting Structure'), seed!.indexOf('### Post-Mortem Document Template'));
  const meetingItems = meeting.split('\n').filter((l) => /^\s+- /.test(l)).map((l) => l.trim().slice(2).replace(/\*\*/g, ''));
  assert.deepEqual(AGENDA.phases.flatMap((p) => p.items.map((i) => i.text)), meetingItems);
});

test('additions name known sources; seed-sourced groups say so', () => {
  const sourcesOf = (x: { source?: string; sources?: string[] }) => (x.source ? [x.source] : x.sources ?? []);
  for (const phase of AGENDA.phases) {
    for (const item of phase.items) assert.ok(KNOWN_SOURCES.has(item.source), item.text);
    for (const hint of phase.hints) {
      assert.ok(hint.sources.length > 0 && hint.sources.every((s) => KNOWN_SOURCES.has(s)), hint.text);
    }
  }
  for (const phase of CHECKLISTS.phases) {
    for (const item of phase.items) {
      const s = sourcesOf(item);
      assert.ok(s.length > 0 && s.every((x) => KNOWN_SOURCES.has(x)), item.id);
    }
  }
  for (const [key, group] of Object.entries(PROMPTS)) {
    if (key.startsWith('$')) continue; // the file's $comment
    const s = sourcesOf(group);
    assert.ok(s.length > 0 && s.every((x) => KNOWN_SOURCES.has(x)), group.title);
  }
});

test('checklists: four phases with stable unique item ids and due rules', () => {
  assert.deepEqual(CHECKLISTS.phases.map((p) => p.id), ['pre-meeting', 'immediate', 'short-term', 'long-term']);
  assert.deepEqual(CHECKLISTS.phases.map((p) => p.due), [
    { relativeTo: 'meeting' },
    { relativeTo: 'incident', days: 7 },
    { relativeTo: 'followUp', fallbackDays: 28 },
    { relativeTo: 'incident', days: 60, untilDays: 90 },
  ]);
  for (const phase of CHECKLISTS.phases) {
    const ids = phase.items.map((i) => i.id);
    assert.equal(new Set(ids).size, ids.length, phase.id);
    for (const id of ids) assert.match(id, /^[a-z0-9-]+$/);
  }
});

test('prompt groups: questioning in every phase, topics and cues in Timeline and Systems Analysis', () => {
  assert.deepEqual(PROMPTS.questioning.phases, ['*']);
  assert.deepEqual(PROMPTS.topics.phases, ['timeline', 'systems']);
  assert.deepEqual(PROMPTS.whenSomeoneSays.phases, ['timeline', 'systems']);
  assert.deepEqual(PROMPTS.topics.items.map((t) => t.topic), ['Cues', 'Previous knowledge', 'Goals', 'Assessment', 'Taking action', 'Help', 'Process']);
  const phaseIds = new Set(AGENDA.phases.map((p) => p.id));
  for (const id of [...PROMPTS.topics.phases!, ...PROMPTS.whenSomeoneSays.phases!]) assert.ok(phaseIds.has(id), id);
});

test('the sidebar state modules do not import vscode (only the adapters do)', () => {
  const dir = join(root, 'client', 'src', 'sidebar');
  const adapters = new Set(['index.ts', 'tree.ts', 'export-command.ts', 'workspace-views.ts']);
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
  assert.ok(files.length >= 10);
  for (const f of files) {
    const text = readFileSync(join(dir, f), 'utf8');
    const importsVscode = /from ['"]vscode['"]|require\(['"]vscode['"]\)/.test(text);
    assert.equal(importsVscode, adapters.has(f), `${f} ${importsVscode ? 'imports' : 'does not import'} vscode`);
  }
});
