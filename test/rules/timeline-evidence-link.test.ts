import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, textOf } from '../helpers/lint';
import { timelineDoc } from './timeline-fix-helper';

const on = { config: { rules: { 'timeline-evidence-link': 'info' as const } } };

test('off by default', () => {
  assert.deepEqual(findingsOf('timeline-evidence-link', timelineDoc(['| 10:00 | a | b | c |'])), []);
});

test('when on, flags rows without a link', () => {
  const md = timelineDoc(['| 10:00 | a | b | c |', '| 10:05 | [dashboard](https://grafana.example/d/1) | b | c |', '| 10:07 | a | see https://logs.example/q | c |', '| 10:09 | a | [log][1] | c |']);
  const f = findingsOf('timeline-evidence-link', md, on);
  assert.deepEqual(f.map((x) => textOf(md, x)), ['10:00']);
  assert.equal(f[0].severity, 'info');
});
