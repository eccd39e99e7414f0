import { lint } from '/work/wt-cold/server/src/core/engine';
import { clearCaches } from '/work/wt-cold/server/src/core/cache';
import { generateDocument } from '/work/wt-cold/scripts/bench-docs';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (fn: () => unknown) => { const t = performance.now(); fn(); return performance.now() - t; };
async function main() {
  const { markdown: alex } = await import('alex');
  for (const lines of (process.env.SIZES ?? '1000,3000').split(',').map(Number)) {
    const text = generateDocument(lines, 7);
    const runs = lines <= 1000 ? 9 : 5;
    clearCaches(); lint(text, { maxCheckedChars: Infinity });
    const ours = median(Array.from({ length: runs }, () => { clearCaches(); return time(() => lint(text, { maxCheckedChars: Infinity })); }));
    alex(text);
    const a = median(Array.from({ length: runs }, () => time(() => alex(text))));
    console.log(`${lines}: ours ${ours.toFixed(0)} alex ${a.toFixed(0)} ratio ${(ours / a).toFixed(2)}`);
  }
}
main();
