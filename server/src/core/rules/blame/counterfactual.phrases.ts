// Word data for counterfactual (catalogue §2.4). The rule matches grammatical shapes; these are
// the words those shapes are built from.

/** Modals that make "modal + have + past participle" an alternate past. must/may/might are
 *  epistemic (an inference about what happened) and are left out on purpose (`epistemic-modal`). */
export const COUNTERFACTUAL_MODALS = [
  { phrase: 'should', source: 'BERG' },
  { phrase: "shouldn't", source: 'BERG' },
  { phrase: 'could', source: 'BERG' },
  { phrase: "couldn't", source: 'BERG' },
  { phrase: 'would', source: 'DEK' },
  { phrase: "wouldn't", source: 'DEK' },
  { phrase: 'ought to', source: 'ETSY-DFG' },
  { phrase: 'needed to', source: 'ETSY-DFG' },
];

/** Modals whose "have + past participle" infers what probably happened (`epistemic-modal`). */
export const EPISTEMIC_MODALS = ['must', 'may', 'might', "mustn't"];

/** Fixed counterfactual phrases, matched as words anywhere (outside guarded text). */
export const COUNTERFACTUAL_PHRASES = [
  { phrase: 'if only', suggestion: 'At [time], [information available].' },
  { phrase: 'could have been avoided', suggestion: 'At [time], [information available].' },
  { phrase: 'could have been prevented', suggestion: 'At [time], [information available].' },
  { phrase: 'would not have happened', suggestion: 'At [time], [information available].' },
  { phrase: 'would never have happened', suggestion: 'At [time], [information available].' },
  { phrase: "wouldn't have happened", suggestion: 'At [time], [information available].' },
  { phrase: 'would not have occurred', suggestion: 'At [time], [information available].' },
  { phrase: 'would never have occurred', suggestion: 'At [time], [information available].' },
  { phrase: 'opportunities were missed', suggestion: 'At [time], [information available].' },
  { phrase: 'opportunity was missed', suggestion: 'At [time], [information available].' },
  { phrase: 'missed opportunities', suggestion: 'At [time], [information available].' },
  { phrase: 'missed opportunity', suggestion: 'At [time], [information available].' },
  { phrase: 'missed an opportunity', suggestion: 'At [time], [information available].' },
  { phrase: 'missed the opportunity', suggestion: 'At [time], [information available].' },
  { phrase: 'was avoidable', suggestion: 'At [time], [information available].' },
  { phrase: 'were avoidable', suggestion: 'At [time], [information available].' },
  { phrase: 'was preventable', suggestion: 'At [time], [information available].' },
  { phrase: 'were preventable', suggestion: 'At [time], [information available].' },
  { phrase: 'entirely avoidable', suggestion: 'At [time], [information available].' },
  { phrase: 'completely avoidable', suggestion: 'At [time], [information available].' },
  { phrase: 'totally avoidable', suggestion: 'At [time], [information available].' },
  { phrase: 'entirely preventable', suggestion: 'At [time], [information available].' },
  { phrase: 'completely preventable', suggestion: 'At [time], [information available].' },
  { phrase: 'when it was too late', suggestion: 'At [time], [information available].' },
  { phrase: 'by then it was too late', suggestion: 'At [time], [information available].' },
  { phrase: 'at which point it was too late', suggestion: 'At [time], [information available].' },
];

/** "did not check … until / in time / sooner / earlier": too late, measured against hindsight. */
export const LATENESS_WORDS = ['until', 'sooner', 'earlier', 'in time', 'in good time', 'fast enough', 'quickly enough', 'soon enough'];

/** Action verbs of the "failed to / did not + verb + until" shape (base forms). */
export const LATE_ACTION_VERBS = [
  'check', 'notice', 'test', 'verify', 'escalate', 'read', 'review', 'tell', 'follow', 'monitor', 'acknowledge', 'update', 'renew',
  'page', 'act', 'respond', 'react', 'roll', 'revert', 'restart', 'look', 'investigate', 'report', 'inform', 'call', 'contact', 'declare',
];

/**
 * Verbs that never make "did not {verb} until …" a judgment of timing: knowing, learning and
 * receiving happen to people ("We did not know the cause until 14:00", "did not receive the page
 * until 03:10"). Every other verb with a person subject does ("The crew did not initiate the
 * go-around until …"); LATE_ACTION_VERBS above are the common ones. "Realise" is not among them:
 * "we didn't realise the breach until HR called" measures someone's noticing against the moment
 * it would have mattered, as "didn't notice … until" does (stop 34).
 */
export const NOT_LATE_VERBS = [
  'know', 'learn', 'understand', 'see', 'hear', 'receive', 'get', 'have', 'be', 'become', 'find', 'discover',
  'identify', 'happen', 'arrive', 'return', 'come', 'appear', 'occur', 'exist', 'expect', 'need', 'want', 'think', 'believe', 'suspect',
  'recover', 'hear', 'go', 'leave', 'sleep', 'wake', 'finish', 'work',
  // Understanding, in other words: "did not piece this together until 2am", "didn't figure out … until".
  'piece', 'figure', 'grasp', 'recognise', 'recognize', 'remember', 'recall',
];

/** Quantifiers over people that, with "the same", make a generalisation (`generalisation`). */
export const GENERALISING_WORDS = ['most', 'many', 'any', 'every', 'other', 'others', 'anyone', 'everyone', 'they', 'two', 'three', 'four', 'five', 'several', 'all'];

/** Question words that start a facilitation question (`facilitation-question`). */
export const FACILITATION_STARTS = ['what', 'how'];

/** Base forms for turning "should have checked" into "did not check" (what did happen). */
export const IRREGULAR_BASE: Record<string, [base: string, past: string]> = {
  caught: ['catch', 'caught'], known: ['know', 'knew'], run: ['run', 'ran'], done: ['do', 'did'], seen: ['see', 'saw'], taken: ['take', 'took'],
  made: ['make', 'made'], had: ['have', 'had'], found: ['find', 'found'], told: ['tell', 'told'], left: ['leave', 'left'], kept: ['keep', 'kept'],
  sent: ['send', 'sent'], read: ['read', 'read'], put: ['put', 'put'], set: ['set', 'set'], gone: ['go', 'went'], got: ['get', 'got'],
  gotten: ['get', 'got'], brought: ['bring', 'brought'], thought: ['think', 'thought'], built: ['build', 'built'], written: ['write', 'wrote'],
  shown: ['show', 'showed'], broken: ['break', 'broke'], chosen: ['choose', 'chose'], given: ['give', 'gave'], spotted: ['spot', 'spotted'],
  stopped: ['stop', 'stopped'], planned: ['plan', 'planned'], dropped: ['drop', 'dropped'], shipped: ['ship', 'shipped'], held: ['hold', 'held'],
  paid: ['pay', 'paid'], said: ['say', 'said'], understood: ['understand', 'understood'], fallen: ['fall', 'fell'], spent: ['spend', 'spent'],
  begun: ['begin', 'began'], come: ['come', 'came'], become: ['become', 'became'], hit: ['hit', 'hit'], let: ['let', 'let'], cut: ['cut', 'cut'],
  rerun: ['rerun', 'reran'], undone: ['undo', 'undid'], rebuilt: ['rebuild', 'rebuilt'], reset: ['reset', 'reset'], woken: ['wake', 'woke'],
};

/** Regular verbs whose base form is recovered from "-ed" by lookup (no guessing at spelling). */
export const KNOWN_VERBS = [
  ...LATE_ACTION_VERBS, 'confirm', 'validate', 'avoid', 'prevent', 'happen', 'notice', 'review', 'wait', 'ask', 'pause', 'stop', 'use',
  'add', 'enable', 'disable', 'deploy', 'test', 'check', 'double-check', 'roll', 'escalate', 'page', 'alert', 'notify', 'follow', 'rotate',
  'renew', 'detect', 'fix', 'catch', 'consider', 'question', 'plan', 'schedule', 'document', 'communicate', 'coordinate', 'block', 'limit',
  'require', 'approve', 'merge', 'push', 'promote', 'drain', 'flush', 'purge', 'migrate', 'upgrade', 'verify', 'monitor', 'mention', 'raise',
  'involve', 'include', 'remove', 'delete', 'restore', 'back', 'start', 'finish', 'complete', 'close', 'open', 'handle', 'reach', 'expect',
  'realise', 'realize', 'recognise', 'recognize', 'investigate', 'examine', 'compare', 'measure', 'load', 'tune', 'size', 'scale', 'route',
  'configure', 'update', 'replace', 'release', 'announce', 'warn', 'inform', 'tell', 'call', 'contact', 'respond', 'react', 'act', 'declare',
  'revert', 'restart', 'reboot', 'retry', 'look', 'listen', 'watch', 'fail', 'refuse', 'reject', 'accept', 'allow', 'need', 'cover',
];

/** Modals that judge what should have been done (deontic), as opposed to would/could of effect. */
export const DEONTIC_MODALS = ['should', "shouldn't", 'ought', 'needed', 'need'];

/**
 * Participles of human acts of attention, review, communication and decision: an agent-less
 * passive of one of these ("should have been caught", "could have been spotted in review") is
 * about what people did, even with no person named. Changes of a system's state ("should have
 * been removed", "would have been unable to merge") are not in the list on purpose.
 */
export const HUMAN_ACT_PARTICIPLES = [
  'caught', 'noticed', 'spotted', 'seen', 'detected', 'found', 'identified', 'recognised', 'recognized', 'realised', 'realized',
  'reviewed', 'checked', 'double-checked', 'tested', 'verified', 'validated', 'questioned', 'investigated', 'examined', 'read',
  'escalated', 'flagged', 'raised', 'reported', 'communicated', 'announced', 'told', 'informed', 'notified', 'warned', 'asked',
  'paged', 'called', 'contacted', 'consulted', 'involved', 'handled', 'followed', 'considered', 'anticipated', 'foreseen',
  'predicted', 'expected', 'known', 'prevented', 'avoided', 'stopped', 'halted', 'paused', 'rolled', 'reverted', 'prioritised',
  'prioritized', 'triaged', 'acted', 'addressed', 'done',
  // Operators' acts, the same in the passive: "this branch should have been rebased before merging".
  'rebased', 'merged', 'deployed', 'scheduled', 'renewed', 'rotated', 'documented', 'approved', 'performed', 'executed', 'planned', 'coordinated', 'staged',
];

/** "should have been obvious": hindsight about what people could see (deontic only). */
export const HINDSIGHT_ADJECTIVES = ['obvious', 'clear', 'apparent', 'evident'];

/** Fixed phrases that are about people whatever the subject ("This outage could have been prevented"). */
export const ALWAYS_ABOUT_PEOPLE = new Set(['was avoidable', 'were avoidable', 'was preventable', 'were preventable', 'entirely avoidable', 'completely avoidable', 'totally avoidable', 'entirely preventable', 'completely preventable', 'if only', 'could have been avoided', 'could have been prevented', 'opportunities were missed', 'opportunity was missed', 'missed opportunities', 'missed opportunity', 'missed an opportunity', 'missed the opportunity']);

/** What happens to people rather than what they do: "we would have lost six hours of data" is impact. */
export const UNDERGONE_PARTICIPLES = ['lost', 'suffered', 'experienced', 'faced', 'incurred', 'endured', 'received', 'had', 'got', 'gotten', 'seen', 'wasted', 'spent', 'paid',
  // A necessity the hypothetical would have imposed: "we would have needed to restore from backup".
  'needed', 'required'];
