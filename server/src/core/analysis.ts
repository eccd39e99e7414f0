// Prose → nlcst, once per distinct text. Every language rule (ours and retext-equality) reads
// the same tree, and the tree of a prose unit is cached by its text, so an edit re-analyses only
// the blocks it changed (issue 3, item 6).
import type { Root as NlcstRoot, Sentence as NlcstSentence, Word as NlcstWord } from 'nlcst';
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import { toString as nlcstToString } from 'nlcst-to-string';
import type { ProseUnit } from './model';
import { normaliseWord } from './phrases';
import { ByteLru } from './lru';
import { ownCopy } from './text';

export interface AnalysedWord {
  /** As written. */
  value: string;
  /** Lower-cased, curly apostrophes straightened. */
  norm: string;
  /** Offsets in the unit's text. */
  start: number;
  end: number;
  node: NlcstWord;
}

export interface AnalysedSentence {
  start: number;
  end: number;
  text: string;
  words: AnalysedWord[];
  node: NlcstSentence;
}

export interface Analysis {
  tree: NlcstRoot;
  sentences: AnalysedSentence[];
  /** Results other rules computed on this tree (e.g. retext-equality messages), by key. */
  memo: Map<string, unknown>;
}

const english = unified().use(retextEnglish).freeze();

/**
 * Analyses by text, bounded by bytes. An nlcst tree is the largest thing the core keeps: about
 * 170 bytes of heap per character of prose, plus about 600 per unit (measured: the 328 distinct
 * prose units of 50 generated post-mortems, 15,706 characters, 2.7 MB after a full GC).
 * Prose-rule findings are cached per unit (engine.ts), which lets a unit's analysis go once every
 * rule's findings in it are cached: what stays is what is still read (units whose findings are
 * not all cached, and the summary, which summary-too-long reads on every lint).
 */
const ANALYSIS_BYTES_PER_CHAR = 172;
const ANALYSIS_BYTES_PER_UNIT = 600;
export const ANALYSIS_CACHE_BYTES = 8 * 1024 * 1024;
const cache = new ByteLru<string, Analysis>(ANALYSIS_CACHE_BYTES);
export const analysisStats = { analysed: 0, reused: 0 };

export function clearAnalysisCache(): void {
  cache.clear();
}

/** Lets a text's analysis go: every prose rule's findings in it are cached (engine.ts). */
export function forgetAnalysis(text: string): void {
  cache.delete(text);
}

/** Entries and estimated bytes of the analysis cache (tests and benchmarks). */
export function analysisCacheSize(): { entries: number; bytes: number } {
  return { entries: cache.size, bytes: cache.bytes };
}

function offsetOf(node: { position?: { start: { offset?: number }; end: { offset?: number } } }, which: 'start' | 'end'): number {
  return node.position?.[which].offset ?? 0;
}

/** The nlcst analysis of a text, from the cache when the same text was seen before. */
export function analyseText(source: string): Analysis {
  const hit = cache.get(source);
  if (hit) {
    analysisStats.reused++;
    return hit;
  }
  analysisStats.analysed++;
  // The cached analysis holds slices of its text: of an owned copy, not of the document (ownCopy).
  const text = ownCopy(source);
  const tree = english.parse(text) as NlcstRoot;
  const sentences: AnalysedSentence[] = [];
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue;
      const words: AnalysedWord[] = [];
      for (const child of sentence.children) {
        if (child.type !== 'WordNode') continue;
        const value = nlcstToString(child);
        words.push({ value, norm: normaliseWord(value), start: offsetOf(child, 'start'), end: offsetOf(child, 'end'), node: child });
      }
      const start = offsetOf(sentence, 'start');
      const end = offsetOf(sentence, 'end');
      sentences.push({ start, end, text: text.slice(start, end), words, node: sentence });
    }
  }
  const analysis: Analysis = { tree, sentences, memo: new Map() };
  cache.set(text, analysis, ANALYSIS_BYTES_PER_UNIT + text.length * ANALYSIS_BYTES_PER_CHAR);
  return analysis;
}

export function analyse(unit: ProseUnit): Analysis {
  return analyseText(unit.text);
}
