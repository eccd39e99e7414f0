// The byte-bounded LRU behind the core's caches (parse trees, prose analyses, prose-rule findings).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ByteLru } from '../../server/src/core/lru';

describe('ByteLru', () => {
  it('evicts the least recently used entries once their bytes exceed the budget', () => {
    const lru = new ByteLru<string, number>(100);
    lru.set('a', 1, 40);
    lru.set('b', 2, 40);
    assert.equal(lru.get('a'), 1); // a is now the most recently used
    lru.set('c', 3, 40);
    assert.equal(lru.get('b'), undefined, 'b was the least recently used');
    assert.equal(lru.get('a'), 1);
    assert.equal(lru.get('c'), 3);
    assert.equal(lru.bytes, 80);
    assert.equal(lru.size, 2);
  });

  it('bounds by bytes, not by count: one large entry displaces many small ones', () => {
    const lru = new ByteLru<number, string>(1000);
    for (let i = 0; i < 100; i++) lru.set(i, 'small', 10);
    assert.equal(lru.size, 100);
    lru.set(-1, 'large', 900);
    assert.equal(lru.size, 11);
    assert.ok(lru.bytes <= 1000);
    assert.equal(lru.get(89), undefined);
    assert.equal(lru.get(90), 'small');
  });

  it('re-storing an entry replaces its estimate', () => {
    const lru = new ByteLru<string, number[]>(100);
    const entry = [1];
    lru.set('x', entry, 10);
    lru.set('y', [2], 10);
    entry.push(2);
    lru.set('x', entry, 60);
    assert.equal(lru.bytes, 70);
    lru.set('z', [3], 40);
    assert.equal(lru.get('y'), undefined);
    assert.equal(lru.get('x'), entry);
    assert.equal(lru.bytes, 100);
  });

  it('keeps the newest entry even when it alone is over the budget, and forgets on delete and clear', () => {
    const lru = new ByteLru<string, number>(100);
    lru.set('a', 1, 50);
    lru.set('huge', 2, 500);
    assert.equal(lru.size, 1);
    assert.equal(lru.get('huge'), 2);
    lru.delete('huge');
    assert.equal(lru.bytes, 0);
    lru.set('b', 3, 10);
    lru.clear();
    assert.equal(lru.size, 0);
    assert.equal(lru.bytes, 0);
  });
});
