// Sizes: a 10,000-row timeline is checked in full; hostile ones (a 5 MB document, a log pasted
// as one long paragraph) are answered promptly, with checks limited and one diagnostic saying so,
// never a hung linter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, MAX_BLOCK_CHARS, MAX_CHECKED_CHARS } from '../../server/src/core/engine';
import { fixAll } from '../../server/src/core/fix';

const dns = readFileSync(join(__dirname, '..', '..', 'examples', 'dns-outage.postmortem.md'), 'utf8');

function check(source: string, checkedUpTo = MAX_CHECKED_CHARS) {
  const t = performance.now();
  const { findings } = lint(source, { today: '2026-11-20' });
  const ms = performance.now() - t;
  const limited = findings.filter((f) => f.ruleId === 'checks-limited');
  assert.equal(limited.length, 1);
  assert.match(limited[0].message, /only its first \d+ lines/);
  for (const f of findings) {
    assert.ok(f.start >= 0 && f.end <= checkedUpTo, `${f.ruleId} range inside the checked part`);
    assert.deepEqual(f.fixes, [], 'no fixes on a limited document');
  }
  assert.equal(fixAll(source, { today: '2026-11-20' }).text, source, 'fix-all leaves it alone');
  return ms;
}

test('a 5 MB document: checks limited, one diagnostic, no fixes', () => {
  const big = dns.repeat(Math.ceil(5_000_000 / dns.length));
  const ms = check(big);
  assert.ok(ms < 20_000, `took ${ms} ms`);
});

test('a 10,000-row timeline is checked in full', () => {
  const rows = Array.from({ length: 10_000 }, (_, i) => `| ${String(Math.floor(i / 60) % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} | Event ${i} on the queue consumers | Depth ${i} | Watched |`);
  const doc = `# Post-Mortem: long\n\n## Timeline of Events\n| Time | Event | Information Available | Decision/Action Taken |\n|---|---|---|---|\n${rows.join('\n')}\n`;
  assert.ok(doc.length > 500_000 && doc.length < MAX_CHECKED_CHARS);
  // The last rows are checked too: a time that runs backwards at the end is found.
  const reversed = doc.replace('| 22:39 | Event 9999 ', '| 00:01 | Event 9999 ');
  assert.notEqual(reversed, doc);
  const { model, findings } = lint(reversed, { today: '2026-11-20' });
  assert.ok(!findings.some((f) => f.ruleId === 'checks-limited'));
  assert.equal(model.tables[0].rows.length, 10_000);
  assert.ok(findings.some((f) => f.ruleId === 'timeline-order' && f.start > doc.length - 200));
});

test('a log pasted as one long paragraph: checked up to a line break near the block limit', () => {
  const log = Array.from({ length: 12_000 }, (_, i) => `2026-09-08T08:${String(i % 60).padStart(2, '0')}:01Z INFO request id=${i} path=/api/v1/items/${(i * 7) % 1000} status=200`).join('\n');
  const doc = `# Post-Mortem: pasted log\n\n## Timeline of Events\n${log}\n\n## Contributing Factors\n- The pool was too small.\n`;
  assert.ok(doc.length > 2 * MAX_BLOCK_CHARS && doc.length < MAX_CHECKED_CHARS);
  const ms = check(doc, 60 + MAX_BLOCK_CHARS);
  assert.ok(ms < 20_000, `took ${ms} ms`);
});

test('documents under the limit are checked in full, with fixes', () => {
  const { findings } = lint(dns, { today: '2026-11-20' });
  assert.ok(!findings.some((f) => f.ruleId === 'checks-limited'));
  assert.ok(findings.some((f) => f.fixes.length));
});
