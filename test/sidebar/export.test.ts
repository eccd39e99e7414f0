// Action items out of a post-mortem (server/src/core/export.ts) and the export plan the command
// uses (file names, merging several documents).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildModel } from '../../server/src/core/model';
import { actionItems, cellText, columnsOf, toCsv, toJson, toMarkdownTable } from '../../server/src/core/export';
import { exportFileName, formatRows, mergeRows } from '../../client/src/sidebar/export-plan';
import { FIXTURE } from './fixture';

const rows = actionItems(buildModel(FIXTURE));

/** A small RFC 4180 reader, to check the CSV round-trips. */
function readCsv(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), out.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return out;
}

test('rows keyed by the template columns, extra columns by their header, cells as written', () => {
  assert.equal(rows.length, 3);
  assert.deepEqual(rows[0], { action: 'Add a latency alert on checkout p99', owner: '@sam', due: '2026-11-20', metric: 'Alert fires within 60 s', Ticket: 'OPS-1' });
  assert.equal(rows[1].action, 'Add canary analysis for latency | p99', '\\| is unescaped');
  assert.equal(rows[1].owner, '');
  assert.equal(rows[1].metric, 'Canary blocks a "2x", regression');
  assert.equal(rows[2].due, 'TBD');
  assert.deepEqual(columnsOf(rows), ['action', 'owner', 'due', 'metric', 'Ticket']);
});

test('documents without an action-items table give no rows; empty rows are skipped', () => {
  assert.deepEqual(actionItems(buildModel('# Notes\n\n| a | b |\n|---|---|\n| 1 | 2 |\n')), []);
  const md = '## Action Items\n| Action | Owner | Due Date | Success Metric |\n|---|---|---|---|\n|  |  |  |  |\n| Add X | @a | 2026-01-02 | m |\n';
  assert.deepEqual(actionItems(buildModel(md)).map((r) => r.action), ['Add X']);
});

test('columns in another order and aliases map to the template keys', () => {
  const md = '## Action Items\n| Owner | Task | Deadline | Done when |\n|---|---|---|---|\n| @a | Add X | 2026-01-02 | alert fires |\n';
  assert.deepEqual(actionItems(buildModel(md)), [{ action: 'Add X', owner: '@a', due: '2026-01-02', metric: 'alert fires' }]);
});

test('CSV follows RFC 4180: CRLF, header titles, quoted fields with commas and doubled quotes', () => {
  const csv = toCsv(rows);
  assert.ok(csv.endsWith('\r\n'));
  assert.equal(csv.split('\r\n')[0], 'Action,Owner,Due Date,Success Metric,Ticket');
  assert.ok(csv.includes('"Canary blocks a ""2x"", regression"'));
  assert.ok(csv.includes('\r\nAdd a latency alert on checkout p99,@sam,2026-11-20,Alert fires within 60 s,OPS-1\r\n'));
  const parsed = readCsv(csv);
  assert.equal(parsed.length, 4);
  assert.deepEqual(parsed[2], ['Add canary analysis for latency | p99', '', '2026-11-25', 'Canary blocks a "2x", regression', '']);
  // A line break inside a cell is quoted too.
  assert.equal(toCsv([{ action: 'a\nb', owner: '', due: '', metric: '' }]).split('\r\n')[1], '"a\nb",,,');
});

test('JSON is the rows as an array', () => {
  assert.deepEqual(JSON.parse(toJson(rows)), rows);
});

test('the markdown table escapes pipes and round-trips through the model', () => {
  const table = toMarkdownTable(rows);
  assert.ok(table.includes('latency \\| p99'));
  assert.equal(table.split('\n')[0], '| Action | Owner | Due Date | Success Metric | Ticket |');
  const again = actionItems(buildModel(`## Action Items\n${table}`));
  assert.deepEqual(again, rows);
});

test('cellText unescapes \\| only', () => {
  assert.equal(cellText(' a \\| b \\\\n '), 'a | b \\\\n');
});

test('export plan: file names next to the document, formats, merged rows with a file column', () => {
  assert.equal(exportFileName('2026-11-02-checkout.postmortem.md', 'csv'), '2026-11-02-checkout.postmortem.action-items.csv');
  assert.equal(exportFileName('notes.markdown', 'markdown'), 'notes.action-items.md');
  assert.equal(exportFileName('post-mortems', 'json'), 'post-mortems.action-items.json');
  assert.equal(formatRows(rows, 'csv'), toCsv(rows));
  assert.equal(formatRows(rows, 'json'), toJson(rows));
  assert.equal(formatRows(rows, 'markdown'), toMarkdownTable(rows));
  const merged = mergeRows([
    { file: 'postmortems/b.md', rows: [{ action: 'B1', owner: '', due: '', metric: '' }] },
    { file: 'postmortems/a.md', rows: [{ action: 'A1', owner: '', due: '', metric: '' }, { action: 'A2', owner: '', due: '', metric: '' }] },
  ]);
  assert.deepEqual(merged.map((r) => [r.file, r.action]), [['postmortems/a.md', 'A1'], ['postmortems/a.md', 'A2'], ['postmortems/b.md', 'B1']]);
  assert.equal(toCsv(merged).split('\r\n')[0], 'Action,Owner,Due Date,Success Metric,file');
});

test('the file column comes last whatever the order of the extra columns', () => {
  const merged = mergeRows([
    { file: 'a.md', rows: [{ action: 'A', owner: '', due: '', metric: '' }] },
    { file: 'b.md', rows: [{ action: 'B', owner: '', due: '', metric: '', Status: 'open' }] },
  ]);
  assert.deepEqual(columnsOf(merged), ['action', 'owner', 'due', 'metric', 'Status', 'file']);
  assert.deepEqual(columnsOf(rows), ['action', 'owner', 'due', 'metric', 'Ticket']);
});
