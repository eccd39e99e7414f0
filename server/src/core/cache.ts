// The core's caches in one place: parsed chunks, prose analyses and prose-rule findings (all by text). They
// make re-linting after an edit cost the changed sections only; benchmarks clear them to measure
// a full, cold lint.
import { clearParseCache } from './parse';
import { clearAnalysisCache } from './analysis';
import { clearRuleCache } from './engine';

export function clearCaches(): void {
  clearParseCache();
  clearAnalysisCache();
  clearRuleCache();
}
