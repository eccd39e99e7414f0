// Word data for single-root-cause (catalogue §2.16).

/** Verbs that make "the root cause X" a claim. */
export const COPULAS = ['was', 'is', 'were', 'seems', 'appears', 'remains'];

/** Qualifiers of a single cause: "the single / one / primary root cause". */
export const QUALIFIERS = ['single', 'one', 'primary', 'main', 'real', 'underlying', 'actual', 'ultimate', 'true', 'only'];

/** "root cause analysis" names an activity, not a claim. */
export const NOT_A_CLAIM_AFTER = ['analysis', 'analyses', 'investigation', 'review', 'process', 'template', 'meeting', 'session', 'doc', 'document'];

/** Complements that are the blame rules' business (human-error-cause). */
export const HUMAN_ERROR_WORDS = ['error', 'errors', 'mistake', 'mistakes', 'slip', 'fat-finger', 'fat-fingered', 'pebkac', 'negligence', 'carelessness'];
