// Word data for normative-judgment (catalogue §2.5).

export interface JudgmentWord {
  phrase: string;
  /** Judges a person or action on its own ("rookie mistake", "cut corners"): no subject check. */
  always?: boolean;
  suggestion: string;
  source: string;
}

const DESCRIBE = '[what the person was trying to achieve, and what they could see]';

/** Judgment adjectives and adverbs: flagged when they apply to a person or a human action. */
export const JUDGMENT_WORDS: JudgmentWord[] = [
  'careless', 'carelessly', 'negligent', 'negligently', 'sloppy', 'sloppily', 'reckless', 'recklessly', 'lazy', 'lazily',
  'incompetent', 'incompetently', 'stupid', 'dumb', 'silly', 'irresponsible', 'irresponsibly', 'unprofessional',
  'unprofessionally', 'inexcusable', 'unacceptable', 'inappropriate', 'inappropriately', 'improper', 'improperly', 'poor', 'poorly',
  'misguided', 'ill-advised', 'foolish', 'foolishly', 'thoughtless', 'thoughtlessly', 'amateurish', 'amateur', 'clueless', 'bad',
  'wrong', 'questionable', 'lax', 'cavalier', 'haphazard', 'haphazardly', 'unforgivable', 'egregious', 'shoddy',
  'hasty', 'hastily', 'hurried', 'hurriedly', 'rushed', 'slapdash', 'half-baked', 'ill-considered', 'ill-conceived',
  'arrogant', 'inept', 'ignorant', 'smug', 'impatient', 'stupidly', 'sloppily', 'cavalierly', 'dangerously', 'blindly',
  // Issue 11, from real writing: on a person or an action only, like the words above.
  'clumsy', 'clumsily', 'oblivious', 'childish', 'toxic', 'half-assed', 'superficial', 'superficially', 'imprecisely', 'inaccurately',
  'perfunctory', 'perfunctorily', 'inattentively',
  'abhorrent', 'disgraceful', 'shameful', 'nuts', 'insane', 'unforgivable', 'unpardonable', 'indefensible',
  // WordNet 3.0's adjectives for the vices of care, wit and effort (those derived from the
  // hyponyms of carelessness, negligence, stupidity, foolishness, laziness and cowardice), kept
  // when they can only describe a person or what a person did ("short", "faint", "idle", "crazy",
  // "unreliable" and "derelict" also describe systems and stay out).
  'heedless', 'heedlessly', 'incautious', 'incautiously', 'imprudent', 'imprudently', 'injudicious', 'injudiciously', 'improvident',
  'asinine', 'harebrained', 'hare-brained', 'idiotic', 'idiotically', 'moronic', 'imbecilic', 'brainless', 'witless', 'boneheaded',
  'dimwitted', 'fatuous', 'indolent', 'slothful', 'shiftless', 'work-shy', 'cowardly', 'gutless', 'pusillanimous', 'remiss',
  'neglectful', 'neglectfully', 'unconscientious', 'slipshod', 'bungling', 'feckless',
].map((phrase) => ({ phrase, suggestion: DESCRIBE, source: 'BERG' }));

/**
 * Qualities of a person's conduct that a verdict finds missing or short ("he lacked judgment",
 * "showed limited insight", "a lapse in judgment"): virtues of care, wit and conduct, not knowledge
 * of a fact ("awareness of the dependency") or a capability a team may simply not have yet ("skills").
 */
export const VIRTUES = [
  'professionalism', 'maturity', 'care', 'competence', 'discipline', 'diligence', 'judgment', 'judgement', 'common sense', 'rigor', 'rigour',
  'attention to detail', 'insight', 'integrity', 'remorse', 'candour', 'candor', 'honesty', 'restraint', 'prudence', 'conscientiousness',
];

/** Phrases that judge on their own. */
export const JUDGMENT_PHRASES: JudgmentWord[] = [
  { phrase: 'bad call', always: true, suggestion: DESCRIBE, source: 'BERG' },
  { phrase: 'rookie mistake', always: true, suggestion: DESCRIBE, source: 'BERG' },
  { phrase: 'rookie error', always: true, suggestion: DESCRIBE, source: 'BERG' },
  { phrase: 'amateur mistake', always: true, suggestion: DESCRIBE, source: 'BERG' },
  { phrase: 'amateur hour', always: true, suggestion: DESCRIBE, source: 'BERG' },
  { phrase: 'careless mistake', always: true, suggestion: DESCRIBE, source: 'BERG' },
  { phrase: 'careless error', always: true, suggestion: DESCRIBE, source: 'BERG' },
  { phrase: 'sloppy work', always: true, suggestion: DESCRIBE, source: 'BERG' },
  // A blunder is a stupid mistake by definition, and only people make one: the noun carries the
  // judgment that "blundered" (a judgment verb) does ("after the blunder", "significant blunders").
  { phrase: 'blunder', always: true, suggestion: DESCRIBE, source: 'BERG' },
  { phrase: 'blunders', always: true, suggestion: DESCRIBE, source: 'BERG' },
  // Care judged absent from an act: "The change was pushed without much thought".
  { phrase: 'without much thought', always: true, suggestion: DESCRIBE, source: 'DEK' },
  { phrase: 'without any thought', always: true, suggestion: DESCRIBE, source: 'DEK' },
  { phrase: 'without a second thought', always: true, suggestion: DESCRIBE, source: 'DEK' },
  { phrase: 'without much care', always: true, suggestion: DESCRIBE, source: 'DEK' },
  { phrase: 'without due care', always: true, suggestion: DESCRIBE, source: 'DEK' },
  { phrase: "didn't bother", always: true, suggestion: DESCRIBE, source: 'DEK' },
  { phrase: 'did not bother', always: true, suggestion: DESCRIBE, source: 'DEK' },
  { phrase: 'never bothered', always: true, suggestion: DESCRIBE, source: 'DEK' },
  { phrase: "couldn't be bothered", always: true, suggestion: DESCRIBE, source: 'DEK' },
  { phrase: 'could not be bothered', always: true, suggestion: DESCRIBE, source: 'DEK' },
  { phrase: 'cut corners', always: true, suggestion: DESCRIBE, source: 'ETSY12' },
  { phrase: 'cutting corners', always: true, suggestion: DESCRIBE, source: 'ETSY12' },
  { phrase: 'cuts corners', always: true, suggestion: DESCRIBE, source: 'ETSY12' },
  { phrase: 'should have known better', always: true, suggestion: DESCRIBE, source: 'BERG' },
  // The same verdict in its other modal forms and tenses ("He should know better", "ought to know
  // better", "knows better than to …"): the idiom says what a person should have done, whatever the tense.
  ...['should know better', 'should really know better', 'should of known better', "should've known better", 'ought to know better',
    'ought to have known better', 'must have known better', 'know better than to', 'knows better than to', 'knew better than to',
  ].map((phrase) => ({ phrase, always: true, suggestion: DESCRIBE, source: 'BERG' })),
  // Judgment nouns are only ever said of people.
  { phrase: 'negligence', always: true, suggestion: DESCRIBE, source: 'BERG' },
  { phrase: 'incompetence', always: true, suggestion: DESCRIBE, source: 'BERG' },
  { phrase: 'carelessness', always: true, suggestion: DESCRIBE, source: 'BERG' },
  { phrase: 'recklessness', always: true, suggestion: DESCRIBE, source: 'BERG' },
  { phrase: 'sloppiness', always: true, suggestion: DESCRIBE, source: 'BERG' },
  // Words for a person that only ever judge them ("Some idiot decided …", "such ineptitude").
  ...['idiot', 'idiots', 'moron', 'morons', 'imbecile', 'imbeciles', 'ineptitude', 'arrogance', 'hubris', 'bravado', 'cowardice',
    'stupidity', 'laziness', 'culpability', 'incompetents', 'numpty', 'clowns', 'cowboys', 'cowboy'].map((phrase) => ({ phrase, always: true, suggestion: DESCRIBE, source: 'BERG' })),
  // Sarcastic labels for whoever acted ("Some genius decided to push a kernel update on a Friday").
  ...['some genius', 'some bright spark', 'some rocket scientist', 'some wise guy', 'some clown', 'some cowboy', 'some muppet'].map((phrase) => ({ phrase, always: true, suggestion: DESCRIBE, source: 'BERG' })),
  // A human quality said to be missing ("the team's lack of skills and professionalism").
  ...['professionalism', 'skills', 'maturity', 'care', 'competence', 'discipline', 'diligence', 'judgment', 'judgement', 'common sense',
    'care and skill', 'accountability', 'ownership', 'responsibility', 'rigor', 'rigour', 'attention to detail'].map((q) => ({ phrase: `lack of ${q}`, always: true, suggestion: DESCRIBE, source: 'BERG' })),
  { phrase: "couldn't get their act together", always: true, suggestion: DESCRIBE, source: 'BERG' },
  { phrase: 'could not get their act together', always: true, suggestion: DESCRIBE, source: 'BERG' },
  { phrase: 'wanton disregard', always: true, suggestion: DESCRIBE, source: 'BERG' },
  { phrase: 'reckless disregard', always: true, suggestion: DESCRIBE, source: 'BERG' },
  { phrase: 'blatant disregard', always: true, suggestion: DESCRIBE, source: 'BERG' },
  { phrase: 'complete disregard', always: true, suggestion: DESCRIBE, source: 'BERG' },
  { phrase: 'pulled rank', always: true, suggestion: DESCRIBE, source: 'BERG' },
  ...['passes the buck', 'passed the buck', 'passing the buck', 'pass the buck', 'buck-passing', 'dodge responsibility',
    'dodged responsibility', 'dodging responsibility', 'shirked', 'shirking', 'minimum required work',
    // Doing the bare minimum judges effort; reducing a thing "to a bare minimum" measures it.
    'do the bare minimum', 'did the bare minimum', 'does the bare minimum', 'doing the bare minimum', 'done the bare minimum', 'yolo', 'yoloed',
    'maliciously comply', 'fuckwit', 'clueless', 'greed', 'greedy', 'took it upon himself', 'took it upon herself', 'took it upon themselves',
    'cowboy coding', 'mea culpa', 'slacker', 'slackers', 'showboating', 'irresponsibles',
    // "You only have yourself to blame"
    'yourself to blame', 'himself to blame', 'herself to blame', 'themselves to blame', 'yourselves to blame'].map((phrase) => ({ phrase, always: true, suggestion: DESCRIBE, source: 'BERG' })),
  // "bothered to" only ever judges ("nobody bothered to check", "didn't even bother to look").
  { phrase: 'bothered to', always: true, suggestion: DESCRIBE, source: 'DEK' },
  { phrase: 'bother to', always: true, suggestion: DESCRIBE, source: 'DEK' },
  ...['they were', 'he was', 'she was', 'i was', 'we were', 'you were'].flatMap((who) =>
    [`didn't know what ${who} doing`, `did not know what ${who} doing`, `no idea what ${who} doing`].map((phrase) => ({ phrase, always: true, suggestion: DESCRIBE, source: 'BERG' })),
  ),
];

/**
 * Inaction judged (issue 11): people who could have acted "did nothing". A reason that follows
 * ("no one acted because the page went to an archived list") makes it a fact with a system cause.
 */
export const INACTION_PHRASES: JudgmentWord[] = [
  'nobody responded', 'no one responded', 'nobody answered', 'no one answered', 'nobody thought to', 'no one thought to',
  'nobody is coordinating', 'no one is coordinating', 'nobody ever looks', 'no one ever looks', 'nobody looks at', 'no one looks at',
  'nobody took ownership', 'no one took ownership', 'nobody owned', 'no one owned',
  'nobody acted', 'no one acted', 'no-one acted', 'nobody reacted', 'no one reacted', 'nobody did anything', 'no one did anything',
  'no-one did anything', 'nobody took action', 'no one took action', 'nobody lifted a finger', 'no one lifted a finger', 'nobody cared',
  'no one cared', 'nothing was done for', 'nothing was done until', 'nothing was done about', 'nothing got done', 'did nothing for',
  'did nothing until', 'did nothing about', 'sat on it', 'sat on the',
].map((phrase) => ({ phrase, always: true, suggestion: DESCRIBE, source: 'DEK' }));

/** Judgment verbs: flagged with a person-like subject, or passive ("was overlooked by …"). */
export const JUDGMENT_VERBS: JudgmentWord[] = ['mishandled', 'mismanaged', 'bungled', 'overlooked', 'botched', 'misjudged', 'blundered', 'panicked', 'dithered', 'dawdled', 'slacked', 'rubber-stamped'].map((phrase) => ({
  phrase,
  suggestion: '[X] was not among the things checked before [Y], because [reason]',
  source: 'DEK',
}));

/** Nouns for a human action: "a poor decision", "the DBA's handling", "Merging … was sloppy". */
export const HUMAN_ACTION_NOUNS = [
  'decision', 'decisions', 'call', 'choice', 'choices', 'judgment', 'judgement', 'handling', 'work', 'response', 'approach', 'conduct',
  'behaviour', 'behavior', 'move', 'job', 'mistake', 'execution', 'communication', 'management', 'oversight', 'planning', 'attitude',
  'effort', 'review', 'reviewing', 'way', 'action', 'actions', 'practice', 'practices', 'preparation', 'diligence', 'follow-through',
  'attempt', 'attempts', 'ignorance', 'thinking', 'reasoning', 'reviews',
];

/**
 * Crafts and trades people practise, named by a gerund or a "-manship" noun: a judgment word on
 * one judges how the people practised it ("poor flying", "bad engineering", "misguided
 * refactoring"). Only when the activity heads its phrase ("poor debugging tools" judges tools).
 * Not "driving" ("reckless driving" is also a charge, a fact of a case), nor "reporting": systems
 * report too ("the improper reporting of inflated losses" by a contract's computation).
 */
export const HUMAN_ACTIVITIES = [
  'engineering', 'flying', 'piloting', 'refactoring', 'record-keeping', 'recordkeeping', 'bookkeeping', 'housekeeping',
  'troubleshooting', 'debugging', 'decision-making', 'programming', 'airmanship', 'seamanship', 'workmanship', 'craftsmanship',
];

/**
 * Words for a kind of person that disparage but also name other things ("ass", "hack", "troll",
 * "liability"): a label when predicated of someone ("You guys are bullies", "he's a useless
 * parasite"), not elsewhere ("a pain in the ass"). Most come from WordNet
 * (normative-judgment.pejoratives.ts); these are the ones it lacks, or has only with a neutral
 * person sense beside the disparaging one ("bully" is also a hired thug, "tyrant" a ruler, "hack"
 * a drudge or a cab), where the predicate still makes them a label.
 */
export const PREDICATED_PEJORATIVES = [
  'bully', 'bullies', 'ass', 'asses', 'douche', 'douches', 'douchebag', 'douchebags', 'troll', 'trolls', 'tyrant', 'tyrants', 'hack', 'hacks',
  'disgrace', 'menace', 'liability', 'lunatic', 'lunatics', 'maniac', 'maniacs', 'know-nothing', 'know-nothings', 'meathead', 'meatheads',
  'sociopath', 'sociopaths', 'psychopath', 'psychopaths',
];

/**
 * Verdicts that also grade things ("inadequate cooling", "a terrible latency spike"): a judgment
 * only on an act or attitude a person owns ("Your attitude is disgusting", "his actions were
 * inadequate", "the captain's ineffective management").
 */
export const OWNED_ACT_VERDICTS = [
  'disgusting', 'appalling', 'inadequate', 'ineffective', 'deficient', 'substandard', 'unsatisfactory', 'deplorable', 'disrespectful',
  'rude', 'terrible', 'awful', 'horrible', 'atrocious', 'pathetic', 'unreasonable', 'dishonest', 'lame', 'lousy', 'abysmal', 'dreadful',
  'woeful', 'insufficient', 'unhelpful', 'hostile',
];

/**
 * Adjectives of bad character, manner or competence, which describe how a person is or behaves
 * ("rude", "dishonest", "useless", "condescending", "unfit"): a verdict when a person is their
 * subject ("The maintainer was dismissive", "he's useless") or their head ("a terrible manager").
 * The verdicts above that also grade people (OWNED_ACT_VERDICTS but the amounts) join them there;
 * JUDGMENT_WORDS ("careless", "lazy") have their own predicate shape.
 * Not states a person is in ("unavailable", "unaware", "tired"), which describe, and not
 * "unreliable" or "slow", which grade systems as often as people.
 */
export const CHARACTER_VERDICTS = [
  'rude', 'dishonest', 'useless', 'hopeless', 'dismissive', 'condescending', 'obnoxious', 'overconfident', 'complacent', 'incapable',
  'unfit', 'unqualified', 'untrustworthy', 'spineless', 'dysfunctional', 'belligerent', 'uncooperative', 'deceitful', 'insubordinate',
  // WordNet 3.0's similar-to neighbours of "dishonest", "discourteous", "disrespectful", "stupid" and
  // "negligent" that describe only people, and the vices of character beside them.
  'duplicitous', 'two-faced', 'sneaky', 'insolent', 'impudent', 'contemptuous', 'disdainful', 'scornful', 'uncivil', 'impolite',
  'discourteous', 'ill-mannered', 'inattentive', 'unthinking', 'obtuse', 'gormless', 'dopey', 'thickheaded', 'doltish', 'inexpert',
  'selfish', 'worthless', 'brain-dead', 'braindead', 'corrupt', 'unethical', 'immoral', 'unscrupulous', 'callous', 'abusive',
  'vindictive', 'petty', 'shameless', 'narcissistic', 'egotistical', 'undependable',
];

/** OWNED_ACT_VERDICTS that measure an amount ("staff were insufficient to cover the shift") or a threat ("hostile actors"), not a person's worth. */
export const AMOUNT_VERDICTS = ['insufficient', 'inadequate', 'deficient', 'substandard', 'hostile'];

/**
 * Moral disapproval felt at what someone did (issue 11): "It's sickening that people take such
 * risks", "Disappointing this was merged while tests were failing". Not regret or surprise at an
 * outcome ("unfortunate", "surprising", "sad"), which blames no one.
 */
export const DISAPPROVAL_WORDS = [
  'sickening', 'disappointing', 'disgusting', 'appalling', 'infuriating', 'outrageous', 'shameful', 'disgraceful', 'unacceptable',
  'inexcusable', 'unforgivable', 'deplorable', 'scandalous',
];

/** Judgment verbs only people do: an agent-less passive ("The warning was overlooked") judges them. */
export const HUMAN_ONLY_JUDGMENT_VERBS = ['overlooked', 'bungled', 'botched', 'misjudged', 'blundered'];

/** "-ing" nouns that name systems, not actions ("Logging was poor"): `judgment-word-technical`. */
export const SYSTEM_GERUNDS = [
  'logging', 'monitoring', 'alerting', 'caching', 'routing', 'tooling', 'networking', 'scheduling', 'hosting', 'processing',
  'streaming', 'throttling', 'rate-limiting', 'load-balancing', 'paging', 'sharding', 'indexing', 'batching', 'buffering', 'pooling',
  'error-handling', 'setting', 'settings', 'string', 'thing', 'something', 'nothing', 'anything', 'everything', 'morning', 'evening', 'spring', 'king', 'building', 'ceiling', 'timing', 'pricing', 'wording', 'labelling', 'labeling',
];

/** Judgment adjectives only ever said of people, so they judge a piece of work they qualify. */
export const STRONG_WORDS = ['arrogant', 'inept', 'careless', 'sloppy', 'reckless', 'negligent', 'lazy', 'incompetent', 'irresponsible', 'unprofessional', 'stupid', 'dumb', 'foolish', 'thoughtless', 'clueless', 'amateurish', 'shoddy', 'cavalier', 'inexcusable', 'haphazard'];

/** Adverbs of those judgments: on a passive human act they judge the people who did it ("The rollout was handled carelessly"). */
export const STRONG_ADVERBS = ['carelessly', 'sloppily', 'recklessly', 'negligently', 'lazily', 'incompetently', 'irresponsibly', 'unprofessionally', 'foolishly', 'thoughtlessly', 'haphazardly', 'hastily', 'hurriedly', 'superficially', 'perfunctorily', 'cavalierly', 'inattentively'];

/** Pieces of human work those adjectives judge: "a sloppy rollback", "a reckless deploy". */
export const WORK_NOUNS = [
  'rollback', 'rollout', 'deploy', 'deployment', 'release', 'change', 'fix', 'hotfix', 'merge', 'push', 'migration', 'upgrade', 'cutover',
  'restart', 'edit', 'commit', 'handover', 'handoff', 'escalation', 'testing', 'coding', 'code', 'approval', 'failover', 'investigation',
  'communication', 'update', 'rollbacks', 'rollouts', 'deploys', 'deployments', 'releases', 'changes', 'fixes', 'hotfixes', 'merges',
  'migrations', 'upgrades', 'edits', 'commits', 'updates', 'patch', 'patches', 'workaround', 'workarounds', 'hack', 'hacks',
  'implementation', 'configuration', 'config', 'pr', 'prs', 'job', 'work',
];

/** Verbs that pass a verdict on their object: "found the operator negligent". */
export const JUDGING_VERBS = new Set(['found', 'finds', 'ruled', 'deemed', 'deems', 'judged', 'declared', 'held', 'considered', 'called', 'labelled', 'labeled', 'branded']);

/** How people organise and carry out work ("poorly planned", "badly handled"), not how an artefact is. */
export const MANAGED_PARTICIPLES = ['planned', 'executed', 'handled', 'managed', 'communicated', 'coordinated', 'organised', 'organized', 'led', 'run', 'supervised', 'prepared', 'thought-out', 'conceived'];

/**
 * Verdicts that only conduct can earn: said of anything ("This is inexcusable", "an inexcusable
 * accident", "Inexcusable.") they judge whoever acted. Not "negligent", whose legal uses
 * ("criminally negligent homicide") are facts of a case.
 */
export const VERDICT_WORDS = ['inexcusable', 'unforgivable', 'unpardonable', 'indefensible', 'irresponsible', 'reckless', 'incompetent', 'unprofessional', 'abhorrent', 'disgraceful', 'shameful'];

/** Legal heads after a verdict word: "reckless endangerment", "reckless driving" as charges are facts of a case. */
export const LEGAL_HEADS = ['homicide', 'homicides', 'manslaughter', 'endangerment', 'driving', 'operation', 'conduct', 'disregard'];


/**
 * Judgment words that also grade things ("bad enough to page", "the wrong thing", "a poor thing
 * to rely on"): on their own they do not make "{word} enough to" or "a {word} thing (to do)" a
 * judgment of a person.
 */
export const THINGS_GRADED = ['bad', 'wrong', 'poor', 'improper', 'inappropriate', 'questionable', 'unacceptable', 'rushed', 'hasty', 'hurried', 'lax', 'superficial', 'insane', 'nuts', 'toxic', 'half-baked'];
