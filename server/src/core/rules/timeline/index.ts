// The timeline rule family: one file per rule, named by its id.
import type { Rule } from '../../types';
import { rule as timelineMissing } from './timeline-missing';
import { rule as timelineNotTable } from './timeline-not-table';
import { rule as timelineColumns } from './timeline-columns';
import { rule as timelineTimeFormat } from './timeline-time-format';
import { rule as timelineOrder } from './timeline-order';
import { rule as timelineTimezone } from './timeline-timezone';
import { rule as timelineLeadUp } from './timeline-lead-up';
import { rule as timelineInfoMissing } from './timeline-info-missing';
import { rule as timelineHindsight } from './timeline-hindsight';
import { rule as timelineEvidenceLink } from './timeline-evidence-link';
import { rule as timelineJudgment } from './timeline-judgment';
import { rule as durationMismatch } from './duration-mismatch';

export const rules: Rule[] = [
  timelineMissing,
  timelineNotTable,
  timelineColumns,
  timelineTimeFormat,
  timelineOrder,
  timelineTimezone,
  timelineLeadUp,
  timelineInfoMissing,
  timelineHindsight,
  timelineEvidenceLink,
  timelineJudgment,
  durationMismatch,
];
