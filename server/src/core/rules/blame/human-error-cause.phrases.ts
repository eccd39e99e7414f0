// Word data for human-error-cause (catalogue §2.1).

export interface HumanErrorPhrase {
  phrase: string;
  /** A label that is an attribution wherever it appears ("fat-fingered", "PEBKAC"): no connector needed. */
  always?: boolean;
  /** Matched only when written in capitals (acronyms that are also words: PICNIC). */
  upper?: boolean;
  source: string;
}

export const HUMAN_ERROR_PHRASES: HumanErrorPhrase[] = [
  { phrase: 'human error', source: 'DEK' },
  { phrase: 'human errors', source: 'DEK' },
  { phrase: 'human mistake', source: 'DEK' },
  { phrase: 'human mistakes', source: 'DEK' },
  { phrase: 'human slip', source: 'DEK' },
  { phrase: 'human failure', source: 'DEK' },
  { phrase: 'operator error', source: 'PD-EPM' },
  { phrase: 'operator mistake', source: 'PD-EPM' },
  { phrase: 'user error', source: 'PD-EPM' },
  { phrase: 'pilot error', source: 'DEK' },
  { phrase: 'engineer error', source: 'PD-EPM' },
  { phrase: 'manual error', source: 'PD-EPM' },
  { phrase: 'manual errors', source: 'PD-EPM' },
  { phrase: 'manual mistake', source: 'PD-EPM' },
  { phrase: 'manual mistakes', source: 'PD-EPM' },
  { phrase: 'personnel error', source: 'DEK' },
  { phrase: 'avoidable error', source: 'DEK' },
  { phrase: 'avoidable errors', source: 'DEK' },
  { phrase: 'avoidable mistake', source: 'DEK' },
  { phrase: 'avoidable mistakes', source: 'DEK' },
  { phrase: 'staff error', source: 'DEK' },
  { phrase: 'admin error', source: 'PD-EPM' },
  { phrase: 'administrator error', source: 'PD-EPM' },
  { phrase: 'PEBKAC', always: true, source: 'ETSY12' },
  { phrase: 'PICNIC', always: true, upper: true, source: 'ETSY12' },
  { phrase: 'layer 8 issue', always: true, source: 'ETSY12' },
  { phrase: 'layer 8 problem', always: true, source: 'ETSY12' },
  { phrase: 'layer 8 error', always: true, source: 'ETSY12' },
  // The same labels in the plural, and for the roles that real reports name (stop 30: "both
  // incidents were caused by air traffic controller errors", "multiple pilot errors were to blame";
  // not "controller" or "driver" alone, which name hardware and software as often).
  ...['operator errors', 'operator mistakes', 'pilot errors', 'engineer errors', 'staff errors', 'personnel errors', 'admin errors', 'traffic controller error', 'traffic controller errors', 'crew error', 'crew errors', 'employee error', 'employee errors', 'dispatcher error', 'dispatcher errors'].map((phrase) => ({ phrase, source: 'DEK' })),
  { phrase: 'fat-fingers', always: true, source: 'SREB15' },
  { phrase: 'fat fingers', always: true, source: 'SREB15' },
  { phrase: 'fat-finger', always: true, source: 'SREB15' },
  { phrase: 'fat-fingered', always: true, source: 'SREB15' },
  { phrase: 'fat-fingering', always: true, source: 'SREB15' },
  { phrase: 'fat finger', always: true, source: 'SREB15' },
  { phrase: 'fat fingered', always: true, source: 'SREB15' },
];

/** Nouns of "{person} made a mistake", "a mistake by {person}", "{person}'s mistake". */
export const MISTAKE_NOUNS = ['mistake', 'mistakes', 'error', 'errors', 'slip', 'slips', 'blunder', 'typo', 'goof'];

/** Adjectives between the article and the mistake noun ("a simple mistake made by an engineer"). */
export const MISTAKE_ADJECTIVES = ['simple', 'small', 'silly', 'honest', 'manual', 'minor', 'single', 'tiny', 'basic', 'typing', 'copy-paste', 'configuration', 'human'];

/** Words that put the phrase forward as the cause (§2.1). */
export const CAUSE_CONNECTORS = [
  'caused by', 'cause', 'causes', 'caused', 'due to', 'because of', 'because', 'result of', 'resulted in', 'resulting in', 'results in', 'result in',
  'led to', 'leads to', 'lead to', 'root cause', 'the cause', 'a case of', 'classified as', 'classify as', 'categorised as', 'categorized as',
  'concluded', 'conclude', 'came down to', 'comes down to', 'boiled down to', 'boils down to', 'blamed on', 'attributed to', 'put down to',
  'chalked up to', 'closed as', 'traced to', 'traced back to', 'triggered by', 'explained by', 'down to',
  'contributed to', 'contribute to', 'contributes to', 'the reason', 'main reason', 'main factor', 'primary factor', 'biggest factor', 'major factor', 'contributing factor', 'to blame', 'responsible for', 'culprit', 'behind the',
];

/** A copula right before the phrase offers it as an explanation ("It was pilot error"). */
export const COPULAS = ['was', 'is', 'were', 'are', 'be', 'been', 'seems', 'seemed', 'looks like'];

/** Metric words after "error": `error-budget` / `technical-error` guards ("user error rate"). */
export const METRIC_NOUNS = ['rate', 'rates', 'count', 'counts', 'ratio', 'budget', 'budgets', 'message', 'messages', 'code', 'codes', 'per', 'metric', 'metrics', 'log', 'logs', 'page', 'pages', 'handling', 'handler', 'percentage', 'spike', 'dashboard', '4xx', 'responses', 'response'];

/** Nouns after the label that make it a topic, not a cause: "a human error problem", "the human error narrative". */
export const CONCEPT_NOUNS = ['problem', 'problems', 'view', 'views', 'theory', 'theories', 'narrative', 'narratives', 'framing', 'label', 'labels', 'paradigm', 'literature', 'research', 'myth', 'myths', 'bias', 'trap', 'fallacy', 'perspective', 'lens', 'mindset', 'taxonomy', 'concept', 'events', 'event', 'category', 'categories', 'classification'];

/** Sections where a bare "human error" is already offered as an explanation (§2.1). */
export const BARE_SECTIONS = ['contributing-factors', 'executive-summary', 'key-learnings'];

/** The verbs after which "{phrase} {verb} …" makes the phrase the cause ("Human error left …"). */
export const CAUSAL_VERBS = ['caused', 'causes', 'left', 'dropped', 'broke', 'deleted', 'triggered', 'took', 'brought', 'made', 'led', 'removed', 'corrupted', 'wiped', 'pushed', 'disabled', 'exposed', 'blocked', 'knocked', 'introduced', 'meant'];

/** "{verb} X as {phrase}" puts the phrase forward as the verdict ("classified the loss as user error"). */
export const CLASSIFYING_VERBS = ['classified', 'classify', 'categorised', 'categorized', 'recorded', 'marked', 'closed', 'logged', 'filed', 'tagged', 'diagnosed', 'identified', 'concluded', 'explained', 'resolved'];

/** Verbs of a system emitting a message: "logged a user error", "returned a user error" (`technical-error`). */
export const EMITTING_VERBS = ['logged', 'logs', 'log', 'returned', 'returns', 'return', 'raised', 'raises', 'threw', 'throws', 'emitted', 'emits', 'displayed', 'displays', 'shows', 'showed', 'surfaced', 'surfaces', 'counted', 'counts', 'reported', 'reports', 'responded', 'responds'];

/** Before the phrase, these make it a property the system must tolerate, not a cause:
 *  "manual steps are prone to human error", "a confirmation step reduces the risk of operator error". */
export const DESIGN_CONTEXT = ['prone to', 'risk of', 'risks of', 'chance of', 'chances of', 'likelihood of', 'possibility of', 'reduce', 'reduces', 'reducing', 'prevent', 'prevents', 'preventing', 'guard against', 'guards against', 'protect against', 'protects against', 'involving', 'involve', 'involves', 'assume', 'assumes', 'assuming', 'plan for', 'plans for', 'tolerate', 'tolerates', 'resilient to', 'robust to', 'susceptible to', 'vulnerable to', 'room for', 'opportunities for', 'opportunity for', 'minimise', 'minimize', 'minimises', 'minimizes', 'minimising', 'minimizing',
  'account for', 'accounts for', 'accounting for', 'allow for', 'allows for', 'design for', 'designed for', 'designing for', 'cope with', 'copes with', 'catch', 'catches', 'mitigate', 'mitigates', 'expect', 'expects',
  // The system's weakness named ("found the system vulnerability to human error"), and the term itself
  // talked about ("an explanation of pilot error", "Regarding human error when …").
  'vulnerability to', 'vulnerabilities to', 'susceptibility to', 'explanation of', 'definition of', 'regarding', 'concerning',
  // "opportunities to remove human error from our systems": a property designed out.
  'remove', 'removes', 'removing', 'eliminate', 'eliminates', 'eliminating'];

/** After the phrase, these make it a statement about people in general, not this incident's cause:
 *  "human error is inevitable", "operator error is a symptom, not a cause". */
export const GENERAL_AFTER = ['is inevitable', 'is normal', 'will happen', 'happens', 'is expected', 'is a symptom', 'is a label', 'is not', 'is never', "isn't", 'can happen', 'is unavoidable', 'will always happen', 'is a starting point', 'should be expected', 'is a given', 'is always possible'];

/** Words that open a subject quantified over people ("every engineer", "each of us", "anyone"):
 *  "{quantified} has made a mistake" says what people in general do, not who caused this. */
export const QUANTIFIED_SUBJECTS = ['every', 'each', 'any', 'all', 'no', 'everyone', 'everybody', 'anyone', 'anybody'];

/** Nouns for a human being as such ("a mistake made by a human", "humans make errors"): people in general. */
export const GENERIC_HUMANS = ['human', 'humans', 'person', 'persons', 'people', 'human being', 'human beings'];

/** Verbs that lay a charge ("accusing the crew of pilot error", "charged the operator with …"). */
export const ACCUSING_VERBS = ['accuse', 'accuses', 'accused', 'accusing', 'charge', 'charges', 'charged', 'charging', 'convict', 'convicted', 'convicting'];
/** Words before such a verb that withhold the charge ("refrained from accusing", "declined to charge", "never accused"). */
export const WITHHOLDING_WORDS = ['refrained', 'refrains', 'refrain', 'refraining', 'declined', 'declines', 'decline', 'declining', 'avoided', 'avoids', 'never', 'not', "didn't", "won't", "wouldn't", 'without'];

/** Adjectives that make a factor or a cause the chief one: "the leading cause", "the dominant risk factor". */
export const CHIEF_ADJECTIVES = ['main', 'primary', 'biggest', 'major', 'leading', 'dominant', 'key', 'largest', 'principal', 'chief', 'top', 'single biggest', 'number one'];
/** What the chief adjective qualifies. */
export const CHIEF_NOUNS = ['cause', 'factor', 'risk factor', 'contributing factor', 'contributor'];

/** Nouns that announce a taxonomy ("three categories: human error, hardware failure and …"). */
export const CATEGORY_NOUNS = ['category', 'categories', 'type', 'types', 'kind', 'kinds', 'class', 'classes', 'taxonomy', 'taxonomies', 'classification', 'bucket', 'buckets', 'groups'];
