// Keystroke-to-diagnostics in one process, for profiling and A/B comparisons on a shared machine:
// the language server runs here over an in-memory pipe (as in bench-alloc.ts), and each sample is
// one keystroke (didChange, then a diagnostics pull). Reports the median wall time and the median
// CPU time of the process per keystroke (both ends of the pipe), which a loaded machine disturbs
// less than wall time.
//   node --import tsx scripts/profile-keystroke.ts 1000 3000
//   PROFILE=/tmp/keystroke.cpuprofile node --import tsx scripts/profile-keystroke.ts 3000
// With PROFILE set, the keystrokes after the warm-up (only they) are profiled into that file.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { inProcessServer } from './bench-server';
import { generateDocument, sendKeystroke } from './bench-docs';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const KEYSTROKES = Number(process.env.KEYSTROKES ?? 60);

async function main() {
  const sizes = process.argv.slice(2).map(Number);
  const client = await inProcessServer();
  for (const lines of sizes) {
    const text = generateDocument(lines, 7);
    const uri = `file:///bench/postmortems/profile-${lines}.md`;
    client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    await client.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    const middle = Math.floor(text.split('\n').length / 2);
    const wall: number[] = [];
    const cpu: number[] = [];
    const session = process.env.PROFILE ? new Session() : undefined;
    for (let i = 0; i < KEYSTROKES; i++) {
      if (session && i === 5) {
        session.connect();
        await session.post('Profiler.enable');
        await session.post('Profiler.start');
      }
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      const report = await sendKeystroke(client, uri, i + 2, middle, i);
      const c1 = process.cpuUsage(c0);
      const t1 = performance.now();
      if (report.kind !== 'full') throw new Error('expected a full report');
      if (i >= 5) {
        wall.push(t1 - t0);
        cpu.push((c1.user + c1.system) / 1000);
      }
    }
    if (session) {
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(process.env.PROFILE!, JSON.stringify(profile));
      session.disconnect();
    }
    client.sendNotification('textDocument/didClose', { textDocument: { uri } });
    console.log(`${lines} lines: wall ${median(wall).toFixed(1)} ms, cpu ${median(cpu).toFixed(1)} ms (median of ${wall.length})`);
  }
  process.exit(0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
