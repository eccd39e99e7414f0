// The terms of a contributing factor (server/src/core/terms.ts): content words with stop words
// dropped and plurals folded, and names (inline code, identifiers, the Services field) as services.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldPlural, servicesOf, termsOf } from '../../server/src/core/terms';
import { STOP_WORDS } from '../../server/src/core/terms.data';

const keys = (md: string, services?: Set<string>) => termsOf(md, services).map((t) => t.key);

test('content words, stop words dropped, each term once in order of first appearance', () => {
  assert.deepEqual(keys('The queue alert fired, and the queue kept growing.'), ['queu', 'alert', 'fired', 'growing']);
  assert.deepEqual(keys('It was not the team, it was the incident.'), []);
});

test('plurals and a final e fold, so singular and plural forms meet', () => {
  assert.equal(foldPlural('alerts'), 'alert');
  assert.equal(foldPlural('caches'), foldPlural('cache'));
  assert.equal(foldPlural('patches'), foldPlural('patch'));
  assert.equal(foldPlural('dependencies'), 'dependency');
  assert.equal(foldPlural('status'), 'status');
  assert.equal(foldPlural('process'), 'process');
  assert.deepEqual(keys('certificates'), keys('certificate'));
  assert.deepEqual(keys('Minutes and hours later.'), [], 'a folded stop word is still a stop word');
});

test('names are services: inline code, identifiers, the Services field; hyphenated words stay words', () => {
  const terms = termsOf('The `order-events` queue on payments_db and s3; the on-call runbook for checkout-api.', new Set(['checkout-api']));
  const kinds = Object.fromEntries(terms.map((t) => [t.label, t.kind]));
  assert.equal(kinds['order-events'], 'service');
  assert.equal(kinds['payments_db'], 'service');
  assert.equal(kinds['s3'], 'service');
  assert.equal(kinds['checkout-api'], 'service');
  assert.equal(kinds['on-call'], 'component');
  assert.equal(kinds['queue'], 'component');
});

test('numbers, dates, times, versions and URLs are not terms; acronyms keep their case in labels', () => {
  assert.deepEqual(keys('At 01:40 on 2026-10-28 version v6.2 dropped 3.8 million events, see https://example.com/x'), ['version', 'dropped']);
  const dns = termsOf('DNS records and APIs');
  assert.deepEqual(dns.map((t) => [t.key, t.label]), [['dns', 'DNS'], ['record', 'records'], ['api', 'API']]);
});

test('markup is not a term: links keep their text, emphasis and HTML go', () => {
  assert.deepEqual(keys('**Broker** [memory limit](https://x.example/y) <br> threshold'), ['broker', 'memory', 'limit', 'threshold']);
});

test('servicesOf reads a Services header value', () => {
  assert.deepEqual([...servicesOf('checkout-api, `payments-db` and the CDN')], ['checkout-api', 'payments-db', 'cdn']);
  assert.deepEqual([...servicesOf('')], []);
});

test('the stop-word list is lower case and has no duplicates', () => {
  for (const w of STOP_WORDS) assert.equal(w, w.toLowerCase(), w);
  assert.equal(new Set(STOP_WORDS).size, STOP_WORDS.length);
});
