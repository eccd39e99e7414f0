// Every rule, by family. Each family's index lists its rules, one file per rule id.
import type { Rule } from '../types';
import { rules as structure } from './structure/index';
import { rules as blame } from './blame/index';
import { rules as timeline } from './timeline/index';
import { rules as actions } from './actions/index';
import { rules as followUp } from './follow-up/index';
import { rules as language } from './language/index';

export const ALL_RULES: Rule[] = [...structure, ...blame, ...timeline, ...actions, ...followUp, ...language];
