// Knowledge gained later, written into Information Available (catalogue §4.3, PM224).
import type { Rule, RuleFinding } from '../../types';
import { isExempt, proseSpan, type ProseUnit, type Row } from '../../model';
import { findPhrase, phraseWords, words } from '../../phrases';
import { CUES_PROMPTS, moveToKeyLearningsFix, sentenceAround, timelineOf } from './timeline';
import { HINDSIGHT_PHRASES } from './timeline-judgment.phrases';
import { memoByIdentity, memoCellsByRow, type CellHits } from '../../memo';

type Hit = { start: number; end: number; phrase: string };
const NO_HITS: Hit[] = [];

// Longest first, so "as it turned out" wins over "it turned out".
const PHRASES = HINDSIGHT_PHRASES.map(phraseWords).sort((a, b) => b.length - a.length);

/** Hindsight phrases in a unit: text ranges, longest first at each place, not exempt. */
const MAYBE = /hindsight|retrospect|later|turned out|now know|now we know|unbeknown/i;

/** Remembered per parse identity (the hits depend on the unit's text and exempt ranges): callers must not change the list. */
export const hindsightHits = memoByIdentity((unit: ProseUnit, _: void) => readHindsight(unit));

function readHindsight(unit: ProseUnit): Hit[] {
  if (!MAYBE.test(unit.text)) return NO_HITS;
  const tokens = words(unit.text);
  const hits: Hit[] = [];
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

/**
 * What `read` finds in each cell of the timeline table, for the cells where it finds something,
 * in document order. `read` is per row (memoCellsByRow): a keystroke reads one remembered value per
 * row, not one per cell (3,000 cells at 3,000 lines).
 */
export function timelineCellHits<T>(model: Parameters<Rule['check']>[0], today: string | undefined, read: (row: Row, key: undefined) => CellHits<T>[]): CellHits<T>[] {
  const { table } = timelineOf(model, today);
  if (!table) return [];
  const out: CellHits<T>[] = [];
  for (const row of table.rows) {
    const found = read(row, undefined);
    for (let i = 0; i < found.length; i++) out.push(found[i]);
  }
  return out;
}

/** The row's cells with hindsight hits. */
const rowHindsight = memoCellsByRow((unit: ProseUnit) => {
  const hits = hindsightHits(unit);
  return hits.length ? hits : undefined;
});

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
    for (const { unit, hits } of timelineCellHits(model, context.today, rowHindsight)) {
      if (unit.column !== 'info') continue;
      for (const h of hits) {
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
