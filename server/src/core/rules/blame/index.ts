// The blame rule family: one file per rule, named by its id.
import type { Rule } from '../../types';

export const rules: Rule[] = [];
