import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, findingsOf, textOf } from '../helpers/lint';

const ID = 'template-unknown';
const GOOGLE = '# Shard outage\n\n## Summary\n\nx\n\n## Impact\n\nx\n\n## Root Causes\n\nx\n\n## Resolution\n\nx\n\n## Detection\n\nx\n';

test('a front-matter template name that does not exist is reported on the name, with the detected template as the fix', () => {
  for (const value of ['gogle-sre', '"gogle-sre"', "'gogle-sre'", 'gogle-sre   # our template']) {
    const md = `---\ntitle: x\ntemplate: ${value}\n---\n${GOOGLE}`;
    const [f, ...rest] = findingsOf(ID, md);
    assert.equal(rest.length, 0, value);
    assert.equal(textOf(md, f), 'gogle-sre', value);
    assert.equal(f.severity, 'warning');
    assert.match(f.message, /checked as Google SRE, detected from its headings/);
    const fixed = applyFix(md, f.fixes[0]);
    assert.ok(fixed.includes('template: ') && fixed.includes('google-sre'), fixed);
    assert.deepEqual(findingsOf(ID, fixed), []);
  }
});

test("a team's own template is a known name; so are the built-ins and auto", () => {
  const config = { templates: { acme: { sections: [{ title: 'What happened', role: 'summary' }] } } };
  assert.deepEqual(findingsOf(ID, `---\ntemplate: acme\n---\n${GOOGLE}`, { config }), []);
  const [f] = findingsOf(ID, `---\ntemplate: acme\n---\n${GOOGLE}`);
  assert.match(f.message, /known: auto, seed, google-sre, atlassian, pagerduty, any\)/);
  for (const name of ['auto', 'seed', 'google-sre', 'Atlassian', 'pagerduty', 'any']) assert.deepEqual(findingsOf(ID, `---\ntemplate: ${name}\n---\n${GOOGLE}`), [], name);
});

test('not flagged: no front matter, no template key, an empty value', () => {
  assert.deepEqual(findingsOf(ID, GOOGLE), []);
  assert.deepEqual(findingsOf(ID, `---\ntitle: x\n---\n${GOOGLE}`), []);
  assert.deepEqual(findingsOf(ID, `---\ntemplate:\n---\n${GOOGLE}`), []);
});
