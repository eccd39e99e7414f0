// The one model of an action item (server/src/core/action-items.ts): its cells, where it is, its
// due date, its status by the table's convention, what it lacks, and when it is overdue.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildModel } from '../../server/src/core/model';
import { actionItemsOf, daysOverdue } from '../../server/src/core/action-items';
import { actionItems } from '../../server/src/core/export';
import { FIXTURE } from '../sidebar/fixture';

const table = (header: string, ...rows: string[]) => `# Post-Mortem: t\n**Date**: 2026-11-02\n\n## Action Items\n${header}\n${header.replace(/[^|]+/g, '---')}\n${rows.join('\n')}\n`;
const items = (md: string) => actionItemsOf(buildModel(md));

test('cells as written, line and range of the row, due date, what is missing', () => {
  const [first, second, third] = actionItemsOf(buildModel(FIXTURE));
  assert.deepEqual(first.row, { action: 'Add a latency alert on checkout p99', owner: '@sam', due: '2026-11-20', metric: 'Alert fires within 60 s', Ticket: 'OPS-1' });
  assert.equal(first.line, 24);
  assert.deepEqual(first.range.start, { line: 24, character: 0 });
  assert.equal(first.dueIso, '2026-11-20');
  assert.deepEqual(first.missing, []);
  assert.deepEqual(second.missing, ['owner']);
  assert.equal(third.dueIso, undefined);
  assert.deepEqual(third.missing, ['due'], 'TBD is no date');
  assert.ok([first, second, third].every((i) => !i.done));
});

test('the export rows are the model\'s rows', () => {
  assert.deepEqual(actionItems(buildModel(FIXTURE)), actionItemsOf(buildModel(FIXTURE)).map((i) => i.row));
});

test('status from a Status column: Done, Closed, Won\'t do, [x] close an item; In progress, Open, [ ] and empty do not', () => {
  const md = table(
    '| Action | Owner | Due Date | Success Metric | Status |',
    '| Add A | @a | 2026-11-10 | m | Done |',
    '| Add B | @a | 2026-11-10 | m | ✅ Closed 2026-11-09 |',
    "| Add C | @a | 2026-11-10 | m | Won't do |",
    '| Add D | @a | 2026-11-10 | m | [x] |',
    '| Add E | @a | 2026-11-10 | m | In progress |',
    '| Add F | @a | 2026-11-10 | m | Open |',
    '| Add G | @a | 2026-11-10 | m | [ ] |',
    '| Add H | @a | 2026-11-10 | m |  |',
    '| Add I | @a | 2026-11-10 | m | Not done |',
  );
  assert.deepEqual(items(md).map((i) => [i.row.action, i.done, i.statusText ?? '']), [
    ['Add A', true, 'Done'],
    ['Add B', true, '✅ Closed 2026-11-09'],
    ['Add C', true, "Won't do"],
    ['Add D', true, '[x]'],
    ['Add E', false, 'In progress'],
    ['Add F', false, 'Open'],
    ['Add G', false, '[ ]'],
    ['Add H', false, ''],
    ['Add I', false, 'Not done'],
  ]);
});

test('status without a Status column: a checkbox before the Action, or a cell that reads Done', () => {
  const md = table(
    '| Action | Owner | Due Date | Success Metric |',
    '| [x] Add A | @a | 2026-11-10 | m |',
    '| [ ] Add B | @a | 2026-11-10 | m |',
    '| Add C | @a | Done | m |',
    '| Add D | @a | Done (2026-11-09) | m |',
    '| Add E | @a | 2026-11-10 | Done when the alert fires in a drill |',
    '| Add F | @a | 2026-11-10 | m |',
  );
  assert.deepEqual(items(md).map((i) => [i.done, i.statusText ?? '']), [
    [true, '[x]'],
    [false, '[ ]'],
    [true, 'Done'],
    [true, 'Done (2026-11-09)'],
    [false, ''],
    [false, ''],
  ]);
});

test('overdue: an open item past its due date, counted in days; done and undated items never are', () => {
  assert.equal(daysOverdue({ done: false, dueIso: '2026-11-10' }, '2026-11-20'), 10);
  assert.equal(daysOverdue({ done: false, dueIso: '2026-11-20' }, '2026-11-20'), undefined, 'due today is not overdue');
  assert.equal(daysOverdue({ done: true, dueIso: '2026-11-10' }, '2026-11-20'), undefined);
  assert.equal(daysOverdue({ done: false }, '2026-11-20'), undefined);
});

test('template rows of "..." and blank rows are no items; a table outside Action Items with Action and Owner is one', () => {
  assert.equal(items(table('| Action | Owner | Due Date | Success Metric |', '| ... | ... | ... | ... |', '|  |  |  |  |')).length, 0);
  const elsewhere = '# Notes\n\n## Follow-ups\n\n| Action | Owner |\n|---|---|\n| Add X | @a |\n';
  assert.deepEqual(items(elsewhere).map((i) => i.row.action), ['Add X']);
});
