// Where a blame rule is stricter, relaxed or exempt (catalogue §1.5), as data, plus the §1.6
// first-person lowering. Every blame rule asks `sectionSeverity(ruleId, unit.context, config)`.
import type { SectionContext } from '../../model';
import type { ResolvedConfig } from '../../config';
import type { SeveritySetting } from '../../types';

/** The matrix's columns. */
export type SectionColumn = 'ES' | 'TL' | 'CF' | 'WWW' | 'KL' | 'AI' | 'FU' | 'Other' | 'Ext';

const COLUMNS: SectionColumn[] = ['ES', 'TL', 'CF', 'WWW', 'KL', 'AI', 'FU', 'Other', 'Ext'];

/** E = error, W = warning, I = info, '-' = not run there (catalogue §1.5, in column order). */
const MATRIX: Record<string, string> = {
  'human-error-cause': 'E E E E E E E E E',
  'person-root-cause': 'E E E E E E E E E',
  'person-as-failure-subject': 'E E E W E E E E E',
  counterfactual: 'W W W W W I W W W',
  'normative-judgment': 'E E E E E E E E W',
  'hindsight-minimizing': 'W W W W W W W W W',
  'why-who-question': 'W W W W W W W W W',
  'people-targeted-action': 'W W W W E E W W W',
  'animated-language': 'W W W W W W W W W',
  distancing: 'W W W W W W W W W',
  'folk-model-label': 'W W W W W W W W W',
  'procedure-violation': 'W W W W W W W W W',
  'mechanistic-reasoning': 'I I I I I I I I I',
  'self-blame': 'I I I I I I I I -',
  'timeline-judgment': '- W - - - - - - -',
  'single-root-cause': 'I - I - I - - I -',
  'outage-wording': '- - - - - - - - I',
};

const LETTER: Record<string, SeveritySetting> = { E: 'error', W: 'warning', I: 'info', '-': 'off' };

/** The matrix as data: rule id → column → severity. */
export const SECTION_SEVERITY: Record<string, Record<SectionColumn, SeveritySetting>> = Object.fromEntries(
  Object.entries(MATRIX).map(([id, row]) => {
    const cells = row.split(' ');
    return [id, Object.fromEntries(COLUMNS.map((c, i) => [c, LETTER[cells[i]]])) as Record<SectionColumn, SeveritySetting>];
  }),
);

/** The matrix column of a prose unit's section context. The preamble counts as Other. */
export function sectionColumn(context: SectionContext): SectionColumn {
  switch (context) {
    case 'executive-summary':
      return 'ES';
    case 'timeline':
      return 'TL';
    case 'contributing-factors':
      return 'CF';
    case 'what-went-well':
      return 'WWW';
    case 'key-learnings':
      return 'KL';
    case 'action-items':
      return 'AI';
    case 'follow-up-review':
      return 'FU';
    case 'external':
      return 'Ext';
    default:
      return 'Other';
  }
}

/**
 * The severity of a rule in a section. `counterfactual.inActionItems` can turn the AI cell off.
 * Rules missing from the matrix get undefined (the engine then uses their configured default).
 */
export function sectionSeverity(ruleId: string, context: SectionContext, config?: ResolvedConfig): SeveritySetting | undefined {
  const row = SECTION_SEVERITY[ruleId];
  if (!row) return undefined;
  const column = sectionColumn(context);
  if (ruleId === 'counterfactual' && column === 'AI' && config) return config.counterfactual.inActionItems;
  return row[column];
}

/** §1.6: a first-person subject (I, we) lowers an error to a warning. */
export function lowerForFirstPerson(severity: SeveritySetting | undefined, firstPerson: boolean): SeveritySetting | undefined {
  return firstPerson && severity === 'error' ? 'warning' : severity;
}

/** One step down: error → warning → info (e.g. a passive judgment with no actor, §2.5). */
export function lowerOneStep(severity: SeveritySetting | undefined): SeveritySetting | undefined {
  return severity === 'error' ? 'warning' : severity === 'warning' ? 'info' : severity;
}
