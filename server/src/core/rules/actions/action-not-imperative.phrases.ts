// Verbs an action item starts with, in the imperative (base) form (catalogue §4.5
// `action-not-imperative`). An Action whose first word is one of these, or is a verb by its
// form (-ise/-ize/-ify/-ate, or a prefixed verb such as re-enable or auto-scale), is imperative.
export const IMPERATIVE_VERBS = [
  'accept', 'add', 'adjust', 'adopt', 'agree', 'alert', 'align', 'allocate', 'allow', 'alarm', 'analyse', 'analyze', 'announce', 'apply', 'approve',
  'archive', 'ask', 'assess', 'assign', 'attach', 'audit', 'automate', 'avoid', 'back', 'backfill', 'backport', 'ban', 'batch', 'be', 'benchmark',
  'block', 'book', 'bound', 'break', 'bring', 'budget', 'build', 'bump', 'bundle', 'cache', 'calculate', 'call', 'cap', 'capture', 'change',
  'check', 'choose', 'clarify', 'clean', 'clear', 'close', 'collect', 'combine', 'commit', 'communicate', 'compare', 'complete', 'compute',
  'configure', 'confirm', 'connect', 'consider', 'consolidate', 'contact', 'continue', 'convert', 'copy', 'correct', 'count', 'cover', 'create',
  'cut', 'decide', 'decommission', 'decouple', 'default', 'define', 'delete', 'deliver', 'demote', 'deploy', 'deprecate', 'describe', 'design',
  'detect', 'determine', 'disable', 'disallow', 'discuss', 'display', 'document', 'do', 'double', 'downgrade', 'draft', 'drain', 'drill', 'drop',
  'emit', 'enable', 'encode', 'encrypt', 'enforce', 'ensure', 'escalate', 'establish', 'estimate', 'evaluate', 'exclude', 'exercise', 'expand',
  'expire', 'explain', 'explore', 'export', 'expose', 'extend', 'extract', 'fail', 'failover', 'fetch', 'file', 'fill', 'filter', 'find', 'finish',
  'fix', 'flag', 'flush', 'follow', 'force', 'fork', 'formalise', 'formalize', 'freeze', 'fund', 'gate', 'gather', 'generate', 'get', 'give',
  'grant', 'group', 'guard', 'halve', 'handle', 'harden', 'have', 'help', 'hide', 'hire', 'hold', 'hook', 'host', 'identify', 'implement',
  'import', 'improve', 'include', 'increase', 'index', 'inform', 'ingest', 'inspect', 'install', 'instrument', 'integrate', 'introduce',
  'inventory', 'invest', 'investigate', 'invite', 'isolate', 'join', 'keep', 'kill', 'label', 'launch', 'let', 'limit', 'link', 'list', 'load',
  'lock', 'log', 'look', 'lower', 'maintain', 'make', 'manage', 'map', 'mark', 'measure', 'meet', 'merge', 'migrate', 'mirror', 'modify',
  'monitor', 'mount', 'move', 'mute', 'name', 'note', 'notify', 'offer', 'onboard', 'open', 'order', 'own', 'page', 'pair', 'partition', 'pass',
  'patch', 'pause', 'perform', 'pilot', 'pin', 'plan', 'post', 'practise', 'practice', 'precompute', 'prepare', 'present', 'preserve', 'prevent',
  'print', 'prioritise', 'prioritize', 'produce', 'profile', 'promote', 'protect', 'prototype', 'provide', 'provision', 'prune', 'publish',
  'pull', 'purge', 'push', 'put', 'query', 'queue', 'raise', 'rate-limit', 'reach', 'read', 'rebalance', 'rebuild', 'record', 'reduce',
  'refactor', 'reflect', 'refuse', 'register', 'reject', 'release', 'remove', 'rename', 'renew', 'reorder', 'repair', 'replace', 'replay',
  'replicate', 'report', 'request', 'require', 'reserve', 'reset', 'resize', 'resolve', 'restart', 'restore', 'restrict', 'restructure',
  'retire', 'retry', 'return', 'review', 'revisit', 'revert', 'revoke', 'rewrite', 'roll', 'rotate', 'route', 'run', 'sample', 'save', 'scale',
  'scan', 'schedule', 'scope', 'script', 'seal', 'search', 'secure', 'select', 'send', 'separate', 'serve', 'set', 'shard', 'share', 'ship',
  'shorten', 'show', 'shut', 'sign', 'simplify', 'skip', 'snapshot', 'sort', 'split', 'spread', 'stage', 'standardise', 'standardize', 'start',
  'state', 'stop', 'store', 'stream', 'strengthen', 'strip', 'submit', 'subscribe', 'suppress', 'surface', 'swap', 'switch', 'sync', 'tag',
  'take', 'teach', 'tell', 'terminate', 'test', 'throttle', 'tighten', 'time', 'timebox', 'track', 'train', 'transfer', 'translate', 'trigger',
  'trim', 'try', 'tune', 'turn', 'unblock', 'unify', 'uninstall', 'unpin', 'update', 'upgrade', 'upload', 'use', 'validate', 'verify', 'version',
  'warn', 'watch', 'wire', 'work', 'wrap', 'write',
];

/** Prefixes that keep a verb a verb: re-enable, auto-scale, unblock, pre-warm, de-duplicate. */
export const VERB_PREFIXES = ['re', 'auto', 'un', 'pre', 'de', 'co', 'over', 'under', 'dis', 'mis', 'cross', 'multi', 'self', 'double', 'load', 'dry', 'fail', 'hot', 'soft', 'hard'];
