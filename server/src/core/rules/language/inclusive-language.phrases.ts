// Technical senses of words that retext-equality flags (issue 15): in engineering writing these
// name an artefact, not people, and an info that every engineering document triggers teaches
// readers to ignore the extension. Each entry keeps the flag unless a context word is near:
// `near` within `within` words on either side, or `next` as the very next word. Matched as words.
// Everything else retext-equality reports ("slave", "whitelist", "guys", "crippled") stays, and so do
// the metaphors whose technical use is itself the concern: "master node" (Kubernetes renamed it),
// "whitehat", "sanity check".

/** People nouns after a word that make its people sense the meant one ("disabled people"). */
const PEOPLE = ['people', 'person', 'persons', 'man', 'men', 'woman', 'women', 'child', 'children', 'veteran', 'veterans', 'employee', 'employees', 'colleague', 'colleagues', 'community', 'communities'];

export interface TechnicalSense {
  /** The flagged word, lower-case, as retext-equality reports it. */
  word: string;
  /** Any of these within `within` words before or after makes it technical. */
  near?: string[];
  /** This many words on either side (default 3). */
  within?: number;
  /** Any of these right after it makes it technical. */
  next?: string[];
  /** Technical unless one of these follows it (the people sense: "disabled people"). */
  unlessNext?: string[];
  /** Technical unless one of these is within `within` words ("failed attempt" near "suicide"). */
  unlessNear?: string[];
  /** Technical unless one of these is right before it ("mentally challenged"). */
  unlessPrevious?: string[];
  /** Any of these right before it makes it technical ("hotfixes from master", "the one on master"). */
  previous?: string[];
  /** A person's given name or @handle earlier in the same paragraph makes it refer to that person. */
  afterName?: boolean;
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
      'blob', 'tree', 'github', 'gitlab', 'contract', 'contracts', 'deploy', 'deploys', 'deployed', 'deploying', 'land', 'lands', 'landed',
      'landing', 'hotfix', 'hotfixes', 'revert', 'reverted', 'fork', 'forked', 'nightly', 'image', 'images', 'rollout',
    ],
    within: 5,
    previous: ['from', 'into', 'onto', 'on', 'off', 'against'],
    next: ['password', 'passwords'],
    why: 'a git branch or ref name ("merged the fix to master", "origin/master", "release hotfixes from master")',
  },
  // retext-equality flags the contracted pronoun even when it refers to someone named just before
  // ("we hired [Tom P], … the tools he's put in place"): that is a person's own pronoun.
  { word: "he's", afterName: true, why: 'the pronoun of a person named earlier in the paragraph' },
  { word: "she's", afterName: true, why: 'the pronoun of a person named earlier in the paragraph' },
  { word: 'sane', next: ['default', 'defaults', 'config', 'configuration', 'value', 'values', 'way', 'behaviour', 'behavior', 'setting', 'settings', 'limit', 'limits', 'state', 'timeout', 'timeouts'], why: 'a reasonable setting or approach ("sane defaults")' },
  { word: 'pop', next: ['up', 'ups', 'out', 'off', 'over', 'back', 'in', 'into', 'onto', 'open'], why: 'the verb ("would pop up this early", "a pop-up", "pop in a PR"), not the word for a father' },
  // Before a noun of the mind or of health, "mental" is the neutral adjective (the words guides
  // recommend: "mental health", "mental illness"); the slur is "is mental", "went mental".
  {
    word: 'mental',
    next: [
      'model', 'models', 'map', 'maps', 'sums', 'math', 'maths', 'arithmetic', 'note', 'notes', 'checklist', 'load', 'overhead', 'ability',
      'abilities', 'capacity', 'effort', 'energy', 'workload', 'strain', 'fatigue', 'picture', 'image', 'health', 'illness', 'illnesses', 'wellbeing',
      'well-being', 'disorder', 'disorders',
    ],
    why: 'a cognitive-science or health term ("mental model", "general mental ability", "mental health") or arithmetic done in the head ("mental sums")',
  },
  // Statistics and electronics: "a bipolar balance effect", "a bipolar scale", "bipolar transistors";
  // "bipolar disorder" is the clinical name. Said of a person it is still flagged.
  { word: 'bipolar', next: ['balance', 'effect', 'effects', 'scale', 'scales', 'dimension', 'distribution', 'transistor', 'transistors', 'junction', 'encoding', 'signal', 'signals', 'disorder'], why: 'a statistical or electronic term ("a bipolar scale", "bipolar transistors") or the clinical name ("bipolar disorder")' },
  // "had every finding challenged by a second pass": the verb (to dispute), not the euphemism.
  { word: 'challenged', unlessPrevious: ['mentally', 'physically', 'intellectually', 'developmentally', 'vertically', 'visually', 'hearing', 'learning'], why: 'the verb "challenge" (to dispute or test a claim)' },
  // "Oh boy.": an interjection, never a person.
  { word: 'boy', previous: ['oh'], next: ['was', 'were', 'is', 'am', 'are', 'did', 'do', 'does', 'have', 'has', 'had', 'oh'], why: 'the interjection ("oh boy", "Boy was I wrong")' },
  // "I'm not a database guy": the writer describing himself, not a group addressed as "guys".
  { word: 'guy', near: ["i'm", 'im', 'myself'], within: 4, why: "the writer's description of himself (\"I'm not a database guy\")" },
  // "careful stewards of information", "data steward": the neutral word; only the cabin crew sense
  // has a gendered pair.
  { word: 'steward', unlessNear: ['flight', 'flights', 'airline', 'airlines', 'cabin', 'aircraft', 'plane', 'passenger', 'passengers', 'ship', 'cruise'], within: 5, why: 'one who looks after something ("data steward")' },
  { word: 'stewards', unlessNear: ['flight', 'flights', 'airline', 'airlines', 'cabin', 'aircraft', 'plane', 'passenger', 'passengers', 'ship', 'cruise'], within: 5, why: 'those who look after something ("careful stewards of information")' },
  // "ADD LINK", "ADD TODO": an editor's note in capitals, not the condition.
  { word: 'add', next: ['link', 'links', 'todo', 'here', 'details', 'reference', 'references', 'ref', 'source', 'citation', 'more', 'screenshot', 'graph', 'image', 'url', 'example', 'date', 'time'], why: 'an editing note ("ADD LINK")' },
  { word: 'lame', next: ['duck'], why: 'the "lame duck" state of a server draining traffic (Google SRE)' },
  { word: 'disabled', unlessNext: PEOPLE, why: 'a feature, account or check switched off ("keepers disabled", "caching was disabled")' },
  { word: 'invalid', unlessNext: PEOPLE, why: 'input that fails validation ("invalid certificate", "logically invalid ranges")' },
  // Engineering text uses "special" for cases, paths, privileges, thanks …; only "special needs"
  // (and "special" before a people noun) is the sense retext-equality means.
  { word: 'special', unlessNext: ['needs', 'need', 'ed', 'education', ...PEOPLE], why: 'a technical or ordinary qualifier ("special privilege", "special paths", "special thanks")' },
  { word: 'sister', near: ['vault', 'vaults', 'strategy', 'strategies', 'project', 'projects', 'company', 'companies', 'site', 'sites', 'service', 'services', 'repo', 'repos', 'repository', 'product', 'products', 'protocol', 'protocols', 'contract', 'contracts', 'chain', 'chains', 'cluster', 'clusters'], within: 3, why: 'a related system ("a sister vault")' },
  // "a dummy package registered on PyPI", "dummy data": a placeholder, the engineering sense.
  { word: 'dummy', next: ['package', 'packages', 'value', 'values', 'data', 'variable', 'variables', 'account', 'accounts', 'file', 'files', 'object', 'objects', 'record', 'records', 'entry', 'entries', 'request', 'requests', 'load', 'node', 'nodes', 'user', 'users', 'host', 'hosts', 'service', 'services', 'module', 'modules', 'commit', 'commits', 'release', 'version', 'project', 'repo', 'repository', 'domain', 'key', 'keys', 'token', 'tokens', 'payload', 'test', 'tests', 'job', 'jobs', 'interface', 'implementation', 'placeholder', 'input', 'output', 'row', 'rows', 'table', 'transaction', 'transactions', 'device', 'devices', 'certificate', 'instance', 'instances', 'buffer', 'buffers', 'stack', 'pointer', 'struct', 'function', 'functions', 'class', 'method', 'string', 'strings', 'array', 'field', 'fields', 'image', 'images', 'container', 'script', 'email', 'address', 'message', 'event', 'page', 'argument', 'arguments', 'parameter'], why: 'a placeholder ("a dummy package", "dummy data"), the engineering sense' },
  // retext-equality reads "failed attempt" as a suicide attempt; in an incident report it is a retry,
  // a login or a transaction ("the user's failed attempt", "after a failed attempt to reconnect").
  { word: 'failed attempt', unlessNear: ['suicide', 'suicidal', 'overdose', 'self-harm', 'himself', 'herself', 'themselves', 'life'], within: 8, why: 'a retry, login or transaction that failed ("the user\'s failed attempt")' },
  // "our fellow customers", "my fellow engineers": the adjective (sharing a condition), not "a fellow".
  {
    word: 'fellow',
    next: [
      'customers', 'customer', 'users', 'user', 'engineers', 'engineer', 'developers', 'developer', 'maintainers', 'contributors', 'members', 'member',
      'employees', 'colleagues', 'teammates', 'team', 'admins', 'administrators', 'operators', 'responders', 'researchers', 'students', 'players',
      'volunteers', 'citizens', 'humans', 'travellers', 'travelers', 'passengers', 'residents', 'hosters', 'sysadmins', 'moderators', 'hackers',
    ],
    why: 'the adjective: people who share a condition ("our fellow customers")',
  },
  { word: 'paternity', next: ['leave'], why: 'a named person\'s leave, stated as a fact' },
  { word: 'maternity', next: ['leave'], why: 'a named person\'s leave, stated as a fact' },
];
