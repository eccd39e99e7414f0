import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, inSection, textOf, applyFix } from '../helpers/lint';

const id = 'outage-wording';

test('flags "outage" in customer-facing sections only', () => {
  const md = inSection('We are sorry for the outage that affected checkout on 14 October.', 'External Message');
  const [f] = findingsOf(id, md);
  assert.equal(textOf(md, f), 'outage');
  assert.equal(f.severity, 'info');
  assert.equal(f.category, 'language');
  for (const section of ['Customer Communication', 'Status Page', 'Public Summary']) {
    assert.equal(findingsOf(id, inSection('Outages are rare.', section)).length, 1, section);
  }
  assert.equal(findingsOf(id, inSection('The outage lasted 52 minutes.', 'Executive Summary')).length, 0);
  assert.equal(findingsOf(id, inSection('The outage lasted 52 minutes.', 'Impact')).length, 0);
});

test('quoted status-page text and code are exempt', () => {
  assert.equal(findingsOf(id, inSection('The status page said "Major outage, API" at 11:05.', 'External Message')).length, 0);
  assert.equal(findingsOf(id, inSection('The `outage` flag was set.', 'External Message')).length, 0);
});

test('fixes keep case and number', () => {
  const md = inSection('Outages like this one are rare.', 'External Message');
  const [f] = findingsOf(id, md);
  assert.equal(applyFix(md, f.fixes[0]), inSection('Incidents like this one are rare.', 'External Message'));
  assert.equal(applyFix(md, f.fixes[1]), inSection('Service degradations like this one are rare.', 'External Message'));
});
