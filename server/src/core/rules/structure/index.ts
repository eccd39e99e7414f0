// The structure rule family: one file per rule, named by its id.
import type { Rule } from '../../types';
import { rule as headerFieldMissing } from './header-field-missing';
import { rule as headerFieldAlias } from './header-field-alias';
import { rule as dateFormat } from './date-format';
import { rule as severityValue } from './severity-value';
import { rule as facilitatorInvolved } from './facilitator-involved';
import { rule as participantMissing } from './participant-missing';
import { rule as headerOwner } from './header-owner';
import { rule as headerStatus } from './header-status';
import { rule as sectionMissing } from './section-missing';
import { rule as sectionHeadingAlias } from './section-heading-alias';
import { rule as sectionEmpty } from './section-empty';
import { rule as placeholderText } from './placeholder-text';
import { rule as summaryTooLong } from './summary-too-long';
import { rule as impactNotQuantified } from './impact-not-quantified';
import { rule as glossarySuggested } from './glossary-suggested';
import { rule as sectionOrder } from './section-order';
import { rule as contributingFactorsCount } from './contributing-factors-count';
import { rule as contributingFactorsSubsection } from './contributing-factors-subsection';
import { rule as recurrenceLink } from './recurrence-link';
import { rule as templateUnknown } from './template-unknown';

export const rules: Rule[] = [
  // §4.1 header fields
  headerFieldMissing,
  headerFieldAlias,
  dateFormat,
  severityValue,
  facilitatorInvolved,
  participantMissing,
  headerOwner,
  headerStatus,
  // §4.2 sections
  sectionMissing,
  sectionHeadingAlias,
  sectionEmpty,
  placeholderText,
  summaryTooLong,
  impactNotQuantified,
  glossarySuggested,
  sectionOrder,
  // §4.4 contributing factors
  contributingFactorsCount,
  contributingFactorsSubsection,
  recurrenceLink,
  // template profiles
  templateUnknown,
];
