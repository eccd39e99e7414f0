// The indexer's handling of open documents: a keystroke's model is indexed once typing pauses,
// never on the keystroke itself, and readers of the index flush the others' pending entries first.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WorkspaceIndexer, OPEN_INDEX_DELAY_MS } from '../../server/src/lsp/indexer';
import { buildModel } from '../../server/src/core/model';
import { DEFAULT_CONFIG } from '../../server/src/core/config';

const text = readFileSync(join(__dirname, '..', '..', 'examples', 'checkout-latency.postmortem.md'), 'utf8');

function indexer() {
  const changes: boolean[] = [];
  const ix = new WorkspaceIndexer({
    folders: () => [],
    configFor: async () => DEFAULT_CONFIG,
    isPostMortem: () => true,
    pathOf: (uri) => uri.slice(uri.lastIndexOf('/') + 1),
    openText: () => text,
    changed: (patterns) => changes.push(patterns),
    log: () => undefined,
  });
  return { ix, changes };
}

describe('open documents in the workspace index', () => {
  it('a keystroke does not index; the pause does', async () => {
    const { ix, changes } = indexer();
    ix.updateOpen('file:///a.md', buildModel(text), DEFAULT_CONFIG);
    assert.equal(ix.index.size, 0, 'not on the keystroke');
    assert.equal(changes.length, 0);
    await new Promise((r) => setTimeout(r, OPEN_INDEX_DELAY_MS + 50));
    assert.equal(ix.index.size, 1, 'once typing pauses');
    assert.equal(changes.length, 1);
  });

  it('flush writes the other documents now and leaves the one being linted pending', () => {
    const { ix } = indexer();
    ix.updateOpen('file:///a.md', buildModel(text), DEFAULT_CONFIG);
    ix.updateOpen('file:///b.md', buildModel(text), DEFAULT_CONFIG);
    ix.flush('file:///a.md');
    assert.deepEqual(ix.index.documents().map((d) => d.key), ['file:///b.md']);
    ix.flush();
    assert.equal(ix.index.size, 2);
  });

  it('a document checked again without an edit leaves the index as it was: no change, the conditions kept', () => {
    const { ix, changes } = indexer();
    ix.updateOpen('file:///a.md', buildModel(text), DEFAULT_CONFIG);
    ix.updateOpen('file:///b.md', buildModel(text), DEFAULT_CONFIG);
    ix.flush();
    const conditions = ix.index.conditions();
    const seen = changes.length;
    ix.updateOpen('file:///a.md', buildModel(text), DEFAULT_CONFIG);
    ix.flush();
    assert.equal(changes.length, seen, 'nobody told');
    assert.equal(ix.index.conditions(), conditions, 'not found again');
    ix.updateOpen('file:///a.md', buildModel(text.replace('# Post-Mortem:', '# Post-Mortem: Again,')), DEFAULT_CONFIG);
    ix.flush();
    assert.equal(changes.length, seen + 1, 'a new title is a change');
    assert.notEqual(ix.index.conditions(), conditions);
  });

  it('a document removed while pending is not indexed later', async () => {
    const { ix } = indexer();
    ix.updateOpen('file:///a.md', buildModel(text), DEFAULT_CONFIG);
    ix.remove('file:///a.md');
    await new Promise((r) => setTimeout(r, OPEN_INDEX_DELAY_MS + 50));
    assert.equal(ix.index.size, 0);
  });
});
