// Hostile sizes: a 5 MB document and a 10,000-row table are answered promptly, with checks
// limited and one diagnostic saying so, never a hung linter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, MAX_CHECKED_CHARS } from '../../server/src/core/engine';
import { fixAll } from '../../server/src/core/fix';

const dns = readFileSync(join(__dirname, '..', '..', 'examples', 'dns-outage.postmortem.md'), 'utf8');

function check(source: string) {
  const t = performance.now();
  const { findings } = lint(source, { today: '2026-11-20' });
  const ms = performance.now() - t;
  const limited = findings.filter((f) => f.ruleId === 'checks-limited');
  assert.equal(limited.length, 1);
  assert.match(limited[0].message, /only its first \d+ lines/);
  for (const f of findings) {
    assert.ok(f.start >= 0 && f.end <= MAX_CHECKED_CHARS, `${f.ruleId} range inside the checked part`);
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

test('a 10,000-row timeline: checks limited, the rows before the limit still checked', () => {
  const rows = Array.from({ length: 10_000 }, (_, i) => `| ${String(Math.floor(i / 60) % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} | Event ${i} on the queue consumers | Depth ${i} | Watched |`);
  const doc = `# Post-Mortem: long\n\n## Timeline of Events\n| Time | Event | Information Available | Decision/Action Taken |\n|---|---|---|---|\n${rows.join('\n')}\n`;
  assert.ok(doc.length > MAX_CHECKED_CHARS);
  check(doc);
});

test('documents under the limit are checked in full, with fixes', () => {
  const { findings } = lint(dns, { today: '2026-11-20' });
  assert.ok(!findings.some((f) => f.ruleId === 'checks-limited'));
  assert.ok(findings.some((f) => f.fixes.length));
});
