// The cold CLI part of the benchmark on its own (issue 12): `node dist/cli.js` on the 10,000-row
// timeline that `npm run bench` times, on an 8,000-row timeline whose rows are all distinct (real
// writing does not repeat rows, so every cell is analysed), and on a small post-mortem (startup).
// Prints the median of N runs (default 3; BENCH_RUNS=N) of wall time, and of user + system CPU
// time when /usr/bin/time is there to measure the child. Build first: `npm run build`.
//   node --import tsx scripts/bench-cli.ts
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDocument, generateTimelineDocument } from './bench-docs';

const ROOT = join(__dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TIME = '/usr/bin/time';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A timeline of `rows` rows where no two cells are the same text (a service name and a step number vary). */
function distinctTimelineDocument(rows: number): string {
  const services = ['api', 'edge', 'billing', 'search', 'auth', 'ledger', 'queue', 'cache', 'gateway', 'index', 'payments', 'mail'];
  let i = 0;
  return generateTimelineDocument(rows)
    .split('\n')
    .map((line) => {
      if (!/^\| \d{4}-/.test(line)) return line;
      i++;
      const cells = line.split('|');
      for (let c = 2; c < cells.length - 1; c++) cells[c] = `${cells[c].trimEnd()} (${services[(i * 7 + c) % services.length]} step ${i * 3 + c}) `;
      return cells.join('|');
    })
    .join('\n');
}

function time(file: string): { wall: number; cpu?: number } {
  const args = [CLI, '--today', '2026-11-20', file];
  const timed = existsSync(TIME);
  const t = performance.now();
  const r = timed
    ? spawnSync(TIME, ['-f', '%U %S', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    : spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wall = (performance.now() - t) / 1000;
  if (r.status !== 0 && r.status !== 1) throw new Error(`the CLI failed: ${r.stderr}`);
  if (r.stdout.includes('checks-limited')) throw new Error(`${file} was not checked in full`);
  if (!timed) return { wall };
  const [user, sys] = r.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  return { wall, cpu: user + sys };
}

const dir = mkdtempSync(join(tmpdir(), 'postmortem-bench-cli-'));
try {
  const docs: [string, string][] = [
    ['10,000-row timeline', generateTimelineDocument(10_000)],
    ['8,000-row timeline, distinct rows', distinctTimelineDocument(8_000)],
    ['100-line post-mortem', generateDocument(100, 7)],
  ];
  for (const [name, text] of docs) {
    const file = join(dir, `${name.replace(/\W+/g, '-')}.postmortem.md`);
    writeFileSync(file, text);
    const runs = Array.from({ length: RUNS }, () => time(file));
    const cpu = runs.every((r) => r.cpu !== undefined) ? `, user+sys ${median(runs.map((r) => r.cpu!)).toFixed(2)} s` : '';
    console.log(`${name} (${(text.length / 1e6).toFixed(2)} MB), CLI cold: wall ${median(runs.map((r) => r.wall)).toFixed(2)} s${cpu} (median of ${RUNS})`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
