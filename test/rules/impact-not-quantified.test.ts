import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findingsOf, lintMd, textOf } from '../helpers/lint';
import { quantifies } from '../../server/src/core/rules/structure/impact-not-quantified';

const ID = 'impact-not-quantified';
const GOOD = readFileSync(join(__dirname, '..', '..', 'examples', 'checkout-latency.postmortem.md'), 'utf8');
const doc = (summary: string, extra = '') => `# Post-Mortem: x\n\n## Executive Summary\n${summary}\n${extra}`;

test('a summary with numbers passes', () => {
  assert.deepEqual(findingsOf(ID, GOOD), []);
  assert.deepEqual(findingsOf(ID, doc('About 212,000 emails were delayed.')), []);
  assert.deepEqual(findingsOf(ID, doc('11% of checkout requests timed out.')), []);
  assert.deepEqual(findingsOf(ID, doc('Two enterprise customers invoked the SLA clause.')), []);
});

test('a summary without numbers is reported on its heading', () => {
  const md = doc('Some customers could not log in for a while.');
  const [f, ...rest] = findingsOf(ID, md);
  assert.equal(rest.length, 0);
  assert.equal(textOf(md, f), '## Executive Summary');
  assert.equal(f.severity, 'info');
});

test('dates and times are not impact numbers', () => {
  assert.equal(findingsOf(ID, doc('On 8 September 2026 at 09:04 the API went down, until 2026-09-08 11:20 CEST.')).length, 1);
  assert.ok(!quantifies('On Nov 2, 2026 at 6:25am the API failed.'));
  assert.ok(quantifies('For 52 minutes on 14 October the API failed.'));
});

test('an Impact section with numbers counts, and is read when there is no summary', () => {
  assert.deepEqual(findingsOf(ID, doc('Customers could not log in.', '\n## Impact\n- 640 tickets\n')), []);
  const md = '# Post-Mortem: x\n\n## Impact\nCustomers were unhappy.\n';
  const [f] = findingsOf(ID, md);
  assert.equal(textOf(md, f), '## Impact');
  assert.deepEqual(findingsOf(ID, '# Post-Mortem: x\n\n## Key Learnings\nNothing numeric.\n'), []);
});

test('hostile shapes do not throw', () => {
  for (const md of ['', '## Executive Summary', '## Impact', '\ufeff' + doc('x'), doc('x').replace(/\n/g, '\r\n'), doc('x').trimEnd()]) {
    const { findings } = lintMd(md);
    assert.deepEqual(findings.filter((f) => f.ruleId === 'internal-error'), []);
  }
});

test('an address is not a figure, and an impact of zero is a figure', () => {
  const ID = 'impact-not-quantified';
  const url = '# Post-Mortem: x\n\n## Executive Summary\n\nThe diff service locked up the cluster (see https://github.com/o/r/pull/406).\n';
  assert.equal(findingsOf(ID, url).length, 1);
  for (const zero of ['No packages were compromised and no action is required.', 'Nobody outside the team was affected.', 'Customers were not affected.']) {
    assert.deepEqual(findingsOf(ID, `# Post-Mortem: x\n\n## Executive Summary\n\n${zero}\n`), [], zero);
  }
  // Only the template's placeholder so far: placeholder-text reports it.
  assert.deepEqual(findingsOf(ID, '# Post-Mortem: x\n\n## Executive Summary\n[2-3 sentence summary of what happened and key learnings]\n'), []);
  // Another template's section is named by its heading.
  const google = '# x\n\n## Summary\n\nThe shard was slow.\n\n## Impact\n\nSome users saw errors.\n\n## Resolution\n\nx\n\n## Detection\n\nx\n';
  assert.deepEqual(findingsOf(ID, google).map((f) => f.message), ['The "Summary" section does not quantify the impact: add numbers (users, requests, %, minutes).']);
});
