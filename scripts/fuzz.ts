// `npm run fuzz [-- --count N --seed S]`: generated and mutated post-mortems (default 10,000).
// A failing case is saved under test/fixtures/fuzz/ as a regression fixture; the test suite
// re-checks every saved fixture on each run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, generate, FIXTURES, type Failure } from './fuzz-lib';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const count = arg('count', 10_000);
const seed0 = arg('seed', 1);
const fixSample = arg('fix-sample', 8);

const failures: Failure[] = [];
const t0 = performance.now();
let slowest = { ms: 0, seed: 0, recipe: '', size: 0 };
for (let i = 0; i < count; i++) {
  const seed = seed0 + i;
  const { text, recipe } = generate(seed);
  const t = performance.now();
  const problems = check(text, fixSample);
  const ms = performance.now() - t;
  if (ms > slowest.ms) slowest = { ms, seed, recipe, size: text.length };
  if (problems.length) {
    failures.push({ seed, recipe, problem: problems[0], text });
    mkdirSync(FIXTURES, { recursive: true });
    writeFileSync(join(FIXTURES, `seed-${seed}.md`), text);
    console.log(`seed ${seed} (${recipe}): ${problems.slice(0, 3).join(' | ')}`);
  }
  if ((i + 1) % 1000 === 0) console.log(`${i + 1} documents, ${failures.length} failing, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
const total = (performance.now() - t0) / 1000;
console.log(`\n${count} documents checked in ${total.toFixed(1)} s (${((total * 1000) / count).toFixed(1)} ms each); slowest ${slowest.ms.toFixed(0)} ms (seed ${slowest.seed}, ${slowest.recipe}, ${slowest.size} chars)`);
console.log(`${count - failures.length} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
