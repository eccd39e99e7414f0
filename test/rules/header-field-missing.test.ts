import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findingsOf, lintMd, applyFix, textOf } from '../helpers/lint';

const ID = 'header-field-missing';
const GOOD = readFileSync(join(__dirname, '..', '..', 'examples', 'checkout-latency.postmortem.md'), 'utf8');

test('a complete header has no finding', () => {
  assert.deepEqual(findingsOf(ID, GOOD), []);
});

test('a missing field is reported once, and the fix inserts it with a placeholder', () => {
  const md = GOOD.replace('**Facilitator**: Grace Okafor  \n', '');
  const found = findingsOf(ID, md);
  assert.equal(found.length, 1);
  assert.match(found[0].message, /Facilitator/);
  assert.equal(textOf(md, found[0]), '**Date**: 2026-10-14  ');
  const fix = found[0].fixes[0];
  assert.ok(fix.safe && fix.preferred);
  const fixed = applyFix(md, fix);
  assert.match(fixed, /\*\*Date\*\*: 2026-10-14  \n\*\*Facilitator\*\*: \[Name\]  \n\*\*Participants\*\*/);
  assert.deepEqual(findingsOf(ID, fixed), []);
});

test('plain `Field:` headers get a plain line, anchored on the first header line', () => {
  const md = '# Incident report\n\nDate: 2026-11-01  \nAttendees: Kofi Mensah  \nSeverity: High  \nDuration: 2h\n\n## Summary\nText.\n';
  const found = findingsOf(ID, md);
  assert.equal(found.length, 1);
  assert.equal(textOf(md, found[0]), 'Date: 2026-11-01  ');
  const fixed = applyFix(md, found[0].fixes[0]);
  assert.match(fixed, /Date: 2026-11-01  \nFacilitator: \[Name\]  \nAttendees/);
  assert.deepEqual(findingsOf(ID, fixed), []);
});

test('one finding per missing field; a document without a header gets them after the title', () => {
  const md = '# Post-Mortem: x\n\n## Executive Summary\nText.\n';
  const found = findingsOf(ID, md);
  assert.equal(found.length, 5);
  let text = md;
  for (let i = 0; i < 6; i++) {
    const next = findingsOf(ID, text)[0];
    if (!next) break;
    text = applyFix(text, next.fixes[0]);
  }
  assert.deepEqual(findingsOf(ID, text), []);
  assert.match(text, /^# Post-Mortem: x\n\*\*Date\*\*: \[Date of incident\]  \n\*\*Facilitator\*\*: \[Name\]  \n\*\*Participants\*\*: \[List of attendees\]  \n\*\*Severity\*\*: .*\n\*\*Duration\*\*: .*\n\n## Executive Summary/);
});

test('a last field without a hard break gets one when a field is appended after it', () => {
  const md = '# Post-Mortem: x\n**Date**: 2026-10-14  \n**Facilitator**: A B  \n**Participants**: A B  \n**Severity**: High\n\n## Executive Summary\nText.\n';
  const [f] = findingsOf(ID, md);
  const fixed = applyFix(md, f.fixes[0]);
  assert.match(fixed, /\*\*Severity\*\*: High  \n\*\*Duration\*\*: \[How long incident lasted\]  \n\n## Executive/);
  assert.deepEqual(findingsOf(ID, fixed), []);
});

test('an empty value is reported on its line, and the fix fills in the placeholder', () => {
  const md = GOOD.replace('**Facilitator**: Grace Okafor', '**Facilitator**:');
  const [f, ...rest] = findingsOf(ID, md);
  assert.equal(rest.length, 0);
  assert.match(f.message, /Facilitator field is empty/);
  const fixed = applyFix(md, f.fixes[0]);
  assert.match(fixed, /\*\*Facilitator\*\*: \[Name\]  \n/);
  assert.deepEqual(findingsOf(ID, fixed), []);
});

test('fields in front matter, list items and aliases count as present', () => {
  const md = '---\ndate: 2026-10-14\n---\n# Post-Mortem: x\n- **Facilitator**: A B\n- **Attendees**: C D\n- Severity: High\n- Impact window: 2h\n\n## Executive Summary\nText.\n';
  assert.deepEqual(findingsOf(ID, md), []);
});

test('CRLF documents get CRLF lines', () => {
  const md = GOOD.replace('**Severity**: High  \n', '').replace(/\n/g, '\r\n');
  const [f] = findingsOf(ID, md);
  const fixed = applyFix(md, f.fixes[0]);
  assert.ok(fixed.includes('**Severity**: [Critical/High/Medium/Low]  \r\n'));
  assert.ok(!/[^\r]\n/.test(fixed));
  assert.deepEqual(findingsOf(ID, fixed), []);
});

test('hostile shapes do not throw', () => {
  for (const md of ['', '\n', '# T', '## Executive Summary', '\ufeff' + GOOD, GOOD.trimEnd(), GOOD.replace(/\n/g, '\r\n'), '**Date**:', '---\n---\n']) {
    const { findings } = lintMd(md);
    assert.deepEqual(findings.filter((f) => f.ruleId === 'internal-error'), [], JSON.stringify(md.slice(0, 20)));
    for (const f of findings.filter((x) => x.ruleId === ID)) for (const fix of f.fixes) applyFix(md, fix);
  }
});

test('fields missing together are inserted together by the preferred fix; one field alone by the other', () => {
  const md = '# Post-Mortem: x\n**Date**: 2026-10-14  \n**Duration**: 1h\n\n## Executive Summary\nText.\n';
  const found = findingsOf(ID, md);
  assert.equal(found.length, 3);
  const [first] = found;
  assert.deepEqual(first.fixes.map((f) => f.title), ['Insert the Facilitator, Participants, Severity fields', 'Insert only the Facilitator field']);
  const all = applyFix(md, first.fixes[0]);
  assert.ok(all.includes('**Date**: 2026-10-14  \n**Facilitator**: [Name]  \n**Participants**: [List of attendees]  \n**Severity**: [Critical/High/Medium/Low]  \n**Duration**: 1h'));
  assert.deepEqual(findingsOf(ID, all), []);
  assert.equal(findingsOf(ID, applyFix(md, first.fixes[1])).length, 2);
});

test('a header inserted after front matter stays a paragraph before a following --- line (fix-all converges)', async () => {
  const { fixAll } = await import('../../server/src/core/fix');
  const md = '---\ntitle: x\n---\n---\n\n## Executive Summary\nText.\n';
  const once = fixAll(md, { today: '2026-11-20' });
  assert.ok(once.passes < 10, `fix-all needed ${once.passes} passes`);
  assert.equal(findingsOf('header-field-missing', once.text).length, 0);
});

test("another template's header fields: Google asks for a Date (a date in the title counts); PagerDuty for its owner", () => {
  const body = '\n## Summary\n\nx\n\n## Impact\n\nx\n\n## Root Causes\n\nx\n\n## Resolution\n\nx\n\n## Detection\n\nx\n';
  assert.deepEqual(findingsOf(ID, `# Shard outage\n${body}`).map((f) => f.message), ['The header has no Date field.']);
  assert.deepEqual(findingsOf(ID, `# January 23rd, 2019 Shard outage\n${body}`), []);
  assert.deepEqual(findingsOf(ID, `# Shard outage\n\nDate: 2019-01-23\n${body}`), []);
  // Envoy writes its header as headings.
  assert.deepEqual(findingsOf(ID, `# Shard outage\n\n## Incident date(s)\n\n2019-01-23\n${body}`), []);
  const pd = "# x\n\n## Overview\n\nx\n\n## What Happened\n\nx\n\n## Resolution\n\nx\n\n## How'd We Do?\n\nx\n";
  const [f] = findingsOf(ID, pd);
  assert.equal(f.message, 'The header has no Postmortem Owner field.');
  assert.ok(applyFix(pd, f.fixes[0]).includes('**Postmortem Owner**: [Name]'));
  assert.deepEqual(findingsOf(ID, pd.replace('# x\n', '# x\n\n**Postmortem Owner**: Sam\n')), []);
});
