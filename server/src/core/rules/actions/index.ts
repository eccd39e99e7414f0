// The actions rule family (catalogue §4.5): one file per rule, named by its id.
import type { Rule } from '../../types';
import { rule as actionsTable } from './actions-table';
import { rule as actionsNone } from './actions-none';
import { rule as actionNotImperative } from './action-not-imperative';
import { rule as actionVague } from './action-vague';
import { rule as actionOwnerMissing } from './action-owner-missing';
import { rule as actionOwnerVague } from './action-owner-vague';
import { rule as actionDueMissing } from './action-due-missing';
import { rule as actionDueBeforeIncident } from './action-due-before-incident';
import { rule as actionDueBeyondSlo } from './action-due-beyond-slo';
import { rule as actionMetricMissing } from './action-metric-missing';
import { rule as actionMetricVague } from './action-metric-vague';
import { rule as actionPreventiveMissing } from './action-preventive-missing';
import { rule as actionTrackingLink } from './action-tracking-link';

export const rules: Rule[] = [
  actionsTable,
  actionsNone,
  actionNotImperative,
  actionVague,
  actionOwnerMissing,
  actionOwnerVague,
  actionDueMissing,
  actionDueBeforeIncident,
  actionDueBeyondSlo,
  actionMetricMissing,
  actionMetricVague,
  actionPreventiveMissing,
  actionTrackingLink,
];
