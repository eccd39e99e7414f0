// Releasing memory once the server is quiet: the compacting GC gives back the old generation's
// unused pages, and a document answers every request as it did before.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { getHeapSpaceStatistics } from 'node:v8';
import { PerformanceObserver, constants, performance, type PerformanceEntry } from 'node:perf_hooks';
import { SHRINK_YOUNG_AFTER_MS, releaseMemory } from '../../server/src/release-memory';
import { RELEASE_AFTER_MS } from '../../server/src/lsp/server';
import { generateDocument } from '../../scripts/bench-docs';
import { TestEditor, ensureBuilt } from './lsp-client';

const newSpaceSize = () => getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')!.space_size;
const oldSpaceSize = () => getHeapSpaceStatistics().find((s) => s.space_name === 'old_space')!.space_size;

describe('releaseMemory', () => {
  it('gives back old-generation pages whose objects are mostly garbage', () => {
    // One object in 20 survives on every page: a full GC without compaction frees almost no page.
    let all: { i: number; s: string }[] = [];
    for (let i = 0; i < 1_500_000; i++) all.push({ i, s: `item ${i}` });
    const survivors = all.filter((o) => o.i % 20 === 0);
    all = [];
    const grown = oldSpaceSize();
    const freed = releaseMemory();
    assert.ok(freed > 20 * 1024 * 1024, `freed ${freed} bytes of ${grown}`);
    assert.ok(oldSpaceSize() < grown - 20 * 1024 * 1024);
    assert.equal(survivors[3].s, 'item 60');
  });

  it('asks for a minor GC SHRINK_YOUNG_AFTER_MS after the release, for V8 to shrink the young generation a burst grew', async (t) => {
    // Whether that GC shrinks is V8's call (it weighs the allocation rate of the last 5 s), and on
    // a loaded CI machine it sometimes declines: what the server controls, and what is asserted,
    // is that the minor GC is asked for once the burst is over, not before.
    let all: { i: number; s: string }[] = [];
    for (let i = 0; i < 1_500_000; i++) all.push({ i, s: `item ${i}` });
    const grown = newSpaceSize();
    assert.ok(grown >= 16 * 1024 * 1024, `the burst grew the young generation to ${grown} bytes`);
    all = [];
    const minorGCs: number[] = [];
    const observer = new PerformanceObserver((list) => {
      // Node puts a GC entry's kind in `detail`, which PerformanceEntry's type does not declare.
      for (const e of list.getEntries()) if ((e as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MINOR) minorGCs.push(e.startTime);
    });
    observer.observe({ entryTypes: ['gc'] });
    try {
      const releasedAt = performance.now();
      assert.ok(releaseMemory() > 0);
      const deadline = Date.now() + SHRINK_YOUNG_AFTER_MS + 5_000;
      while (!minorGCs.some((at) => at >= releasedAt + SHRINK_YOUNG_AFTER_MS) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      assert.equal(minorGCs.filter((at) => at < releasedAt + SHRINK_YOUNG_AFTER_MS - 50).length, 0, 'no minor GC before the quiet period is over');
      assert.ok(minorGCs.some((at) => at >= releasedAt + SHRINK_YOUNG_AFTER_MS), `no minor GC after the release (${minorGCs.length} before it)`);
      t.diagnostic(`young generation ${grown} → ${newSpaceSize()} bytes`);
    } finally {
      observer.disconnect();
    }
  });
});

describe('a server that released memory once quiet', () => {
  ensureBuilt();
  const ed = new TestEditor();
  const logs: string[] = [];
  before(async () => {
    ed.conn.onNotification('window/logMessage', (p: { message: string }) => void logs.push(p.message));
    await ed.initialize();
  });
  after(() => ed.kill());

  it('answers diagnostics, code actions, hovers, lenses, symbols, folding and health as before', async () => {
    const uri = 'file:///bench/postmortems/released.md';
    await ed.open(uri, generateDocument(400, 3));
    const ask = () => ed.everyAnswer(uri);
    const first = await ask();
    assert.ok(first.items.length > 10);
    // A burst of lints leaves the old generation with unused pages to release.
    for (let i = 0; i < 12; i++) {
      const other = `file:///bench/postmortems/other-${i}.md`;
      await ed.open(other, generateDocument(300, 10 + i));
      await ed.pull(other);
    }
    const deadline = Date.now() + RELEASE_AFTER_MS + 20_000;
    while (!logs.some((m) => m.startsWith('Released')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    assert.ok(logs.some((m) => /^Released \d+ MB of unused heap\.$/.test(m)), `no release logged: ${logs.join(' | ')}`);
    assert.deepEqual(await ask(), first);
  });
});
