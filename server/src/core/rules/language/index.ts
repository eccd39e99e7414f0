// The language family: prose rules that are not blame — retext-equality and retext-profanities
// (category `language`), customer-facing wording, and the single-root-cause framing (§2.16).
import type { Rule } from '../../types';
import { rule as inclusiveLanguage } from './inclusive-language';
import { rule as profanity } from './profanity';
import { rule as outageWording } from './outage-wording';
import { rule as singleRootCause } from './single-root-cause';

export const rules: Rule[] = [singleRootCause, outageWording, inclusiveLanguage, profanity];
