// Technical senses of words that retext-equality flags (issue 15): in engineering writing these
// name an artefact, not people, and an info that every engineering document triggers teaches
// readers to ignore the extension. Each entry keeps the flag unless a context word is near:
// `near` within `within` words on either side, or `next` as the very next word. Matched as words.
// Everything else retext-equality reports ("slave", "whitelist", "guys", "crippled") stays.

export interface TechnicalSense {
  /** The flagged word, lower-case, as retext-equality reports it. */
  word: string;
  /** Any of these within `within` words before or after makes it technical. */
  near?: string[];
  /** This many words on either side (default 3). */
  within?: number;
  /** Any of these right after it makes it technical. */
  next?: string[];
  /** Why this sense is technical (shown in tests and docs). */
  why: string;
}

export const TECHNICAL_SENSES: TechnicalSense[] = [
  {
    word: 'master',
    near: [
      'branch', 'branches', 'merge', 'merged', 'merges', 'merging', 'rebase', 'rebased', 'rebasing', 'repo', 'repos', 'repository', 'git',
      'commit', 'commits', 'committed', 'push', 'pushed', 'pushing', 'pull', 'pulled', 'checkout', 'origin', 'upstream', 'head', 'tag', 'tags',
      'release', 'released', 'releases', 'trunk', 'pr', 'prs', 'main', 'cherry-pick', 'cherry-picked', 'backport', 'backported', 'ci', 'build',
    ],
    within: 5,
    why: 'a git branch or ref name ("merged the fix to master", "origin/master")',
  },
  { word: 'sane', next: ['default', 'defaults', 'config', 'configuration', 'value', 'values', 'way', 'behaviour', 'behavior', 'setting', 'settings', 'limit', 'limits', 'state', 'timeout', 'timeouts'], why: 'a reasonable setting or approach ("sane defaults")' },
  { word: 'mental', next: ['model', 'models', 'map', 'maps'], why: 'a cognitive-science term ("mental model")' },
  { word: 'lame', next: ['duck'], why: 'the "lame duck" state of a server draining traffic (Google SRE)' },
];
