import { test } from 'node:test';
import assert from 'node:assert/strict';
import { declaresTimeZone, formatDuration, formatTime, parseDuration, parseLeadingStamp, parseTimeCell, zoneOffsetIn } from '../../server/src/core/times';

const REF = '2026-11-01';

test('parses times of day in every common form', () => {
  const cases: [string, number, string | undefined][] = [
    ['14:23', 14 * 60 + 23, 'HH:MM'],
    ['14:23:05', 14 * 60 + 23, 'HH:MM:SS'],
    ['2:23 PM', 14 * 60 + 23, 'h:mm am'],
    ['2:23 p.m.', 14 * 60 + 23, 'h:mm am'],
    ['12:05 AM', 5, 'h:mm am'],
    ['12:05 PM', 12 * 60 + 5, 'h:mm am'],
    ['6:25am', 6 * 60 + 25, 'h:mm am'],
    ['6am', 6 * 60, 'h:mm am'],
    ['~02:30', 150, 'HH:MM'],
    ['14.23', 14 * 60 + 23, 'HH.MM'],
    ['9:05', 9 * 60 + 5, 'H:MM'],
    ['14:23 UTC', 14 * 60 + 23, 'HH:MM'],
    ['**14:23**', 14 * 60 + 23, 'HH:MM'],
  ];
  for (const [text, minutes, style] of cases) {
    const s = parseTimeCell(text, REF);
    assert.ok(s, text);
    assert.equal(s.minutes, minutes, text);
    assert.equal(s.style, style, text);
  }
  assert.equal(parseTimeCell('~02:30')!.approx, true);
  assert.equal(parseTimeCell('14:23')!.approx, false);
});

test('parses dates, zones and ISO 8601 with offsets', () => {
  const a = parseTimeCell('2026-03-02 14:23')!;
  assert.equal(a.date, '2026-03-02');
  assert.equal(a.minutes, 863);
  const b = parseTimeCell('2026-03-02T14:23:00+01:00')!;
  assert.equal(b.date, '2026-03-02');
  assert.equal(b.offset, 60);
  assert.equal(b.seconds, 0);
  assert.equal(parseTimeCell('2026-03-02T14:23Z')!.offset, 0);
  assert.equal(parseTimeCell('14:23 UTC')!.offset, 0);
  assert.equal(parseTimeCell('14:23 (CET)')!.offset, 60);
  assert.equal(parseTimeCell('14:23 PDT')!.offset, -420);
  assert.equal(parseTimeCell('14:23 UTC+2')!.offset, 120);
});

test('parses the list-timeline shapes, taking the year from the reference date', () => {
  assert.deepEqual([parseTimeCell('Sep 30, 14:10', REF)!.date, parseTimeCell('Sep 30, 14:10', REF)!.minutes], ['2026-09-30', 850]);
  assert.equal(parseTimeCell('Nov 1, 00:00', REF)!.minutes, 0);
  const d = parseTimeCell('Oct 17', REF)!;
  assert.equal(d.date, '2026-10-17');
  assert.equal(d.minutes, undefined);
  const r = parseTimeCell('Oct 2 – Oct 31', REF)!;
  assert.equal(r.date, '2026-10-02');
  assert.equal(r.endDate, '2026-10-31');
  // Year nearest the reference: "Dec 30" in a January incident is last year's.
  assert.equal(parseTimeCell('Dec 30, 23:10', '2027-01-02')!.date, '2026-12-30');
  assert.equal(parseTimeCell('3 March 2025 10:00')!.date, '2025-03-03');
});

test('rejects what is not a time', () => {
  for (const text of ['', 'foo', '25:00', '14:61', '13:00 PM', '14:23 ops', '2026-02-30 10:00', 'Deploy at 14:10', '42', '...', '[HH:MM]']) {
    assert.equal(parseTimeCell(text), undefined, text);
  }
});

test('time offsets point at the time of day (for normalising)', () => {
  const text = '2026-03-02 ~9:20 AM UTC';
  const s = parseTimeCell(text)!;
  assert.equal(text.slice(s.timeStart, s.timeEnd), '9:20 AM');
});

test('leading stamps of list items, with dashes and colons', () => {
  const cases: [string, string][] = [
    ['Sep 30, 14:10 — quarterly secret rotation', 'quarterly secret rotation'],
    ['Oct 2 – Oct 31 — renewal retried', 'renewal retried'],
    ['Oct 17 — certificate dashboard', 'certificate dashboard'],
    ['~02:30 — two partners', 'two partners'],
    ['6:25am — Laura messages', 'Laura messages'],
    ['00:02 - gateway logs', 'gateway logs'],
    ['14:10: deploy starts', 'deploy starts'],
    ['14:10 API gateway logs', 'API gateway logs'],
  ];
  for (const [text, rest] of cases) assert.equal(parseLeadingStamp(text, REF)?.rest, rest, text);
  assert.equal(parseLeadingStamp('Deploy at 14:10'), undefined);
  assert.equal(parseLeadingStamp('3 retries failed'), undefined);
});

test('durations', () => {
  const cases: [string, number][] = [
    ['47 minutes', 47],
    ['2h 10m', 130],
    ['1 hour 5 minutes', 65],
    ['~3 h', 180],
    ['~6h 40m (partners), longer for some', 400],
    ['2 hours and 10 minutes', 130],
    ['52 minutes (14:06 to 14:58 UTC)', 52],
    ['an hour', 60],
    ['1.5 hours', 90],
    ['2 days', 2880],
    ['14:06 to 14:58', 52],
    ['23:30 – 00:15', 45],
  ];
  for (const [text, minutes] of cases) assert.equal(parseDuration(text)?.minutes, minutes, text);
  for (const text of ['ongoing', 'unknown', 'several', '']) assert.equal(parseDuration(text), undefined, text);
  assert.equal(formatDuration(130), '2 h 10 min');
});

test('formats times', () => {
  assert.equal(formatTime(560, 'HH:MM'), '09:20');
  assert.equal(formatTime(863, 'h:mm am'), '2:23 PM');
  assert.equal(formatTime(5, 'h:mm am'), '12:05 AM');
  assert.equal(formatTime(863, 'HH:MM:SS', 5), '14:23:05');
  assert.equal(formatTime(863, 'HH.MM'), '14.23');
});

test('time-zone declarations', () => {
  for (const t of ['All times UTC.', 'Time (CEST)', 'times are in PT', 'UTC+2', 'local time (Berlin)', 'Timestamps in +01:00']) assert.ok(declaresTimeZone(t), t);
  for (const t of ['All times are approximate.', 'Time', 'est. 70 minutes', 'et al.', 'the customer']) assert.ok(!declaresTimeZone(t), t);
});

test('zoneOffsetIn reads the declared zone', () => {
  assert.equal(zoneOffsetIn('Time (CEST)'), 120);
  assert.equal(zoneOffsetIn('All times are UTC on 2026-10-14.'), 0);
  assert.equal(zoneOffsetIn('Times in utc+2'), 120);
  assert.equal(zoneOffsetIn('Time'), undefined);
  assert.equal(zoneOffsetIn('est. 70 minutes'), undefined);
});

test('a leading stamp with a zone and a plain space before the text (Google-style timelines)', () => {
  const a = parseLeadingStamp('01:00 UTC Backup job runs');
  assert.equal(a?.stamp.zone, 'UTC');
  assert.equal(a?.rest, 'Backup job runs');
  const b = parseLeadingStamp('2026-09-02 01:00 UTC Backup job runs');
  assert.deepEqual([b?.stamp.date, b?.stamp.minutes, b?.rest], ['2026-09-02', 60, 'Backup job runs']);
  // Words after a time are not zones.
  assert.equal(parseLeadingStamp('14:51 News reports that')?.rest, 'News reports that');
  assert.equal(parseLeadingStamp('14:51 UTCnews')?.stamp.zone, undefined);
});

test('date-grain time cells real timelines use: a month, two days, a range in words, a date and a part of the day (catalogue §4.3, issue 11)', () => {
  assert.equal(parseTimeCell('Jul 2024')?.date, '2024-07-01');
  assert.equal(parseTimeCell('September 2024')?.date, '2024-09-01');
  assert.deepEqual([parseTimeCell('2026-06-20, 2026-06-21')?.date, parseTimeCell('2026-06-20, 2026-06-21')?.endDate], ['2026-06-20', '2026-06-21']);
  assert.deepEqual([parseTimeCell('Between 2023-07-10 to 2023-07-16')?.date, parseTimeCell('Between 2023-07-10 to 2023-07-16')?.endDate], ['2023-07-10', '2023-07-16']);
  assert.equal(parseTimeCell('2026-06-22 end of day')?.date, '2026-06-22');
  assert.equal(parseTimeCell('2026-06-22 (morning)')?.date, '2026-06-22');
  // Still not times: a date with other words, a bare year, a month with a day count.
  for (const raw of ['2026-06-22 meeting', '2024', 'Jul 2024 to Aug', '14:05 end of day']) assert.equal(parseTimeCell(raw), undefined, raw);
  assert.ok(declaresTimeZone('All times in UC/Pacific'));
  assert.ok(!declaresTimeZone('All times approximate'));
});

test('a day before the time of day, and a note after it, are read (other teams\' timelines, stop 30)', () => {
  assert.equal(parseTimeCell('Monday 10:02')?.minutes, 602);
  assert.equal(parseTimeCell('Day 2 09:15')?.minutes, 555);
  assert.deepEqual([parseTimeCell('2023/05/01 10:02')?.date, parseTimeCell('2023/05/01 10:02')?.minutes], ['2023-05-01', 602]);
  assert.equal(parseTimeCell('4/21/23 9:40 PM')?.date, '2023-04-21');
  // Month first unless the first number cannot be a month.
  assert.equal(parseTimeCell('21/4/23 21:40')?.date, '2023-04-21');
  assert.equal(parseTimeCell('10:00ish')?.minutes, 600);
  assert.equal(parseTimeCell('23:58 (day before)')?.minutes, 1438);
  // The time's own range starts after the day.
  const c = parseTimeCell('Monday 10:02')!;
  assert.equal('Monday 10:02'.slice(c.timeStart, c.timeEnd), '10:02');
  // Not times: a bare number, an impossible date, words.
  for (const cell of ['1002', '13/13 10:02', 'Morning', 'Monday']) assert.equal(parseTimeCell(cell)?.minutes, undefined, cell);
});

test('more of the shapes real timelines use: a chat stamp in brackets, "@" before the time, European dates, a second zone (stop 30)', () => {
  assert.equal(parseTimeCell('[09:42]')?.minutes, 582);
  assert.deepEqual([parseTimeCell('2024-01-17 @ 09:42')?.date, parseTimeCell('2024-01-17 @ 09:42')?.minutes], ['2024-01-17', 582]);
  assert.equal(parseTimeCell('17.01.2024 09:42')?.date, '2024-01-17');
  assert.equal(parseTimeCell('17-01-2024 09:42')?.date, '2024-01-17');
  assert.equal(parseTimeCell('2024.01.17 09:42')?.date, '2024-01-17');
  assert.equal(parseTimeCell('01-17 09:42', '2024-01-20')?.date, '2024-01-17');
  assert.equal(parseTimeCell('09:42 UTC / 10:42 CET')?.minutes, 582);
  for (const cell of ['[see below]', '17.13.2024 09:42', 'T+15']) assert.equal(parseTimeCell(cell)?.minutes, undefined, cell);
});

test('still more shapes of other teams\' timelines: an hour mark, a linked time, "around", notes after the time (stop 31)', () => {
  assert.equal(parseTimeCell('10h30')?.minutes, 630);
  assert.equal(parseTimeCell('2023-01-05 10h30')?.date, '2023-01-05');
  assert.equal(parseTimeCell('10:30h')?.minutes, 630);
  assert.equal(parseTimeCell('10:30 hrs')?.minutes, 630);
  const linked = parseTimeCell('[10:30](https://logs.example.com/l/1)')!;
  assert.equal(linked.minutes, 630);
  assert.equal('[10:30](https://logs.example.com/l/1)'.slice(linked.timeStart, linked.timeEnd), '10:30');
  assert.deepEqual([parseTimeCell('around 10:30')?.minutes, parseTimeCell('around 10:30')?.approx], [630, true]);
  assert.equal(parseTimeCell('roughly 9:40 PM')?.minutes, 1300);
  for (const cell of ['10:30*', '10:30?', '10:30-ish', '10:30 next day']) assert.equal(parseTimeCell(cell)?.minutes, 630, cell);
  for (const cell of ['10 hours', '10h', '[10:30](not a link)', 'around noon']) assert.equal(parseTimeCell(cell)?.minutes, undefined, cell);
});

test('military time, a bound, a day then its time, a numeric date alone (other teams\' timelines, stop 35)', () => {
  const z = parseTimeCell('1420Z')!;
  assert.deepEqual([z.minutes, z.style, z.offset], [860, 'HHMM', 0]);
  assert.deepEqual([parseTimeCell('0905 UTC')?.minutes, parseTimeCell('1420 hrs')?.offset], [545, undefined]);
  assert.equal(formatTime(545, 'HHMM'), '0905');
  for (const cell of ['1420', '1420 ops', '1420 pst', '2460Z', '1470Z']) assert.equal(parseTimeCell(cell), undefined, cell);
  const bound = parseTimeCell('shortly after 14:00')!;
  assert.deepEqual([bound.minutes, bound.approx], [840, true]);
  assert.equal(parseTimeCell('by 9:30 PM')?.minutes, 21 * 60 + 30);
  const dayTime = parseTimeCell('2023-01-04 - 13:05')!;
  assert.deepEqual([dayTime.date, dayTime.minutes, '2023-01-04 - 13:05'.slice(dayTime.timeStart, dayTime.timeEnd)], ['2023-01-04', 785, '13:05']);
  assert.deepEqual([parseTimeCell('Jan 4 – 13:05', '2023-01-10')?.date, parseTimeCell('Jan 4 – 13:05', '2023-01-10')?.minutes], ['2023-01-04', 785]);
  // Still a range: two dates, two times.
  assert.equal(parseTimeCell('2023-01-04 - 2023-01-05')?.endDate, '2023-01-05');
  assert.equal(parseTimeCell('14:00 - 15:00')?.minutes, 840);
  assert.equal(parseTimeCell('17.01.2024')?.date, '2024-01-17');
  assert.equal(parseTimeCell('2024/01/17')?.date, '2024-01-17');
  assert.equal(parseTimeCell('4/21/23')?.date, '2023-04-21');
  // Numbers without a year stay unread: a count, a ratio, a version.
  for (const cell of ['3-5', '1/2', '17.13.2024']) assert.equal(parseTimeCell(cell)?.date, undefined, cell);
});
