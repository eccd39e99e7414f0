// The core's caches in one place: parsed chunks (by text) and prose analyses (by text). They
// make re-linting after an edit cost the changed sections only; benchmarks clear them to measure
// a full, cold lint.
import { clearParseCache } from './parse';
import { clearAnalysisCache } from './analysis';

export function clearCaches(): void {
  clearParseCache();
  clearAnalysisCache();
}
