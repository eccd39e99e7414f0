// The blame rule family: one file per rule, named by its id.
import type { Rule } from '../../types';
import { rule as hindsightMinimizing } from './hindsight-minimizing';
import { rule as peopleTargetedAction } from './people-targeted-action';
import { rule as animatedLanguage } from './animated-language';
import { rule as distancing } from './distancing';
import { rule as folkModelLabel } from './folk-model-label';
import { rule as mechanisticReasoning } from './mechanistic-reasoning';
import { rule as selfBlame } from './self-blame';

export const rules: Rule[] = [
  hindsightMinimizing,
  peopleTargetedAction,
  animatedLanguage,
  distancing,
  folkModelLabel,
  mechanisticReasoning,
  selfBlame,
];
