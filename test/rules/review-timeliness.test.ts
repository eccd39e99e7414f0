import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, textOf } from '../helpers/lint';

const ID = 'review-timeliness';
const on = { config: { rules: { 'review-timeliness': 'info' as const } } };
const doc = (field: string) => `# Post-Mortem: test\n**Date**: 2026-09-08  \n${field}  \n**Severity**: High\n\n## Executive Summary\nText.\n`;

test('off by default', () => {
  assert.deepEqual(findingsOf(ID, doc('**Published**: 2026-10-01')), []);
});

test('when on: a publish or review date more than 7 days after the incident', () => {
  const md = doc('**Published**: 2026-10-01');
  const [f] = findingsOf(ID, md, on);
  assert.equal(f.severity, 'info');
  assert.equal(textOf(md, f), '2026-10-01');
  assert.match(f.message, /23 days after the incident/);
  assert.equal(findingsOf(ID, doc('Review meeting: 2026-09-20'), on).length, 1);
});

test('within 7 days, or no recorded date: nothing', () => {
  assert.deepEqual(findingsOf(ID, doc('**Published**: 2026-09-15'), on), []);
  assert.deepEqual(findingsOf(ID, doc('**Facilitator**: Ana'), on), []);
});

test('front matter dates count', () => {
  const md = `---\npublished: 2026-10-01\n---\n${doc('**Facilitator**: Ana')}`;
  const [f] = findingsOf(ID, md, on);
  assert.ok(f);
  assert.equal(textOf(md, f), '2026-10-01');
});

test('a draft more than 7 days after the incident, by context.today', () => {
  const md = doc('**Status**: Draft');
  const [f] = findingsOf(ID, md, { ...on, today: '2026-09-20' });
  assert.equal(textOf(md, f), 'Draft');
  assert.match(f.message, /still a draft 12 days after the incident \(today is 2026-09-20\)/);
  assert.deepEqual(findingsOf(ID, md, { ...on, today: '2026-09-15' }), []);
  assert.deepEqual(findingsOf(ID, doc('**Status**: Published'), { ...on, today: '2026-12-01' }), []);
});

test('a draft status in front matter counts; a recorded date wins over the status', () => {
  const md = `---\nstatus: draft\n---\n${doc('**Facilitator**: Ana')}`;
  const [f] = findingsOf(ID, md, { ...on, today: '2026-10-01' });
  assert.equal(textOf(md, f), 'draft');
  assert.deepEqual(findingsOf(ID, doc('**Status**: Draft').replace('**Severity**', '**Published**: 2026-09-10  \n**Severity**'), { ...on, today: '2026-12-01' }), []);
});
