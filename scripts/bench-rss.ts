// The server's memory with 50 post-mortems open, as `npm run bench` reports it; run alone with
// `node --import tsx scripts/bench-rss.ts [runs]`.
//
// It measures the server users run: the .vsix ships `scripts/build.mjs --production` (minified,
// no source map), so the bench builds that into a temporary folder rather than measuring the
// development build in dist/ (unminified, 1.9 MB of source text that V8 keeps, against 1.0).
// It starts that `server.js --stdio` (pull diagnostics, as VS Code), opens 50 generated
// post-mortems of 150–350 lines one after the other, pulling each one's diagnostics, and reads
// the process's VmRSS twice: right after the last pull, and SETTLE_MS later, which is what a
// user sees a few seconds after opening the files (the server re-checks the open documents for
// recurring conditions, then gives unused heap back once quiet; see RELEASE_AFTER_MS).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDocument } from './bench-docs';
import { spawnServer } from './bench-server';

/** The second reading is taken this long after the last document's diagnostics arrived. */
export const SETTLE_MS = 10_000;

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

/** Builds the production bundles (as `npm run package` does) into a new temporary folder. */
function buildProduction(): string {
  const dir = mkdtempSync(join(tmpdir(), 'postmortem-bench-rss-'));
  execFileSync(process.execPath, [join(__dirname, 'build.mjs'), '--production', `--outdir=${dir}`], { stdio: 'inherit' });
  return dir;
}

export async function rssWithOpenDocuments(count: number): Promise<{ opened: number; settled: number; openSeconds: number }> {
  const dir = buildProduction();
  try {
    return await measure(join(dir, 'server.js'), count);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function measure(serverBundle: string, count: number): Promise<{ opened: number; settled: number; openSeconds: number }> {
  const server = await spawnServer(serverBundle);
  const { connection } = server;
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    const uri = `file:///bench/postmortems/open-${i}.md`;
    const text = generateDocument(150 + (i % 5) * 50, i);
    connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
  }
  const openSeconds = (performance.now() - start) / 1000;
  const opened = rssMb(server.pid);
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const settled = rssMb(server.pid);
  await server.close();
  return { opened, settled, openSeconds };
}

/** The bench's line: the settled figure against the bar, the one right after opening beside it. */
export async function rssLine(count = 50): Promise<string> {
  const r = await rssWithOpenDocuments(count);
  return `server RSS (production bundle) with ${count} post-mortems open, ${SETTLE_MS / 1000} s after the last was opened: ${r.settled.toFixed(0)} MB (target ≤ 100 MB; right after the last diagnostics pull: ${r.opened.toFixed(0)} MB; opening took ${r.openSeconds.toFixed(1)} s)`;
}

if (require.main === module) {
  const runs = Number(process.argv[2] ?? 1);
  void (async () => {
    for (let i = 0; i < runs; i++) console.log(await rssLine());
  })();
}
