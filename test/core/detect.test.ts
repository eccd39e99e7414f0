import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPostMortem, globMatch } from '../../server/src/core/detect';
import { DEFAULT_CONFIG } from '../../server/src/core/config';

const opts = DEFAULT_CONFIG.files;

test('default globs: postmortems folders and *.postmortem.md', () => {
  assert.equal(detectPostMortem('docs/postmortems/2026/dns.md', '# DNS', opts).reason, 'glob');
  assert.equal(detectPostMortem('examples/x.postmortem.md', 'hi', opts).isPostMortem, true);
  assert.equal(detectPostMortem('/abs/path/incidents/x.md', 'hi', opts).isPostMortem, true);
  assert.equal(detectPostMortem('README.md', '# Project\nText', opts).isPostMortem, false);
  assert.equal(detectPostMortem('node_modules/postmortems/a.md', '# x', opts).isPostMortem, false);
});

test('front matter and the first heading', () => {
  assert.equal(detectPostMortem('notes/a.md', '---\npostmortem: true\n---\n# A', opts).reason, 'front-matter');
  assert.equal(detectPostMortem('notes/a.md', '---\ntype: postmortem\n---\n', opts).reason, 'front-matter');
  assert.equal(detectPostMortem('notes/a.md', '---\ntags: [tls, postmortem]\n---\n', opts).reason, 'front-matter');
  assert.equal(detectPostMortem('postmortems/a.md', '---\npostmortem: false\n---\n', opts).isPostMortem, false);
  assert.equal(detectPostMortem('notes/a.md', '\n\n# Post-Mortem: DNS outage\n', opts).reason, 'title');
  assert.equal(detectPostMortem('notes/a.md', '# Postmortem - checkout\n', opts).reason, 'title');
  assert.equal(detectPostMortem('notes/a.md', '# Incident review: x\n', opts).reason, 'title');
  assert.equal(detectPostMortem('notes/a.md', '# Writing good post-mortems\n', opts).isPostMortem, false);
});

test('glob matching: **, *, ?, braces, case-insensitive', () => {
  assert.ok(globMatch('**/*.md', 'a/b/c.md'));
  assert.ok(globMatch('**/*.md', 'c.md'));
  assert.ok(globMatch('docs/**/pm-*.md', 'docs/x/y/pm-1.md'));
  assert.ok(!globMatch('docs/*/pm-*.md', 'docs/x/y/pm-1.md'));
  assert.ok(globMatch('**/{incidents,postmortems}/*.md', 'a/Postmortems/x.MD'));
  assert.ok(globMatch('file?.md', 'file1.md'));
  assert.ok(!globMatch('file?.md', 'file10.md'));
});

test('a hostile glob cannot make matching hang', () => {
  const pattern = '**/' + '*a'.repeat(30) + '*b/**/' + '*'.repeat(50) + 'x.md';
  const path = 'a/'.repeat(200) + 'a'.repeat(5000) + '.md';
  const t0 = performance.now();
  globMatch(pattern, path);
  assert.ok(performance.now() - t0 < 500);
});
