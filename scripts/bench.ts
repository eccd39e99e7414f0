// `npm run bench`: speed, measured (a script, not a timed test).
//
// For generated post-mortems of 100 … 10,000 lines it prints: the full in-process lint of the
// core as it ships, bundled (median of warm runs, caches cleared so every run parses and analyses
// everything); keystroke-to-fresh-diagnostics through the real server over the protocol (a
// one-character edit in the middle, then a diagnostic pull: median and p95 of 100 keystrokes of
// steady typing, and apart from them the median of the first 10 after the document opened, while
// the server still settles: its JIT and GC are still catching up with the open); and alex's and
// markdownlint's time on the same files, with our full lint as a ratio to each. Then a
// 10,000-row timeline checked by the CLI in a new process (median of 3), the server's RSS with 50
// post-mortems open (scripts/bench-rss.ts), the allocation per keystroke (scripts/bench-alloc.ts,
// in a child process with a fixed young generation), and the wire bytes per diagnostics publish
// (the JSON of a publishDiagnostics' params) for the 1,000- and 3,000-line documents and the
// examples.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import type { lint as Lint } from '../server/src/core/engine';
import type { clearCaches as ClearCaches } from '../server/src/core/cache';
import { generateDocument, generateTimelineDocument, sendKeystroke } from './bench-docs';
import { spawnServer, type SpawnedServer } from './bench-server';
import { rssLine } from './bench-rss';

const ROOT = join(__dirname, '..');
const SIZES = (process.env.BENCH_SIZES ?? '100,300,1000,3000,10000').split(',').map(Number);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];

function time(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

/**
 * The core as the CLI and the server ship it: one esbuild bundle, with the build's options
 * (scripts/build.mjs). The sources as tsx loads them run about 1.4x slower, since each module's
 * calls into another go through the exports' getters.
 */
function shippedCore(): { lint: typeof Lint; clearCaches: typeof ClearCaches } {
  const dir = mkdtempSync(join(tmpdir(), 'postmortem-bench-core-'));
  const outfile = join(dir, 'core.js');
  buildSync({
    stdin: { contents: "export { lint } from './server/src/core/engine'; export { clearCaches } from './server/src/core/cache';", resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    supported: { 'regexp-unicode-property-escapes': true },
    outfile,
    logLevel: 'warning',
  });
  try {
    return require(outfile);
  } finally {
    // Loaded: the file is no longer needed.
    rmSync(dir, { recursive: true, force: true });
  }
}

function runsFor(lines: number): number {
  return lines <= 300 ? 15 : lines <= 1000 ? 9 : lines <= 3000 ? 5 : 3;
}

/** Bytes of JSON a publishDiagnostics of this report's items would carry (the params: uri, version, diagnostics). */
const publishBytes = (uri: string, version: number, items: unknown[]) => Buffer.byteLength(JSON.stringify({ uri, version, diagnostics: items }));

/** Diagnostics of a freshly opened document, and the bytes of their publish. */
async function wireOf(server: SpawnedServer, text: string, uri: string): Promise<{ diagnostics: number; bytes: number }> {
  server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  const report = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: unknown[] };
  return { diagnostics: report.items.length, bytes: publishBytes(uri, 1, report.items) };
}

/** Keystrokes timed after the document opened: the first ones (settling) and then steady typing. */
const FIRST_KEYSTROKES = 10;
const TYPING_KEYSTROKES = 100;

async function keystrokes(server: SpawnedServer, text: string, name: string, wire: Map<string, { diagnostics: number; bytes: number }>): Promise<{ first: number[]; typing: number[] }> {
  const uri = `file:///bench/postmortems/${name}.md`;
  const { connection } = server;
  wire.set(name, await wireOf(server, text, uri));
  const lines = text.split('\n');
  const middle = Math.floor(lines.length / 2);
  const first: number[] = [];
  const typing: number[] = [];
  let version = 1;
  for (let i = 0; i < FIRST_KEYSTROKES + TYPING_KEYSTROKES; i++) {
    version++;
    const ms = await timeAsync(async () => {
      const report = await sendKeystroke(connection, uri, version, middle, i);
      if (report.kind !== 'full') throw new Error(`expected a full report after an edit, got ${report.kind}`);
    });
    (i < FIRST_KEYSTROKES ? first : typing).push(ms);
  }
  connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  return { first, typing };
}

/** Seconds for `node dist/cli.js FILE` on a 10,000-row timeline, process start included (median of 3). */
function cliCold(): { seconds: number; size: number } {
  const dir = mkdtempSync(join(tmpdir(), 'postmortem-bench-'));
  try {
    const text = generateTimelineDocument(10_000);
    const file = join(dir, 'timeline-10000.postmortem.md');
    writeFileSync(file, text);
    const runs = Array.from({ length: 3 }, () => {
      const t = performance.now();
      const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), '--today', '2026-11-20', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      const ms = performance.now() - t;
      if (r.status !== 0 && r.status !== 1) throw new Error(`the CLI failed: ${r.stderr}`);
      if (r.stdout.includes('checks-limited')) throw new Error('the 10,000-row timeline was not checked in full');
      return ms;
    });
    return { seconds: median(runs) / 1000, size: text.length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const { lint, clearCaches } = shippedCore();
  const { markdown: alex } = await import('alex');
  const { lint: markdownlint } = await import('markdownlint/sync');
  const rows: string[][] = [];
  const fullTimes: Record<number, number> = {};
  const server = await spawnServer();
  const wire = new Map<string, { diagnostics: number; bytes: number }>();
  for (const lines of SIZES) {
    const text = generateDocument(lines, 7);
    const runs = runsFor(lines);
    // Warm the JIT once, then time full lints with every cache cleared.
    clearCaches();
    lint(text, { maxCheckedChars: Infinity });
    const ours = median(Array.from({ length: runs }, () => { clearCaches(); return time(() => lint(text, { maxCheckedChars: Infinity })); }));
    fullTimes[lines] = ours;
    alex(text);
    const alexMs = median(Array.from({ length: runs }, () => time(() => alex(text))));
    markdownlint({ strings: { doc: text } });
    const mdlMs = median(Array.from({ length: runs }, () => time(() => markdownlint({ strings: { doc: text } }))));
    const keys = await keystrokes(server, text, `doc-${lines}`, wire);
    rows.push([
      String(lines),
      `${(text.length / 1024).toFixed(0)} KB`,
      ours.toFixed(1),
      median(keys.typing).toFixed(1),
      p95(keys.typing).toFixed(1),
      median(keys.first).toFixed(1),
      alexMs.toFixed(1),
      (ours / alexMs).toFixed(2),
      mdlMs.toFixed(1),
      (ours / mdlMs).toFixed(2),
    ]);
    console.error(`measured ${lines} lines`);
  }
  for (const name of readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.md')).sort()) {
    const uri = `file:///bench/postmortems/${name}`;
    wire.set(name, await wireOf(server, readFileSync(join(ROOT, 'examples', name), 'utf8'), uri));
    // Closed again, so recurring-condition does not relate the next example to this one.
    server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }
  await server.close();
  const header = ['lines', 'size', 'full lint ms', 'keystroke ms (median)', 'keystroke ms (p95)', 'first 10 after open ms (median)', 'alex ms', 'ours/alex', 'markdownlint ms', 'ours/markdownlint'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (r: string[]) => '| ' + r.map((c, i) => c.padStart(widths[i])).join(' | ') + ' |';
  console.log(fmt(header));
  console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const r of rows) console.log(fmt(r));
  const sizes = Object.keys(fullTimes).map(Number).sort((a, b) => a - b);
  for (let i = 0; i < sizes.length; i++) {
    const tenfold = sizes.find((s) => s === sizes[i] * 10);
    if (tenfold) console.log(`growth ${sizes[i]} → ${tenfold} lines: ×${(fullTimes[tenfold] / fullTimes[sizes[i]]).toFixed(1)} time (target ≤ ×11)`);
  }
  const cold = cliCold();
  console.log(`10,000-row timeline (${(cold.size / 1e6).toFixed(1)} MB), CLI cold: ${cold.seconds.toFixed(2)} s (target ≤ 2 s)`);
  console.log(await rssLine(50));
  const allocSizes = SIZES.filter((n) => n === 1000 || n === 3000);
  if (allocSizes.length) {
    const alloc = allocationPerKeystroke(allocSizes);
    for (const n of allocSizes) {
      console.log(`allocation per keystroke, ${n} lines: ${mb(alloc[n].server)} MB through the server (both ends of the pipe), ${mb(alloc[n].core)} MB in the core's re-lint (median of ${alloc[n].samples} GC-free samples)`);
    }
  }
  for (const [name, w] of wire) {
    const label = name.startsWith('doc-') ? `${name.slice(4)} lines` : name;
    console.log(`wire bytes per diagnostics publish, ${label}: ${(w.bytes / 1024).toFixed(1)} KB for ${w.diagnostics} diagnostics (${w.diagnostics ? Math.round(w.bytes / w.diagnostics) : 0} B each)`);
  }
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** Bytes allocated by one keystroke's re-lint, measured in a child process (see bench-alloc.ts). */
function allocationPerKeystroke(sizes: number[]): Record<number, { server: number; core: number; samples: number }> {
  const flags = ['--expose-gc', '--min-semi-space-size=256', '--max-semi-space-size=256', '--import', 'tsx'];
  const out = execFileSync(process.execPath, [...flags, join(ROOT, 'scripts', 'bench-alloc.ts'), ...sizes.map(String)], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out.trim().split('\n').pop()!);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
