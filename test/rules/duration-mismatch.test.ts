import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, textOf } from '../helpers/lint';
import { timelineDoc } from './timeline-fix-helper';

const ROWS = ['| 10:00 | a | b | c |', '| 10:30 | a | b | c |', '| 11:10 | a | b | c |'];

test('flags a Duration longer than the timeline span', () => {
  const md = timelineDoc(ROWS, { duration: '2h 10m' });
  const f = findingsOf('duration-mismatch', md);
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'info');
  assert.equal(f[0].category, 'structure');
  assert.equal(textOf(md, f[0]), '2h 10m');
  assert.match(f[0].message, /1 h 10 min/);
  assert.match(f[0].message, /detect, mitigate and resolve/);
});

test('flags a Duration that cannot be read', () => {
  const md = timelineDoc(ROWS, { duration: 'most of the morning' });
  const f = findingsOf('duration-mismatch', md);
  assert.equal(f.length, 1);
  assert.match(f[0].message, /cannot be read/);
});

test('not flagged: shorter or equal durations in every written form', () => {
  for (const d of ['47 minutes', '1 hour 5 minutes', '~1 h', '1h 10m', '52 minutes (10:05 to 10:57 UTC)', '70 min']) {
    assert.deepEqual(findingsOf('duration-mismatch', timelineDoc(ROWS, { duration: d })), [], d);
  }
});

test('the span crosses midnight with dates, and without dates evening to morning', () => {
  const dated = ['| 2026-10-27 23:30 | a | b | c |', '| 2026-10-28 03:40 | a | b | c |'];
  assert.deepEqual(findingsOf('duration-mismatch', timelineDoc(dated, { duration: '3 hours 48 minutes' })), []);
  assert.equal(findingsOf('duration-mismatch', timelineDoc(dated, { duration: '5 hours' })).length, 1);
  const undated = ['| 23:30 | a | b | c |', '| 00:10 | a | b | c |', '| 03:40 | a | b | c |'];
  assert.deepEqual(findingsOf('duration-mismatch', timelineDoc(undated, { duration: '4 hours' })), []);
  assert.equal(findingsOf('duration-mismatch', timelineDoc(undated, { duration: '4h 30m' })).length, 1);
});

test('not flagged: placeholders (placeholder-text), no timeline span to compare, list timelines with dates', () => {
  assert.deepEqual(findingsOf('duration-mismatch', timelineDoc(ROWS, { duration: '[...]' })), []);
  assert.deepEqual(findingsOf('duration-mismatch', timelineDoc(['| 10:00 | a | b | c |'], { duration: '5 hours' })), []);
  const list = '# P\n**Date**: 2026-11-01\n**Duration**: ~6h 40m (partners)\n\n## Timeline\n\n- Sep 30, 14:10 — rotation\n- Nov 1, 06:40 — recovered\n';
  assert.deepEqual(findingsOf('duration-mismatch', list), []);
});

test('rows above the first dated row are left out of the span', () => {
  const rows = ['| 10:00 | a | b | c |', '| 2026-10-28 00:12 | a | b | c |', '| 2026-10-28 01:12 | a | b | c |'];
  assert.equal(findingsOf('duration-mismatch', timelineDoc(rows, { duration: '2 hours' })).length, 1);
  assert.deepEqual(findingsOf('duration-mismatch', timelineDoc(rows, { duration: '1 hour' })), []);
});
