// The follow-up rule family (catalogue §4.6): one file per rule, named by its id.
import type { Rule } from '../../types';
import { rule as followUpMissing } from './follow-up-missing';
import { rule as followUpWindow } from './follow-up-window';
import { rule as followUpBeforeDue } from './follow-up-before-due';
import { rule as reviewTimeliness } from './review-timeliness';
import { rule as recurringCondition } from './recurring-condition';

export const rules: Rule[] = [followUpMissing, followUpWindow, followUpBeforeDue, reviewTimeliness, recurringCondition];
