// Word data for person-root-cause (catalogue §2.2).

/** Qualifiers of "root cause": "the primary/underlying/real/main root cause". */
export const ROOT_QUALIFIERS = ['primary', 'underlying', 'real', 'main', 'actual', 'ultimate', 'true', 'single', 'one', 'only', 'proximate', 'immediate', 'direct', 'biggest', 'probable', 'likely', 'most'];

/** What joins "root cause" to its complement: was / is / : / as ("identified the root cause as"). */
export const LINKS = ['was', 'is', 'were', 'as', 'remains', 'seems', 'appears', 'being', 'lies with', 'lay with', 'lies in', 'lay in', 'comes down to', 'came down to', 'boils down to', 'boiled down to'];

/** Nouns that make "the cause of the incident was {person}" a claim about the incident. */
export const CAUSE_HEADS = ['root cause', 'cause', 'real cause', 'main cause', 'primary cause', 'underlying cause', 'trigger', 'source of the problem'];

/** Human-action nouns: "the on-call's decision", "the DBA's change". */
export const ACTION_NOUNS = ['decision', 'choice', 'call', 'change', 'action', 'actions', 'mistake', 'error', 'edit', 'command', 'push', 'commit', 'deploy', 'approval', 'handling', 'failure', 'oversight', 'typo', 'misconfiguration', 'negligence', 'carelessness'];
