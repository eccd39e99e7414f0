import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, inSection, textOf, applyFix } from '../helpers/lint';

const id = 'inclusive-language';

test('reports retext-equality findings in category language, with alternatives as fixes', () => {
  const md = inSection('The guys on the database team moved the host off the blacklist.');
  const found = findingsOf(id, md);
  assert.deepEqual(found.map((f) => textOf(md, f)), ['guys', 'blacklist']);
  assert.ok(found.every((f) => f.category === 'language' && f.severity === 'info'));
  assert.equal(applyFix(md, found[1].fixes[0]), inSection('The guys on the database team moved the host off the blocklist.'));
});

test('reads table cells too, with exact ranges', () => {
  const md = '# Post-Mortem: x\n\n## Timeline of Events\n\n| Time | Event | Information Available | Decision/Action Taken |\n|---|---|---|---|\n| 10:00 | The guys restarted the pool | Pool 100% | Restarted |\n';
  const [f] = findingsOf(id, md);
  assert.equal(textOf(md, f), 'guys');
});

test('pronouns for named people and hindsight words are left to the blame rules', () => {
  for (const s of ['Laura saw the emails on her phone.', 'She does not have pager access.', 'The dashboard clearly labels each region.', 'The page arrived just as the backup started.']) {
    assert.equal(findingsOf(id, inSection(s)).length, 0, s);
  }
});

test('code and quotes are exempt; language.inclusive false turns it off', () => {
  assert.equal(findingsOf(id, inSection('We renamed `blacklist.txt` to `denylist.txt`.')).length, 0);
  assert.equal(findingsOf(id, inSection('The ticket said "the guys in support are waiting".')).length, 0);
  assert.equal(findingsOf(id, inSection('The guys restarted it.'), { config: { language: { inclusive: false } } }).length, 0);
});
