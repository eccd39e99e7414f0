import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, lintMd, textOf } from '../helpers/lint';

const ID = 'glossary-suggested';
const ON = { rules: { [ID]: 'info' } } as const;
const doc = (body: string, extra = '') => `# Post-Mortem: x\n\n## Executive Summary\n${body}\n${extra}`;

test('off by default', () => {
  assert.deepEqual(findingsOf(ID, doc('The SOA TTL of the NOC zone hit the LB and the CDN.')), []);
});

test('three or more undefined acronyms without a glossary are reported at the first', () => {
  const md = doc('The SOA TTL of the zone and the LB config were wrong.');
  const [f, ...rest] = findingsOf(ID, md, { config: ON });
  assert.equal(rest.length, 0);
  assert.equal(textOf(md, f), 'SOA');
  assert.match(f.message, /SOA, TTL, LB/);
});

test('a Glossary or Background section, spelt-out acronyms and common ones pass', () => {
  assert.deepEqual(findingsOf(ID, doc('The SOA TTL of the zone and the LB config.', '\n## Glossary\n- SOA: start of authority\n'), { config: ON }), []);
  assert.deepEqual(findingsOf(ID, doc('Start of authority (SOA), time to live (TTL) and load balancer (LB) were wrong.'), { config: ON }), []);
  assert.deepEqual(findingsOf(ID, doc('The API returned HTTP errors at 10:00 UTC; CPU was fine, see TODO.'), { config: ON }), []);
  assert.deepEqual(findingsOf(ID, doc('Only `SOA` and `TTL` and `LB` in code.'), { config: ON }), []);
});

test('hostile shapes do not throw', () => {
  for (const md of ['', 'AAA BBB CCC', '\ufeffAAA BBB CCC\r\n', '## Glossary']) {
    const { findings } = lintMd(md, { config: ON });
    assert.deepEqual(findings.filter((f) => f.ruleId === 'internal-error'), []);
  }
});
