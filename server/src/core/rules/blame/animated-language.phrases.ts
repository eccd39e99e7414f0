// Emotive or exaggerated words (catalogue §2.9). Matched as words; `when`:
//   not-product — skipped inside a product or practice name ("disaster recovery", "catastrophic backtracking")
//   predicative — only as a verdict ("is garbage", "pure trash"), not as a thing ("moved to the trash")
// Punctuation ("!!", "?!") is matched in animated-language.ts, not here.
import type { PhraseEntry } from './phrase-rule';

const METRIC = '[metric: e.g. N users / M minutes]';

export const PHRASES: PhraseEntry[] = [
  { phrase: 'i can\'t believe', rewrite: '', source: 'SREW' },
  { phrase: 'i cannot believe', rewrite: '', source: 'SREW' },
  { phrase: 'what a mess', rewrite: METRIC, source: 'SREW' },
  { phrase: 'total disaster', rewrite: METRIC, source: 'SREW' },
  { phrase: 'absolute disaster', rewrite: METRIC, source: 'SREW' },
  { phrase: 'complete disaster', rewrite: METRIC, source: 'SREW' },
  { phrase: 'total mess', rewrite: METRIC, source: 'SREW' },
  { phrase: 'absolute mess', rewrite: METRIC, source: 'SREW' },
  { phrase: 'complete mess', rewrite: METRIC, source: 'SREW' },
  { phrase: 'total nightmare', rewrite: METRIC, source: 'SREW' },
  { phrase: 'absolute nightmare', rewrite: METRIC, source: 'SREW' },
  { phrase: 'complete nightmare', rewrite: METRIC, source: 'SREW' },
  { phrase: 'total failure', rewrite: METRIC, source: 'SREW' },
  { phrase: 'complete failure', rewrite: METRIC, source: 'SREW' },
  { phrase: 'absolute failure', rewrite: METRIC, source: 'SREW' },
  { phrase: 'dumpster fire', rewrite: METRIC, source: 'SREW' },
  { phrase: 'train wreck', rewrite: METRIC, source: 'SREW' },
  { phrase: 'trainwreck', rewrite: METRIC, source: 'SREW' },
  { phrase: 'worst ... ever', rewrite: METRIC, source: 'SREW', gap: 4 },
  { phrase: 'ridiculous', rewrite: '', source: 'SREW' },
  { phrase: 'ridiculously', rewrite: '', source: 'SREW' },
  { phrase: 'insane', rewrite: '', source: 'SREW' },
  { phrase: 'insanely', rewrite: '', source: 'SREW' },
  { phrase: 'crazy', rewrite: '', source: 'SREW' },
  { phrase: 'absurd', rewrite: '', source: 'SREW' },
  { phrase: 'unbelievable', rewrite: '', source: 'SREW' },
  { phrase: 'unbelievably', rewrite: '', source: 'SREW' },
  { phrase: 'disaster', rewrite: METRIC, source: 'SREW', when: 'not-product' },
  { phrase: 'disastrous', rewrite: '', source: 'SREW' },
  { phrase: 'nightmare', rewrite: METRIC, source: 'SREW' },
  { phrase: 'nightmarish', rewrite: '', source: 'SREW' },
  { phrase: 'mess', rewrite: METRIC, source: 'SREW', when: 'not-product' },
  { phrase: 'catastrophe', rewrite: METRIC, source: 'SREW' },
  { phrase: 'catastrophic', rewrite: '', source: 'SREW', when: 'not-product' },
  { phrase: 'fiasco', rewrite: METRIC, source: 'SREW' },
  { phrase: 'shambles', rewrite: METRIC, source: 'SREW' },
  { phrase: 'joke', rewrite: METRIC, source: 'SREW' },
  { phrase: 'garbage', rewrite: METRIC, source: 'SREW', when: 'predicative' },
  { phrase: 'trash', rewrite: METRIC, source: 'SREW', when: 'predicative' },
  { phrase: 'dumbest', rewrite: '', source: 'SREW' },
  { phrase: 'stupidest', rewrite: '', source: 'SREW' },
  { phrase: 'horrendous', rewrite: '', source: 'SREW' },
  { phrase: 'atrocious', rewrite: '', source: 'SREW' },
  { phrase: 'pathetic', rewrite: '', source: 'SREW' },
  { phrase: 'laughable', rewrite: '', source: 'SREW' },
  // Profanity, as data.
  { phrase: 'wtf', rewrite: '', source: 'SREW' },
  { phrase: 'shitshow', rewrite: METRIC, source: 'SREW' },
  { phrase: 'clusterfuck', rewrite: METRIC, source: 'SREW' },
  { phrase: 'fucking', rewrite: '', source: 'SREW' },
  { phrase: 'fuck', rewrite: '', source: 'SREW' },
  { phrase: 'shit', rewrite: '', source: 'SREW' },
  { phrase: 'crap', rewrite: METRIC, source: 'SREW' },
  { phrase: 'crappy', rewrite: '', source: 'SREW' },
  { phrase: 'damn', rewrite: '', source: 'SREW' },
  { phrase: 'bloody', rewrite: '', source: 'SREW' },
];

/** product-name: product and practice names that contain an animated word. */
export const PRODUCT_NAMES: string[] = [
  'disaster recovery', 'disaster-recovery', 'disaster recovery plan', 'disaster site', 'disaster drill', 'disaster scenario',
  'chaos monkey', 'chaos engineering', 'chaos kong', 'chaos gorilla', 'panic button', 'garbage collection', 'garbage collector',
  'garbage collected', 'garbage-collected', 'garbage-collection', 'trash bin', 'trash can', 'trash folder', 'mess hall',
  'catastrophic backtracking', 'catastrophic forgetting',
];
