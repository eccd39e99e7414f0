// A few hundred fuzzed documents on every test run, plus every saved regression fixture.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, generate, FIXTURES } from '../../scripts/fuzz-lib';

const COUNT = Number(process.env.FUZZ_COUNT ?? 200);
const SEED = 424_242;

test(`${COUNT} generated and mutated post-mortems hold every property`, () => {
  const failures: string[] = [];
  for (let i = 0; i < COUNT; i++) {
    const { text, recipe } = generate(SEED + i);
    const problems = check(text, 2);
    if (problems.length) failures.push(`seed ${SEED + i} (${recipe}): ${problems[0]}`);
  }
  assert.deepEqual(failures, []);
});

test('saved regression fixtures', () => {
  let files: string[] = [];
  try {
    files = readdirSync(FIXTURES).filter((f) => f.endsWith('.md'));
  } catch {
    // no fixtures saved yet
  }
  for (const f of files) assert.deepEqual(check(readFileSync(join(FIXTURES, f), 'utf8')), [], f);
});
