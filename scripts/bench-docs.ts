// Generated post-mortems of a given length for the benchmark: the template's sections with a
// timeline and action table in proportion, and prose drawn from the examples (blame language
// included), so every rule family has work to do.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProtocolConnection } from 'vscode-languageserver-protocol/node';

const ROOT = join(__dirname, '..');
const PROSE = ['dns-outage', 'queue-backlog', 'checkout-latency', 'cert-expiry']
  .map((n) => readFileSync(join(ROOT, 'examples', `${n}.postmortem.md`), 'utf8'))
  .join('\n')
  .split('\n')
  .filter((l) => /^(- |\d+\. )?[A-Z][a-z]/.test(l) && l.length > 40 && !l.includes('|'));
const ROWS = readFileSync(join(ROOT, 'examples', 'dns-outage.postmortem.md'), 'utf8')
  .split('\n')
  .filter((l) => /^\| \d/.test(l));
const ACTIONS = readFileSync(join(ROOT, 'examples', 'checkout-latency.postmortem.md'), 'utf8')
  .split('\n')
  .filter((l) => /^\| [A-Z]/.test(l) && !l.startsWith('| Time') && !l.startsWith('| Action') && !/^\| \d/.test(l));

export function generateDocument(lines: number, seed: number): string {
  const out: string[] = [
    `# Post-Mortem: generated incident ${seed}`,
    '**Date**: 2026-09-08  ',
    '**Facilitator**: Grace Okafor  ',
    '**Participants**: Marcus Webb, Eli Novak, Sofia Lindqvist, Hannah Berg, NOC  ',
    '**Severity**: High  ',
    '**Duration**: 2 hours 10 minutes',
    '',
    '## Executive Summary',
    PROSE[seed % PROSE.length],
    '',
  ];
  const timelineRows = Math.max(3, Math.floor(lines * 0.35));
  const actionRows = Math.max(2, Math.floor(lines * 0.05));
  out.push('## Timeline of Events', 'All times UTC.', '', '| Time | Event | Information Available | Decision/Action Taken |', '|------|-------|----------------------|----------------------|');
  for (let i = 0; i < timelineRows; i++) {
    const minute = i % 60;
    const hour = (8 + Math.floor(i / 60)) % 24;
    const day = 8 + Math.floor((8 * 60 + i) / 1440);
    const row = ROWS[(i + seed) % ROWS.length].split('|').slice(2);
    out.push(`| 2026-09-${String(day).padStart(2, '0')} ${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')} |${row.join('|')}`);
  }
  out.push('', '## Contributing Factors');
  const proseBudget = Math.max(8, lines - out.length - actionRows - 20);
  const subsections = ['Technical Factors', 'Process Factors', 'Communication Factors', 'Environmental Factors'];
  const perSection = Math.max(2, Math.floor(proseBudget / 8));
  for (const s of subsections) {
    out.push(`### ${s}`);
    for (let i = 0; i < perSection; i++) out.push('- ' + PROSE[(i * 7 + seed + s.length) % PROSE.length].replace(/^(- |\d+\. )/, ''));
    out.push('');
  }
  out.push('## What Went Well', '- The page reached the on-call within two minutes.', '', '## Key Learnings');
  for (let i = 0; i < perSection; i++) out.push(`${i + 1}. ${PROSE[(i * 3 + seed) % PROSE.length].replace(/^(- |\d+\. )/, '')}`);
  out.push('', '## Action Items', '| Action | Owner | Due Date | Success Metric |', '|--------|-------|----------|----------------|');
  for (let i = 0; i < actionRows; i++) out.push(ACTIONS[i % ACTIONS.length].replace(/2026-1\d-\d\d/, '2026-09-20'));
  out.push('', '## Follow-Up Review', '**Scheduled for**: 2026-10-06  ', '**Focus**: Review action item progress', '');
  // Pad with appendix sections of prose up to the requested length.
  let n = 0;
  while (out.length < lines) {
    out.push(`## Appendix ${++n}`);
    for (let i = 0; i < 18 && out.length < lines; i++) out.push(PROSE[(n * 13 + i + seed) % PROSE.length], '');
  }
  return out.slice(0, Math.max(lines, 40)).join('\n') + '\n';
}

/** The benchmark's keystroke `i` near the middle line: one character typed at column 2 of one of seven lines in turn. */
export function keystroke(middle: number, i: number): { line: number; character: number; text: string } {
  return { line: middle + (i % 7), character: 2, text: i % 2 ? 'x' : 'y' };
}

/** Sends keystroke `i` to the server as the edit of `version`, then pulls the document's diagnostics (the report is returned). */
export async function sendKeystroke(connection: ProtocolConnection, uri: string, version: number, middle: number, i: number): Promise<{ kind: string }> {
  const { line, character, text } = keystroke(middle, i);
  connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version },
    contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text }],
  });
  return (await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { kind: string };
}

/**
 * A post-mortem whose timeline has `rows` rows (10,000 for the cold CLI bar, about 1 MB), with
 * the rest of the template around it: header, summary, contributing factors, learnings, action
 * items and follow-up, as a real (if very long) incident record would have.
 */
export function generateTimelineDocument(rows: number, seed = 7): string {
  const out: string[] = [
    `# Post-Mortem: generated long incident ${seed}`,
    '**Date**: 2026-09-08  ',
    '**Facilitator**: Grace Okafor  ',
    '**Participants**: Marcus Webb, Eli Novak, Sofia Lindqvist, Hannah Berg, NOC  ',
    '**Severity**: High  ',
    `**Duration**: ${Math.floor(rows / 60)} hours ${rows % 60} minutes`,
    '',
    '## Executive Summary',
    PROSE[seed % PROSE.length],
    '',
    '## Timeline of Events',
    'All times UTC.',
    '',
    '| Time | Event | Information Available | Decision/Action Taken |',
    '|------|-------|----------------------|----------------------|',
  ];
  const start = Date.UTC(2026, 8, 8, 8, 0);
  for (let i = 0; i < rows; i++) {
    const at = new Date(start + i * 60_000).toISOString();
    const row = ROWS[(i + seed) % ROWS.length].split('|').slice(2);
    out.push(`| ${at.slice(0, 10)} ${at.slice(11, 16)} |${row.join('|')}`);
  }
  out.push('', '## Contributing Factors');
  for (const s of ['Technical Factors', 'Process Factors', 'Communication Factors', 'Environmental Factors']) {
    out.push(`### ${s}`);
    for (let i = 0; i < 4; i++) out.push('- ' + PROSE[(i * 7 + seed + s.length) % PROSE.length].replace(/^(- |\d+\. )/, ''));
    out.push('');
  }
  out.push('## What Went Well', '- The page reached the on-call within two minutes.', '', '## Key Learnings');
  for (let i = 0; i < 4; i++) out.push(`${i + 1}. ${PROSE[(i * 3 + seed) % PROSE.length].replace(/^(- |\d+\. )/, '')}`);
  out.push('', '## Action Items', '| Action | Owner | Due Date | Success Metric |', '|--------|-------|----------|----------------|');
  const end = new Date(start + rows * 60_000 + 14 * 86_400_000).toISOString().slice(0, 10);
  for (let i = 0; i < 8; i++) out.push(ACTIONS[i % ACTIONS.length].replace(/2026-1\d-\d\d/, end));
  const review = new Date(start + rows * 60_000 + 28 * 86_400_000).toISOString().slice(0, 10);
  out.push('', '## Follow-Up Review', `**Scheduled for**: ${review}  `, '**Focus**: Review action item progress', '');
  return out.join('\n');
}
