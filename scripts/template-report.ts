// Per real post-mortem: its template family (index.tsv), the template profile detected, and its
// `structure` findings now, optionally next to those of another build's CLI ("before").
//   node --import tsx scripts/template-report.ts [--dir DIR] [--before path/to/cli.js] [--split dev|holdout]
// Prints a markdown table and the median per split. Measures; never tunes anything.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { lint } from '../server/src/core/engine';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const dir = opt('--dir') ?? join(__dirname, '..', 'test', 'fixtures', 'real-postmortems');
const before = opt('--before');
const only = opt('--split');
const TODAY = '2026-11-20';

const rows = readFileSync(join(dir, 'index.tsv'), 'utf8')
  .split('\n')
  .slice(1)
  .filter(Boolean)
  .map((l) => l.split('\t'))
  .map(([file, split, family]) => ({ file, split, family }))
  .filter((r) => !only || r.split === only);

function structureBefore(file: string): string[] {
  if (!before) return [];
  const out = execFileSync(process.execPath, [before, '--format', 'json', '--today', TODAY, join(dir, file)], { encoding: 'utf8', maxBuffer: 64 << 20 }).toString();
  return (JSON.parse(out)[0].findings as { ruleId: string; category: string }[]).filter((f) => f.category === 'structure').map((f) => f.ruleId);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};

const result: { split: string; family: string; before: number; after: number }[] = [];
console.log(`| Document | Split | Family | Detected | Before | After | Remaining structure findings |`);
console.log(`|---|---|---|---|---|---|---|`);
for (const r of rows) {
  let text: string;
  try {
    text = readFileSync(join(dir, r.file), 'utf8');
  } catch {
    continue;
  }
  // Exit status 1 (errors found) still prints the report.
  let b: string[] = [];
  try {
    b = structureBefore(r.file);
  } catch (e) {
    const out = (e as { stdout?: string }).stdout;
    if (out) b = (JSON.parse(out)[0].findings as { ruleId: string; category: string }[]).filter((f) => f.category === 'structure').map((f) => f.ruleId);
  }
  const { model, findings } = lint(text, { today: TODAY });
  const after = findings.filter((f) => f.category === 'structure');
  const line = (o: number) => model.lines.positionAt(o).line + 1;
  result.push({ split: r.split, family: r.family, before: b.length, after: after.length });
  const remaining = after.map((f) => `L${line(f.start)} ${f.ruleId}: ${f.message.replace(/\|/g, '\\|').slice(0, 90)}`).join('<br>');
  console.log(`| ${r.file} | ${r.split} | ${r.family} | ${model.template.profile.id} | ${before ? b.length : '–'} | ${after.length} | ${remaining} |`);
}
console.log('');
for (const split of ['dev', 'holdout', 'all']) {
  const xs = result.filter((r) => split === 'all' || r.split === split);
  if (!xs.length) continue;
  const families = new Set(xs.map((x) => x.family)).size;
  console.log(`${split}: ${xs.length} documents, ${families} families; median structure findings${before ? ` before ${median(xs.map((x) => x.before))},` : ''} after ${median(xs.map((x) => x.after))}`);
}
