// Knowledge gained later, written into Information Available (catalogue §4.3, PM224).
import type { Rule, RuleFinding } from '../../types';
import { isExempt, proseSpan, type ProseUnit } from '../../model';
import { findPhrase, phraseWords, words } from '../../phrases';
import { CUES_PROMPTS, moveToKeyLearningsFix, sentenceAround, timelineOf } from './timeline';
import { HINDSIGHT_PHRASES } from './timeline-judgment.phrases';
import { memoByIdentity } from '../../memo';

const NO_HITS: { start: number; end: number; phrase: string }[] = [];

// Longest first, so "as it turned out" wins over "it turned out".
const PHRASES = HINDSIGHT_PHRASES.map(phraseWords).sort((a, b) => b.length - a.length);

/** Hindsight phrases in a unit: text ranges, longest first at each place, not exempt. */
const MAYBE = /hindsight|retrospect|later|turned out|now know|now we know|unbeknown/i;

/** Remembered per parse identity (the hits depend on the unit's text and exempt ranges): callers must not change the list. */
export const hindsightHits = memoByIdentity((unit: ProseUnit, _: void) => readHindsight(unit));

function readHindsight(unit: ProseUnit): { start: number; end: number; phrase: string }[] {
  if (!MAYBE.test(unit.text)) return NO_HITS;
  const tokens = words(unit.text);
  const hits: { start: number; end: number; phrase: string }[] = [];
  for (const p of PHRASES) {
    for (const [a, b] of findPhrase(tokens, p)) {
      const start = tokens[a].start;
      const end = tokens[b].end;
      if (isExempt(unit, start, end) || hits.some((h) => h.start < end && start < h.end)) continue;
      hits.push({ start, end, phrase: unit.text.slice(start, end) });
    }
  }
  return hits.sort((x, y) => x.start - y.start);
}

/** Timeline table cells as prose units (only the rows of the document's timeline table). */
export function timelineCells(model: Parameters<Rule['check']>[0], today?: string): ProseUnit[] {
  const { table } = timelineOf(model, today);
  if (!table) return [];
  // Both timeline-judgment and timeline-hindsight read them: one pass over every unit per model.
  const hit = cellsCache.get(model);
  if (hit && hit.table === table) return hit.cells;
  const cells = model.prose.filter((u) => u.kind === 'tableCell' && u.table === table);
  cellsCache.set(model, { table, cells });
  return cells;
}

/** timelineCells per model; the lists are only read. */
const cellsCache = new WeakMap<object, { table: object; cells: ProseUnit[] }>();

export const rule: Rule = {
  id: 'timeline-hindsight',
  category: 'timeline',
  defaultSeverity: 'warning',
  description: 'Information Available contains knowledge that was gained later.',
  explanation:
    'Information Available records what people knew at that moment. Facts learned afterwards ("it turned out", "we later learned") make the decision look obviously wrong. Keep them in Key Learnings or Contributing Factors.',
  sources: ['seed', 'PD-W'],
  prompts: CUES_PROMPTS,
  check(model, context) {
    const out: RuleFinding[] = [];
    for (const unit of timelineCells(model, context.today)) {
      if (unit.column !== 'info') continue;
      for (const h of hindsightHits(unit)) {
        const sentence = sentenceAround(unit, h.start, h.end);
        out.push({
          ...proseSpan(unit, h.start, h.end),
          message: `"${h.phrase}": Information Available should hold what was known at that moment, not what was learned later.`,
          phrase: h.phrase,
          prompts: CUES_PROMPTS,
          fixes: [moveToKeyLearningsFix(model, unit, sentence.start, sentence.end)],
        });
      }
    }
    return out;
  },
};
