// The engine: severities from config, suppression comments, unknown ids, allow list, overlap
// order, and a crashing rule that must not take the others down.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/core/engine';
import { resolveConfig } from '../../server/src/core/config';
import { words } from '../../server/src/core/phrases';
import type { Rule } from '../../server/src/core/types';

/** Flags every word "bad" in prose. */
const badWord: Rule = {
  id: 'bad-word',
  category: 'blame',
  defaultSeverity: 'warning',
  description: 'test',
  explanation: 'test',
  sources: [],
  check(model) {
    return model.prose.flatMap((u) =>
      words(u.text)
        .filter((w) => w.word === 'bad')
        .map((w) => ({ start: u.offsets[w.start], end: u.offsets[w.end - 1] + 1, message: 'bad', phrase: 'bad' })),
    );
  },
};

const throwing: Rule = { ...badWord, id: 'throws', check: () => { throw new Error('boom'); } };

const run = (src: string, layer: Record<string, unknown> = {}, rules: Rule[] = [badWord]) => {
  const { config, problems } = resolveConfig([layer]);
  assert.deepEqual(problems, []);
  return lint(src, { config, rules, today: '2026-01-01' }).findings;
};

const doc = (body: string) => `# Post-Mortem: x\n\n## Executive Summary\n\n${body}\n`;

test('severity comes from config; "off" disables the rule', () => {
  assert.equal(run(doc('A bad day.'))[0].severity, 'warning');
  assert.equal(run(doc('A bad day.'), { rules: { 'bad-word': 'error' } })[0].severity, 'error');
  assert.equal(run(doc('A bad day.'), { rules: { 'bad-word': 'off' } }).length, 0);
});

test('disable / enable regions, next line, this line, whole file', () => {
  const src = doc(
    [
      'bad 1',
      '<!-- postmortem-disable bad-word -->',
      '',
      'bad 2',
      '',
      '<!-- postmortem-enable bad-word -->',
      '',
      'bad 3',
      '<!-- postmortem-disable-next-line -->',
      'bad 4',
      '',
      'bad 5 <!-- postmortem-disable-line bad-word -->',
      '',
      'bad 6',
    ].join('\n'),
  );
  const lines = run(src).map((f) => src.slice(f.start, f.start + 5));
  assert.deepEqual(lines, ['bad 1', 'bad 3', 'bad 6']);
  assert.equal(run(doc('bad\n\n<!-- postmortem-disable-file -->')).length, 0);
  // A comment naming another rule does not suppress this one.
  assert.equal(run(doc('<!-- postmortem-disable-next-line internal-error -->\nbad')).filter((f) => f.ruleId === 'bad-word').length, 1);
});

test('unknown rule ids in comments are reported, not ignored', () => {
  const src = doc('<!-- postmortem-disable no-such-rule -->\n\nbad');
  const found = lint(src, { rules: [badWord] }).findings;
  const unknown = found.find((f) => f.ruleId === 'unknown-rule-id')!;
  assert.match(unknown.message, /no-such-rule/);
  assert.equal(src.slice(unknown.start, unknown.end), '<!-- postmortem-disable no-such-rule -->');
  assert.ok(found.some((f) => f.ruleId === 'bad-word'));
});

test('the allow list drops blame findings whose phrase matches, as words', () => {
  assert.equal(run(doc('A bad day.'), { language: { allowPhrases: ['bad'] } }).length, 0);
  assert.equal(run(doc('A bad day.'), { language: { allowPhrases: ['ba'] } }).length, 1);
  // Phrases are data: regex syntax means nothing.
  assert.equal(run(doc('A bad day.'), { language: { allowPhrases: ['b.d', '(a+)+$'] } }).length, 1);
});

test('a rule that throws is reported once and the others still run', () => {
  const found = run(doc('bad'), {}, [throwing, badWord]);
  assert.deepEqual(found.map((f) => f.ruleId).sort(), ['bad-word', 'internal-error']);
  assert.match(found.find((f) => f.ruleId === 'internal-error')!.message, /throws.*boom/);
});

test('overlapping blame spans keep the rule first in the overlap order', () => {
  const mk = (id: string, start: number, end: number): Rule => ({ ...badWord, id, check: () => [{ start, end, message: id }] });
  const src = doc('Any competent engineer would have checked the zone.');
  const at = src.indexOf('Any');
  const found = lint(src, { rules: [mk('counterfactual', at + 23, at + 41), mk('hindsight-minimizing', at, at + 28), mk('animated-language', at + 45, at + 49)] }).findings;
  assert.deepEqual(found.map((f) => f.ruleId), ['hindsight-minimizing', 'animated-language']);
});

test('findings are sorted by position', () => {
  const found = run(doc('bad one, bad two.\n\nbad three'));
  assert.deepEqual(found.map((f) => f.start), [...found.map((f) => f.start)].sort((a, b) => a - b));
});

test('a prose-scoped rule runs per unit from cache, and a throwing one is reported like any other', () => {
  let calls = 0;
  const counting: Rule = { ...badWord, id: 'counting', scope: 'prose', check: (m, c) => { calls++; return badWord.check(m, c); } };
  const src = doc('bad one.\n\nGood two.\n\nbad three.');
  const first = lint(src, { rules: [counting] }).findings;
  assert.equal(first.length, 2);
  const before = calls;
  const edited = src.replace('Good two.', 'Good two, edited.');
  const second = lint(edited, { rules: [counting] }).findings;
  assert.equal(calls - before, 1, 'only the edited paragraph is checked again');
  assert.deepEqual(second.map((f) => edited.slice(f.start, f.end)), ['bad', 'bad']);
  const throwingProse: Rule = { ...throwing, id: 'throws-prose', scope: 'prose' };
  const found = lint(src, { rules: [throwingProse, counting] }).findings;
  assert.deepEqual(found.map((f) => f.ruleId).sort(), ['bad-word', 'bad-word', 'internal-error'].map((x) => (x === 'bad-word' ? 'counting' : x)).sort());
});
