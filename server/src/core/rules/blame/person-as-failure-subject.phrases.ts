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

const FAILURE_NOUNS = ['incident', 'outage', 'problem', 'issue', 'failure', 'failures', 'breach', 'leak', 'data', 'downtime', 'regression', 'crash', 'disruption', 'mess', 'whole', 'this', 'it', 'sev', 'sev-1', 'sev-2', 'sev1', 'sev2'];
const LEFT_STATES = ['exposed', 'enabled', 'open', 'running', 'unlocked', 'unpatched', 'unprotected', 'unattended', 'public', 'on', 'broken', 'misconfigured', 'unmonitored', 'unencrypted'];
const LET_COMPLEMENTS = ['happen', 'slip', 'expire', 'lapse', 'through', 'run', 'fail', 'go', 'die', 'break'];
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
  { phrase: 'screwed up', humanOnly: true, source: 'SREW' },
  { phrase: 'mixed up', humanOnly: true, source: 'SREW' },
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
];

/** Action verbs (base forms) of "failed to / didn't / did not / never + verb" (§2.3). */
export const ACTION_VERBS = [
  'check', 'notice', 'test', 'verify', 'escalate', 'read', 'review', 'tell', 'follow', 'monitor', 'acknowledge', 'update', 'renew',
  'validate', 'confirm', 'inform', 'report', 'respond', 'communicate', 'investigate', 'look', 'double-check', 'page', 'notify', 'rotate',
  'document', 'catch', 'spot', 'flag', 'raise', 'act', 'answer', 'consider', 'ask', 'back', 'wait', 'bother',
];

/** Past forms of the action verbs that are not "+ed". */
export const IRREGULAR_PAST: Record<string, string> = { read: 'read', tell: 'told', catch: 'caught', spot: 'spotted', flag: 'flagged', 'double-check': 'double-checked' };

/** Verbs with a particle after them: "follow up", "back up". */
export const PARTICLES: Record<string, string[]> = { follow: ['up', 'through'], back: ['up'], look: ['at', 'into'] };

/** Fault nouns after a possessive person: "Chen's oversight" (§2.3). */
export const FAULT_NOUNS = ['fault', 'mistake', 'mistakes', 'error', 'errors', 'blunder', 'oversight', 'carelessness', 'negligence', 'screw-up', 'screwup', 'slip', 'slip-up', 'failure', 'lapse', 'incompetence', 'sloppiness', 'doing'];
