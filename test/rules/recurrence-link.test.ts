import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, lintMd, textOf } from '../helpers/lint';

const ID = 'recurrence-link';
const ON = { rules: { [ID]: 'info' } } as const;
const doc = (extra: string) => `# Post-Mortem: x\n\n## Contributing Factors\n- a\n- b\n${extra}`;

test('off by default', () => {
  assert.deepEqual(findingsOf(ID, doc('')), []);
});

test('no related incident is reported on Contributing Factors', () => {
  const md = doc('');
  const [f] = findingsOf(ID, md, { config: ON });
  assert.equal(textOf(md, f), '## Contributing Factors');
});

test('a link or id to a related incident, a Related Incidents section, or "none found" passes', () => {
  assert.deepEqual(findingsOf(ID, doc('\n## Supporting Information\n- A similar incident in March: [INC-2031](https://example.com/inc/2031)\n'), { config: ON }), []);
  assert.deepEqual(findingsOf(ID, doc('\nThis repeats the earlier outage INC-1999.\n'), { config: ON }), []);
  assert.deepEqual(findingsOf(ID, doc('\n## Related Incidents\n- none\n'), { config: ON }), []);
  assert.deepEqual(findingsOf(ID, doc('\nRelated incidents: none found.\n'), { config: ON }), []);
  assert.equal(findingsOf(ID, doc('\nA related incident happened once.\n'), { config: ON }).length, 1);
});

test('hostile shapes do not throw', () => {
  for (const md of ['', '# T', '\ufeff' + doc(''), doc('').replace(/\n/g, '\r\n')]) {
    const { findings } = lintMd(md, { config: ON });
    assert.deepEqual(findings.filter((f) => f.ruleId === 'internal-error'), []);
  }
});
