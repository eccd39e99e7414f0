// indexedPart (server/src/core/indexed-part.ts) blanks what the workspace index never reads; the
// index entry built from it must be the one built from the whole document, on every post-mortem
// the repository has (examples, fixtures, fuzz cases) and on 30 documents the fuzzer generates
// and mutates from the examples.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildModel } from '../../server/src/core/model';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { indexPostMortem } from '../../server/src/core/workspace';
import { indexedPart } from '../../server/src/core/indexed-part';
import { generate } from '../../scripts/fuzz-lib';

const ROOT = join(__dirname, '..', '..');

function markdownUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? markdownUnder(p) : /\.(md|markdown)$/.test(name) ? [p] : [];
  });
}

const FILES = [...markdownUnder(join(ROOT, 'examples')), ...markdownUnder(join(ROOT, 'test', 'fixtures'))];

test('the index entry from the indexed part is the entry from the whole document, on every fixture', () => {
  assert.ok(FILES.length >= 15, `${FILES.length} files`);
  let shrunk = 0;
  const cases = [...FILES.map((file) => ({ file, text: readFileSync(file, 'utf8') })), ...Array.from({ length: 30 }, (_, i) => ({ file: `fuzz seed ${i + 1}`, text: generate(i + 1).text }))];
  for (const { file, text } of cases) {
    const part = indexedPart(text);
    assert.equal(part.length, text.length, file);
    assert.equal(part.replace(/[^\r\n]/g, ''), text.replace(/[^\r\n]/g, ''), `${file}: the same line breaks`);
    if (part !== text) shrunk++;
    assert.deepEqual(indexPostMortem('k', 'f', buildModel(part), DEFAULT_CONFIG), indexPostMortem('k', 'f', buildModel(text), DEFAULT_CONFIG), file);
  }
  assert.ok(shrunk >= 25, `most documents lose their timelines (${shrunk} of ${cases.length} shrunk)`);
});

test('what is blanked: the bodies of the sections the index does not read; headings and the rest are kept byte for byte', () => {
  const md = '# Post-Mortem: x\n**Date**: 2026-01-02\n\n## Executive Summary\nAll went down.\n\n## Timeline of Events\n| Time | Event |\n|---|---|\n| 10:00 | x |\n\n## Contributing Factors\n- A factor.\n\n## Action Items\n| Action | Owner |\n|---|---|\n| Add x | @a |\n\n## Follow-Up Review\n**Scheduled for**: 2026-02-01\n';
  const part = indexedPart(md);
  assert.ok(part.startsWith('# Post-Mortem: x\n**Date**: 2026-01-02\n\n'));
  assert.ok(part.includes('## Executive Summary\n') && part.includes('## Timeline of Events\n') && part.includes('## Follow-Up Review\n'));
  assert.ok(!part.includes('All went down') && !part.includes('10:00') && !part.includes('Scheduled'));
  assert.ok(part.includes('## Contributing Factors\n- A factor.\n\n## Action Items\n| Action | Owner |\n|---|---|\n| Add x | @a |\n'));
});

test('kept whole: setext headings, unclosed fences, and a dropped section holding an action table', () => {
  const setext = '# Post-Mortem: x\n\nTimeline\n--------\n| a |\n\n## Action Items\n- y\n';
  assert.equal(indexedPart(setext), setext);
  const fence = '# Post-Mortem: x\n\n## Timeline\n```\n## Action Items\n';
  assert.equal(indexedPart(fence), fence);
  const table = '# Post-Mortem: x\n\n## Key Learnings\n| Action | Owner |\n|---|---|\n| Add x | @a |\n\n## Timeline\nx\n';
  const part = indexedPart(table);
  assert.ok(part.includes('| Add x | @a |') && part.includes('## Timeline\n ') && !part.includes('\nx\n'));
  // Headings in fenced code or comments are not sections.
  const code = '# Post-Mortem: x\n\n## Contributing Factors\n```\n## Timeline\n```\n- A factor.\n';
  assert.equal(indexedPart(code), code);
});
