// Word data for procedure-violation (catalogue §2.12).

/** Procedure nouns: what an action is held up against. */
export const PROCEDURE_NOUNS = [
  'runbook', 'runbooks', 'policy', 'policies', 'procedure', 'procedures', 'process', 'processes', 'sop', 'sops', 'freeze', 'protocol', 'protocols',
  'regulation', 'regulations', 'requirements', 'advice', 'orders',
  'checklist', 'checklists', 'rules', 'rule', 'guideline', 'guidelines', 'standard', 'standards', 'playbook', 'playbooks', 'instructions',
  'workflow', 'change-freeze', 'code-freeze', 'moratorium', 'steps',
  // The rest of the class of rules a person can be held to: the singulars of the plurals above,
  // and binding instructions by other names ("ignored the guidance", "breached the restriction").
  'requirement', 'instruction', 'guidance', 'directive', 'directives', 'mandate', 'law', 'laws', 'restriction', 'restrictions', 'safeguards',
];

/** Verb shapes (with a person-like subject) followed by "(the) {modifiers} {procedure noun}". */
export const VIOLATION_VERBS = [
  { phrase: 'violated', suggestion: '[Step] was not performed. [How often it is performed in practice, and why].', source: 'DEK' },
  { phrase: 'breached', suggestion: '[Step] was not performed. [How often it is performed in practice, and why].', source: 'DEK' },
  { phrase: 'disregarded', suggestion: '[Step] was not performed. [How often it is performed in practice, and why].', source: 'DEK' },
  { phrase: 'circumvented', suggestion: '[Step] was not performed. [How often it is performed in practice, and why].', source: 'DEK' },
  { phrase: 'bypassed', suggestion: '[Step] was not performed. [How often it is performed in practice, and why].', source: 'DEK' },
  { phrase: 'did not follow', suggestion: '[Step] was not performed. [How often it is performed in practice, and why].', source: 'DEK' },
  { phrase: "didn't follow", suggestion: '[Step] was not performed. [How often it is performed in practice, and why].', source: 'DEK' },
  { phrase: 'failed to follow', suggestion: '[Step] was not performed. [How often it is performed in practice, and why].', source: 'DEK' },
  { phrase: 'never followed', suggestion: '[Step] was not performed. [How often it is performed in practice, and why].', source: 'DEK' },
  { phrase: 'did not adhere to', suggestion: '[Step] was not performed. [How often it is performed in practice, and why].', source: 'DEK' },
  { phrase: 'failed to adhere to', suggestion: '[Step] was not performed. [How often it is performed in practice, and why].', source: 'DEK' },
  { phrase: 'did not comply with', suggestion: '[Step] was not performed. [How often it is performed in practice, and why].', source: 'DEK' },
  { phrase: 'failed to comply with', suggestion: '[Step] was not performed. [How often it is performed in practice, and why].', source: 'DEK' },
  { phrase: 'deviated from', suggestion: '[Step] was not performed. [How often it is performed in practice, and why].', source: 'DEK' },
  { phrase: 'departed from', suggestion: '[Step] was not performed. [How often it is performed in practice, and why].', source: 'DEK' },
  { phrase: 'broke', suggestion: '[Step] was not performed. [How often it is performed in practice, and why].', source: 'DEK' },
  { phrase: 'ignored the documented', suggestion: '[Step] was not performed. [How often it is performed in practice, and why].', source: 'DEK' },
  { phrase: 'ignored the established', suggestion: '[Step] was not performed. [How often it is performed in practice, and why].', source: 'DEK' },
  { phrase: "doesn't follow", suggestion: '[Step] was not performed. [How often it is performed in practice, and why].', source: 'DEK' },
  { phrase: 'does not follow', suggestion: '[Step] was not performed. [How often it is performed in practice, and why].', source: 'DEK' },
  { phrase: "don't follow", suggestion: '[Step] was not performed. [How often it is performed in practice, and why].', source: 'DEK' },
  { phrase: 'not following', suggestion: '[Step] was not performed. [How often it is performed in practice, and why].', source: 'DEK' },
  { phrase: 'not to have followed', suggestion: '[Step] was not performed. [How often it is performed in practice, and why].', source: 'DEK' },
  { phrase: 'skip', suggestion: '[Step] was not performed. [How often it is performed in practice, and why].', source: 'DEK' },
  { phrase: 'skipped', suggestion: '[Step] was not performed. [How often it is performed in practice, and why].', source: 'DEK' },
  { phrase: 'sidestepped', suggestion: '[Step] was not performed. [How often it is performed in practice, and why].', source: 'DEK' },
  { phrase: 'ignored', suggestion: '[Step] was not performed. [How often it is performed in practice, and why].', source: 'DEK' },
  { phrase: 'flouted', suggestion: '[Step] was not performed. [How often it is performed in practice, and why].', source: 'DEK' },
  { phrase: 'disregard for', suggestion: '[Step] was not performed. [How often it is performed in practice, and why].', source: 'DEK' },
  { phrase: 'ignored the written', suggestion: '[Step] was not performed. [How often it is performed in practice, and why].', source: 'DEK' },
  // The present of a habit or a finding: "Employees fail to follow the procedure".
  ...['fail to follow', 'fails to follow', 'fail to comply with', 'fails to comply with', 'fail to adhere to', 'fails to adhere to'].map((phrase) => ({ phrase, suggestion: '[Step] was not performed. [How often it is performed in practice, and why].', source: 'DEK' })),
  // The violation as a noun, its agent implied (issue 11): "a major failure to follow procedure",
  // "nonadherence with standard operating procedures", "non-compliance with the separation rules".
  ...['failure to follow', 'failures to follow', 'failure to comply with', 'failure to adhere to', 'failure to observe',
    'non-compliance with', 'noncompliance with', 'non-adherence to', 'non-adherence with', 'nonadherence to', 'nonadherence with'].map((phrase) => ({ phrase, suggestion: '[Step] was not performed. [How often it is performed in practice, and why].', source: 'DEK' })),
];

/** The first words of VIOLATION_VERBS entries that name the violation as a noun: no subject is needed. */
export const NOMINAL_VIOLATIONS = ['failure', 'failures', 'non-compliance', 'noncompliance', 'non-adherence', 'nonadherence'];

/** "skipped the (mandatory|required) {step}": only these qualifiers make "skipped" a violation. */
export const SKIP_VERBS = ['skipped', 'skipping', 'omitted', 'bypassed'];
export const MANDATORY_WORDS = ['mandatory', 'required', 'compulsory', 'obligatory', 'documented', 'prescribed'];

/** "(was|went) against policy / procedure / the rules / protocol". */
export const AGAINST_OBJECTS = ['policy', 'procedure', 'the rules', 'protocol', 'the policy', 'the procedure', 'the process', 'the runbook', 'company policy', 'our policy', 'the freeze', 'the advice', 'the strong advice', 'advice'];

/** "{procedure} were not followed": the procedure as the subject of a passive of not doing it. */
export const PASSIVE_VIOLATIONS = ['not followed', 'not adhered to', 'not observed', 'not heeded', 'violated', 'disregarded', 'circumvented', 'breached', 'flouted', 'sidestepped', 'not complied with'];
// "skipped", "bypassed" and "ignored" are left out: pipelines skip their own rules ("the QC rules have been skipped").
export const AGAINST_VERBS = ['was', 'is', 'were', 'are', 'be', 'went', 'goes', 'acted', 'ran', 'running', 'fasten', 'fastened', 'flew', 'took', 'deployed', 'pushed', 'proceeded', 'continued', 'landed', 'operated'];

/** Rules a service sets for its users ("the PyPI Acceptable Use Policy"), not procedures its responders follow. */
export const USAGE_RULES = ['acceptable use', 'terms of service', 'terms of use', 'code of conduct', 'usage policy', 'aup', 'tos', 'license', 'licence', 'community guidelines'];

/** Words that can follow a complete noun phrase. */
export const PHRASE_ENDS = new Set(['to', 'for', 'of', 'and', 'or', 'by', 'when', 'because', 'in', 'on', 'at', 'with', 'which', 'that', 'as', 'but', 'so', 'yet', 'during', 'before', 'after', 'again', 'once', 'twice', 'anyway', 'here', 'there', 'then', 'too', 'while', 'since', 'until', 'despite']);
