// `npm run bench:workspace`: the team's post-mortems as a whole, measured (a script, not a timed
// test). Generates a folder of BENCH_DOCS (default 200) post-mortems in the template, each with
// a timeline, four kinds of contributing factors drawn from a pool (so conditions recur) and
// action items in every status form, then prints:
//   - `postmortem-lint actions` and `postmortem-lint patterns` on the folder, as users run them
//     (the bundled CLI, process start included; median of BENCH_RUNS, default 3), and the lint
//     of the whole folder for comparison;
//   - in-process: modelling the files (whole, and the part the index reads), building the index,
//     finding the conditions;
//   - the language server: the scan of the folder as a workspace, and the two views' requests.
// BENCH_KEEP=1 keeps the generated folder (its path is printed) to run the CLI on by hand.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { buildModel } from '../server/src/core/model';
import { DEFAULT_CONFIG } from '../server/src/core/config';
import { clearCaches } from '../server/src/core/cache';
import { WorkspaceIndex, indexPostMortem } from '../server/src/core/workspace';
import { contributingFactors } from '../server/src/core/factors';
import { indexedPart } from '../server/src/core/indexed-part';
import { rng } from './fuzz-lib';

const ROOT = join(__dirname, '..');
const DOCS = Number(process.env.BENCH_DOCS ?? 200);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TODAY = '2026-11-20';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x: number) => `${Math.round(x)} ms`;

// The factor pool: every contributing factor of the examples and of the workspace fixture, by kind.
const SOURCES = [
  ...readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.postmortem.md')).map((f) => join(ROOT, 'examples', f)),
  ...readdirSync(join(ROOT, 'test/fixtures/workspace')).filter((f) => f.endsWith('.postmortem.md')).map((f) => join(ROOT, 'test/fixtures/workspace', f)),
];
const POOL: Record<string, string[]> = { technical: [], process: [], communication: [], environmental: [] };
const TIMELINE: string[] = [];
for (const file of SOURCES) {
  const text = readFileSync(file, 'utf8');
  for (const f of contributingFactors(buildModel(text))) if (f.category) POOL[f.category].push(f.text);
  TIMELINE.push(...text.split('\n').filter((l) => /^\| (\d{4}-\d{2}-\d{2} )?\d{2}:\d{2} \|/.test(l)).map((l) => l.split('|').slice(2, -1).join('|')));
}
const SERVICES = ['checkout-api', 'payments-db', 'order-events', 'search-api', 'auth-service', 'cdn-edge', 'webhook-dispatcher', 'mqtt-broker', 'flag-service', 'ledger'];
const OWNERS = ['Nadia Haddad', 'Tom Becker', 'Priya Nair', 'Marco Rossi', 'Lena Vogel', 'Chen Wei', 'Aisha Bello', 'Jonas Berg', '', '[Name]'];
const STATUSES = ['Open', 'In progress', 'Done', 'Closed', "Won't do", ''];
const VERBS = ['Add', 'Alert on', 'Automate', 'Require', 'Document', 'Limit', 'Pin', 'Route'];

const pad = (n: number) => String(n).padStart(2, '0');
function isoPlus(start: string, days: number): string {
  const d = new Date(`${start}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function generate(i: number): string {
  const r = rng(1000 + i);
  const date = isoPlus('2025-01-06', Math.floor((i * 700) / DOCS));
  const service = r.pick(SERVICES);
  const out = [
    `# Post-Mortem: ${service} incident ${i + 1}`,
    `**Date**: ${date}  `,
    '**Facilitator**: Grace Mwangi  ',
    '**Participants**: Nadia Haddad, Tom Becker, Priya Nair  ',
    `**Severity**: ${r.pick(['Critical', 'High', 'Medium', 'Low'])}  `,
    `**Duration**: ${1 + r.int(5)} hours ${r.int(60)} minutes  `,
    `**Services**: ${service}, ${r.pick(SERVICES)}`,
    '',
    '## Executive Summary',
    `About ${1 + r.int(40)}% of requests to \`${service}\` failed for ${10 + r.int(200)} minutes.`,
    '',
    '## Timeline of Events',
    '| Time (UTC) | Event | Information Available | Decision/Action Taken |',
    '|------------|-------|----------------------|----------------------|',
  ];
  for (let t = 0; t < 12 + r.int(12); t++) out.push(`| ${pad(8 + Math.floor(t / 6))}:${pad((t * 10) % 60)} |${r.pick(TIMELINE)}|`);
  out.push('', '## Contributing Factors');
  for (const kind of ['technical', 'process', 'communication', 'environmental']) {
    out.push(`### ${kind[0].toUpperCase()}${kind.slice(1)} Factors`);
    for (let f = 0; f < 1 + r.int(3); f++) out.push(`- ${r.pick(POOL[kind])}`);
    out.push('');
  }
  out.push('## What Went Well', '- The on-call was paged within minutes.', '', '## Key Learnings', '1. Defaults we do not set are chosen for us.', '');
  out.push('## Action Items', '| Action | Owner | Due Date | Success Metric | Status |', '|--------|-------|----------|----------------|--------|');
  for (let a = 0; a < 3 + r.int(5); a++) {
    const due = r.int(8) === 0 ? 'TBD' : isoPlus(date, 7 + r.int(60));
    out.push(`| ${r.pick(VERBS)} a check for \`${r.pick(SERVICES)}\` case ${a + 1} | ${r.pick(OWNERS)} | ${due} | The check fails a replay of incident ${i + 1} | ${r.pick(STATUSES)} |`);
  }
  out.push('', '## Follow-Up Review', `**Scheduled for**: ${isoPlus(date, 28)}  `, '**Focus**: Review action item progress and measure improvement effectiveness', '');
  return out.join('\n');
}

function cliTime(args: string[]): { time: number; status: number | null; bytes: number } {
  const times: number[] = [];
  let status: number | null = null;
  let bytes = 0;
  for (let run = 0; run < RUNS; run++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
    times.push(performance.now() - t);
    status = r.status;
    bytes = r.stdout.length;
    if (r.status === 2) throw new Error(`postmortem-lint ${args.join(' ')} failed: ${r.stderr}`);
  }
  return { time: median(times), status, bytes };
}

async function serverScan(dir: string): Promise<{ scan: number; documents: number; actions: number; patterns: number }> {
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
  connection.onRequest('client/registerCapability', () => null);
  let done: (n: number) => void;
  const scanned = new Promise<number>((resolve) => (done = resolve));
  connection.onNotification('postmortem/workspaceChanged', (p: { scanning: boolean; documents: number }) => {
    if (!p.scanning) done(p.documents);
  });
  connection.onUnhandledNotification(() => undefined);
  connection.listen();
  const uri = pathToFileURL(dir).href;
  const t = performance.now();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: uri,
    workspaceFolders: [{ uri, name: 'bench' }],
    capabilities: { workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } }, textDocument: { diagnostic: {} } },
  });
  await connection.sendNotification('initialized', {});
  const documents = await scanned;
  const scan = performance.now() - t;
  const request = async (method: string) => {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const s = performance.now();
      await connection.sendRequest(method, {});
      times.push(performance.now() - s);
    }
    return median(times);
  };
  const actions = await request('postmortem/workspaceActionItems');
  const patterns = await request('postmortem/workspacePatterns');
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  connection.dispose();
  return { scan, documents, actions, patterns };
}

async function main() {
  const tmp = mkdtempSync(join(tmpdir(), 'pm-bench-ws-'));
  const dir = join(tmp, 'postmortems');
  mkdirSync(dir);
  let chars = 0;
  for (let i = 0; i < DOCS; i++) {
    const text = generate(i);
    chars += text.length;
    writeFileSync(join(dir, `${String(i + 1).padStart(4, '0')}.postmortem.md`), text);
  }
  console.log(`${DOCS} generated post-mortems, ${Math.round(chars / 1024)} KB in all (${Math.round(chars / DOCS / 1024)} KB each on average), in ${dir}`);
  console.log(`${process.execPath} ${process.version}; ${RUNS} runs each, median\n`);

  const actions = cliTime(['actions', '--today', TODAY, '--format', 'json', dir]);
  const patterns = cliTime(['patterns', '--format', 'json', dir]);
  const lint = cliTime(['--today', TODAY, '--format', 'json', dir]);
  console.log('CLI (bundled dist/cli.js, process start included)');
  console.log(`  postmortem-lint actions   ${ms(actions.time).padStart(9)}   (exit ${actions.status}, ${Math.round(actions.bytes / 1024)} KB of JSON)`);
  console.log(`  postmortem-lint patterns  ${ms(patterns.time).padStart(9)}   (exit ${patterns.status}, ${Math.round(patterns.bytes / 1024)} KB of JSON)`);
  console.log(`  postmortem-lint (lint)    ${ms(lint.time).padStart(9)}   (every rule, recurring-condition included)`);

  // In process: where the time goes (caches cleared, as a fresh CLI run sees them).
  const files = readdirSync(dir).map((f) => ({ f, text: readFileSync(join(dir, f), 'utf8') }));
  clearCaches();
  let t = performance.now();
  for (const { text } of files) buildModel(text);
  const wholeTime = performance.now() - t;
  clearCaches();
  t = performance.now();
  const models = files.map(({ f, text }) => ({ f, model: buildModel(indexedPart(text)) }));
  const modelTime = performance.now() - t;
  t = performance.now();
  const index = new WorkspaceIndex();
  for (const { f, model } of models) index.set(indexPostMortem(f, f, model, DEFAULT_CONFIG));
  const indexTime = performance.now() - t;
  t = performance.now();
  const conditions = index.conditions();
  const conditionsTime = performance.now() - t;
  const factors = index.documents().reduce((n, d) => n + d.factors.length, 0);
  const items = index.documents().reduce((n, d) => n + d.actions.length, 0);
  console.log('\nIn process');
  console.log(`  model ${DOCS} files, whole     ${ms(wholeTime).padStart(9)}`);
  console.log(`  model their indexed parts   ${ms(modelTime).padStart(9)}   (what actions, patterns and the server read)`);
  console.log(`  index them                  ${ms(indexTime).padStart(9)}   (${items} action items, ${factors} contributing factors)`);
  console.log(`  find recurring conditions   ${ms(conditionsTime).padStart(9)}   (${conditions.length} conditions)`);

  const server = await serverScan(tmp);
  console.log('\nLanguage server (dist/server.js, the folder as its workspace)');
  console.log(`  start and scan              ${ms(server.scan).padStart(9)}   (${server.documents} post-mortems indexed)`);
  console.log(`  Action Items request        ${ms(server.actions).padStart(9)}`);
  console.log(`  Patterns request            ${ms(server.patterns).padStart(9)}`);
  if (process.env.BENCH_KEEP) console.log(`\nkept ${dir}`);
  else rmSync(tmp, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
