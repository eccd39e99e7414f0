import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findingsOf, lintMd, textOf } from '../helpers/lint';

const ID = 'summary-too-long';
const GOOD = readFileSync(join(__dirname, '..', '..', 'examples', 'checkout-latency.postmortem.md'), 'utf8');
const doc = (n: number, heading = 'Executive Summary') =>
  `# Post-Mortem: x\n\n## ${heading}\n${Array.from({ length: n }, (_, i) => `Sentence number ${i + 1} says something.`).join(' ')}\n\n## Key Learnings\n${Array.from({ length: 9 }, (_, i) => `Learning ${i}.`).join(' ')}\n`;

test('up to five sentences pass', () => {
  assert.deepEqual(findingsOf(ID, GOOD), []);
  assert.deepEqual(findingsOf(ID, doc(5)), []);
});

test('six sentences are reported from the sixth on', () => {
  const md = doc(7);
  const [f, ...rest] = findingsOf(ID, md);
  assert.equal(rest.length, 0);
  assert.equal(f.severity, 'info');
  assert.match(f.message, /7 sentences/);
  assert.equal(textOf(md, f), 'Sentence number 6 says something. Sentence number 7 says something.');
});

test('the limit is configurable, list items count, and aliases are read', () => {
  assert.equal(findingsOf(ID, doc(3), { config: { summary: { maxSentences: 2 } } }).length, 1);
  assert.equal(findingsOf(ID, doc(6, 'TL;DR')).length, 1);
  const md = '# Post-Mortem: x\n\n## Executive Summary\n- One.\n- Two.\n- Three.\n\nFour. Five. Six.\n';
  assert.equal(findingsOf(ID, md).length, 1);
});

test('abbreviations and decimals do not split sentences; no summary, no finding', () => {
  assert.deepEqual(findingsOf(ID, '# Post-Mortem: x\n\n## Executive Summary\nLatency rose to 7.9 s, e.g. on checkout. It fell at 14:58. p99 was 610 ms.\n'), []);
  assert.deepEqual(findingsOf(ID, '# Post-Mortem: x\n\n## Key Learnings\nA. B. C. D. E. F. G.\n'), []);
});

test('hostile shapes do not throw', () => {
  for (const md of ['', '## Executive Summary', '\ufeff' + doc(8), doc(8).replace(/\n/g, '\r\n'), doc(8).trimEnd(), '## Executive Summary\n' + '.'.repeat(500)]) {
    const { findings } = lintMd(md);
    assert.deepEqual(findings.filter((f) => f.ruleId === 'internal-error'), []);
  }
  assert.equal(findingsOf(ID, doc(8).replace(/\n/g, '\r\n')).length, 1);
});

test("templates that do not ask for a short summary are not measured (Atlassian's \"few sentences\", the minimal one)", () => {
  const long = Array.from({ length: 8 }, (_, i) => `Sentence ${i + 1} about the incident.`).join(' ');
  const atlassian = `# x\n\n## Incident summary\n\n${long}\n\n## Leadup\n\nx\n\n## Fault\n\nx\n\n## Detection\n\nx\n\n## Response\n\nx\n`;
  assert.deepEqual(findingsOf('summary-too-long', atlassian), []);
  const google = `# x\n\n## Summary\n\n${long}\n\n## Impact\n\nx\n\n## Resolution\n\nx\n\n## Detection\n\nx\n`;
  assert.deepEqual(findingsOf('summary-too-long', google).map((f) => f.message), ['The Summary has 8 sentences; keep it to 5 or fewer (the template asks for a short summary).']);
});
