// The noise budget on real post-mortems (issue 14): public post-mortems written to other teams'
// templates (test/fixtures/real-postmortems, collected for issues 14 and 15, with a dev/holdout
// split and a template family per file). On the dev documents, the median number of `structure`
// findings per document is at most 2, and every one that remains is listed below as a real gap,
// with the reason a reviewer would name it. Holdout documents were never tuned on: their numbers
// are reported (as test diagnostics), not asserted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../server/src/core/engine';

const DIR = join(__dirname, '..', 'fixtures', 'real-postmortems');
const present = existsSync(join(DIR, 'index.tsv'));
const skip = present ? false : 'test/fixtures/real-postmortems is not in this tree yet';
const TODAY = '2026-11-20';

/** The template each family is checked against when detected (no configuration). */
const DETECTED: Record<string, string> = {
  'google-sre': 'google-sre',
  atlassian: 'atlassian',
  // EDGI's reports keep only Summary, Timeline, Lessons, Action Items and Responders of
  // PagerDuty's template: too little of it to be read as PagerDuty's, so the minimal template.
  pagerduty: 'any',
  prose: 'any',
  // A project's own disclosure format (Summary, Background, Details, Details of fix, Timeline):
  // the minimal template (a team would add it as its own template, see templates.test.ts).
  'yearn-disclosure': 'any',
};

/**
 * Every structure finding left on a dev document: [file, rule id, message, why a reviewer would
 * name it]. `gaps.tsv` marks the ones the collector listed; the others are judged here.
 */
const REAL_GAPS: [string, string, string, string][] = [
  ['edgi-2018-10-10-differ-locked-cluster.md', 'impact-not-quantified', 'The "Summary" section does not quantify the impact', 'gaps.tsv: impact not stated (which services were down, for how long, how much data was lost)'],
  ['edgi-2018-10-30-incorrect-tls-certs.md', 'impact-not-quantified', 'The "Summary" section does not quantify the impact', 'gaps.tsv: impact not stated (how long the wrong certificates were served, what failed)'],
  ['edgi-2019-01-18-versionista-scraper-failure.md', 'impact-not-quantified', 'The "Summary" section does not quantify the impact', 'gaps.tsv: impact not stated (how many scrapes failed and for how long)'],
  ['secret-2021-09-earn-contract-exploit.md', 'section-missing', 'Missing section: Timeline.', 'gaps.tsv: no timeline of detection, upgrade and recovery'],
  ['envoy-cve-2021-29492.md', 'section-missing', 'Missing section: Impact.', "judged here: the SRE template's Impact section is absent; the Summary describes the vulnerability but not who was exposed, or for how long"],
  ['envoy-cve-2021-29492.md', 'summary-too-long', 'The Summary has 10 sentences', "judged here: the SRE template's summary is a sentence or two; this one is ten sentences of background"],
  ['k8s-prow-2019-02-08.md', 'placeholder-text', 'Placeholder "[Sen Lu]"', 'judged here: "Created By: [Sen Lu]" renders as bracketed text, an unresolved link (gaps.tsv lists the same defect in k8s-prow-2019-01-23)'],
  ['k8s-prow-2019-05-30.md', 'placeholder-text', 'Placeholder "[???]"', 'judged here: the first timeline row gives "???" for when cluster availability began to degrade: an unknown left as a placeholder'],
  ['pypi-2025-07-31-phishing-attack.md', 'section-missing', "Missing section: What We'll Do.", 'judged here: the Takeaways discuss email authentication and abuse reports, but no change is committed to, with or without an owner'],
];

interface Doc {
  file: string;
  split: string;
  family: string;
}

/**
 * The documents read for issue 14: the first 35 rows of index.tsv. Rows after them were added for
 * the blame eval (issue 15: DFDS, PostHog and more Yearn reports) and are not in this structure
 * budget until someone reads them for structure gaps; their structure counts are in the eval
 * report (scripts/eval-documents.ts).
 */
const READ_FOR_ISSUE_14 = 35;

function docs(): Doc[] {
  return readFileSync(join(DIR, 'index.tsv'), 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((l) => l.split('\t'))
    .map(([file, split, family]) => ({ file, split, family }))
    .slice(0, READ_FOR_ISSUE_14);
}

function structureOf(doc: Doc) {
  const text = readFileSync(join(DIR, doc.file), 'utf8');
  const { model, findings } = lint(text, { today: TODAY });
  return { profile: model.template.profile.id, structure: findings.filter((f) => f.category === 'structure') };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

test('dev: at least 20 documents in at least 4 template families, each detected as its family reads', { skip }, () => {
  const dev = docs().filter((d) => d.split === 'dev');
  assert.ok(dev.length >= 20, `${dev.length} dev documents`);
  assert.ok(new Set(dev.map((d) => d.family)).size >= 4);
  for (const d of dev) assert.equal(structureOf(d).profile, DETECTED[d.family], `${d.file} (${d.family})`);
});

test('dev: median structure findings per document ≤ 2, and each remaining one is a listed real gap', { skip }, () => {
  const dev = docs().filter((d) => d.split === 'dev');
  const counts: number[] = [];
  const left: string[] = [];
  for (const d of dev) {
    const { structure } = structureOf(d);
    counts.push(structure.length);
    for (const f of structure) left.push(`${d.file} ${f.ruleId}: ${f.message}`);
  }
  assert.ok(median(counts) <= 2, `median ${median(counts)}`);
  // Exactly the listed gaps: none unlisted, none listed that is no longer found.
  const listed = (line: string) => REAL_GAPS.find(([file, rule, message]) => line.startsWith(`${file} ${rule}: `) && line.includes(message));
  assert.deepEqual(left.filter((l) => !listed(l)), [], 'structure findings that are not listed real gaps');
  assert.deepEqual(REAL_GAPS.filter((g) => !left.some((l) => listed(l) === g)).map((g) => g.slice(0, 3).join(' ')), [], 'listed gaps no longer found');
});

test('the gaps marked as from gaps.tsv are in it', { skip }, () => {
  const gaps = readFileSync(join(DIR, 'gaps.tsv'), 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split('\t'));
  for (const [file, , , why] of REAL_GAPS.filter((g) => g[3].startsWith('gaps.tsv'))) {
    assert.ok(gaps.some(([f]) => f === file), `${file} has a row in gaps.tsv`);
    assert.ok(!why.startsWith('judged'), why);
  }
});

test('holdout (never tuned on): structure findings reported', { skip }, (t) => {
  const holdout = docs().filter((d) => d.split === 'holdout');
  const counts = holdout.map((d) => {
    const { profile, structure } = structureOf(d);
    t.diagnostic(`${d.file} (${d.family}) → ${profile}: ${structure.length} structure finding(s)${structure.length ? ': ' + structure.map((f) => f.ruleId).join(', ') : ''}`);
    return structure.length;
  });
  t.diagnostic(`holdout: ${holdout.length} documents, median ${median(counts)} structure findings`);
  assert.equal(counts.length, holdout.length);
});

/**
 * Every document of the set, not only the 35 read for issue 14: a document is "buried" when it gets
 * ten structure findings or more (the seed's five header fields and seven sections asked of a
 * report that shows no sign of the seed's template). Before stop 30, 114 of the 317 dev documents
 * and 77 of the 195 holdout documents were; at the stop's end, 27 of 389 dev and 16 of 227 holdout
 * documents (with the 104 added in stop 30). The dev bound (8%) guards that; the holdout count is
 * reported.
 */
test('all documents: few are buried in structure findings (dev asserted, holdout reported), and no check fails on any', { skip }, (t) => {
  const rows = readFileSync(join(DIR, 'index.tsv'), 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split('\t'));
  // A rule that throws loses all its findings on the document (stop 32: person-as-failure-subject on three).
  const failures: string[] = [];
  for (const split of ['dev', 'holdout']) {
    const counts = rows.filter((r) => r[1] === split).map(([file]) => {
      const { findings } = lint(readFileSync(join(DIR, file), 'utf8'), { today: TODAY });
      for (const f of findings) if (f.ruleId === 'internal-error') failures.push(`${file}: ${f.message}`);
      return findings.filter((f) => f.category === 'structure').length;
    });
    const buried = counts.filter((n) => n >= 10).length;
    t.diagnostic(`${split}: ${counts.length} documents, median ${median(counts)}, ${buried} with ten structure findings or more`);
    if (split === 'dev') {
      assert.ok(median(counts) <= 2, `median ${median(counts)}`);
      assert.ok(buried <= counts.length * 0.08, `${buried} of ${counts.length} dev documents buried`);
    }
  }
  assert.deepEqual(failures, []);
});
