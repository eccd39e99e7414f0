// Actions and learnings that try to fix people (catalogue §2.8). Matched as words; `when` names
// the condition people-targeted-action.ts checks:
//   behaviour   — the subject is a person, or there is none (an imperative: "Be more careful …")
//   base        — as behaviour, and the word is the base form ("double-check", not "double-checked")
//   person-obj  — a person-like object follows ("Remind everyone …", "Retrain Eli …")
//   ask-to      — "{verb} {people} to {remember|be|pay|read …}"
//   person-subj — the subject is a person ("The DBA needs to learn …")
//   imperative  — the sentence starts with it, or its subject is a person ("Don't … again")
//   train       — "train {people} (not) to"; the training-program guard applies
//   teach       — "teach / educate {people} that / to / not / about / on …", not "how to" (instructions); the training-program guard applies
//   metric      — a people-targeted success metric
//   discipline  — discipline reported of a person named or referred to earlier in the sentence ("The employee … has been put on paid leave")
//   standing-order — a sentence-opening imperative rule for people ("Always test in staging first", "Never re-purpose a variable")
//   sanction    — a sanction named, unless it is denied ("decided not to take disciplinary action", "no disciplinary action")
//   careful-activity — "more careful/thorough" before a human activity ("more careful studying", "more careful reviews")
import type { PhraseEntry } from './phrase-rule';

export const PHRASES: PhraseEntry[] = [
  { phrase: 'be more careful', source: 'seed', when: 'behaviour' },
  { phrase: 'be extra careful', source: 'seed', when: 'behaviour' },
  { phrase: 'be careful', source: 'seed', when: 'behaviour' },
  { phrase: 'be ... more careful', source: 'seed', when: 'behaviour', gap: 2 },
  // "should be very careful", "must be really careful": an intensifier instead of "more".
  { phrase: 'be ... careful', source: 'seed', when: 'behaviour', gap: 1 },
  { phrase: 'be more vigilant', source: 'SREW', when: 'behaviour' },
  { phrase: 'be vigilant', source: 'SREW', when: 'behaviour' },
  { phrase: 'be more attentive', source: 'SREW', when: 'behaviour' },
  { phrase: 'be more thorough', source: 'ETSY-DFG', when: 'behaviour' },
  { phrase: 'be more diligent', source: 'ETSY-DFG', when: 'behaviour' },
  { phrase: 'be more cautious', source: 'seed', when: 'behaviour' },
  { phrase: 'take more care', source: 'seed', when: 'behaviour' },
  { phrase: 'take extra care', source: 'seed', when: 'behaviour' },
  { phrase: 'try harder', source: 'ETSY-DFG', when: 'behaviour' },
  { phrase: 'do better', source: 'ETSY-DFG', when: 'behaviour' },
  { phrase: 'do a better job', source: 'ETSY-DFG', when: 'behaviour' },
  { phrase: 'do what you should', source: 'ETSY-DFG', when: 'behaviour' },
  { phrase: 'more carefully', source: 'seed', when: 'behaviour' },
  { phrase: 'pay more attention', source: 'SREW', when: 'behaviour' },
  { phrase: 'pay closer attention', source: 'SREW', when: 'behaviour' },
  { phrase: 'pay close attention', source: 'SREW', when: 'behaviour' },
  { phrase: 'pay extra attention', source: 'SREW', when: 'behaviour' },
  { phrase: 'pay better attention', source: 'SREW', when: 'behaviour' },
  { phrase: 'pay attention', source: 'SREW', when: 'behaviour' },
  { phrase: 'think twice', source: 'SREW', when: 'behaviour' },
  { phrase: 'be mindful', source: 'SREW', when: 'behaviour' },
  { phrase: 'be more mindful', source: 'SREW', when: 'behaviour' },
  { phrase: 'be more aware', source: 'SREW', when: 'behaviour' },
  { phrase: 'make this mistake again', source: 'ETSY-DFG', when: 'behaviour' },
  { phrase: 'make that mistake again', source: 'ETSY-DFG', when: 'behaviour' },
  { phrase: 'make the same mistake again', source: 'ETSY-DFG', when: 'behaviour' },
  { phrase: 'make such a mistake again', source: 'ETSY-DFG', when: 'behaviour' },
  { phrase: 'make this error again', source: 'ETSY-DFG', when: 'behaviour' },
  { phrase: 'make the same error again', source: 'ETSY-DFG', when: 'behaviour' },
  // "Release notes need more careful studying": more care asked of whoever does the activity.
  { phrase: 'more careful', source: 'seed', when: 'careful-activity' },
  { phrase: 'more thorough', source: 'ETSY-DFG', when: 'careful-activity' },
  { phrase: 'more diligent', source: 'ETSY-DFG', when: 'careful-activity' },
  { phrase: 'double-check', source: 'SREW', when: 'base' },
  { phrase: 'double check', source: 'SREW', when: 'base' },
  { phrase: 'triple-check', source: 'SREW', when: 'base' },
  { phrase: 'remind', source: 'SREW', when: 'person-obj' },
  { phrase: 'retrain', source: 'SREB15', when: 'person-obj' },
  // "Upskill the entire team on webhook infrastructure": retraining in management's words.
  { phrase: 'upskill', source: 'SREB15', when: 'person-obj' },
  { phrase: 'reskill', source: 'SREB15', when: 'person-obj' },
  { phrase: 're-train', source: 'SREB15', when: 'person-obj' },
  { phrase: 're-educate', source: 'SREB15', when: 'person-obj' },
  { phrase: 'reeducate', source: 'SREB15', when: 'person-obj' },
  { phrase: 'discipline', source: 'PD-W', when: 'person-obj' },
  { phrase: 'reprimand', source: 'PD-W', when: 'person-obj' },
  { phrase: 'tell', source: 'SREW', when: 'ask-to' },
  { phrase: 'ask', source: 'SREW', when: 'ask-to' },
  { phrase: 'instruct', source: 'SREW', when: 'ask-to' },
  { phrase: 'encourage', source: 'SREW', when: 'ask-to' },
  { phrase: 'urge', source: 'SREW', when: 'ask-to' },
  { phrase: 'make sure', source: 'SREW', when: 'ask-to' },
  { phrase: 'ensure', source: 'SREW', when: 'ask-to' },
  { phrase: 'train', source: 'SREB15', when: 'train' },
  // "Teach new hires that …", "Educate your manager about …": schooling people is retraining said another way.
  { phrase: 'teach', source: 'SREB15', when: 'teach' },
  { phrase: 'educate', source: 'SREB15', when: 'teach' },
  { phrase: 'needs to learn', source: 'SREB15', when: 'person-subj' },
  { phrase: 'must understand', source: 'SREB15', when: 'person-subj' },
  { phrase: 'need to understand', source: 'SREB15', when: 'person-subj' },
  { phrase: 'needs to understand', source: 'SREB15', when: 'person-subj' },
  { phrase: 'should understand', source: 'SREB15', when: 'person-subj' },
  // Training prescribed for a person, not a programme ("They need more training", "The on-call
  // should be retrained"): "retrain" said another way (§2.8).
  ...['needs', 'need', 'needed', 'requires', 'require', 'required'].flatMap((v) => ['more', 'additional', 'further', 'extra', 'better', 'remedial'].map((q) => `${v} ${q} training`).concat(`${v} retraining`)).map((phrase) => ({ phrase, source: 'SREB15', when: 'person-subj' as const })),
  ...['should be retrained', 'must be retrained', 'will be retrained', 'should be re-trained', 'must be re-trained'].map((phrase) => ({ phrase, source: 'SREB15', when: 'person-subj' as const })),
  // "The controller will undergo more training": the same, with "undergo".
  ...['undergo', 'undergoes', 'underwent', 'undergone'].flatMap((v) => ['more', 'additional', 'further', 'extra', 'remedial'].map((q) => `${v} ${q} training`).concat(`${v} retraining`)).map((phrase) => ({ phrase, source: 'SREB15', when: 'person-subj' as const })),
  { phrase: 'should be counselled', source: 'PD-W', when: 'person-subj' },
  { phrase: 'should be counseled', source: 'PD-W', when: 'person-subj' },
  // Discipline reported: "The employee has been put on paid leave", "will be reassigned".
  { phrase: 'put on paid leave', source: 'PD-W', when: 'discipline' },
  { phrase: 'put on leave', source: 'PD-W', when: 'discipline' },
  { phrase: 'be reassigned', source: 'PD-W', when: 'discipline' },
  { phrase: 'been reassigned', source: 'PD-W', when: 'discipline' },
  { phrase: 'been suspended', source: 'PD-W', when: 'discipline' },
  { phrase: 'was suspended', source: 'PD-W', when: 'discipline' },
  { phrase: 'were fired', source: 'PD-W', when: 'discipline' },
  { phrase: 'was fired', source: 'PD-W', when: 'discipline' },
  { phrase: 'got fired', source: 'PD-W', when: 'discipline' },
  { phrase: 'getting fired', source: 'PD-W', when: 'discipline' },
  { phrase: 'been fired', source: 'PD-W', when: 'discipline' },
  { phrase: 'been let go', source: 'PD-W', when: 'discipline' },
  // Taken off the job (stop 30, from real reports): "was removed from his present position",
  // "relieved of her duties", "his license to operate a train has been suspended".
  ...['removed from ... position', 'removed from ... post', 'removed from ... duties', 'removed from ... role', 'displaced from ... position', 'relieved of ... duties', 'relieved of ... command', 'taken off ... duties', 'stripped of ... license', 'stripped of ... licence'].map((phrase) => ({ phrase, source: 'PD-W', when: 'discipline' as const, gap: 2 })),
  ...['his', 'her', 'their'].flatMap((p) => ['license', 'licence'].flatMap((l) => ['been suspended', 'been revoked', 'was suspended', 'was revoked'].map((v) => `${p} ${l} ... ${v}`))).map((phrase) => ({ phrase, source: 'PD-W', gap: 5 })),
  // Leave and probation as discipline is reported (the corpus's labelling policy: "reported
  // discipline (fired, banned, placed on leave)"): "placed on administrative leave".
  ...['placed on leave', 'placed on ... leave', 'put on ... leave', 'placed on probation', 'put on probation'].map((phrase) => ({ phrase, source: 'PD-W', when: 'discipline' as const, ...(phrase.includes('...') ? { gap: 2 } : {}) })),
  // The phrasal members of WordNet's sanction class (gen-sanction-verbs.mjs's roots, which it
  // leaves out as not one word: force out, kick out, drum out, send packing, give the sack …) and
  // the two idioms of being taken off duty or off a register ("stood down", "struck off"), in the
  // passive of a report. Not "laid off" (a layoff is no sanction) nor "thrown out" (a case, a build).
  ...['was', 'were', 'been', 'be', 'got', 'get', 'being'].flatMap((aux) => ['forced out', 'kicked out', 'drummed out', 'booted out', 'pushed out', 'sent packing', 'let go', 'stood down', 'struck off', 'given the sack', 'given the axe', 'pensioned off'].map((v) => `${aux} ${v}`)).filter((phrase) => phrase !== 'been let go').map((phrase) => ({ phrase, source: 'PD-W', when: 'discipline' as const })),
  { phrase: 'been disciplined', source: 'PD-W', when: 'discipline' },
  { phrase: 'taken action with', source: 'PD-W' },
  { phrase: 'been sacked', source: 'PD-W', when: 'discipline' },
  { phrase: 'was sacked', source: 'PD-W', when: 'discipline' },
  { phrase: 'been reprimanded', source: 'PD-W', when: 'discipline' },
  { phrase: 'was reprimanded', source: 'PD-W', when: 'discipline' },
  { phrase: 'been retrained', source: 'PD-W', when: 'discipline' },
  { phrase: 'been re-trained', source: 'PD-W', when: 'discipline' },
  { phrase: 'put out to pasture', source: 'PD-W', when: 'discipline' },
  // Losing a job as the outcome asked for or reported ("The sysadmin should lose his job").
  ...['lose his job', 'lose her job', 'lose their job', 'lose their jobs', 'lost his job', 'lost her job', 'lost their job', 'lost their jobs'].map((phrase) => ({ phrase, source: 'PD-W', when: 'discipline' as const })),
  // Dismissal named by its idioms, as the consequence a person faces ("a career-killer", "a
  // resume-generating event", "was shown the door").
  ...['career-killer', 'career killer', 'career-ending', 'resume-generating event', 'résumé-generating event', 'shown the door', 'pink slip'].map((phrase) => ({ phrase, source: 'PD-W' })),
  // "Heads should roll": sanctions asked for, with no person named.
  { phrase: 'heads should roll', source: 'PD-W' },
  { phrase: 'heads will roll', source: 'PD-W' },
  { phrase: 'heads must roll', source: 'PD-W' },
  { phrase: 'heads need to roll', source: 'PD-W' },
  { phrase: 'suspended without pay', source: 'PD-W', when: 'discipline' },
  { phrase: 'kick ... out', source: 'PD-W', when: 'person-obj', gap: 3 },
  { phrase: 'hard conversation with', source: 'PD-W' },
  // Standing orders to people: "Always test in staging first", "Never deploy on Fridays", "Follow the process!"
  { phrase: 'always', source: 'ETSY-DFG', when: 'standing-order' },
  { phrase: 'never', source: 'ETSY-DFG', when: 'standing-order' },
  { phrase: 'follow the', source: 'ETSY-DFG', when: 'standing-order' },
  { phrase: 'need to learn', source: 'SREB15', when: 'person-subj' },
  { phrase: 'must learn', source: 'SREB15', when: 'person-subj' },
  { phrase: 'should learn', source: 'SREB15', when: 'person-subj' },
  { phrase: 'has to learn', source: 'SREB15', when: 'person-subj' },
  { phrase: 'have to learn', source: 'SREB15', when: 'person-subj' },
  { phrase: 'hold ... accountable', source: 'PD-W', gap: 4 },
  { phrase: 'held accountable', source: 'PD-W' },
  // The same demand in its other words: responsibility or liability to be laid on someone, and
  // consequences to be faced ("should be held responsible", "must face the consequences"). Not the
  // active "hold X responsible", which is as often a contract's word for a vendor.
  ...['held responsible', 'held personally responsible', 'held liable', 'held personally liable', 'held to account'].map((phrase) => ({ phrase, source: 'PD-W' })),
  ...['face the consequences', 'face consequences', 'be consequences for'].map((phrase) => ({ phrase, source: 'PD-W' })),
  { phrase: 'disciplinary action', source: 'PD-W', when: 'sanction' },
  { phrase: 'performance conversation', source: 'PD-W', when: 'sanction' },
  // The first steps of formal discipline: only an employee is given a written or verbal warning
  // (a "final warning" may be a system's notice, so it is not listed).
  { phrase: 'written warning', source: 'PD-W', when: 'sanction' },
  { phrase: 'verbal warning', source: 'PD-W', when: 'sanction' },
  { phrase: 'performance improvement plan', source: 'PD-W', when: 'sanction' },
  { phrase: "don't ... again", source: 'ETSY-DFG', when: 'imperative', gap: 10 },
  { phrase: 'do not ... again', source: 'ETSY-DFG', when: 'imperative', gap: 10 },
  { phrase: 'never ... again', source: 'ETSY-DFG', when: 'imperative', gap: 10 },
  // People-targeted success metrics.
  { phrase: 'no more mistakes', source: 'PD-W', when: 'metric' },
  { phrase: 'no more ... mistakes', source: 'PD-W', when: 'metric', gap: 3 },
  { phrase: 'no more human errors', source: 'PD-W', when: 'metric' },
  { phrase: 'fewer human errors', source: 'PD-W', when: 'metric' },
  { phrase: 'fewer human mistakes', source: 'PD-W', when: 'metric' },
  { phrase: 'zero human errors', source: 'PD-W', when: 'metric' },
  { phrase: 'zero mistakes', source: 'PD-W', when: 'metric' },
  { phrase: 'remember', source: 'PD-W', when: 'metric-remember' },
  { phrase: 'remembers', source: 'PD-W', when: 'metric-remember' },
];

/**
 * Times that make an order a rule for people's timing, not a runbook step (issue 11): "Don't push
 * code late at night", "Do not release on a Friday afternoon".
 */
export const RISKY_TIMES = ['on a friday', 'on friday', 'on fridays', 'friday afternoon', 'friday afternoons', 'late at night', 'at the weekend', 'on the weekend', 'on weekends', 'on a weekend', 'before a holiday', 'before the holidays', 'after hours'];
