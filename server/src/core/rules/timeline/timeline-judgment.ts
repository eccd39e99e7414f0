// Evaluations and fixes written into timeline cells (catalogue §2.15, PM115/PM226). A
// backward-looking "should have" is the counterfactual rule's; hindsight in Information
// Available is timeline-hindsight's. Quoted chat and code are exempt.
import type { Rule, RuleFinding } from '../../types';
import { isExempt, proseSpan, type ProseUnit } from '../../model';
import { findPhrase, phraseWords, words } from '../../phrases';
import { moveToActionItemsFix, moveToKeyLearningsFix, sentenceAround } from './timeline';
import { hindsightHits, timelineCellHits } from './timeline-hindsight';
import { memoByIdentity, memoCellsByRow, type CellHits } from '../../memo';
import { JUDGMENT_LABELS, JUDGMENT_PHRASES } from './timeline-judgment.phrases';

const PHRASES = JUDGMENT_PHRASES.map(phraseWords).sort((a, b) => b.length - a.length);
const LABELS = JUDGMENT_LABELS.map(phraseWords);
const BACKWARD = new Set(['have', "'ve", 've', 'not', 'never']);

// A cheap first look: most cells contain none of the words, and tokenising 3,000 cells is not free.
const MAYBE = /should|need|must|insufficien|inadequa|fix|todo|lesson|learning|action item/i;

type Hit = { start: number; end: number; phrase: string };
const NO_HITS: readonly Hit[] = [];

/** Without the user's extra phrases, a cell's judgments depend on its text alone: read once per parse identity. */
const plainJudgmentHits = memoByIdentity((unit: ProseUnit, _: void): Hit[] => judgmentHits(unit, []));

function judgmentHits(unit: ProseUnit, extra: string[][]): Hit[] {
  if (!extra.length && !MAYBE.test(unit.text)) return [];
  const tokens = words(unit.text);
  const hits: { start: number; end: number; phrase: string }[] = [];
  const add = (a: number, b: number) => {
    const start = tokens[a].start;
    const end = tokens[b].end;
    if (isExempt(unit, start, end) || hits.some((h) => h.start < end && start < h.end)) return;
    hits.push({ start, end, phrase: unit.text.slice(start, end) });
  };
  for (const p of PHRASES) {
    for (const [a, b] of findPhrase(tokens, p)) {
      const w = tokens[a].word;
      // "should have", "should not have", "must have": backward-looking, not a fix to make.
      if ((w === 'should' || w === 'must') && BACKWARD.has(tokens[b + 1]?.word ?? '')) {
        const next = tokens[b + 1].word;
        if (next === 'have' || next === "'ve" || next === 've' || tokens[b + 2]?.word === 'have' || tokens[b + 2]?.word === 'been') continue;
      }
      if (w === "should've" || w === "must've") continue;
      if (describesTheMoment(tokens, a)) continue;
      add(a, b);
    }
  }
  // The user's extra phrases (settings), matched as words.
  for (const p of extra) for (const [a, b] of findPhrase(tokens, p)) add(a, b);
  for (const p of LABELS) {
    for (const [a, b] of findPhrase(tokens, p)) {
      // "Attempted fix: moved the volume": the action taken at that moment, not a fix to make.
      if (TAKEN.has(tokens[a - 1]?.word ?? '')) continue;
      if (/^\s*:/.test(unit.text.slice(tokens[b].end))) add(a, b);
    }
  }
  return hits.sort((x, y) => x.start - y.start);
}

/**
 * A timeline cell that records the state or the plan of that moment, not a judgment written later:
 * a comparison with the expected state ("could not be scheduled on all nodes as they should be")
 * and a possibility weighed then ("we may need to roll back the AMI if issues appear").
 */
function describesTheMoment(tokens: { word: string }[], a: number): boolean {
  const before = (k: number) => tokens[a - k]?.word ?? '';
  if (before(1) === 'as' || (before(2) === 'as' && STATE_SUBJECTS.has(before(1)))) return true;
  // "question marks where a diacritic should be", "higher than it should be": where or what the
  // expected thing is, named to describe what was seen.
  if (tokens[a + 1]?.word === 'be' && [1, 2, 3, 4].some((k) => EXPECTED_HEADS.has(before(k)))) return true;
  return tokens[a].word !== 'must' && POSSIBILITY.has(before(1));
}
const STATE_SUBJECTS = new Set(['it', 'they', 'this', 'that', 'these', 'those', 'expected', 'intended', 'designed']);
const EXPECTED_HEADS = new Set(['where', 'than', 'what', 'whatever', 'wherever']);
/** Before a "Fix:" label: a fix already tried or applied then. */
const TAKEN = new Set(['attempted', 'applied', 'tried', 'deployed', 'interim', 'temporary', 'first', 'second', 'manual']);
const POSSIBILITY = new Set(['may', 'might', 'could', 'would']);

type Found = { judgment: readonly Hit[]; hindsight: readonly Hit[] };

/** The row's cells with judgment or hindsight hits (the column decides later which count). */
const rowJudgments = memoCellsByRow((unit: ProseUnit): Found | undefined => {
  const judgment = plainJudgmentHits(unit);
  const hindsight = hindsightHits(unit);
  return judgment.length || hindsight.length ? { judgment, hindsight } : undefined;
});

/** With the user's extra phrases: every cell read again (the phrases are part of the settings). */
function extraCellHits(model: Parameters<Rule['check']>[0], today: string, extra: string[][]): CellHits<Found>[] {
  return timelineCellHits(model, today, (row) => row.cells.flatMap((cell) => (cell.prose ? [{ unit: cell.prose, hits: { judgment: judgmentHits(cell.prose, extra), hindsight: hindsightHits(cell.prose) } }] : [])));
}

export const rule: Rule = {
  id: 'timeline-judgment',
  category: 'timeline',
  defaultSeverity: 'warning',
  description: 'An evaluation or a fix is written inside the timeline.',
  explanation:
    'The timeline records what happened and what was known. Move evaluations and fixes to Key Learnings or Action Items, where they can be discussed and owned.',
  sources: ['PD-W', 'PD-IR', 'PD-EPM'],
  check(model, context) {
    const out: RuleFinding[] = [];
    const extra = (context.config.language.extraPhrases['timeline-judgment'] ?? []).map(phraseWords).filter((p) => p.length);
    const cells = extra.length ? extraCellHits(model, context.today, extra) : timelineCellHits(model, context.today, rowJudgments);
    for (const { unit, hits: found } of cells) {
      if (unit.column === 'time') continue;
      let hits = found.judgment;
      // Hindsight outside Information Available is a judgment written into the timeline too.
      const hindsight = unit.column !== 'info' ? found.hindsight : NO_HITS;
      // Copied only to add to it: the remembered list is shared.
      if (hindsight.length) hits = [...hits, ...hindsight.filter((h) => !hits.some((x) => x.start < h.end && h.start < x.end))];
      for (const h of hits) {
        const sentence = sentenceAround(unit, h.start, h.end);
        out.push({
          ...proseSpan(unit, h.start, h.end),
          message: `"${h.phrase}" evaluates or prescribes inside the timeline: record what happened and what was known, and move this to Key Learnings or Action Items.`,
          phrase: h.phrase,
          fixes: [moveToActionItemsFix(model, unit, sentence.start, sentence.end), moveToKeyLearningsFix(model, unit, sentence.start, sentence.end)],
        });
      }
    }
    return out;
  },
};
