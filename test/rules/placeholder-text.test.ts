import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findingsOf, lintMd, textOf } from '../helpers/lint';
import { SECTIONS } from '../../server/src/core/template';

const ID = 'placeholder-text';
const GOOD = readFileSync(join(__dirname, '..', '..', 'examples', 'checkout-latency.postmortem.md'), 'utf8');
const texts = (md: string) => findingsOf(ID, md).map((f) => textOf(md, f));

test('a finished document has no placeholder', () => {
  assert.deepEqual(findingsOf(ID, GOOD), []);
});

test('the seed template is full of placeholders, and every one is found', () => {
  const md = `# Post-Mortem: [Incident Title]\n**Date**: [Date of incident]  \n**Facilitator**: [Name]  \n**Participants**: [List of attendees]  \n**Severity**: [Critical/High/Medium/Low]  \n**Duration**: [How long incident lasted]\n\n${SECTIONS.map((s) => s.skeleton).join('\n')}`;
  const found = texts(md);
  for (const p of ['[Incident Title]', '[Date of incident]', '[Name]', '[List of attendees]', '[HH:MM]', '[What happened]', '[2-3 sentence summary of what happened and key learnings]', '[Date 2-4 weeks after incident]', '[YYYY-MM-DD]', '[Secondary insight]']) {
    assert.ok(found.includes(p), p);
  }
  assert.ok(findingsOf(ID, md).every((f) => f.severity === 'warning' && f.fixes.length === 0));
});

test('TBD, TODO, TBA, XXX, ??? in prose, cells and header values', () => {
  const md = '# Post-Mortem: x\n**Date**: TBD  \n**Facilitator**: <name>\n\n## Key Learnings\n- TBD: confirm the count.\n- TODO check this ???\n- Owner tba, see XXX\n\n## Action Items\n| Action | Owner | Due Date | Success Metric |\n|---|---|---|---|\n| Add a check | TBD | <DATE> | ... |\n| ... | ... | ... | ... |\n';
  assert.deepEqual(texts(md), ['TBD', '<name>', 'TBD', 'TODO', '???', 'tba', 'XXX', 'TBD', '<DATE>', '| ... | ... | ... | ... |']);
});

test('links, checkboxes, footnotes, log timestamps, HTML tags and code are not placeholders', () => {
  const md = [
    '# Post-Mortem: x',
    '**Date**: 2026-10-14  ',
    '**Participants**: [Eli](https://example.com/eli)  ',
    '',
    '## Key Learnings',
    '- See [the runbook](https://example.com) and [the dashboard][dash].',
    '- [x] done, as in [1] and [^2].',
    '- [03:12] alice: restarting',
    '- Use `[Name]` and `<name>` literally in code; todo lists are fine; Toddler.',
    '- Line<br>break and <b>bold</b> and <details>more</details>.',
    '- <https://example.com/autolink> and <ops@example.com>',
    '- Rate > 2s for 5m and x < y.',
    '',
    '<img src="a.png" alt="Gateway errors" width="600">',
    '',
    '> [Name] in a quote is a chat log',
    '',
    '[dash]: https://example.com/dash',
  ].join('\n');
  assert.deepEqual(texts(md), []);
});

test('an undefined reference in brackets is a placeholder; a defined one is a link', () => {
  assert.deepEqual(texts('# Post-Mortem: x\n\n## Key Learnings\n- Ask [Owner] for details.\n'), ['[Owner]']);
  assert.deepEqual(texts('# Post-Mortem: x\n\n## Key Learnings\n- Ask [Owner] for details.\n\n[owner]: https://example.com\n'), []);
});

test('quoted speech is exempt', () => {
  assert.deepEqual(texts('# Post-Mortem: x\n\n## Key Learnings\n- The vendor wrote "we will fix [...] soon".\n'), []);
});

test('hostile shapes do not throw', () => {
  for (const md of ['', '[', ']', '[]', '<>', '<<a>>', '| a |\n|---|\n| [ |', '\ufeff[Name]', '[Name]\r\n**Date**: TBD\r\n', '# [Name]', 'x'.repeat(10000) + '[', '<' + 'a'.repeat(50) + '>']) {
    const { findings } = lintMd(md);
    assert.deepEqual(findings.filter((f) => f.ruleId === 'internal-error'), [], JSON.stringify(md.slice(0, 20)));
  }
  assert.deepEqual(texts('# Post-Mortem: x\r\n**Date**: [Date]\r\n'), ['[Date]']);
  // With a BOM, remark's prose offsets are one short (reported); the header value is still found.
  assert.ok(findingsOf(ID, '\ufeff# Post-Mortem: x\r\n**Date**: [Date]\r\n').length >= 1);
});

test('bracketed timestamps in a timeline are not placeholders; an unknown "[???]" is', () => {
  const md = '# x\n\n## Timeline\n\n- [12-05 16:21] bug introduced\n- [03-26 23:04] outage starts\n- [13:26] reported\n- [???] degradation begins\n';
  assert.deepEqual(findingsOf('placeholder-text', md).map((f) => textOf(md, f)), ['[???]']);
});

test('a drawing in brackets is not a placeholder (posthog-2025-11-15: "[░░░░░██░░░]", a usage bar); "[...]" and "[?]" are', () => {
  assert.deepEqual(texts('# Post-Mortem: x\n\n## Key Learnings\n- OID space [░░░░░██░░░░░░██░░░] then [███░░████].\n'), []);
  assert.deepEqual(texts('# Post-Mortem: x\n\n## Key Learnings\n- Owner: [...] and [?].\n'), ['[...]', '[?]']);
});

test('brackets around a link are not a placeholder (posthog-2025-10-03: "[[PR](https://…)]")', () => {
  assert.deepEqual(texts('# Post-Mortem: x\n\n## Key Learnings\n- Ignore SDK exceptions. [[PR](https://github.com/PostHog/posthog-js/pull/2430)]\n'), []);
  assert.deepEqual(texts('# Post-Mortem: x\n\n## Key Learnings\n- Ask [Owner] about [the PR](https://example.com).\n'), ['[Owner]']);
});
