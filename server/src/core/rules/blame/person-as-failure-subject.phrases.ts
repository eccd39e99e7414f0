// Word data for person-as-failure-subject (catalogue §2.3).

export interface FailureVerb {
  /** The verb as written (past tense or present), possibly with a particle ("messed up"). */
  phrase: string;
  /** Only people do this ("forgot", "neglected"): an unknown capitalised subject counts too. */
  humanOnly?: boolean;
  /** The object must start with one of these words for the verb to be a failure ("dropped the ball"). */
  objects?: string[];
  /** One of these must follow within a few words ("left the panel exposed", "let it happen"). */
  complements?: string[];
  source: string;
}

const FAILURE_NOUNS = [
  'incident', 'outage', 'problem', 'issue', 'failure', 'failures', 'breach', 'leak', 'data', 'downtime', 'regression', 'crash', 'disruption', 'mess', 'whole', 'this', 'it', 'sev', 'sev-1', 'sev-2', 'sev1', 'sev2',
  // What people are said to have caused in real write-ups: "caused a switch loop", "nearly caused a midair collision".
  'incidents', 'outages', 'problems', 'issues', 'loop', 'collision', 'accident', 'accidents', 'disaster', 'disasters', 'damage', 'chaos', 'havoc', 'mayhem', 'harm',
  'death', 'deaths', 'injury', 'injuries', 'corruption', 'derailment', 'explosion', 'fire', 'spill', 'collapse', 'blackout', 'crashes', 'breakage', 'bug', 'bugs',
];
/** What a person wrecks outright: "I corrupted the alert database", "we degraded production". */
const DAMAGED_SYSTEMS = ['production', 'prod', 'database', 'databases', 'db', 'service', 'services', 'system', 'systems', 'site', 'website', 'platform', 'cluster', 'network', 'server', 'servers', 'api', 'app', 'build', 'data', 'index', 'repository', 'repo', 'disk', 'filesystem', 'install', 'installation', 'backups', 'records', 'pc', 'computer', 'machine', 'machines', 'laptop', 'node', 'nodes', 'host', 'hosts', 'router'];
/** Whom an act can kill or injure. */
const VICTIMS = ['patient', 'patients', 'someone', 'somebody', 'people', 'passengers', 'him', 'her', 'them', 'man', 'woman', 'child', 'children', 'worker', 'workers', 'pedestrian', 'pedestrians', 'crew', 'resident', 'residents', 'infant', 'baby', 'customer', 'customers'];
const LEFT_STATES = ['exposed', 'enabled', 'open', 'running', 'unlocked', 'unpatched', 'unprotected', 'unattended', 'public', 'on', 'broken', 'misconfigured', 'unmonitored', 'unencrypted'];
const LET_COMPLEMENTS = ['happen', 'slip', 'expire', 'lapse', 'through', 'run', 'fail', 'die', 'break'];
const DROPPED_OBJECTS = ['ball', 'escalation', 'page', 'handoff', 'hand-off', 'handover', 'alert', 'ticket', 'call', 'baton', 'follow-up'];

export const FAILURE_VERBS: FailureVerb[] = [
  { phrase: 'forgot', humanOnly: true, source: 'SREW' },
  { phrase: 'forgets', humanOnly: true, source: 'SREW' },
  { phrase: 'ignored', source: 'SREW' },
  { phrase: 'ignores', source: 'SREW' },
  { phrase: 'missed', source: 'SREW' },
  { phrase: 'neglected', humanOnly: true, source: 'SREW' },
  { phrase: 'overlooked', source: 'SREW' },
  { phrase: 'botched', humanOnly: true, source: 'SREW' },
  { phrase: 'bungled', humanOnly: true, source: 'SREW' },
  { phrase: 'fumbled', humanOnly: true, source: 'SREW' },
  { phrase: 'broke', source: 'SREW' },
  { phrase: 'messed up', humanOnly: true, source: 'SREW' },
  { phrase: 'fucked up', humanOnly: true, source: 'SREW' },
  { phrase: 'cocked up', humanOnly: true, source: 'SREW' },
  { phrase: 'goofed', humanOnly: true, source: 'SREW' },
  { phrase: 'screwed up', humanOnly: true, source: 'SREW' },
  { phrase: 'screwed the pooch', humanOnly: true, source: 'SREW' },
  // Control and duty given up: "The crew lost control of the aircraft", "The captain abandoned ship".
  { phrase: 'lost', objects: ['control', 'sight'], source: 'PD-B' },
  { phrase: 'abandoned', objects: ['ship', 'post', 'posts', 'station', 'watch', 'patient', 'patients', 'bridge', 'cockpit', 'passengers', 'crew'], source: 'PD-B' },
  { phrase: 'mixed up', humanOnly: true, source: 'SREW' },
  { phrase: 'corrupted', objects: DAMAGED_SYSTEMS, source: 'PD-B' },
  // "I crashed our family PC", "crashed the database": crash as a transitive act of a person.
  { phrase: 'crashed', objects: DAMAGED_SYSTEMS, source: 'PD-B' },
  { phrase: 'bricked', objects: DAMAGED_SYSTEMS, source: 'PD-B' },
  { phrase: 'degraded', objects: DAMAGED_SYSTEMS, source: 'PD-B' },
  { phrase: 'overwhelmed', objects: DAMAGED_SYSTEMS, source: 'PD-B' },
  { phrase: 'overloaded', objects: DAMAGED_SYSTEMS, source: 'PD-B' },
  { phrase: 'borked', source: 'PD-B' },
  { phrase: 'wiped out', objects: DAMAGED_SYSTEMS, source: 'PD-B' },
  { phrase: 'took out', objects: DAMAGED_SYSTEMS, source: 'PD-B' },
  { phrase: 'killed', objects: VICTIMS, source: 'PD-B' },
  { phrase: 'injured', objects: VICTIMS, source: 'PD-B' },
  // "Kimberly Hiatt made a mathematical error", "the umpire made a mistake": a fault as the object.
  { phrase: 'made', objects: ['mistake', 'mistakes', 'error', 'errors', 'blunder', 'blunders', 'misjudgment', 'misjudgement', 'misjudgments', 'misjudgements'], source: 'PD-B' },
  { phrase: 'dropped', objects: DROPPED_OBJECTS, source: 'SREW' },
  { phrase: 'caused', objects: FAILURE_NOUNS, source: 'PD-EPM' },
  { phrase: 'allowed', objects: FAILURE_NOUNS, source: 'PD-EPM' },
  { phrase: 'let', complements: LET_COMPLEMENTS, source: 'PD-EPM' },
  { phrase: 'left', complements: LEFT_STATES, source: 'PD-EPM' },
  { phrase: 'deleted the wrong', source: 'PD-B' },
  { phrase: 'dropped the wrong', source: 'PD-B' },
  { phrase: 'picked the wrong', source: 'PD-B' },
  { phrase: 'chose the wrong', source: 'PD-B' },
  { phrase: 'ran the wrong', source: 'PD-B' },
  { phrase: 'targeted the wrong', source: 'PD-B' },
  { phrase: 'restarted the wrong', source: 'PD-B' },
  { phrase: 'edited the wrong', source: 'PD-B' },
  { phrase: 'updated the wrong', source: 'PD-B' },
  { phrase: 'pushed the wrong', source: 'PD-B' },
  { phrase: 'misses', source: 'SREW' },
  { phrase: 'mistook', humanOnly: true, source: 'PD-B' },
  { phrase: 'confused', humanOnly: true, source: 'PD-B' },
  { phrase: 'misread', humanOnly: true, source: 'PD-B' },
  { phrase: 'misheard', humanOnly: true, source: 'PD-B' },
  { phrase: 'misinterpreted', humanOnly: true, source: 'PD-B' },
  { phrase: 'misunderstood', humanOnly: true, source: 'PD-B' },
  { phrase: 'miscalculated', humanOnly: true, source: 'PD-B' },
  { phrase: 'misidentified', humanOnly: true, source: 'PD-B' },
  { phrase: 'mislabeled', humanOnly: true, source: 'PD-B' },
  { phrase: 'mislabelled', humanOnly: true, source: 'PD-B' },
  { phrase: 'misused', humanOnly: true, source: 'PD-B' },
  // "Past week I did a mistake with a big client": the same fault, in a common non-native form.
  { phrase: 'did', objects: ['mistake', 'mistakes', 'blunder', 'blunders'], source: 'PD-B' },
  // Inaction with a person as its subject (stop 30, real threads and reports): "The Grievant did
  // nothing to deescalate", "made no attempt to page", "took no action for forty minutes" (not
  // "did nothing wrong").
  { phrase: 'did nothing', complements: ['to', 'about', 'for', 'until', 'while', 'when'], source: 'PD-B' },
  { phrase: 'took no action', source: 'PD-B' },
  { phrase: 'made no attempt', source: 'PD-B' },
  { phrase: 'made no effort', source: 'PD-B' },
  { phrase: 'made no inquiries', source: 'PD-B' },
  { phrase: 'made no inquiry', source: 'PD-B' },
  { phrase: 'did something wrong', source: 'PD-B' },
  { phrase: 'did the wrong thing', source: 'PD-B' },
  { phrase: 'did it wrong', source: 'PD-B' },
  { phrase: 'got it wrong', source: 'PD-B' },
  { phrase: 'did everything wrong', source: 'PD-B' },
  { phrase: 'refused to', source: 'PD-B' },
  { phrase: 'was unwilling to', source: 'PD-B' },
  { phrase: 'were unwilling to', source: 'PD-B' },
  { phrase: 'was not willing to', source: 'PD-B' },
  { phrase: 'were not willing to', source: 'PD-B' },
  { phrase: 'was behind', complements: ['email', 'outage', 'incident', 'mistake', 'error', 'change', 'deploy', 'leak', 'breach', 'failure', 'it', 'this', 'that'], source: 'PD-EPM' },
  { phrase: 'were behind', complements: ['email', 'outage', 'incident', 'mistake', 'error', 'change', 'deploy', 'leak', 'breach', 'failure', 'it', 'this', 'that'], source: 'PD-EPM' },
  { phrase: 'was to blame', source: 'PD-EPM' },
  { phrase: 'were to blame', source: 'PD-EPM' },
  { phrase: 'is to blame', source: 'PD-EPM' },
  { phrase: 'are to blame', source: 'PD-EPM' },
  { phrase: 'was at fault', source: 'PD-EPM' },
  { phrase: 'were at fault', source: 'PD-EPM' },
  { phrase: 'is at fault', source: 'PD-EPM' },
  { phrase: 'are at fault', source: 'PD-EPM' },
];

/** Action verbs (base forms) of "failed to / didn't / did not / never + verb" (§2.3). */
export const ACTION_VERBS = [
  'check', 'notice', 'test', 'verify', 'escalate', 'read', 'review', 'tell', 'follow', 'monitor', 'acknowledge', 'update', 'renew',
  'validate', 'confirm', 'inform', 'report', 'respond', 'communicate', 'investigate', 'look', 'double-check', 'page', 'notify', 'rotate',
  'document', 'catch', 'spot', 'flag', 'raise', 'act', 'answer', 'consider', 'ask', 'back', 'wait', 'bother',
];

/** Present forms of irregular act verbs, by their past: "runs the migration" (ran), "sends", "drives". */
export const PRESENT_IRREGULAR: Record<string, string> = { runs: 'ran', sends: 'sent', drives: 'drove', takes: 'took', puts: 'put', sets: 'set', shuts: 'shut', cuts: 'cut', hits: 'hit', makes: 'made', brings: 'brought', builds: 'built', writes: 'wrote', overwrites: 'overwrote', gives: 'gave', leaves: 'left' };
/** Past forms of the action verbs that are not "+ed". */
export const IRREGULAR_PAST: Record<string, string> = { read: 'read', tell: 'told', catch: 'caught', spot: 'spotted', flag: 'flagged', 'double-check': 'double-checked' };

/** Verbs with a particle after them: "follow up", "back up". */
export const PARTICLES: Record<string, string[]> = { follow: ['up', 'through'], back: ['up'], look: ['at', 'into'] };

/** Fault nouns after a possessive person: "Chen's oversight" (§2.3). */
export const FAULT_NOUNS = ['fault', 'mistake', 'mistakes', 'error', 'errors', 'blunder', 'oversight', 'carelessness', 'negligence', 'screw-up', 'screwup', 'slip', 'slip-up', 'failure', 'lapse', 'incompetence', 'sloppiness', 'doing'];

// ---------------------------------------------------------------------------------------------
// A person as the agent of a harmful act stated plainly (issue 11): no failure verb, but an
// operational act ("ran", "deployed", "merged") framed as the harm — by an accident adverb, a
// wrong target, an omission ("without running the tests"), a contrast ("instead of staging"), a
// causal frame ("the outage happened because X ran …", "…, which broke …") or a destructive act
// on something critical ("deleted the production database"). The act verb alone is neutral and
// wanted in a timeline ("Priya ran the migration at 02:00").

/** Past forms of operational acts that can do harm. Mitigations (rolled back, reverted, failed
 *  over) and communication (paged, posted, asked) are not acts of harm and are left out. */
export const ACT_VERBS = [
  'ran', 'executed', 'invoked', 'deployed', 'redeployed', 'pushed', 'force-pushed', 'merged', 'committed', 'applied', 'released', 'shipped',
  'deleted', 'removed', 'dropped', 'truncated', 'wiped', 'purged', 'erased', 'destroyed', 'overwrote', 'overwritten', 'rebooted', 'restarted',
  'stopped', 'shut', 'killed', 'terminated', 'disabled', 'turned', 'switched', 'changed', 'modified', 'edited', 'updated', 'reconfigured',
  'misconfigured', 'set', 'flipped', 'toggled', 'typed', 'entered', 'mistyped', 'pasted', 'copied', 'moved', 'renamed', 'revoked', 'rotated',
  'upgraded', 'downgraded', 'migrated', 'triggered', 'started', 'launched', 'scaled', 'resized', 'drained', 'promoted', 'bypassed', 'overrode', 'skipped',
  'approved', 'granted', 'exposed', 'published', 'leaked', 'uploaded', 'forced', 'patched', 'installed', 'uninstalled', 'unplugged', 'cut',
  'closed', 'opened', 'tagged', 'replaced', 'configured', 'provisioned', 'decommissioned', 'unmounted', 'formatted', 'reformatted',
  'reset', 'cleared', 'flushed', 'enabled', 'added', 'introduced', 'wrote', 'submitted', 'clicked', 'selected', 'picked', 'targeted',
  'pointed', 'hardcoded', 'hard-coded', 'kicked', 'rolled', 'made', 'used', 'tried', 'attempted', 'issued', 'sent', 'emailed', 'shared',
  'nuked', 'operated', 'administered', 'prescribed', 'dispensed', 'prepared', 'flew', 'landed', 'taxied', 'drove', 'crossed', 'pulled',
  'pressed', 'hit', 'signed', 'sped', 'steered', 'allowed', 'permitted', 'authorised', 'authorized', 'overrode', 'loaded', 'handed', 'gave', 'installed', 'connected', 'disconnected',
  'severed', 'tripped', 'yanked', 'snagged', 'drilled', 'dug', 'silenced', 'muted', 'snoozed', 'suppressed',
];

/** Gerunds of those acts after a person ("someone pushing the wrong button", "an engineer running a script"). */
export const ACT_GERUNDS = [
  'running', 'executing', 'deploying', 'pushing', 'merging', 'committing', 'applying', 'releasing', 'shipping', 'deleting', 'removing',
  'dropping', 'truncating', 'wiping', 'purging', 'erasing', 'destroying', 'overwriting', 'rebooting', 'restarting', 'stopping', 'killing',
  'terminating', 'disabling', 'turning', 'switching', 'changing', 'modifying', 'editing', 'updating', 'reconfiguring', 'misconfiguring',
  'setting', 'flipping', 'toggling', 'typing', 'entering', 'mistyping', 'pasting', 'copying', 'moving', 'renaming', 'revoking',
  'upgrading', 'migrating', 'triggering', 'starting', 'launching', 'scaling', 'draining', 'promoting', 'bypassing', 'skipping',
  'approving', 'exposing', 'publishing', 'leaking', 'uploading', 'forcing', 'patching', 'installing', 'unplugging', 'pressing',
  'clicking', 'selecting', 'picking', 'targeting', 'pointing', 'hitting', 'operating', 'administering', 'flying', 'driving', 'pulling',
];

/** Cause words before an agent and its act: "caused by an engineer running …", "due to someone deleting …". */
export const CAUSE_BEFORE_AGENT = ['caused by', 'triggered by', 'started by', 'due to', 'because of', 'result of', 'blamed on', 'down to', 'thanks to'].map((p) => p.split(' '));

/** Verbs after "did not" that are states people are in, not acts they omit ("did not know", "did not receive"). */
export const NOT_OMISSIONS = [
  'know', 'realise', 'realize', 'learn', 'see', 'hear', 'receive', 'get', 'have', 'be', 'become', 'need', 'want', 'expect', 'exist',
  'happen', 'appear', 'occur', 'find', 'discover', 'recognise', 'recognize', 'think', 'feel', 'seem', 'mean', 'intend', 'like', 'mind',
  'matter', 'recall', 'remember', 'anticipate', 'foresee', 'experience', 'suffer', 'lose', 'own', 'hold', 'include', 'contain', 'affect',
  'impact', 'change', 'work', 'go', 'come', 'arrive', 'return', 'last', 'take', 'cause', 'say', 'plan', 'wish', 'hope', 'care',
  // States and outcomes, not acts: "he did not survive the fire", "she did not pose a risk",
  // "they didn't encounter this error" (what happened to them, not what they left undone).
  'survive', 'pose', 'die', 'recover', 'qualify', 'deserve', 'encounter', 'undergo', 'witness',
  // Verbs whose negation is to the person's credit: "did not shirk responsibility", "did not panic".
  'shirk', 'fail', 'hesitate', 'panic', 'forget', 'ignore', 'miss', 'neglect', 'overlook', 'break', 'lose', 'crash', 'hide', 'blame', 'quit',
  'skip', 'bypass', 'disregard', 'punish', 'sack', 'discipline', 'reprimand',
  // A destructive act denied, not a duty left undone: "I did not delete anything manually", "we
  // didn't touch the database" (a reporter ruling themselves out).
  'delete', 'drop', 'truncate', 'wipe', 'purge', 'erase', 'destroy', 'overwrite', 'corrupt', 'touch', 'nuke', 'tamper', 'leak',
];

/** Adverbs and phrases that present the act as a slip. */
export const ACCIDENT_WORDS = [
  'accidentally', 'accidently', 'mistakenly', 'mistakingly', 'inadvertently', 'unintentionally', 'erroneously', 'wrongly', 'incorrectly', 'unknowingly',
  'hastily', 'hurriedly', 'blindly', 'prematurely', 'by mistake', 'by accident', 'in error',
];

/**
 * Adverbs of an act done in spite of knowing its risk ("knowingly steered close to a rocky
 * shore"): like an accident word, they make any act the person's fault, but they are the
 * opposite of the INTENDED guard's plan ("deliberately failed over" is a drill).
 */
export const DISREGARD_ADVERBS = ['knowingly', 'recklessly', 'heedlessly'];

/**
 * States of a person that break a rule or impair them on duty (issue 11): "was speeding", "was
 * deliberately speeding", "had been drinking", "was drunk". Fatigue and distraction are left
 * out: they are conditions the system put the person in, not faults.
 */
export const VIOLATING_STATES = ['speeding', 'drunk', 'intoxicated', 'inebriated', 'drinking', 'texting'];
/** A phone in a person's hand on duty: "the driver was on his phone". */
export const PHONES = ['phone', 'cellphone', 'cell', 'mobile', 'smartphone'];
/** What one may drink on duty: "was drinking coffee" is no violation. */
export const HARMLESS_DRINKS = ['coffee', 'tea', 'water', 'juice', 'soda', 'milk', 'cola'];

/** Words on the act's object that make the act the harm ("on the wrong server", "untested code"). */
export const WRONG_TARGET_WORDS = ['wrong', 'incorrect', 'erroneous', 'untested', 'unreviewed', 'unapproved', 'unvetted', 'destructive', 'faulty', 'buggy', 'bad'];

/** Of the wrong-target words, those that need an article right before them ("the wrong server", not "all wrong pods"). */
export const ARTICLE_TARGET_WORDS = ['wrong', 'incorrect', 'bad'];

/** Going ahead regardless: "deployed anyway", "took off even before clearance", "despite the warnings". */
export const DISREGARD_WORDS = ['anyway', 'anyways', 'regardless', 'despite', 'even though', 'even before', 'in spite of', 'nevertheless'];

/** "without {gerund}": skipping a check or telling nobody. */
export const OMISSION_GERUNDS = [
  'running', 'testing', 'checking', 'double-checking', 'verifying', 'validating', 'waiting', 'reading', 'reviewing', 'telling', 'notifying',
  'informing', 'consulting', 'asking', 'confirming', 'looking', 'getting', 'following', 'taking', 'backing', 'alerting', 'warning',
  'coordinating', 'announcing', 'escalating', 'considering', 'thinking', 'approval', 'letting', 'involving', 'communicating',
  'documenting', 'staging', 'canarying', 'seeking', 'saying', 'doublechecking', 'obtaining', 'clearance', 'permission',
];

/** "without (a|any|the) {noun}": skipping a control. */
export const OMISSION_NOUNS = [
  'review', 'reviews', 'approval', 'approvals', 'testing', 'tests', 'test', 'backup', 'backups', 'dry run', 'dry-run', 'sign-off', 'signoff',
  'ticket', 'peer review', 'confirmation', 'validation', 'verification', 'permission', 'authorization', 'authorisation', 'notice', 'warning',
  'coordination', 'canary', 'rollback plan', 'second pair of eyes', 'change request', 'announcement', 'heads-up', 'check', 'checks', 'consent',
];

/** "instead of / rather than {target}": the act hit the wrong environment or skipped the safe path. */
export const CONTRAST_TARGETS = [
  'staging', 'stage', 'test', 'testing', 'the test', 'dev', 'development', 'sandbox', 'canary', 'replica', 'the replica', 'secondary',
  'the secondary', 'standby', 'the standby', 'primary', 'the primary', 'qa', 'preprod', 'pre-prod', 'pre-production', 'checking',
  'verifying', 'testing it', 'a dry', 'dry-run', 'the intended', 'the correct', 'the right', 'the staging', 'the dev', 'local', 'locally',
  'rolling', 'draining', 'canarying', 'batching', 'staging it', 'waiting', 'maintenance window', 'the maintenance window', 'change window',
  'review', 'code review', 'the pipeline', 'ci', 'the runbook', 'the change process', 'the release process',
];

/** Words that lead to the safe path after "instead of": "going through staging", "in the maintenance window". */
// (A direction repeats its preposition: "uploaded it to production instead of to the local database".)
export const SAFE_PATH_LEADS = ['going', 'through', 'via', 'using', 'following', 'in', 'on', 'during', 'within', 'with', 'to', 'into', 'onto', 'against', 'at'];

/** Acts that leave out a safeguard when their object is one ("skipped the canary", "bypassed code review"). */
export const SKIP_ACTS = ['skipped', 'bypassed', 'circumvented', 'sidestepped', 'skips', 'bypasses'];

/** Exhaustion of a resource: "…, which saturated disk IO", "…, overwhelming the primary". */
export const EXHAUSTION_VERBS = ['saturated', 'saturating', 'overwhelmed', 'overwhelming', 'exhausted', 'exhausting', 'flooded', 'flooding', 'starved', 'starving'];

/** Harm done as a result ("…, which broke …", "… and took down …", "…, causing …"). */
export const HARM_RESULT_VERBS = [
  'broke', 'breaks', 'caused', 'causes', 'causing', 'took', 'brought', 'knocked', 'crashed', 'crashing', 'corrupted', 'corrupting', 'wiped',
  'wiping', 'deleted', 'deleting', 'triggered', 'triggering', 'overloaded', 'overloading', 'locked', 'locking', 'blocked', 'blocking',
  'disabled', 'disabling', 'exposed', 'exposing', 'led', 'resulted', 'resulting', 'breaking', 'taking', 'bringing', 'knocking', 'erased',
  'destroyed', 'removed', 'dropped', 'kicked', 'tanked', 'killed', 'killing', 'leaked', 'leaking', 'started',
  // A breach as the result: "clicked on an infected link, which compromised their password".
  'compromised', 'compromising', 'infected', 'infecting',
  ...EXHAUSTION_VERBS,
  // What a vehicle or plant does when wrecked: "operated a train that derailed".
  'derailed', 'exploded', 'capsized', 'sank', 'collided',
];

/**
 * Words that charge a person with, find them guilty of, or have them admit a failure that follows
 * as "failing to …": "was accused of failing to ensure …", "admitted failing to administer …".
 */
export const CHARGE_FRAMES = [
  'accused of', 'guilty of', 'charged with', 'convicted of', 'criticised for', 'criticized for', 'blamed for', 'faulted for', 'cited for',
  'disciplined for', 'reprimanded for', 'censured for', 'sanctioned for', 'sacked for', 'fired for', 'dismissed for', 'suspended for',
  'admitted to', 'admitted', 'admits', 'admit to', 'acknowledged', 'conceded',
];

/** After a harm verb, the word that makes it harm ("took down", "brought down", "led to"). */
export const HARM_PARTICLES: Record<string, string[]> = {
  took: ['down', 'out', 'offline'], taking: ['down', 'out', 'offline'], brought: ['down'], bringing: ['down'], knocked: ['out', 'over', 'down', 'offline'],
  knocking: ['out', 'over', 'down', 'offline'], kicked: ['off'], led: ['to'], resulted: ['in'], resulting: ['in'], started: ['failing', 'returning', 'dropping', 'timing', 'crashing', 'throwing', 'erroring', 'rejecting'],
};

/** Destructive acts that are the harm when their object is critical. */
export const DESTRUCTIVE_VERBS = ['shut', 'turned', 'switched', 'deleted', 'dropped', 'wiped', 'truncated', 'purged', 'erased', 'destroyed', 'overwrote', 'removed', 'nuked', 'killed', 'terminated', 'revoked', 'disabled', 'unplugged', 'bypassed', 'overrode'];

/** Physical damage to the plant when the object is cabling or hardware ("cut the fiber", "tripped over the power cord"). */
// ("unplugged" is not one: unplugging an old server is decommissioning; a wrong one is a wrong target.)
export const PHYSICAL_DAMAGE_VERBS = ['cut', 'severed', 'tripped', 'yanked', 'snagged', 'drilled', 'dug'];

/** What physical damage harms: cables, lines and the hardware at their ends. */
export const CABLING = ['cable', 'cables', 'fiber', 'fibre', 'line', 'lines', 'cord', 'cords', 'conduit', 'router', 'routers', 'server', 'servers', 'switch', 'ups', 'pdu'];

/** Acts that silence a warning: "silenced the pager", "muted the alarm". */
export const SILENCING_VERBS = ['silenced', 'muted', 'snoozed', 'suppressed'];

/** Safeguards whose disabling or silencing is the harm ("disabled the rate limiter", "silenced the pager"). */
export const SAFEGUARDS = [
  'limiter', 'limiters', 'alarm', 'alarms', 'alert', 'alerts', 'alerting', 'pager', 'pages', 'monitoring', 'monitor', 'firewall', 'backups',
  'breaker', 'breakers', 'guardrail', 'guardrails', 'validation', 'failsafe', 'fail-safe', 'watchdog', 'throttling', 'quota', 'quotas',
];

/** Acts that defeat a control by hand ("overrode the cabinet"): harm when the object is a control or a safeguard. */
export const OVERRIDE_VERBS = ['overrode', 'overrides', 'overridden'];
/** Controls beyond SAFEGUARDS that only an override defeats: the system that gates an act, a lock, a warning, a check. */
export const OVERRIDDEN_CONTROLS = ['system', 'systems', 'warning', 'warnings', 'lock', 'locks', 'lockout', 'interlock', 'interlocks', 'safety', 'safeties', 'protection', 'protections', 'check', 'checks', 'control', 'controls', 'prompt', 'prompts', 'block', 'restriction', 'restrictions'];

/** Review objects a person may not approve for themselves: "approved her own pull request". */
export const REVIEWED_WORK = ['pull', 'pr', 'prs', 'change', 'changes', 'merge', 'mr', 'request', 'code', 'commit', 'commits', 'patch', 'diff', 'work', 'review'];

/** Where data or secrets belong to one environment: "the staging credentials", "test data". */
export const NON_PROD_ENVS = ['staging', 'test', 'testing', 'dev', 'development', 'sandbox', 'qa', 'uat'];

/** What must not cross from one environment to production. */
export const ENV_BOUND = ['credentials', 'creds', 'keys', 'key', 'secrets', 'secret', 'passwords', 'password', 'tokens', 'token', 'data', 'dataset', 'config', 'configuration', 'settings', 'certificates', 'certificate', 'certs', 'database', 'db'];

/** Acts that carry something across environments (not deploying or promoting a build, the normal path). */
export const CARRY_VERBS = ['copied', 'pasted', 'loaded', 'imported', 'moved', 'synced', 'restored', 'pointed', 'used', 'reused', 'uploaded'];

/** Objects that make a destructive act harmful ("the production database", "all customers"). */
export const CRITICAL_OBJECTS = ['production', 'prod', 'live', 'primary', 'customer', "customers'", 'customers', 'master', 'safety', 'protection', 'safeguard', 'safeguards', 'interlock', 'interlocks', 'brakes', 'cooling'];

/** Words of failure that make "because {person} {act}" a causal attribution of the failure. */
export const FAILURE_CONTEXT = [
  'outage', 'outages', 'incident', 'failure', 'failures', 'failed', 'failing', 'down', 'downtime', 'broke', 'broken', 'crash', 'crashed',
  'error', 'errors', 'lost', 'loss', 'degraded', 'degradation', 'unavailable', 'disruption', 'impact', 'impacted', 'corrupted', 'corruption',
  'interrupted', 'interruption', 'offline', 'stopped', 'breach', 'leak', 'leaked', 'exposed', 'problem', 'problems', 'issue', 'issues', 'bug',
  'collapsed', 'collapse', 'meltdown', 'derailed', 'derailment', 'accident', 'accidents', 'mishap', 'disaster', 'exploded', 'explosion',
];

/** Failure verbs in the progressive or as a habit: "Ops keeps ignoring the tickets". */
export const FAILURE_GERUNDS = ['ignoring', 'missing', 'forgetting', 'neglecting', 'overlooking', 'skipping', 'botching', 'bungling', 'fumbling', 'dismissing'];

/** Auxiliaries before a failure gerund: "keeps ignoring", "was ignoring", "are still missing". */
export const PROGRESSIVE_AUX = ['keeps', 'keep', 'kept', 'is', 'are', 'was', 'were', 'am', "'s", "'re"];

/**
 * "{team} are not prioritising …": a person or team that is not doing its part, in the present
 * progressive (issue 11). Each gerund lists the words that must follow it, or none for any object.
 * Practice facts ("we are not testing restores") are not here: they name a gap in the system.
 */
export const NEGLECT_GERUNDS: Record<string, string[] | null> = {
  prioritising: null, prioritizing: null, listening: null, responding: null, caring: null, bothering: null, engaging: null, cooperating: null,
  taking: ['ownership', 'responsibility', 'seriously', 'care', 'it', 'this', 'these', 'that', 'those', 'the', 'action'],
  doing: ['anything', 'enough', 'their', 'his', 'her', 'its', 'the', 'what', 'much'],
  owning: null, pulling: ['their', 'his', 'her', 'weight'], paying: ['attention'], following: ['up', 'through'],
};

/** Organisational units that owe duties: with a duty verb ("failed to ensure") they act as a team. */
export const ORG_NOUNS = [
  'management', 'administration', 'leadership', 'board', 'body', 'hospital', 'facility', 'agency', 'department', 'ward', 'organisation',
  'organization', 'company', 'employer', 'authority', 'council', 'trust', 'regulator', 'airline', 'carrier', 'railroad', 'firm', 'vendor',
  'supplier', 'staff', 'services', 'practice', 'clinic',
];

/**
 * Past verbs that take a damaged thing out of service or mend it: acting on "the broken entries"
 * with one of these limits the harm ("we removed the broken entries manually"), where "pushed the
 * broken build" spreads it.
 */
export const REMEDY_VERBS = [
  'removed', 'deleted', 'dropped', 'purged', 'wiped', 'erased', 'discarded', 'fixed', 'patched', 'rebuilt', 'regenerated', 'recreated',
  'yanked', 'unpublished', 'quarantined', 'isolated', 'disabled', 'killed', 'terminated', 'stopped', 'restarted', 'drained', 'retired',
  'identified', 'found', 'located', 'noticed', 'spotted', 'detected', 'inspected', 'reviewed', 'rejected', 'blocked', 'deprecated',
  // Taken out of circulation: "pulled the buggy release from the registry".
  'pulled', 'withdrew', 'reverted',
];

/** Duties an organisation or person can fail ("failed to ensure", "failed to provide"). */
export const DUTY_VERBS = ['ensure', 'assure', 'enforce', 'supervise', 'oversee', 'provide', 'implement', 'maintain', 'protect', 'train', 'establish', 'conduct', 'comply', 'adhere', 'identify', 'assess'];

/** Acts that run a command ("ran DROP TABLE …", "executed rm -rf …"). */
export const COMMAND_VERBS = ['ran', 'executed', 'issued', 'typed', 'entered', 'pasted', 'invoked', 'fired'];

/** Command words that destroy data or stop service: with a critical object they are the harm. */
export const DESTRUCTIVE_COMMANDS = ['drop', 'delete', 'truncate', 'rm', 'wipe', 'purge', 'destroy', 'format', 'mkfs', 'shutdown', 'kill', 'flushall', 'flushdb'];

/** Past verbs that report, find or repair a wrong thing rather than do it ("replaced the wrong value", "assumed the wrong region"). */
export const NOT_HARM_VERBS = [
  'reported', 'flagged', 'corrected', 'replaced', 'reverted', 'repaired', 'explained', 'noted', 'said', 'thought', 'believed', 'assumed',
  'suspected', 'investigated', 'traced', 'diagnosed', 'highlighted', 'mentioned', 'described', 'showed', 'shown', 'pointed', 'warned', 'asked',
  'told', 'paged', 'undid', 'undone', 'cleaned', 'escalated', 'confirmed', 'checked', 'verified', 'questioned', 'recognised', 'recognized',
  'determined', 'concluded', 'documented', 'considered', 'guessed', 'feared', 'blamed', 'called', 'named', 'labelled', 'labeled',
];

/** "without {gerund}" that avoids harm or states a need, not an omitted step ("without losing data"). */
export const WITHOUT_HARMLESS = [
  'losing', 'causing', 'affecting', 'impacting', 'breaking', 'interrupting', 'disrupting', 'dropping', 'needing', 'requiring', 'incurring',
  'exceeding', 'degrading', 'blocking', 'paging', 'waking', 'stopping', 'pausing', 'realising', 'realizing', 'understanding', 'meaning',
  'intending', 'touching', 'restarting', 'rebooting', 'downtime', 'sacrificing', 'compromising', 'hurting', 'harming', 'leaving', 'anything',
  'changing', 'modifying', 'exposing', 'leaking', 'missing', 'failing', 'erroring', 'crashing', 'delaying', 'slowing', 'overloading',
];

/** Acts that give a dose: with "instead of" they name the wrong drug ("administered X instead of Y"). */
export const DOSING_VERBS = ['administered', 'gave', 'prescribed', 'dispensed', 'injected', 'infused'];

/** A main clause that says the failure ended: "…, the outage was over within minutes". */
export const RECOVERY_WORDS = ['stopped', 'ended', 'over', 'resolved', 'recovered', 'cleared', 'subsided', 'disappeared', 'dropped', 'fell', 'away', 'fixed', 'mitigated', 'avoided', 'prevented', 'contained', 'restored', 'shorter', 'shortened', 'limited', 'never'];

/** Remedies named as nouns: "a rejection of the bad block", "a fix for the wrong value". */
export const REMEDY_NOUNS = ['rejection', 'removal', 'fix', 'fixes', 'patch', 'patches', 'workaround', 'mitigation', 'filter', 'guard', 'check', 'rollback', 'revert', 'ban', 'blocklist', 'denylist', 'correction'];

/** Verbs that report someone's own claim: with a negated act, a denial ("claimed that they had not …"). */
export const CLAIM_VERBS = ['claimed', 'claim', 'claims', 'stated', 'states', 'insisted', 'insist', 'maintained', 'maintain', 'swore', 'confirmed', 'confirm', 'confirms'];

/** "had not done so themselves": the act was someone else's. */
export const REFLEXIVES = ['themselves', 'himself', 'herself', 'myself', 'ourselves', 'yourself', 'yourselves'];

/** What a search can find nothing of: "did not observe a higher-than-normal rate", "any evidence of …". */
export const ANOMALIES = [
  'unusual', 'abnormal', 'anomalous', 'anomaly', 'anomalies', 'elevated', 'increased', 'increase', 'spike', 'spikes', 'surge', 'evidence',
  'sign', 'signs', 'indication', 'indications', 'indicator', 'indicators', 'trace', 'traces', 'out-of-the-ordinary', 'suspicious', 'malicious',
  'unauthorized', 'unauthorised', 'significant', 'noticeable', 'measurable', 'change', 'difference', 'correlation', 'pattern',
];

/** Acts that carry on the response: done "despite the alerts" they are persistence, not defiance. */
export const RECOVERY_VERBS = ['restored', 'recovered', 'resolved', 'mitigated', 'completed', 'finished', 'maintained', 'kept', 'stayed', 'remained', 'managed', 'succeeded', 'helped', 'handled', 'answered', 'responded', 'acknowledged', 'investigated', 'worked', 'coordinated', 'communicated'];

/** What an act can be done "despite": a warning disregarded. */
export const WARNING_NOUNS = ['warning', 'warnings', 'alert', 'alerts', 'alarm', 'alarms', 'advice', 'objection', 'objections', 'instructions', 'orders', 'forecast', 'forecasts', 'concerns', 'caution', 'cautions', 'signs', 'notice', 'notices'];

/** Verbs of a vehicle leaving its way: "ran off the road", "veered off the runway". */
export const MOTION_VERBS = ['ran', 'veered', 'drove', 'went', 'skidded', 'slid', 'careened', 'swerved', 'plunged', 'rolled', 'flew', 'came', 'steered', 'taxied', 'run', 'veer', 'drive'];
/** Ways a vehicle must stay on: "ran off the road", "veered off the runway". */
export const OFF_PATHS = ['road', 'roadway', 'highway', 'runway', 'taxiway', 'track', 'tracks', 'rails', 'bridge', 'pier', 'cliff', 'embankment'];
/** What a vehicle must not be flown, driven or steered "into" or "onto". */
export const OBSTACLES = ['mountain', 'mountainside', 'hillside', 'terrain', 'ground', 'rocks', 'reef', 'seawall', 'embankment', 'barrier', 'trees', 'tree', 'river', 'sea', 'water', 'wall', 'oncoming', 'abutment'];

/** "ten times the {prescribed} dose": the dose a person was meant to give. */
export const DOSE_NORMS = ['prescribed', 'intended', 'correct', 'normal', 'recommended', 'usual', 'maximum', 'safe', 'ordered', 'standard'];

/** Secrets that must not be made public ("committed the AWS keys to a public repo"). */
export const SECRETS = ['key', 'keys', 'credential', 'credentials', 'password', 'passwords', 'token', 'tokens', 'secret', 'secrets', 'api-key', 'api-keys'];

/** What is done to an exposed secret to end the exposure. */
export const SECRET_REMEDIES = ['rotated', 'revoked', 'invalidated', 'scrubbed', 'expired', 'reset', 'regenerated'];

// ---------------------------------------------------------------------------------------------
// Conduct named in accident and incident reports (person-as-failure-subject.conduct.ts, issue 11).

/** Duties a person can fail to meet: "did not meet his responsibility to help". */
export const DUTY_NOUNS_UNMET = ['responsibility', 'responsibilities', 'duty', 'duties', 'obligation', 'obligations'];

/** Where an act can put others: "placed the vessel in danger", "put the passengers at risk". */
export const ENDANGERED_STATES = ['in danger', 'at risk', 'in jeopardy', "in harm's way", 'in harms way', 'in peril', 'in a dangerous position', 'in an unsafe position'];

/** A collision driven by someone: verb and its preposition ("collided with", "crashed into"). "ran into" is left out: it is also "ran into an issue". */
export const COLLISION_VERBS: [string, string][] = [
  ['collided', 'with'], ['crashed', 'into'], ['slammed', 'into'], ['plowed', 'into'], ['ploughed', 'into'], ['smashed', 'into'], ['rammed', 'into'], ['drove', 'into'], ['careened', 'into'],
];

/** Distractions that blame when the sentence also names the crash ("was on the phone … when the train derailed"). */
export const DISTRACTIONS = [
  'on the phone', 'on his phone', 'on her phone', 'on their phone', 'on a phone', 'on his cell phone', 'on her cell phone', 'on his mobile', 'on her mobile',
  'texting', 'sending texts', 'sending text messages', 'sending a text', 'reading texts', 'reading a text', 'looking down at', 'looking at his phone', 'looking at her phone',
  'watching a video', 'watching videos', 'playing a game', 'distracted by',
];
/** What makes a distraction part of the harm in the same sentence. */
export const CRASH_WORDS = ['crash', 'crashed', 'derailed', 'derailment', 'collided', 'collision', 'wreck', 'killed', 'killing', 'struck', 'overturned', 'capsized', 'ran', 'died', 'fatal'];

/** Asleep on duty: "the controller had fallen asleep", "caught napping". */
export const SLEEP_ON_DUTY = ['fallen asleep', 'fell asleep', 'asleep at the', 'dozed off', 'sleeping on duty', 'sleeping on the job', 'asleep on duty', 'asleep on the job', 'caught napping', 'caught sleeping'];
/**
 * People whose sleep on duty is itself the failure: a watch kept for others. An on-call engineer
 * asleep when the page comes is not ("The on-call was asleep; the second page woke her").
 */
export const DUTY_ROLES = [
  'controller', 'controllers', 'pilot', 'pilots', 'driver', 'drivers', 'operator', 'operators', 'guard', 'guards', 'nurse', 'nurses',
  'doctor', 'captain', 'officer', 'officers', 'crew', 'dispatcher', 'dispatchers', 'signaller', 'signalman', 'watchman', 'lookout', 'mate', 'helmsman',
  'conductor', 'attendant', 'master', 'skipper', 'registrar', 'surgeon', 'anaesthetist', 'anesthetist',
  // "this team member", "a staff member", "two crew members"
  'member', 'members',
];

/**
 * Acts of an adversary: whoever "gained access", "stole the keys" or "phished the on-call" is an
 * attacker, and an attacker's harm is the incident, not a colleague's failure (blameless review is
 * about the people who run the system). Past forms; "access" may follow the access verbs after
 * one word ("gained unauthorised access").
 */
export const INTRUSION_VERBS = [
  'stole', 'hacked', 'phished', 'exfiltrated', 'impersonated', 'tricked', 'exploited', 'breached', 'infiltrated', 'extorted', 'spoofed',
  'scammed', 'defrauded', 'ransomed', 'hijacked', 'brute-forced', 'socially-engineered',
];
export const ACCESS_VERBS = ['gained', 'obtained', 'got', 'acquired'];

/**
 * A person's act as a noun, named as a cause (issue 11): "due to the actions of a registered
 * nurse", "owing to the fault of the master", "the pilot's decision to continue …, which resulted
 * in …". Without a cause frame these are neutral ("the hearing covered the actions of the engineer").
 */
export const PERSON_ACT_NOUNS = [
  'action', 'actions', 'inaction', 'inactions', 'conduct', 'decision', 'decisions', 'behaviour', 'behavior', 'negligence', 'carelessness',
  'fault', 'mistake', 'mistakes', 'error', 'errors', 'failure', 'failures', 'lapse', 'lapses', 'oversight', 'omission', 'omissions',
];
/** Act nouns only people own: with them a duty role the gazetteer reads as a thing is a person ("the fault of the master"). */
export const HUMAN_ONLY_ACT_NOUNS = ['fault', 'negligence', 'carelessness', 'inaction', 'inactions', 'conduct', 'mistake', 'mistakes', 'lapse', 'lapses', 'oversight'];
/** Cause connectors before the act noun: "due to the actions of …", "owing to the fault of …". */
export const CAUSE_BEFORE_ACT = ['caused by', 'triggered by', 'due to', 'because of', 'owing to', 'result of', 'resulted from', 'resulting from', 'attributed to', 'attributable to', 'blamed on', 'down to'];
/** Cause verbs after the act noun's phrase: "… having caused the excessive speed", "…, which resulted in …". */
export const CAUSE_AFTER_ACT = ['caused', 'causing', 'led to', 'leading to', 'resulted in', 'resulting in', 'contributed to', 'contributing to', 'was a contributing cause', 'was the cause', 'was a cause', 'was the root cause', 'was the probable cause', 'were the cause', 'were a contributing cause'];
