import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyFix, findingsOf, lintMd } from '../helpers/lint';
import { buildModel } from '../../server/src/core/model';
import { fixOf } from './timeline-fix-helper';

const LIST = [
  '# Post-Mortem: t',
  '**Date**: 2026-11-01',
  '',
  '## Timeline',
  '',
  'All times UTC.',
  '',
  '- Oct 31, 23:50 — deploy of `api|v2` starts; the rollout',
  '  wraps onto a second line',
  '- 00:05 – error rate at 5% | rising',
  '- ~00:20: rollback',
  '- Nov 2 — follow-up fix shipped',
  '- something without a time',
  '',
  '## Key Learnings',
  '- x',
  '',
].join('\n');

test('flags a bullet-list timeline as a non-template timeline', () => {
  const f = findingsOf('timeline-not-table', LIST);
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'warning');
  assert.match(f[0].message, /non-template timeline/);
  assert.equal(LIST.slice(f[0].start, f[0].end), 'Timeline');
});

test('the conversion builds the 4-column table: leading time to Time, rest to Event, dates inherited', () => {
  const { fix } = fixOf('timeline-not-table', LIST);
  assert.equal(fix.safe, true);
  const out = applyFix(LIST, fix);
  const model = buildModel(out);
  const t = model.tables[0];
  assert.deepEqual(t.columns, ['time', 'event', 'info', 'decision']);
  assert.equal(t.rows.length, 5);
  const cells = t.rows.map((r) => r.cells.map((c) => c.raw));
  assert.deepEqual(cells[0].slice(0, 2), ['2026-10-31 23:50', 'deploy of `api\\|v2` starts; the rollout wraps onto a second line']);
  assert.deepEqual(cells[1].slice(0, 2), ['2026-11-01 00:05', 'error rate at 5% \\| rising']);
  assert.deepEqual(cells[2].slice(0, 2), ['2026-11-01 ~00:20', 'rollback']);
  assert.deepEqual(cells[3].slice(0, 2), ['2026-11-02', 'follow-up fix shipped']);
  assert.deepEqual(cells[4].slice(0, 2), ['', 'something without a time']);
  assert.ok(t.rows.every((r) => r.cells.length === 4));
  // Nothing outside the list changed.
  const listStart = LIST.indexOf('- Oct 31');
  const listEnd = LIST.indexOf('\n\n## Key');
  assert.equal(out.slice(0, listStart), LIST.slice(0, listStart));
  assert.ok(out.endsWith(LIST.slice(listEnd)));
  // Re-lint: no longer a non-template timeline; the row without a time is reported once.
  const after = lintMd(out).findings;
  assert.deepEqual(after.filter((x) => x.ruleId === 'timeline-not-table'), []);
  assert.equal(after.filter((x) => x.ruleId === 'timeline-time-format').length, 1);
  assert.deepEqual(after.filter((x) => x.ruleId === 'timeline-order'), []);
});

test('per-row checks do not run on a list; timezone and lead-up do', () => {
  const md = '# Post-Mortem: t\n\n## Timeline\n\n- 9:20 AM — alert fires for checkout\n- 10.52 — rollback\n- 10:00 — x\n';
  const ids = lintMd(md).findings.map((f) => f.ruleId);
  assert.ok(ids.includes('timeline-not-table'));
  assert.ok(ids.includes('timeline-timezone'));
  assert.ok(ids.includes('timeline-lead-up'));
  for (const id of ['timeline-time-format', 'timeline-order', 'timeline-columns', 'timeline-info-missing']) assert.ok(!ids.includes(id), id);
});

test('paragraph timelines are reported without a fix', () => {
  const md = '# Post-Mortem: t\n\n## Timeline\n\n10:00 — deploy starts\n10:05 — error rate rises\n';
  const f = findingsOf('timeline-not-table', md);
  assert.equal(f.length, 1);
  assert.deepEqual(f[0].fixes, []);
});

test('not flagged: a table timeline, an empty section (timeline-missing), prose without times', () => {
  assert.deepEqual(findingsOf('timeline-not-table', '# P\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| 10:00 | x |\n'), []);
  assert.deepEqual(findingsOf('timeline-not-table', '# P\n\n## Timeline\n\nTo be written after the review.\n'), []);
});

test('cert-expiry: the conversion handles the real shapes and re-lints clean', () => {
  // Pinned to the seed's template: read as Google's (its detected template), a list timeline is the template's own form.
  const src = readFileSync(join(__dirname, '..', '..', 'examples', 'cert-expiry.postmortem.md'), 'utf8').replace('status: draft\n', 'status: draft\ntemplate: seed\n');
  assert.ok(src.includes('template: seed'));
  const { fix } = fixOf('timeline-not-table', src);
  const out = applyFix(src, fix);
  const t = buildModel(out).tables.find((x) => x.section?.id === 'timeline')!;
  assert.equal(t.rows.length, 18);
  const times = t.rows.map((r) => r.cells[0].raw);
  assert.equal(times[0], '2026-09-30 14:10');
  assert.equal(times[2], '2026-10-02 – 2026-10-31');
  assert.equal(times[3], '2026-10-17');
  assert.equal(times[5], '2026-11-01 00:02');
  assert.equal(times[7], '2026-11-01 ~02:30');
  assert.equal(times[9], '2026-11-01 06:25');
  assert.match(t.rows[1].cells[1].raw, /DNS-01 challenge rejected, "401 invalid token"$/);
  const ids = lintMd(out).findings.filter((f) => f.category === 'timeline').map((f) => f.ruleId);
  assert.deepEqual(ids, []);
});

test('nested bullets join their parent row; nothing is lost', () => {
  const md = '# Post-Mortem: t\n\n## Timeline\n\n- 10:00 — deploy starts\n  - canary at 5%\n  - canary at 50%\n- 10:20 — alert\n';
  const out = applyFix(md, fixOf('timeline-not-table', md).fix);
  const t = buildModel(out).tables[0];
  assert.deepEqual(t.rows.map((r) => r.cells.slice(0, 2).map((c) => c.raw)), [['10:00', 'deploy starts; canary at 5%; canary at 50%'], ['10:20', 'alert']]);
});

test('without a header Date, month-day stamps take their year from context.today', () => {
  const md = '# Post-Mortem: t\n\n## Timeline\n\n- Sep 30, 14:10 — rotation\n- Oct 2, 03:00 — renewal fails\n';
  const timeOf = (today: string) => {
    const [f] = findingsOf('timeline-not-table', md, { today });
    return buildModel(applyFix(md, f.fixes[0])).tables[0].rows[0].cells[0].raw;
  };
  assert.equal(timeOf('2026-11-20'), '2026-09-30 14:10');
  assert.equal(timeOf('2031-01-05'), '2030-09-30 14:10');
});

test('a bullet holding a code block or a second paragraph: the conversion is offered, not applied on save', () => {
  const md = '# Post-Mortem: t\n\n## Timeline\n\n- 10:00 — ran\n\n  ```\n  kubectl get pods\n  ```\n- 10:20 — alert\n';
  const [f] = findingsOf('timeline-not-table', md);
  assert.equal(f.fixes[0].safe, false);
  assert.equal(findingsOf('timeline-not-table', LIST)[0].fixes[0].safe, true);
});

test("a list timeline is the template's own form in Google's, Atlassian's, PagerDuty's and the minimal template", () => {
  const md = '# x\n\n## Summary\n\nx\n\n## Impact\n\nx\n\n## Resolution\n\nx\n\n## Detection\n\nx\n\n## Timeline\n\n- 10:00 UTC deploy\n- 10:05 UTC alert\n';
  assert.deepEqual(findingsOf('timeline-not-table', md), []);
  assert.equal(findingsOf('timeline-not-table', md, { config: { template: 'seed' } }).length, 1);
});

test("a document in a team's own format, read as the seed's only by default, keeps its list (real post-mortems, stop 28)", () => {
  const own = '# CVE-2018-17144 full disclosure\n\nThe bug was reported privately.\n\n## Timeline\n\n- 2018-09-17 14:57 UTC: report received\n- 2018-09-18 20:40 UTC: fix released\n\n## Details\n\nx\n';
  assert.deepEqual(findingsOf('timeline-not-table', own), []);
  // The seed's own header field, or its title, says the seed's template is the one meant; a
  // Severity line, which every kind of report has, does not (stop 32).
  assert.equal(findingsOf('timeline-not-table', own.replace('The bug was reported privately.', 'Facilitator: Ana')).length, 1);
  assert.deepEqual(findingsOf('timeline-not-table', own.replace('The bug was reported privately.', 'Severity: High')), []);
  assert.equal(findingsOf('timeline-not-table', own.replace('# CVE-2018-17144 full disclosure', '# Post-Mortem: CVE-2018-17144')).length, 1);
});
