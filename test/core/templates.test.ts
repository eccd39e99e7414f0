// Template profiles: the built-ins as data, matching headings, choosing the profile (detection,
// front matter, configuration), a team's own profile from configuration (and what a malformed
// one reports), and the blame rules' section strictness mapped through the profile.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildModel } from '../../server/src/core/model';
import { resolveConfig } from '../../server/src/core/config';
import { ALL_RULES } from '../../server/src/core/rules/index';
import { BUILTIN_PROFILES, SECTION_ROLES, detectProfile, headingKey, matchSection, selectTemplate } from '../../server/src/core/templates/index';
import { readCustomProfiles, type ProfileProblem } from '../../server/src/core/templates/custom';
import { any } from '../../server/src/core/templates/any';
import { findingsOf, lintMd } from '../helpers/lint';
import { matchColumn, TIMELINE_COLUMNS } from '../../server/src/core/template';

const EXAMPLES = join(__dirname, '..', '..', 'examples');
const example = (name: string) => readFileSync(join(EXAMPLES, `${name}.postmortem.md`), 'utf8');
const known = new Set(ALL_RULES.map((r) => r.id));

test('the built-in profiles are well-formed data', () => {
  assert.deepEqual(BUILTIN_PROFILES.map((p) => p.id), ['seed', 'google-sre', 'atlassian', 'pagerduty', 'any']);
  for (const p of BUILTIN_PROFILES) {
    assert.ok(p.builtin && p.name && p.description, p.id);
    assert.ok(p.title.includes('{title}'), `${p.id}: title`);
    const ids = p.sections.map((s) => s.id);
    assert.equal(new Set(ids).size, ids.length, `${p.id}: unique section ids`);
    for (const s of p.sections) {
      assert.ok(SECTION_ROLES.includes(s.role), `${p.id}/${s.id}: role`);
      assert.equal(s.skeleton.split('\n')[0], `## ${s.title}`, `${p.id}/${s.id}: the skeleton starts with the title`);
      assert.ok(s.guidance.length > 20, `${p.id}/${s.id}: guidance`);
      // Every title and alias names this section and no other.
      for (const name of [s.title, ...s.aliases]) assert.equal(matchSection(p, name)?.section, s, `${p.id}: "${name}"`);
    }
    // Each profile can find the parts every check needs.
    for (const role of ['timeline', 'actions'] as const) assert.ok(p.sections.some((s) => s.role === role), `${p.id} has a ${role} section`);
  }
  // The three published templates say where they come from.
  for (const id of ['google-sre', 'atlassian', 'pagerduty']) assert.match(BUILTIN_PROFILES.find((p) => p.id === id)!.source ?? '', /^https:\/\//);
});

test('headings are compared without numbering, anchors, "The", case or trailing punctuation', () => {
  assert.equal(headingKey('2. Root Causes:'), 'root causes');
  assert.equal(headingKey('[#](https://x.test/#impact)Impact <a href="#impact" id="impact"></a>'), 'impact');
  assert.equal(headingKey('The Impact'), 'impact');
  assert.equal(headingKey("How'd We Do?"), "how'd we do");
  assert.equal(headingKey('Timeline (UTC)'), 'timeline');
  // GitHub emoji shortcodes, as Atlassian's template writes its headings.
  assert.equal(headingKey(':eye: Detection'), 'detection');
  assert.equal(headingKey(':ballot_box_with_check: Follow-up tasks'), 'follow-up tasks');
});

test('real reports\' other names for the parts (stop 32): emoji headings, a qualified timeline, fixes and follow-ups', () => {
  // Atlassian's template as teams paste it, emoji first: read as Atlassian's.
  const atlassianEmoji = [':warning: Leadup', ':flying_disc: Impact', ':eye: Detection', ':man_raising_hand: Response', ':woman_gesturing_ok: Recovery', ":mag_right: Five why's", ':seedling: Blameless root cause', ':thinking: Lessons learned', ':ballot_box_with_check: Follow-up tasks'];
  assert.equal(detectProfile(atlassianEmoji).profile.id, 'atlassian');
  // A timeline by any qualifier is the timeline; a sentence about one is not.
  for (const h of ['Issue Timeline', 'Outage timeline', 'Detailed incident timeline']) assert.equal(matchSection(any, h)?.section.role, 'timeline', h);
  for (const h of ['No timeline', 'Why we missed the timeline of the rollout', 'Timelines']) assert.notEqual(matchSection(any, h)?.section.role, 'timeline', h);
  // The minimal template's action items under other usual names, and an account of the fix.
  for (const h of ['Actions', 'Recommendations', 'Follow-up tasks', 'What could be done to avoid this in future?']) assert.equal(matchSection(any, h)?.section.role, 'actions', h);
  for (const h of ['Solution', 'How was it fixed', 'Mitigations']) assert.equal(matchSection(any, h)?.section.id, 'resolution', h);
  const { findings } = lintMd('# Relay down\n\n## Summary\n\nThe relay was down for 3 hours for 40% of users.\n\n## Issue timeline\n\n- 10:00 UTC the relay stops.\n- 13:00 UTC it is back.\n\n## Solution\n\nWe raised the file-descriptor limit.\n');
  assert.deepEqual(findings.filter((f) => f.ruleId === 'section-missing').map((f) => f.message), []);
});

test('detection: the seed stays the default unless another template is clearly in use', () => {
  for (const name of ['checkout-latency', 'dns-outage', 'queue-backlog']) assert.equal(buildModel(example(name)).template.profile.id, 'seed', name);
  // cert-expiry is written to Google's shape (Summary, Impact, Timeline, Resolution, Root Cause, Lessons Learned).
  assert.equal(buildModel(example('cert-expiry')).template.profile.id, 'google-sre');
  const seedish = [[], ['Contributing Factors'], ['Action Items', 'Timeline of Events'], ['Executive Summary', 'Timeline of Events', 'Contributing Factors']];
  for (const headings of seedish) assert.equal(detectProfile(headings).profile.id, 'seed', headings.join(', '));
  // Headings every kind of report uses ("Summary", "Timeline", "Root Cause") are no sign of the
  // seed's template; its Facilitator or Participants line is.
  for (const headings of [['Summary', 'Timeline'], ['Root Cause']]) {
    assert.equal(detectProfile(headings).profile.id, 'any', headings.join(', '));
    assert.equal(detectProfile(headings, [], { seedFields: 1, ownFields: 1, prose: false, dated: false }).profile.id, 'seed', headings.join(', '));
  }
  // A few usual parts and none of the seed's header fields: the minimal template; with the seed's
  // header (two fields or more) the same headings are a seed draft.
  const few = ['Executive Summary', 'Impact', 'Resolution'];
  assert.equal(detectProfile(few).profile.id, 'any');
  assert.equal(detectProfile(few, [], { seedFields: 2, ownFields: 1, prose: false, dated: false }).profile.id, 'seed');
  const cases: [string[], string][] = [
    [['Summary', 'Impact', 'Root Causes', 'Trigger', 'Resolution', 'Detection', 'Action Items', 'Lessons Learned', 'Timeline'], 'google-sre'],
    [['Summary', 'Impact', 'Root Cause', 'Detection', 'Resolution', 'Lessons learned', 'Action items', 'Timeline', 'Appendix'], 'google-sre'],
    [['Incident summary', 'Leadup', 'Fault', 'Impact', 'Detection', 'Response', 'Recovery', 'Timeline', 'Five whys', 'Root cause', 'Lessons learned', 'Corrective actions'], 'atlassian'],
    [['Overview', 'What Happened', 'Contributing Factors', 'Resolution', 'Impact', 'Responders', 'Timeline', "How'd We Do?", 'Action Items', 'Messaging'], 'pagerduty'],
    [['What happened', 'Impact', 'Timeline', 'Why it happened', "What we'll do"], 'any'],
  ];
  for (const [headings, id] of cases) assert.equal(detectProfile(headings).profile.id, id, headings.join(', '));
  // What detection matched is kept, for the health view, the title hover and --format json.
  assert.deepEqual(detectProfile(['Summary', 'Impact', 'Detection', 'Resolution', 'Notes']).matched, ['Summary', 'Impact', 'Detection', 'Resolution']);
});

test('front matter and configuration force a template; front matter wins', () => {
  const doc = '---\ntemplate: pagerduty\n---\n# Post-Mortem: x\n\n## Executive Summary\n\nx\n';
  const m = buildModel(doc, { template: 'google-sre' });
  assert.deepEqual([m.template.profile.id, m.template.how], ['pagerduty', 'front-matter']);
  const c = buildModel('# Post-Mortem: x\n\n## Executive Summary\n\nx\n', { template: 'atlassian' });
  assert.deepEqual([c.template.profile.id, c.template.how], ['atlassian', 'config']);
  // `template: auto` in front matter means detection, as in the configuration.
  assert.equal(buildModel('---\ntemplate: auto\n---\n# x\n\n## Executive Summary\n').template.how, 'auto');
  // Through the engine: the configured template applies to the whole check.
  const { findings } = lintMd('# Post-Mortem: x\n\n## Overview\n\nx\n', { config: { template: 'pagerduty' } });
  assert.ok(findings.some((f) => f.ruleId === 'section-missing' && f.message === 'Missing section: What Happened.'));
});

test('an unknown template name in front matter is a finding, and detection is used instead', () => {
  const doc = '---\ntemplate: gogle-sre\n---\n# Shard outage\n\n## Summary\n\n## Impact\n\n## Root Causes\n\n## Resolution\n\n## Detection\n';
  const m = buildModel(doc);
  assert.deepEqual([m.template.profile.id, m.template.how, m.template.unknown?.name], ['google-sre', 'auto', 'gogle-sre']);
  const [f, ...rest] = findingsOf('template-unknown', doc);
  assert.equal(rest.length, 0);
  assert.equal(doc.slice(f.start, f.end), 'gogle-sre');
  assert.match(f.message, /No template is called "gogle-sre" \(known: auto, seed, google-sre, atlassian, pagerduty, any\); the document is checked as Google SRE/);
  assert.equal(f.fixes[0].edits[0].newText, 'google-sre');
  assert.deepEqual(findingsOf('template-unknown', '---\ntemplate: google-sre\n---\n# x\n'), []);
});

test('configuration: an unknown template name is a configuration problem, never a crash', () => {
  const { config, problems } = resolveConfig([{ template: 'pagerdutty' }], known);
  assert.equal(config.template, 'auto');
  assert.deepEqual(problems.map((p) => p.path), ['template']);
  assert.match(problems[0].message, /template "pagerdutty" is not a known template \(known: "auto", "seed", "google-sre", "atlassian", "pagerduty", "any"\)/);
  assert.deepEqual(resolveConfig([{ template: 42 }], known).problems.map((p) => p.path), ['template']);
  assert.equal(resolveConfig([{ template: 'Google-SRE' }], known).config.template, 'google-sre');
});

const ACME = {
  name: 'ACME incident review',
  extends: 'google-sre',
  header: [{ label: 'Date' }, { label: 'Incident lead', aliases: ['IC'] }],
  sections: [
    { title: 'What happened', aliases: ['Summary'], role: 'summary' },
    { title: 'Customer impact', role: 'impact' },
    { title: 'Sequence', role: 'timeline' },
    { title: 'Why', role: 'causes', guidance: 'The conditions behind it.' },
    { title: 'Fixes', role: 'actions' },
    { title: 'Notes', role: 'other', required: false },
  ],
  timeline: { columns: ['time', 'event'], list: true },
};

test("a team's own template from .postmortemrc.json: read as data, detected, checked against", () => {
  const { config, problems } = resolveConfig([{ templates: { acme: ACME } }], known);
  assert.deepEqual(problems, []);
  const [acme] = config.templates;
  assert.deepEqual([acme.id, acme.name, acme.builtin], ['acme', 'ACME incident review', false]);
  assert.deepEqual(acme.sections.map((s) => [s.id, s.role, s.required]), [
    ['what-happened', 'summary', true], ['customer-impact', 'impact', true], ['sequence', 'timeline', true], ['why', 'causes', true], ['fixes', 'actions', true], ['notes', 'other', false],
  ]);
  assert.equal(acme.sections[3].skeleton, '## Why\n[The conditions behind it.]\n');
  assert.deepEqual(acme.header.map((f) => [f.id, f.required]), [['date', true], ['incident-lead', true]]);
  // Inherited from the template it extends.
  assert.deepEqual(acme.actions, { columns: ['action', 'owner'], list: true });
  // Detected from one heading of its own, and checked against its own sections.
  const doc = '# Queue stall\n\n**Date**: 2026-04-02\n\n## What happened\n\nThe queue stalled for 20 minutes.\n\n## Sequence\n\n- 10:00 UTC stall\n\n## Why\n\n- A lock was held.\n\n## Fixes\n\n- Add a lock timeout\n';
  const m = buildModel(doc, { templates: config.templates });
  assert.equal(m.template.profile.id, 'acme');
  const structure = lintMd(doc, { config: { templates: { acme: ACME } } }).findings.filter((f) => f.category === 'structure').map((f) => f.message);
  assert.deepEqual(structure, ['The header has no Incident lead field.', 'Missing section: Customer impact.']);
});

test('a malformed custom template is reported field by field, with its path; what is usable is kept', () => {
  const problems: ProfileProblem[] = [];
  const profiles = readCustomProfiles(
    {
      good: { sections: [{ title: 'Timeline', role: 'timeline' }, { title: 'Bad role', role: 'causez' }, 'not an object', { role: 'actions' }], header: 'x', colour: 'blue' },
      seed: { sections: [{ title: 'x' }] },
      'Bad Id!': {},
      empty: { sections: [] },
      huge: { sections: Array.from({ length: 50 }, (_, i) => ({ title: `S${i}` })) },
      badtable: { sections: [{ title: 'Timeline', role: 'timeline' }], timeline: { columns: ['time', 'when?'] }, causes: { minFactors: -1 } },
    },
    problems,
  );
  assert.deepEqual(profiles.map((p) => p.id), ['good', 'huge', 'badtable']);
  assert.deepEqual(profiles[0].sections.map((s) => s.title), ['Timeline']);
  assert.equal(profiles[1].sections.length, 40);
  const messages = problems.map((p) => p.message);
  for (const expected of [
    'templates.good.sections[1].role must be one of "summary", "impact", "timeline", "causes", "went-well", "learnings", "actions", "follow-up", "external", "other"',
    'templates.good.sections[2] must be an object with a "title"',
    'templates.good.sections[3].title must be a non-empty string',
    'templates.good.header must be a list of fields',
    'templates.good.colour is not a template setting (known: name, description, extends, title, header, sections, timeline, actions, causes, suggestTitles, shortSummary)',
    'templates.seed cannot replace the built-in template "seed"; give it another id (it may "extends": "seed")',
    'templates.Bad Id! is not a usable template id (use lower-case letters, digits and dashes, not "auto")',
    'templates.empty has no usable section, so it is not used',
    'templates.huge.sections has more than 40 sections; the first 40 are used',
    'templates.badtable.timeline.columns must be a list of "time", "event", "info", "decision"',
    'templates.badtable.causes.minFactors must be a whole number from 0 to 20',
  ]) assert.ok(messages.includes(expected), `missing problem: ${expected}\n${messages.join('\n')}`);
  // Not an object at all.
  const more: ProfileProblem[] = [];
  assert.deepEqual(readCustomProfiles(['x'], more), []);
  assert.deepEqual(more.map((p) => p.path), ['templates']);
  // Through resolveConfig the problems are configuration problems (the editor shows them, the CLI prints them).
  assert.ok(resolveConfig([{ templates: { x: { sections: 5 } } }], known).problems.some((p) => p.message === 'templates.x.sections must be a list of sections'));
});

test('a custom template name can be chosen once the template is defined (in any layer)', () => {
  const { config, problems } = resolveConfig([{ templates: { acme: ACME } }, { template: 'acme' }], known);
  assert.deepEqual(problems, []);
  assert.equal(config.template, 'acme');
  const doc = '# x\n\n## Overview\n\nx\n';
  assert.equal(buildModel(doc, { template: config.template, templates: config.templates }).template.profile.id, 'acme');
});

test('blame rules use the section matrix mapped through the profile', () => {
  const google = (section: string, sentence: string, sub?: string) =>
    `# Shard outage\n\n**Date**: 2026-01-02\n**Authors**: Kim\n\n## Summary\n\nx\n\n## Impact\n\nx\n\n## Resolution\n\nx\n\n## Detection\n\nx\n\n## ${section}\n\n${sub ? `### ${sub}\n\n` : ''}${sentence}\n`;
  const sev = (md: string, rule: string) => lintMd(md).findings.filter((f) => f.ruleId === rule).map((f) => f.severity);
  // "Root Causes" behaves like Contributing Factors: a team failing is an error there.
  const rc = google('Root Causes', 'The ops team forgot to renew the certificate.');
  assert.equal(buildModel(rc).template.profile.id, 'google-sre');
  assert.deepEqual(sev(rc, 'person-as-failure-subject'), ['error']);
  // "Lessons Learned" behaves like Key Learnings: fixing people is an error there …
  assert.deepEqual(sev(google('Lessons Learned', '- Engineers need to be more careful with certificates.'), 'people-targeted-action'), ['error']);
  // … but its "What went wrong" is descriptive (Other), and "What went well" is What Went Well.
  assert.deepEqual(sev(google('Lessons Learned', '- Engineers need to be more careful with certificates.', 'What went wrong'), 'people-targeted-action'), ['warning']);
  assert.deepEqual(sev(google('Lessons Learned', 'Kim forgot the runbook, and still recovered quickly.', 'What went well'), 'person-as-failure-subject'), ['warning']);
  // Atlassian's Leadup and Five whys are causes; PagerDuty's External Message is customer-facing.
  const atl = '# x\n\n## Incident summary\n\nx\n\n## Leadup\n\nThe on-call engineer ignored the alert.\n\n## Fault\n\nx\n\n## Detection\n\nx\n';
  assert.equal(buildModel(atl).template.profile.id, 'atlassian');
  assert.equal(buildModel(atl).prose.find((u) => u.text.startsWith('The on-call'))?.context, 'contributing-factors');
  const pd = "# x\n\n## Overview\n\nx\n\n## What Happened\n\nx\n\n## How'd We Do?\n\nx\n\n## Messaging\n\n### External Message\n\nWe are so sorry, this was entirely our fault.\n";
  assert.equal(buildModel(pd).template.profile.id, 'pagerduty');
  assert.equal(buildModel(pd).prose.find((u) => u.text.startsWith('We are so sorry'))?.context, 'external');
  assert.deepEqual(sev(pd, 'self-blame'), []);
});

test("a lone wiki heading above the sections wraps them: the level below is the top level", () => {
  const md = '# Earn exploit\n\n## September 2021 Earn exploit <a id="x"></a>\n\nIntro.\n\n### Description\n\nx\n\n### What happened\n\nx\n\n### Resolution\n\nx\n';
  const m = buildModel(md);
  assert.deepEqual(m.topSections.map((s) => s.heading.text.replace(/<[^>]*>/g, '').trim()), ['September 2021 Earn exploit', 'Description', 'What happened', 'Resolution']);
  assert.equal(m.template.profile.id, 'any');
  // Not when the first heading is a section of a template, or is not alone at its level.
  assert.deepEqual(buildModel('# x\n\n## Contributing Factors\n\n### Technical Factors\n\n- a\n\n### Process Factors\n\n- b\n').topSections.map((s) => s.heading.text), ['Contributing Factors']);
  assert.deepEqual(buildModel('# x\n\n## Notes\n\n### a\n\n### b\n\n## More\n').topSections.map((s) => s.heading.text), ['Notes', 'More']);
});

test('other teams\' templates seen in real post-mortems (issue 15): a dated time-zone note, an alias-heavy seed lookalike, a trailing "# Stats"', () => {
  assert.equal(headingKey('Timeline (all times PST) 10/14/2022 - 11/03/2022. All times approximations'), 'timeline');
  // DFDS: two seed titles, three seed aliases, no header fields: the minimal template, not the seed's.
  const dfds = ['Summary', 'Timeline', 'Contributing Factors', 'Action Items', 'Lessons Learned', 'Attendees'];
  assert.equal(detectProfile(dfds).profile.id, 'any');
  assert.equal(detectProfile(dfds, [], { seedFields: 2, ownFields: 1, prose: false, dated: false }).profile.id, 'seed');
  // Chia: "Issue Summary / Timeline (…) / Resolution and recovery".
  assert.equal(detectProfile(['Issue Summary', 'Timeline (all times PST) 7/5/2023-7/6/2023', 'Resolution and recovery']).profile.id, 'any');
  // A late top-level heading that names no section does not push the "##" sections down a level.
  const model = buildModel('# Inotify exhaustion\n\n## Summary\n\nNodes ran out of watches for 2 hours.\n\n## Timeline\n\n| Time | Event |\n| --- | --- |\n| 10:00 UTC | Alert |\n\n## Contributing Factors\n\n- A low limit.\n\n## Lessons Learned\n\n- Limits matter.\n\n## Action Items\n\n- Raise the limit.\n\n# Stats\n\nTime to detect: 5 min.\n');
  assert.equal(model.template.profile.id, 'any');
});

test('a team\'s own report format is not a seed draft (Yearn disclosures, Chia abuse reports; issue 15)', () => {
  // Most headings unknown to the seed's template, at most one of its titles, none of its header fields.
  const yearn = ['Summary', 'Background', 'Details of Incident', 'Details of Recovery', 'Timeline of events', 'Third Party Disclosure'];
  assert.equal(detectProfile(yearn).profile.id, 'any');
  assert.equal(detectProfile(['Summary', 'Background', 'Details of issue', 'Details of fix', 'References']).profile.id, 'any');
  // With the seed's header, or with its titles, the same kind of document is a seed draft.
  assert.equal(detectProfile(yearn, [], { seedFields: 2, ownFields: 1, prose: false, dated: false }).profile.id, 'seed');
  assert.equal(detectProfile(['Executive Summary', 'Timeline of Events', 'Background', 'Notes', 'Links']).profile.id, 'seed');
  // A short draft is the seed's when it has the seed's own header line.
  assert.equal(detectProfile(['Summary', 'Background'], [], { seedFields: 1, ownFields: 1, prose: false, dated: false }).profile.id, 'seed');
});

test('a report with no sign of the seed\'s template is not asked for it (a third of the real post-mortems, stop 30)', () => {
  // A blog-style report with no headings: its opening account is the document.
  const report = '# Network outage\n\nAs a transparent company, we also share our issues. On 11 July 2019 at 18:10 UTC we had a network outage in our data center. After 46 minutes our servers were reachable again.\n\nWe moved the monitoring to a second provider so that we notice sooner next time.\n';
  const { model, findings } = lintMd(report);
  assert.equal(model.template.profile.id, 'any');
  // Its opening account states the impact and dates the events; it names no change to come.
  assert.deepEqual(findings.filter((f) => f.category === 'structure').map((f) => f.message), ["Missing section: What We'll Do."]);
  // Headings of the team's own, none of which the seed's template knows.
  assert.equal(detectProfile(['What we have tried', 'What we can still try', 'The Unknown']).profile.id, 'any');
  assert.equal(detectProfile([], [], { seedFields: 0, ownFields: 0, prose: true, dated: true }).profile.id, 'any');
  // Date, Severity and Duration lines are no sign (every template has them); a Facilitator or
  // Participants line is, and so is one of the seed's own titles.
  assert.equal(detectProfile([], [], { seedFields: 1, ownFields: 0, prose: true, dated: true }).profile.id, 'any');
  assert.equal(detectProfile([], [], { seedFields: 3, ownFields: 0, prose: true, dated: true }).profile.id, 'any');
  assert.equal(detectProfile([], [], { seedFields: 2, ownFields: 1, prose: true, dated: true }).profile.id, 'seed');
  assert.equal(detectProfile(['Contributing Factors', 'Notes']).profile.id, 'seed');
  assert.equal(detectProfile(['Summary', 'Background']).profile.id, 'any');
  // An empty draft under the template's title keeps the seed's guidance.
  assert.equal(buildModel('# Post-Mortem: Database outage\n').template.profile.id, 'seed');
  assert.equal(detectProfile([]).profile.id, 'seed');
});

test('the minimal template takes each part where a blog-style report puts it (real post-mortems, stop 33)', () => {
  const structure = (md: string) => lintMd(md).findings.filter((f) => f.category === 'structure').map((f) => f.message);
  // An opening account that gives the day without its year, or clock times, dates the events.
  const undated = '# API outage\n\nThe API was down for a while. Requests failed until the pool was resized.\n\nTo prevent this, we will add an alert on pool saturation.\n';
  assert.deepEqual(structure(undated), ['Missing section: Timeline.']);
  assert.deepEqual(structure(undated.replace('for a while', 'on August 7th')), []);
  assert.deepEqual(structure(undated.replace('for a while', 'from about 8:43 UTC until 14:07 UTC')), []);
  assert.deepEqual(structure(undated.replace('for a while', 'for 7 hours, and 3 of 5 regions')), ['Missing section: Timeline.']);
  // Follow-ups written into the account are its "What We'll Do"; a status page's promise to post updates is not.
  const dated = '# API outage\n\nThe API was down on August 7th. Requests failed until the pool was resized.\n\n';
  assert.deepEqual(structure(dated + 'We will update this page as we learn more.\n'), ["Missing section: What We'll Do."]);
  for (const follow of ['Going forward, pool saturation pages the on-call engineer.', "We'll automate the resize.", 'To avoid a recurrence, the pool now grows on demand.']) {
    assert.deepEqual(structure(dated + follow + '\n'), [], follow);
  }
  // So is a follow-up heading at any depth in the minimal template; in a named template it must be a section.
  const nested = '# API outage\n\nThe API was down on August 7th.\n\n## Details\n\nThe pool ran out of connections.\n\n### Next Steps\n\n- Alert on pool saturation.\n';
  assert.equal(lintMd(nested).model.template.profile.id, 'any');
  assert.deepEqual(structure(nested), []);
  assert.deepEqual(structure(nested.replace('### Next Steps', '### Notes')), ["Missing section: What We'll Do."]);
});

test('one reading of the opening serves detection and the section checks: prose on both sides of the title, never the title or a field line (stop 34)', () => {
  const structure = (md: string) => lintMd(md).findings.filter((f) => f.category === 'structure').map((f) => f.message);
  // An account before the first "# " heading (which the model takes as the title) dates the events.
  const before = 'The API was down on August 7th. Requests failed until the pool was resized.\n\n# Background\n\nThe pool was small.\n\n## Follow-up\n\nTo prevent this, we will add an alert.\n';
  assert.equal(buildModel(before).opening.dated, true);
  assert.ok(!structure(before).includes('Missing section: Timeline.'));
  // A header field that gives a start time is not an account of the events.
  const fields = '# API outage\n\n- **Start:** 2024-11-14 16:59 UTC\n- **End:** 2024-11-15 01:40 UTC\n\n## Summary\n\nThe API was down.\n\n## Follow-up\n\nTo prevent this, we will add an alert.\n';
  assert.deepEqual(buildModel(fields).opening, { ...buildModel(fields).opening, prose: false, dated: false });
  assert.ok(structure(fields).includes('Missing section: Timeline.'));
  // The title itself, even a setext one, is not opening prose.
  assert.equal(buildModel('API outage on August 7th\n==========\n\n## Summary\n\nx\n').opening.prose, false);
});

test('a report with a Date and Severity line and the usual headings is not read as the seed\'s (a quarter of the real post-mortems read as seed drafts, stop 32)', () => {
  const report = (header: string) =>
    `# Netlify build failure\n\n${header}\n\n## Summary\n\nThe site build failed for 3 hours after a dependency update.\n\n## Timeline\n\n- 10:00 UTC: the build fails.\n- 13:00 UTC: the fix is deployed.\n\n## Root Cause\n\nThe typecheck step ran before the library was built.\n\n## Lessons Learned\n\n- Build order matters.\n`;
  const other = lintMd(report('**Date:** 2025-11-05\n**Severity:** Medium'));
  assert.equal(other.model.template.profile.id, 'any');
  // Not asked for the seed's Facilitator, Participants or Duration, nor to rename its headings.
  assert.ok(!other.findings.some((f) => f.ruleId === 'header-field-missing' || f.ruleId === 'section-heading-alias'), other.findings.map((f) => f.message).join('\n'));
  // The seed's title as the template writes it is a sign of it; a team's "Postmortem: …" is not.
  const titled = (title: string) => buildModel(`${title}\n\n## Summary\n\nThe build failed.\n\n## Timeline\n\n- 10:00 UTC: it fails.\n`).template.profile.id;
  assert.equal(titled('# Post-Mortem: Netlify build failure'), 'seed');
  assert.equal(titled('# Postmortem: Netlify build failure'), 'any');
  assert.equal(titled('# Post-mortem: Netlify build failure'), 'any');
  // The seed's own header line makes the same document a seed draft, with the seed's guidance.
  const seedDraft = lintMd(report('**Date:** 2025-11-05\n**Severity:** Medium\n**Facilitator:** Ana'));
  assert.equal(seedDraft.model.template.profile.id, 'seed');
  assert.ok(seedDraft.findings.some((f) => f.ruleId === 'header-field-missing'));
});

test('a zone note after a column name still names the column ("Date and Time in CET", DFDS)', () => {
  assert.equal(matchColumn(TIMELINE_COLUMNS, 'Date and Time in CET'), 'time');
  assert.equal(matchColumn(TIMELINE_COLUMNS, 'Time in UTC+1'), 'time');
  assert.equal(matchColumn(TIMELINE_COLUMNS, 'Time in production'), undefined);
});
