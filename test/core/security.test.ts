// No configuration or document can make matching super-linear: phrases are matched as words,
// never compiled as regular expressions. A pathological phrase list and document are measured.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/core/engine';
import { resolveConfig } from '../../server/src/core/config';
import { ALL_RULES } from '../../server/src/core/rules/index';
import { clearCaches } from '../../server/src/core/cache';

const hostilePhrases = [
  '(a+)+$', '(a|aa)+b', '.*.*.*.*x', '[', '\\', '^(([a-z])+.)+[A-Z]([a-z])+$',
  ...Array.from({ length: 300 }, (_, i) => `a a a a a a a a a a a a a a a a a a a ${i}`),
  ...Array.from({ length: 50 }, () => 'a '.repeat(200)),
];
const blameIds = ALL_RULES.filter((r) => r.category === 'blame').map((r) => r.id);
const { config, problems } = resolveConfig(
  [{ language: { allowPhrases: hostilePhrases, extraPhrases: Object.fromEntries(blameIds.map((id) => [id, hostilePhrases])) } }],
  new Set(ALL_RULES.map((r) => r.id)),
);

function doc(words: number): string {
  // Paragraphs of "a a a … a!" that almost match every phrase, the worst case for backtracking.
  const para = 'a '.repeat(200).trim() + '!';
  return '# Post-Mortem: x\n\n## Contributing Factors\n\n' + Array.from({ length: Math.ceil(words / 200) }, () => para).join('\n\n') + '\n';
}

function time(source: string): number {
  clearCaches();
  const t = performance.now();
  lint(source, { config, maxCheckedChars: Infinity });
  return performance.now() - t;
}

test('regex syntax in phrases is data, not a pattern', () => {
  assert.deepEqual(problems, []);
  const { findings } = lint('# Post-Mortem: x\n\n## Contributing Factors\n\nThe job matched (a+)+$ in the log.\n', { config });
  // "(a+)+$" is a phrase of the word "a": it matches the word "a", never as a regex.
  assert.ok(findings.every((f) => f.end - f.start < 40));
});

test('a pathological phrase list on a pathological document stays linear', () => {
  time(doc(1_000)); // warm up
  const small = Math.min(time(doc(2_000)), time(doc(2_000)));
  const large = Math.min(time(doc(8_000)), time(doc(8_000)));
  console.log(`pathological phrases: 2,000 words ${small.toFixed(0)} ms, 8,000 words ${large.toFixed(0)} ms`);
  // 4× the text may cost at most ~6× the time (linear with noise), and stays well under a few seconds.
  assert.ok(large < small * 6 + 50, `2,000 words: ${small.toFixed(0)} ms; 8,000 words: ${large.toFixed(0)} ms`);
  assert.ok(large < 15_000, `8,000 words took ${large.toFixed(0)} ms`);
});
