// The blame rule family: one file per rule, named by its id.
import type { Rule } from '../../types';
import { rule as hindsightMinimizing } from './hindsight-minimizing';
import { rule as peopleTargetedAction } from './people-targeted-action';
import { rule as animatedLanguage } from './animated-language';
import { rule as distancing } from './distancing';
import { rule as folkModelLabel } from './folk-model-label';
import { rule as mechanisticReasoning } from './mechanistic-reasoning';
import { rule as selfBlame } from './self-blame';
import { rule as humanErrorCause } from './human-error-cause';
import { rule as personRootCause } from './person-root-cause';
import { rule as personAsFailureSubject } from './person-as-failure-subject';
import { rule as counterfactual } from './counterfactual';
import { rule as normativeJudgment } from './normative-judgment';
import { rule as whyWhoQuestion } from './why-who-question';
import { rule as procedureViolation } from './procedure-violation';

export const rules: Rule[] = [
  humanErrorCause,
  personRootCause,
  personAsFailureSubject,
  counterfactual,
  normativeJudgment,
  whyWhoQuestion,
  procedureViolation,
  hindsightMinimizing,
  peopleTargetedAction,
  animatedLanguage,
  distancing,
  folkModelLabel,
  mechanisticReasoning,
  selfBlame,
];
